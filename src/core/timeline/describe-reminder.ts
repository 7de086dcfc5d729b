/**
 * What a reminder says, in plain words: what to do, by when, and why it matters for Trade Assurance.
 * Pure text (Slack mrkdwn-safe); the Block Kit layout lives in the Slack adapter.
 * @see ../shared/design.md "Trade Assurance facts the product rests on"
 */

import { formatCalendarDate } from "../dates.ts";
import type { DraftOrder, ReminderPlan } from "../schemas.ts";

/** The order a reminder is about, as far as the message needs it. */
export type ReminderSubject = { number: string; draft?: DraftOrder | null };

const titles: Record<ReminderPlan["kind"], string> = {
  inspection_booking: "Book the pre-shipment inspection",
  balance_payment: "Balance payment due before shipment",
  ship_date_passed: "Ship date passed, not marked shipped",
  inspect_on_arrival: "Check the goods now",
  dispute_window_closing: "Dispute window closing",
  review_invitation: "Leave a review for the supplier",
  review_window_closing: "Review window closing",
};

/** A short headline for the reminder, e.g. "PO-3: Book the pre-shipment inspection". */
export function reminderTitle(plan: Pick<ReminderPlan, "kind">, subject: ReminderSubject): string {
  return `${subject.number}: ${titles[plan.kind]}`;
}

/** The reminder's message: the action, its deadline and the Trade Assurance reason, in two or three sentences. */
export function describeReminder(plan: ReminderPlan, subject: ReminderSubject): string {
  const po = subject.number;
  const about = plan.about ? formatCalendarDate(plan.about) : "the agreed date";
  const supplier = subject.draft?.supplier ? ` with ${subject.draft.supplier}` : "";
  switch (plan.kind) {
    case "inspection_booking": {
      const by = subject.draft?.inspection.by;
      const how =
        by === "third_party" || by === "buyer"
          ? "Give the inspector at least 2 working days' notice; the goods must be at least 80% packed."
          : "Alibaba's inspection service must be booked at least 7 working days before shipment.";
      return `${po} ships by ${about}: book the pre-shipment inspection${supplier} now. ${how} An inspection report is your evidence if the goods miss the contract's quality requirements.`;
    }
    case "balance_payment": {
      const percent = subject.draft?.payment.depositPercent;
      const share =
        typeof percent === "number" && percent > 0 && percent < 100
          ? `the ${100 - percent}% balance`
          : "the balance";
      return `${po} ships by ${about} and ${share} is due before shipment. Pay it through the Trade Assurance order (never to an account given in chat: payments outside the order are not protected), then press Done or run \`/order paid ${po} balance\`.`;
    }
    case "ship_date_passed":
      return `${po} was due to ship by ${about} and is not marked shipped. A late-shipment claim is now possible under Trade Assurance: ask the supplier for the tracking number or B/L, and open a claim on Alibaba.com if it has not shipped. If it did ship, press Done or run \`/order shipped ${po}\`.`;
    case "inspect_on_arrival":
      return `${po} has arrived: open the cartons and check the goods against the order now (quantity, specs, packaging; photos of anything wrong). The dispute window closes on ${about}; after that Trade Assurance cannot help with quality.`;
    case "dispute_window_closing":
      return `${po}: the window to open a Trade Assurance dispute closes on ${about}. If anything is wrong with the goods, open the dispute on Alibaba.com before then, with photos and the inspection report; if all is well, press Done.`;
    case "review_invitation":
      return `${po} is complete (marked complete, or closed on its own after arrival). Leave a review for the supplier on Alibaba.com by ${about}: it is the record the next buyer reads.`;
    case "review_window_closing":
      return `${po}: the review window closes on ${about}. Leave the supplier a review on Alibaba.com before then, or press Done if you have.`;
  }
}

/**
 * One message for several reminders of the same order (after downtime, several fall due at once):
 * every reminder's text under its title, oldest first, so the thread gets one message, not a flood.
 */
export function describeReminderGroup(plans: ReminderPlan[], subject: ReminderSubject): string {
  if (plans.length === 1 && plans[0]) return describeReminder(plans[0], subject);
  const lines = [`${subject.number}: ${plans.length} reminders are due.`];
  for (const plan of plans) lines.push(`• *${titles[plan.kind]}*: ${describeReminder(plan, subject)}`);
  return lines.join("\n");
}
