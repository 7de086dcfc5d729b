/**
 * "Snooze 1 day" on a reminder: it comes back in the thread 24 hours from now (posted again by the
 * tick), and the buttons are replaced by a note of who snoozed it until when. Acks first, then acts.
 */
import { AppError, userMessageOf } from "../../../errors.ts";
import { snoozeReminder } from "../../../store/reminders-claim.ts";
import {
  loadPressedReminder,
  type ReminderActionArgs,
  type ReminderActionDeps,
  ReminderButtonBody,
  resolveMessage,
  tellPresser,
} from "./reminder-done.ts";

const snoozeMs = 24 * 60 * 60 * 1000;

/** The "Snooze 1 day" button listener (action id `reminder_snooze`). */
export function handleReminderSnooze(deps: ReminderActionDeps) {
  return async ({ ack, body: rawBody, client }: ReminderActionArgs): Promise<void> => {
    await ack();
    const parsed = ReminderButtonBody.safeParse(rawBody);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues.length }, "reminder snooze: unexpected payload");
      return;
    }
    const body = parsed.data;
    try {
      const { reminder, kind } = await loadPressedReminder(deps.db, body);
      const until = new Date(deps.clock.now().getTime() + snoozeMs);
      const snoozed = await snoozeReminder(deps.db, { id: reminder.id, until });
      if (!snoozed)
        throw new AppError("invalid_transition", "This reminder is already done or no longer applies.");
      const seconds = Math.floor(until.getTime() / 1000);
      // Slack shows the date in each reader's own time zone; the text after | is the fallback.
      const when = `<!date^${seconds}^{date_short_pretty} at {time}|${until.toISOString().slice(0, 16)}Z>`;
      await resolveMessage(client, body, kind, `:zzz: Snoozed by <@${body.user.id}> until ${when}.`);
    } catch (error) {
      deps.logger.error({ err: error }, "reminder snooze failed");
      await tellPresser(client, body, userMessageOf(error)).catch(() => undefined);
    }
  };
}
