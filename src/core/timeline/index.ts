/** The reminder timeline: what is owed when, and what each reminder says. */

export { shipDateOf } from "../lifecycle.ts";
export {
  addDays,
  formatCalendarDate,
  isCalendarDate,
  isWorkingDay,
  subtractWorkingDays,
} from "./calendar.ts";
export {
  describeReminder,
  describeReminderGroup,
  type ReminderSubject,
  reminderTitle,
} from "./describe-reminder.ts";
export {
  completionDate,
  doneEventOf,
  isReminderExpired,
  type PlanInput,
  planReminders,
} from "./plan-reminders.ts";
export { isTimeZone, zonedDate, zonedInstant, zoneOffsetMs } from "./zoned-time.ts";
