/**
 * What a reminder says, in plain words: what to do, by when, and why it matters for Trade Assurance.
 * Pure text (Slack mrkdwn-safe); the Block Kit layout lives in the Slack adapter.
 * @see ../shared/design.md "Trade Assurance facts the product rests on"
 */

import { formatCalendarDate } from "../dates.ts";
import type { DraftOrder, OrderState, ReminderPlan } from "../schemas.ts";
import { reminderKinds } from "./reminder-kinds.ts";

/** The order a reminder is about, as far as the message needs it. */
export type ReminderSubject = { number: string; draft?: DraftOrder | null; state?: OrderState | null };

/** A short headline for the reminder, e.g. "PO-3: Book the pre-shipment inspection". */
export function reminderTitle(plan: Pick<ReminderPlan, "kind">, subject: ReminderSubject): string {
  return `${subject.number}: ${reminderKinds[plan.kind].title}`;
}

/** The reminder's message: the action, its deadline and the Trade Assurance reason, in two or three sentences. */
export function describeReminder(plan: ReminderPlan, subject: ReminderSubject): string {
  return reminderKinds[plan.kind].describe({
    po: subject.number,
    about: plan.about ? formatCalendarDate(plan.about) : "the agreed date",
    draft: subject.draft ?? null,
    state: subject.state ?? null,
  });
}

/**
 * One message for several reminders of the same order (after downtime, several fall due at once):
 * every reminder's text under its title, oldest first, so the thread gets one message, not a flood.
 */
export function describeReminderGroup(plans: ReminderPlan[], subject: ReminderSubject): string {
  if (plans.length === 1 && plans[0]) return describeReminder(plans[0], subject);
  const lines = [`${subject.number}: ${plans.length} reminders are due.`];
  for (const plan of plans)
    lines.push(`• *${reminderKinds[plan.kind].title}*: ${describeReminder(plan, subject)}`);
  return lines.join("\n");
}
