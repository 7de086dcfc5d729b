/** Orders: creation with a per-workspace PO number, lookup by reference, listing, and field edits. */
import { and, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import {
  type FindingRow,
  findings as findingsTable,
  type OrderRow,
  orderEvents,
  orders,
  workspaces,
} from "../../db/schema.ts";
import { formatOrderRef, lifecycleDatesOf, parseOrderRef, shipDateOf } from "../core/lifecycle.ts";
import { orderTotalOf } from "../core/money.ts";
import {
  DraftOrder,
  type Finding,
  type LifecycleDates,
  type OrderState,
  type ReminderPlan,
} from "../core/schemas.ts";
import { AppError } from "../errors.ts";
import { ensureChannel } from "./channels.ts";
import type { Database } from "./database.ts";
import { setDraftField } from "./draft-field.ts";
import { guard } from "./errors.ts";
import { lifecycleEventsOf, type PlanReminders, replanRemindersIn } from "./reminders.ts";

export type { OrderRow } from "../../db/schema.ts";

/** States in which an order is still open (App Home, reminders). */
export const openStates: OrderState[] = [
  "draft",
  "confirmed",
  "deposit_paid",
  "balance_paid",
  "shipped",
  "received",
  "disputed",
];

/** Validates the stored draft on the way out, so no caller ever sees a draft that breaks the schema. */
export function checkOrderRow(row: OrderRow): OrderRow {
  const parsed = DraftOrder.safeParse(row.draft);
  if (!parsed.success)
    throw new AppError(
      "internal",
      `The stored draft of ${formatOrderRef(row.number)} does not match the order schema: ${parsed.error.issues[0]?.message}.`,
    );
  return { ...row, draft: parsed.data };
}

function validDraft(draft: DraftOrder): DraftOrder {
  const parsed = DraftOrder.safeParse(draft);
  if (!parsed.success)
    throw new AppError(
      "invalid_field",
      `The order is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}.`,
    );
  return parsed.data;
}

/** Columns derived from the draft (and, for the ship date, from the recorded lifecycle dates). */
function derivedColumns(draft: DraftOrder, events: Array<{ kind: string; occurredOn: string | null }>) {
  const total = orderTotalOf(draft);
  return {
    shipDate: shipDateOf(draft, lifecycleDatesOf(events)),
    currency: draft.currency,
    totalAmount: total === null ? null : String(total),
  };
}

/**
 * Creates an order with the next PO number of its workspace, its review findings and a "created" event,
 * in one transaction. The counter row is bumped with UPDATE ... RETURNING, so concurrent creations
 * queue on that row and never share a number.
 */
export async function createOrder(
  db: Database,
  input: {
    workspaceId: string;
    channelId: string;
    transcriptId: string | null;
    createdBy: string;
    draft: DraftOrder;
    findings: Finding[];
    source?: string;
  },
): Promise<OrderRow> {
  const draft = validDraft(input.draft);
  return guard(async () => {
    await ensureChannel(db, input);
    return db.transaction(async (tx) => {
      const [counter] = await tx
        .update(workspaces)
        .set({ nextOrderNumber: sql`${workspaces.nextOrderNumber} + 1` })
        .where(eq(workspaces.id, input.workspaceId))
        .returning({ number: sql<number>`${workspaces.nextOrderNumber} - 1` });
      const number = Number(counter!.number);
      const [order] = await tx
        .insert(orders)
        .values({
          workspaceId: input.workspaceId,
          number,
          channelId: input.channelId,
          transcriptId: input.transcriptId,
          state: "draft",
          draft,
          createdBy: input.createdBy,
          ...derivedColumns(draft, []),
        })
        .returning();
      if (input.findings.length > 0)
        await tx.insert(findingsTable).values(
          input.findings.map((finding) => ({
            orderId: order!.id,
            field: finding.field,
            kind: finding.kind,
            quote: finding.quote,
            line: finding.line,
            suggestion: finding.suggestion,
          })),
        );
      await tx.insert(orderEvents).values({
        orderId: order!.id,
        kind: "created",
        actor: input.createdBy,
        before: null,
        after: {
          ref: formatOrderRef(number),
          transcriptId: input.transcriptId,
          findings: input.findings.length,
        },
        source: input.source ?? "app",
      });
      return checkOrderRow(order!);
    });
  });
}

/** Records the Slack thread (the draft card's ts) the order's messages and reminders go to. */
export async function setOrderThread(
  db: Database,
  input: { orderId: string; threadTs: string; actor?: string },
): Promise<OrderRow> {
  return guard(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
      if (!before) throw new AppError("not_found");
      const [row] = await tx
        .update(orders)
        .set({ threadTs: input.threadTs, updatedAt: sql`now()`, version: sql`${orders.version} + 1` })
        .where(eq(orders.id, input.orderId))
        .returning();
      await tx.insert(orderEvents).values({
        orderId: input.orderId,
        kind: "card_posted",
        actor: input.actor ?? "app",
        before: { threadTs: before.threadTs },
        after: { threadTs: input.threadTs },
        source: input.threadTs,
      });
      return checkOrderRow(row!);
    }),
  );
}

/** The order "PO-3" (or "3") of this channel; another channel's or workspace's order is not found. */
export async function findOrderByRef(
  db: Database,
  input: { workspaceId: string; channelId: string; ref: string },
): Promise<OrderRow | null> {
  const number = parseOrderRef(input.ref);
  if (number === null) return null;
  return guard(async () => {
    const [row] = await db
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.workspaceId, input.workspaceId),
          eq(orders.channelId, input.channelId),
          eq(orders.number, number),
        ),
      );
    return row ? checkOrderRow(row) : null;
  });
}

/** One order by id, or null. */
export async function getOrder(db: Database, input: { id: string }): Promise<OrderRow | null> {
  return guard(async () => {
    const [row] = await db.select().from(orders).where(eq(orders.id, input.id));
    return row ? checkOrderRow(row) : null;
  });
}

/** A workspace's orders (optionally one channel, some states), newest first. */
export async function listOrders(
  db: Database,
  input: { workspaceId: string; channelId?: string; states?: OrderState[]; limit?: number },
): Promise<OrderRow[]> {
  return guard(async () => {
    const rows = await db
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.workspaceId, input.workspaceId),
          input.channelId ? eq(orders.channelId, input.channelId) : undefined,
          input.states ? inArray(orders.state, input.states) : undefined,
        ),
      )
      .orderBy(desc(orders.number))
      .limit(input.limit ?? 500);
    return rows.map(checkOrderRow);
  });
}

/** Orders not yet completed or cancelled in any of these channels (App Home), newest first. */
export async function listOpenOrdersForChannels(
  db: Database,
  input: { workspaceId: string; channelIds: string[]; limit?: number },
): Promise<OrderRow[]> {
  if (input.channelIds.length === 0) return [];
  return guard(async () => {
    const rows = await db
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.workspaceId, input.workspaceId),
          inArray(orders.channelId, input.channelIds),
          notInArray(orders.state, ["completed", "cancelled"]),
        ),
      )
      .orderBy(desc(orders.number))
      .limit(input.limit ?? 200);
    return rows.map(checkOrderRow);
  });
}

/**
 * Sets one draft field (validated), records a field_set event with before and after, and refreshes the
 * derived columns, in one transaction. With `planReminders`, the order's reminders are replanned too
 * (a new ship date moves the balance and inspection reminders).
 */
export async function updateOrderField(
  db: Database,
  input: {
    orderId: string;
    field: string;
    value: unknown;
    actor: string;
    source: string;
    expectedVersion?: number;
    planReminders?: PlanReminders;
    /** A finding this edit resolves ("apply suggestion"): marked applied in the same transaction. */
    appliesFindingId?: number;
    /** Re-review: the ids of the open findings the edited draft settles, marked applied with it. */
    settles?: (draft: DraftOrder, open: FindingRow[]) => number[];
    /** The day of the edit in the channel's zone, by the app's clock (YYYY-MM-DD). */
    occurredOn?: string;
    /**
     * Checks the edit against the steps recorded so far, under the lock: throws to refuse it, or returns
     * a note the audit trail keeps beside the change (an edit made anyway); null for nothing to note.
     */
    vet?: (dates: LifecycleDates) => string | null;
  },
): Promise<OrderRow> {
  return guard(() =>
    db.transaction(async (tx) => {
      const [locked] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for("update");
      if (!locked) throw new AppError("not_found");
      const order = checkOrderRow(locked);
      const ref = formatOrderRef(order.number);
      if (order.state === "completed" || order.state === "cancelled")
        throw new AppError(
          "invalid_transition",
          `${ref} is ${order.state}; its terms can no longer be edited.`,
        );
      if (input.expectedVersion !== undefined && input.expectedVersion !== order.version)
        throw new AppError(
          "invalid_transition",
          `${ref} was changed by someone else meanwhile; reopen it and make the edit again.`,
        );
      const change = setDraftField(order.draft, input.field, input.value);
      const events = await lifecycleEventsOf(tx, order.id);
      const note = input.vet?.(lifecycleDatesOf(events)) ?? null;
      const [row] = await tx
        .update(orders)
        .set({
          draft: change.draft,
          ...derivedColumns(change.draft, events),
          updatedAt: sql`now()`,
          version: sql`${orders.version} + 1`,
        })
        .where(eq(orders.id, order.id))
        .returning();
      await tx.insert(orderEvents).values({
        orderId: order.id,
        kind: "field_set",
        actor: input.actor,
        occurredOn: input.occurredOn ?? null,
        before: { field: input.field, value: change.before ?? null },
        after: { field: input.field, value: change.after ?? null, ...(note ? { note } : {}) },
        source: input.source,
      });
      if (input.appliesFindingId !== undefined) {
        const [finding] = await tx
          .update(findingsTable)
          .set({ state: "applied", updatedAt: sql`now()` })
          .where(and(eq(findingsTable.id, input.appliesFindingId), eq(findingsTable.orderId, order.id)))
          .returning({ id: findingsTable.id, field: findingsTable.field });
        if (!finding)
          throw new AppError("not_found", "That finding no longer exists; refresh the order card.");
        await tx.insert(orderEvents).values({
          orderId: order.id,
          kind: "finding_applied",
          actor: input.actor,
          before: { findingId: finding.id, field: finding.field },
          after: { findingId: finding.id, field: finding.field, state: "applied" },
          source: input.source,
        });
      }
      if (input.settles) {
        const open = await tx
          .select()
          .from(findingsTable)
          .where(and(eq(findingsTable.orderId, order.id), eq(findingsTable.state, "open")));
        const ids = input.settles(change.draft, open).filter((id) => id !== input.appliesFindingId);
        for (const finding of open.filter((entry) => ids.includes(entry.id))) {
          await tx
            .update(findingsTable)
            .set({ state: "applied", updatedAt: sql`now()` })
            .where(eq(findingsTable.id, finding.id));
          await tx.insert(orderEvents).values({
            orderId: order.id,
            kind: "finding_applied",
            actor: input.actor,
            before: { findingId: finding.id, field: finding.field },
            after: {
              findingId: finding.id,
              field: finding.field,
              state: "applied",
              by: `edit of ${input.field}`,
            },
            source: input.source,
          });
        }
      }
      const updated = checkOrderRow(row!);
      if (input.planReminders) await replanRemindersIn(tx, updated, events, input.planReminders);
      return updated;
    }),
  );
}

export type { PlanReminders, ReminderPlan };
