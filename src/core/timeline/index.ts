/** The reminder timeline: what is owed when, and what each reminder says. */
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
export { completionDate, doneEventOf, type PlanInput, planReminders } from "./plan-reminders.ts";
export { shipDateOf } from "./ship-date.ts";
export { isTimeZone, zonedDate, zonedInstant, zoneOffsetMs } from "./zoned-time.ts";
