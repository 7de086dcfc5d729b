/**
 * Loading an order the way every surface shows it: scoped to the asking channel (another channel's or
 * workspace's order is "not found", never shown), with its findings, claim coverage and next deadline.
 */
import { formatOrderRef, parseOrderRef } from "../core/lifecycle.ts";
import { itemHasMeasurableSpec } from "../core/review/find-missing-terms.ts";
import { judgeClaims } from "../core/review/judge-claims.ts";
import type { Claims, ReminderKind } from "../core/schemas.ts";
import { reminderKinds } from "../core/timeline/reminder-kinds.ts";
import { AppError } from "../errors.ts";
import type { DeadlineView, FindingView, OrderView } from "../slack/blocks/order-view.ts";
import {
  type FindingRow,
  findOrderByRef,
  listFindings,
  listNextReminders,
  type OrderRow,
  type ReminderRow,
} from "../store/index.ts";
import type { ServiceDeps } from "./deps.ts";

export type LoadedOrder = { row: OrderRow; view: OrderView };

/** The next deadline from the soonest pending reminder, or the ship date when nothing is pending. */
export function deadlineOf(row: OrderRow, reminder: ReminderRow | undefined): DeadlineView | null {
  if (reminder) {
    const label =
      reminderKinds[reminder.kind as ReminderKind]?.deadlineLabel ?? reminder.kind.replace(/_/g, " ");
    return { label, date: reminder.about ?? reminder.dueAt.toISOString().slice(0, 10) };
  }
  if (row.shipDate && !["shipped", "received", "completed", "cancelled"].includes(row.state))
    return { label: "ship by", date: row.shipDate };
  return null;
}

/** Claim coverage of a draft as it stands now (after edits), from the open findings. */
export function claimsOf(row: OrderRow, findings: FindingRow[]): Claims {
  const open = findings.filter((finding) => finding.state === "open").map(toFinding);
  return judgeClaims(row.draft, open, (index) => itemHasMeasurableSpec(row.draft, index, []));
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

/** Build the view of a stored order. */
export async function viewOf(deps: ServiceDeps, row: OrderRow, claims?: Claims): Promise<OrderView> {
  const [findings, reminders] = await Promise.all([
    listFindings(deps.store.db, { orderId: row.id }),
    listNextReminders(deps.store.db, { orderIds: [row.id] }),
  ]);
  return {
    ref: formatOrderRef(row.number),
    channelId: row.channelId,
    state: row.state,
    draft: row.draft,
    findings: findings.map(toFinding),
    claims: claims ?? claimsOf(row, findings),
    nextDeadline: deadlineOf(row, reminders[0]),
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
