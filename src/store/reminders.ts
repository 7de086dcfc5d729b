/**
 * Replacing an order's reminders with a fresh plan: sent ones stay as they are, pending ones no longer
 * planned are cancelled, planned ones are upserted by (order_id, key). The tick that claims and posts
 * due reminders lives in reminders-claim.ts.
 */
import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import { type OrderRow, orderEvents, type ReminderRow, reminders } from "../../db/schema.ts";
import { lifecycleDatesOf } from "../core/lifecycle.ts";
import {
  type ChannelSettings,
  type DraftOrder,
  type LifecycleDates,
  type OrderState,
  ReminderPlan,
} from "../core/schemas.ts";
import { AppError } from "../errors.ts";
import { getChannelSettings } from "./channels.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

export type { ReminderRow } from "../../db/schema.ts";

/** What the timeline answers: the reminders an order in this state, with these dates, is owed. */
export type PlanReminders = (input: {
  draft: DraftOrder;
  state: OrderState;
  dates: LifecycleDates;
  settings: ChannelSettings;
}) => ReminderPlan[];

/** Writes `plans` as the order's reminders (see the file comment); returns the validated plans. */
export async function replaceReminders(
  tx: Database,
  input: { orderId: string; plans: ReminderPlan[] },
): Promise<ReminderPlan[]> {
  const plans = ReminderPlan.array().parse(input.plans);
  const keys = plans.map((plan) => plan.key);
  if (new Set(keys).size !== keys.length)
    throw new AppError("internal", "The reminder plan has two reminders with the same key.");
  // Claimed ones are being posted right now; cancelling them stops a reminder whose reason has gone.
  await tx
    .update(reminders)
    .set({ state: "cancelled", claimedUntil: null })
    .where(
      and(
        eq(reminders.orderId, input.orderId),
        inArray(reminders.state, ["pending", "claimed"]),
        keys.length > 0 ? notInArray(reminders.key, keys) : undefined,
      ),
    );
  if (plans.length === 0) return plans;
  await tx
    .insert(reminders)
    .values(
      plans.map((plan) => ({
        orderId: input.orderId,
        kind: plan.kind,
        key: plan.key,
        dueAt: new Date(plan.dueAt),
        broadcast: plan.broadcast,
        about: plan.about,
      })),
    )
    .onConflictDoUpdate({
      target: [reminders.orderId, reminders.key],
      set: {
        kind: sql`excluded.kind`,
        dueAt: sql`excluded.due_at`,
        broadcast: sql`excluded.broadcast`,
        about: sql`excluded.about`,
        state: "pending",
        attempts: 0,
        nextAttemptAt: null,
        claimedUntil: null,
        lastError: null,
      },
      // Sent, failed and in-flight rows are history; an unchanged pending row keeps its retry state.
      setWhere: sql`${reminders.state} = 'cancelled' or (${reminders.state} = 'pending' and (${reminders.dueAt}, ${reminders.broadcast}, ${reminders.about}, ${reminders.kind}) is distinct from (excluded.due_at, excluded.broadcast, excluded.about, excluded.kind))`,
    });
  return plans;
}

/** Inside a transaction on a locked order: recompute the plan from the order's state, dates and settings. */
export async function replanRemindersIn(
  tx: Database,
  order: OrderRow,
  events: Array<{ kind: string; occurredOn: string | null }>,
  planReminders: PlanReminders,
): Promise<ReminderPlan[]> {
  const settings = await getChannelSettings(tx, {
    workspaceId: order.workspaceId,
    channelId: order.channelId,
  });
  const plans = planReminders({
    draft: order.draft,
    state: order.state,
    dates: lifecycleDatesOf(events),
    settings,
  });
  return replaceReminders(tx, { orderId: order.id, plans });
}

/** The soonest pending reminder of each order (App Home's "next deadline"). */
export async function listNextReminders(db: Database, input: { orderIds: string[] }): Promise<ReminderRow[]> {
  if (input.orderIds.length === 0) return [];
  return guard(() =>
    db
      .selectDistinctOn([reminders.orderId])
      .from(reminders)
      .where(and(inArray(reminders.orderId, input.orderIds), eq(reminders.state, "pending")))
      .orderBy(asc(reminders.orderId), asc(reminders.dueAt)),
  );
}

/** The lifecycle kinds and dates recorded on an order, oldest first. */
export async function lifecycleEventsOf(
  tx: Database,
  orderId: string,
): Promise<Array<{ kind: string; occurredOn: string | null }>> {
  return tx
    .select({ kind: orderEvents.kind, occurredOn: orderEvents.occurredOn })
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.id));
}
