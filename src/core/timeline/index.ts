/** The reminder timeline: what is owed when, and what each reminder says. */

export { addDays, formatCalendarDate, isCalendarDate, todayIn } from "../dates.ts";
export { shipDateOf } from "../lifecycle.ts";
export { isWorkingDay, subtractWorkingDays } from "./calendar.ts";
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
export { isTimeZone, zonedInstant, zoneOffsetMs } from "./zoned-time.ts";
