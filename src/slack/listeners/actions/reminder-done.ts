/** "Done" on a reminder (action id `reminder_done`): the service records the step and stops that kind. */
import { markReminderDone, type ReminderButtonDeps } from "../../../services/reminder-buttons.ts";
import { reminderButtonListener } from "./reminder-button.ts";

/** The "Done" button listener. */
export function handleReminderDone(deps: ReminderButtonDeps) {
  return reminderButtonListener(deps, "reminder done", markReminderDone);
}
