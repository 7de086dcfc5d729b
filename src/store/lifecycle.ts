/** Recording lifecycle steps (confirmed, paid, shipped...) and keeping each order's reminders in step. */
import { eq, sql } from "drizzle-orm";
import { type OrderRow, orderEvents, orders } from "../../db/schema.ts";
import { isCalendarDate } from "../core/dates.ts";
import { formatOrderRef, impliedSteps, lifecycleDatesOf, nextState, shipDateOf } from "../core/lifecycle.ts";
import { LifecycleEventKind, type ReminderPlan } from "../core/schemas.ts";
import { AppError } from "../errors.ts";
import { getChannelSettings } from "./channels.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";
import { checkOrderRow } from "./orders.ts";
import { lifecycleEventsOf, type PlanReminders, replaceReminders, replanRemindersIn } from "./reminders.ts";

async function lockOrder(tx: Database, orderId: string): Promise<OrderRow> {
  const [row] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
  if (!row) throw new AppError("not_found");
  return checkOrderRow(row);
}

/**
 * Records a lifecycle step in one transaction: locks the order, checks the step fits its state (else
 * AppError invalid_transition with the reason), appends the event, updates state and ship date, and
 * replaces the order's not-yet-sent reminders with `planReminders`' answer.
 */
export async function applyLifecycleEvent(
  db: Database,
  input: {
    orderId: string;
    kind: LifecycleEventKind;
    /** YYYY-MM-DD: the day the person says it happened. */
    occurredOn: string;
    actor: string;
    source: string;
    planReminders: PlanReminders;
    /** Why, in the person's words (a cancellation's reason); kept in the audit trail. */
    reason?: string | null;
    /** What the step was recorded despite (a confirmation given with problems open); kept in the audit trail. */
    note?: string | null;
  },
): Promise<{ order: OrderRow; reminders: ReminderPlan[] }> {
  const kind = LifecycleEventKind.parse(input.kind);
  if (!isCalendarDate(input.occurredOn))
    throw new AppError("bad_arguments", `"${input.occurredOn}" is not a date: write it as YYYY-MM-DD.`);
  return guard(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, input.orderId);
      const events = await lifecycleEventsOf(tx, order.id);
      const settings = await getChannelSettings(tx, {
        workspaceId: order.workspaceId,
        channelId: order.channelId,
      });
      let state = order.state;
      for (const step of [...impliedSteps(order.state, kind), kind]) {
        const verdict = nextState({
          state,
          kind: step,
          draft: order.draft,
          dates: lifecycleDatesOf(events),
          occurredOn: input.occurredOn,
          disputeWindowDays: settings.disputeWindowDays,
        });
        if (!verdict.ok) {
          const ref = formatOrderRef(order.number);
          throw new AppError("invalid_transition", `${ref}: ${verdict.reason.replaceAll("PO-n", ref)}`);
        }
        await tx.insert(orderEvents).values({
          orderId: order.id,
          kind: step,
          actor: input.actor,
          occurredOn: input.occurredOn,
          before: { state },
          after: {
            state: verdict.state,
            ...(step === kind && input.reason ? { reason: input.reason } : {}),
            ...(step === kind && input.note ? { note: input.note } : {}),
          },
          source: step === kind ? input.source : `${input.source} (implied by ${kind})`,
        });
        events.push({ kind: step, occurredOn: input.occurredOn });
        state = verdict.state;
      }
      const dates = lifecycleDatesOf(events);
      const [row] = await tx
        .update(orders)
        .set({
          state,
          shipDate: shipDateOf(order.draft, dates),
          updatedAt: sql`now()`,
          version: sql`${orders.version} + 1`,
        })
        .where(eq(orders.id, order.id))
        .returning();
      const updated = checkOrderRow(row!);
      const plans = input.planReminders({ draft: updated.draft, state: updated.state, dates, settings });
      const reminders = await replaceReminders(tx, { orderId: order.id, plans });
      return { order: updated, reminders };
    }),
  );
}

/** Recomputes an order's reminders after an edit (e.g. a new ship date), in one transaction. */
export async function replanReminders(
  db: Database,
  input: { orderId: string; planReminders: PlanReminders },
): Promise<ReminderPlan[]> {
  return guard(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, input.orderId);
      const events = await lifecycleEventsOf(tx, order.id);
      return replanRemindersIn(tx, order, events, input.planReminders);
    }),
  );
}
