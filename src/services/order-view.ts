/**
 * Loading an order the way every surface shows it: scoped to the asking channel (another channel's or
 * workspace's order is "not found", never shown), with its findings, claim coverage and next deadline.
 */
import { formatOrderRef, parseOrderRef } from "../core/lifecycle.ts";
import { isFieldWithin } from "../core/order-fields.ts";
import { itemHasMeasurableSpec } from "../core/review/find-missing-terms.ts";
import { judgeClaims } from "../core/review/judge-claims.ts";
import type { Claims, DraftOrder, Finding, OrderState } from "../core/schemas.ts";
import { reminderKinds } from "../core/timeline/reminder-kinds.ts";
import { AppError } from "../errors.ts";
import {
  type FindingRow,
  findOrderByRef,
  listFindings,
  listNextReminders,
  listOrderEvents,
  type OrderEventRow,
  type OrderRow,
  type ReminderRow,
} from "../store/index.ts";
import type { ServiceDeps } from "./deps.ts";

/** A stored finding: the review's Finding plus its id and whether it was applied or dismissed. */
export type FindingView = Finding & { id: string; state: "open" | "applied" | "dismissed" };

/** The next thing owed on an order, for the card, the list and App Home. */
export type DeadlineView = { label: string; date: string };

/** One order as every surface shows it. */
export type OrderView = {
  ref: string;
  channelId: string;
  state: OrderState;
  draft: DraftOrder;
  findings: FindingView[];
  claims: Claims;
  nextDeadline: DeadlineView | null;
  /** The latest edit of each field a person set: who, and on which day. */
  edits?: FieldEdit[];
};

/** A field a person set after the draft was made. */
export type FieldEdit = { field: string; actor: string; on: string | null };

export type LoadedOrder = { row: OrderRow; view: OrderView };

/** The next deadline from the soonest pending reminder, or the ship date when nothing is pending. */
export function deadlineOf(row: OrderRow, reminder: ReminderRow | undefined): DeadlineView | null {
  if (reminder) {
    const label = reminderKinds[reminder.kind].deadlineLabel;
    return { label, date: reminder.about ?? reminder.dueAt.toISOString().slice(0, 10) };
  }
  if (row.shipDate && !["shipped", "received", "completed", "cancelled"].includes(row.state))
    return { label: "ship by", date: row.shipDate };
  return null;
}

/**
 * Claim coverage of a draft as it stands now (after edits), from the open findings. A claim is never
 * shown as possible beside an open finding that says it is not: an open finding on an item's specs
 * rules out the quality claim, one on the ship date the late-delivery claim.
 */
export function claimsOf(row: Pick<OrderRow, "draft">, findings: FindingRow[]): Claims {
  const open = findings.filter((finding) => finding.state === "open").map(toFinding);
  const judged = judgeClaims(row.draft, open, (index) => itemHasMeasurableSpec(row.draft, index, []));
  const specsOpen = open.some((finding) => /^items(?:\[\d+\](?:\.specs\b|$)|$)/.test(finding.field));
  const dispatchOpen = open.some((finding) => isFieldWithin(finding.field, "dispatch"));
  return { lateDelivery: judged.lateDelivery && !dispatchOpen, quality: judged.quality && !specsOpen };
}

function toFinding(row: FindingRow): FindingView {
  return {
    id: String(row.id),
    state: row.state,
    field: row.field,
    kind: row.kind as FindingView["kind"],
    quote: row.quote,
    line: row.line,
    suggestion: row.suggestion,
  };
}

/** The latest edit of each field, from the audit trail. */
function editsOf(events: OrderEventRow[]): FieldEdit[] {
  const latest = new Map<string, FieldEdit>();
  for (const event of events) {
    const field = (event.after as { field?: string } | null)?.field;
    if (event.kind === "field_set" && field)
      latest.set(field, {
        field,
        actor: event.actor,
        on: event.occurredOn ?? event.createdAt.toISOString().slice(0, 10),
      });
  }
  return [...latest.values()];
}

/** Build the view of a stored order. */
export async function viewOf(deps: ServiceDeps, row: OrderRow, claims?: Claims): Promise<OrderView> {
  const [findings, reminders, events] = await Promise.all([
    listFindings(deps.store.db, { orderId: row.id }),
    listNextReminders(deps.store.db, { orderIds: [row.id] }),
    listOrderEvents(deps.store.db, { orderId: row.id }),
  ]);
  return {
    ref: formatOrderRef(row.number),
    channelId: row.channelId,
    state: row.state,
    draft: row.draft,
    findings: findings.map(toFinding),
    claims: claims ?? claimsOf(row, findings),
    nextDeadline: deadlineOf(row, reminders[0]),
    edits: editsOf(events),
  };
}

/** The order `ref` of this channel, or AppError(not_found) naming only what the person typed. */
export async function loadOrder(
  deps: ServiceDeps,
  input: { workspaceId: string; channelId: string; ref: string },
): Promise<LoadedOrder> {
  const number = parseOrderRef(input.ref);
  const shown = number === null ? input.ref : formatOrderRef(number);
  const row = number === null ? null : await findOrderByRef(deps.store.db, input);
  if (!row)
    throw new AppError(
      "not_found",
      `No order ${shown} in this channel: check the number with \`/order list\`.`,
    );
  return { row, view: await viewOf(deps, row) };
}
