/** "Snooze 1 day" on a reminder (action id `reminder_snooze`): the service moves it 24 hours on. */
import { type ReminderButtonDeps, snoozeReminderOneDay } from "../../../services/reminder-buttons.ts";
import { reminderButtonListener } from "./reminder-button.ts";

/** The "Snooze 1 day" button listener. */
export function handleReminderSnooze(deps: ReminderButtonDeps) {
  return reminderButtonListener(deps, "reminder snooze", snoozeReminderOneDay);
}
