/**
 * The buttons on a posted reminder. "Done" records the step it asks for (balance paid, shipped) as a
 * lifecycle event and stops every remaining reminder of that kind on the order; "Snooze 1 day" brings
 * it back in the thread 24 hours from now (the tick posts it again). Each answers with the line that
 * replaces the buttons.
 */
import { todayIn } from "../core/dates.ts";
import { formatOrderRef } from "../core/lifecycle.ts";
import type { ReminderKind } from "../core/schemas.ts";
import { doneEventOf, planReminders } from "../core/timeline/plan-reminders.ts";
import { AppError, isAppError } from "../errors.ts";
import { applyLifecycleEvent, getChannelSettings } from "../store/index.ts";
import { completeRemindersOfKind, getReminder, snoozeReminder } from "../store/reminders-claim.ts";
import type { ServiceDeps } from "./deps.ts";

/** What the reminder buttons need: no model and no Slack client (the listener edits the message). */
export type ReminderButtonDeps = Pick<ServiceDeps, "store" | "clock" | "logger">;

/** A pressed button: the value it carries (the reminder's row id) and who pressed it. */
export type ReminderPress = { reminderId: string; actor: string };

/** The kind whose buttons the outcome replaces, and the line that takes their place. */
export type ReminderOutcome = { kind: ReminderKind; outcome: string };

const snoozeMs = 24 * 60 * 60 * 1000;

/** The pressed button's reminder and order, or an AppError a person can read. */
async function loadPressedReminder(deps: ReminderButtonDeps, press: ReminderPress) {
  const id = Number(press.reminderId);
  const found = Number.isInteger(id) ? await getReminder(deps.store.db, { id }) : null;
  if (!found)
    throw new AppError(
      "not_found",
      "This reminder no longer exists; `/order list` shows the order's deadlines.",
    );
  return found;
}

/** "Done": the step recorded today in the channel's zone (unless it already was), that kind stopped. */
export async function markReminderDone(
  deps: ReminderButtonDeps,
  press: ReminderPress,
): Promise<ReminderOutcome> {
  const db = deps.store.db;
  const { order, reminder } = await loadPressedReminder(deps, press);
  const kind = reminder.kind;
  const ref = formatOrderRef(order.number);
  const settings = await getChannelSettings(db, {
    workspaceId: order.workspaceId,
    channelId: order.channelId,
  });
  const today = todayIn(settings.timeZone, deps.clock.now());
  const event = doneEventOf(kind);
  let recorded = "";
  if (event) {
    try {
      await applyLifecycleEvent(db, {
        orderId: order.id,
        kind: event,
        occurredOn: today,
        actor: press.actor,
        source: "reminder_button",
        planReminders,
      });
      recorded = event === "balance_paid" ? "balance marked paid" : "marked shipped";
    } catch (error) {
      // Already recorded another way (e.g. `/order paid`): the reminder is still done.
      if (!isAppError(error, "invalid_transition")) throw error;
      deps.logger.info({ order: ref, event }, "reminder done: step already recorded");
    }
  }
  await completeRemindersOfKind(db, { orderId: order.id, kind });
  const what = recorded ? `${ref} ${recorded} on ${today}` : "Done";
  return { kind, outcome: `:white_check_mark: ${what} by <@${press.actor}>.` };
}

/** "Snooze 1 day": the reminder is due again 24 hours from now. */
export async function snoozeReminderOneDay(
  deps: ReminderButtonDeps,
  press: ReminderPress,
): Promise<ReminderOutcome> {
  const { reminder } = await loadPressedReminder(deps, press);
  const until = new Date(deps.clock.now().getTime() + snoozeMs);
  const snoozed = await snoozeReminder(deps.store.db, { id: reminder.id, until });
  if (!snoozed)
    throw new AppError("invalid_transition", "This reminder is already done or no longer applies.");
  const seconds = Math.floor(until.getTime() / 1000);
  // Slack shows the date in each reader's own time zone; the text after | is the fallback.
  const when = `<!date^${seconds}^{date_short_pretty} at {time}|${until.toISOString().slice(0, 16)}Z>`;
  return { kind: reminder.kind, outcome: `:zzz: Snoozed by <@${press.actor}> until ${when}.` };
}
