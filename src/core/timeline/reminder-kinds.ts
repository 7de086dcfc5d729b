/**
 * Every reminder kind in one table: its headline, what it asks in a sentence, the label of its date,
 * what its "Done" button records, and how the next step and the next deadline read elsewhere. Adding a
 * kind or changing its words happens here only.
 * @see ../shared/design.md "Reminders" and "Trade Assurance facts the product rests on"
 */
import { formatMoney, orderTotalOf } from "../money.ts";
import type { DraftOrder, LifecycleEventKind, OrderState, ReminderKind } from "../schemas.ts";

/** What a reminder's words may use: the order reference, its terms and state, and the date in words. */
export type ReminderContext = {
  po: string;
  about: string;
  draft: DraftOrder | null;
  state: OrderState | null;
};

export type ReminderKindInfo = {
  /** Headline ("Book the pre-shipment inspection"). */
  title: string;
  /** The step in "Next: ..." sentences ("pay the balance"). */
  nextStep: string;
  /** How the next deadline reads on the card, list and App Home ("balance payment due before"). */
  deadlineLabel: string;
  /** What the reminder's date is ("Ship date"). */
  aboutLabel: string;
  /** The label of its "Done" button. */
  doneLabel: string;
  /** The lifecycle step "Done" records, with the words of its confirmation ("the balance as paid"). */
  records: { event: LifecycleEventKind; meaning: string } | null;
  /** The message: the action, its deadline and the Trade Assurance reason. */
  describe(context: ReminderContext): string;
};

/** "the 70% balance" and, when the order is priced, " (USD 1,610.00 = 70% of USD 2,300.00; order total USD 2,300.00)". */
function balanceAmount(draft: DraftOrder | null): { share: string; money: string } {
  const percent = draft?.payment.depositPercent;
  const balancePercent = typeof percent === "number" && percent > 0 && percent < 100 ? 100 - percent : 100;
  const share = balancePercent < 100 ? `the ${balancePercent}% balance` : "the balance";
  const total = draft ? orderTotalOf(draft) : null;
  if (!draft || total === null) return { share, money: "" };
  const due = formatMoney(Math.round(total * balancePercent) / 100, draft.currency);
  const whole = formatMoney(total, draft.currency);
  return { share, money: ` (${due} = ${balancePercent}% of ${whole}; order total ${whole})` };
}

export const reminderKinds: Record<ReminderKind, ReminderKindInfo> = {
  inspection_booking: {
    title: "Book the pre-shipment inspection",
    nextStep: "book the inspection",
    deadlineLabel: "book the inspection by",
    aboutLabel: "Ship date",
    doneLabel: "Done",
    records: null,
    describe: ({ po, about, draft }) => {
      const by = draft?.inspection.by;
      const withWhom =
        by === "third_party"
          ? " with your third-party inspector"
          : by === "alibaba"
            ? " through Alibaba.com's inspection service"
            : by === "buyer"
              ? " with your own inspector"
              : "";
      const how =
        by === "third_party" || by === "buyer"
          ? "Give the inspector at least 2 working days' notice; the goods must be at least 80% packed."
          : "Alibaba's inspection service must be booked at least 7 working days before shipment.";
      return `${po} ships by ${about}: book the pre-shipment inspection${withWhom} now. ${how} An inspection report is your evidence if the goods miss the contract's quality requirements.`;
    },
  },
  balance_payment: {
    title: "Balance payment due before shipment",
    nextStep: "pay the balance",
    deadlineLabel: "balance payment due before",
    aboutLabel: "Ship date",
    doneLabel: "Done",
    records: { event: "balance_paid", meaning: "the balance as paid today" },
    describe: ({ po, about, draft }) => {
      const { share, money } = balanceAmount(draft);
      return `${po} ships by ${about} and ${share}${money} is due before shipment. Pay it through the Trade Assurance order (never to an account given in chat: payments outside the order are not protected), then press Done or run \`/order paid ${po} balance\`.`;
    },
  },
  ship_date_passed: {
    title: "Ship date passed, not marked shipped",
    nextStep: "check the goods shipped on time",
    deadlineLabel: "ship date",
    aboutLabel: "Ship date was",
    doneLabel: "Done",
    records: { event: "shipped", meaning: "the order as shipped today" },
    describe: ({ po, about }) =>
      `${po} was due to ship by ${about} and is not marked shipped. A late-shipment claim is now possible under Trade Assurance: ask the supplier for the tracking number or B/L, and open a claim on Alibaba.com if it has not shipped. If it did ship, press Done or run \`/order shipped ${po}\`.`,
  },
  inspect_on_arrival: {
    title: "Check the goods now",
    nextStep: "inspect the goods",
    deadlineLabel: "inspect on arrival",
    aboutLabel: "Dispute window closes",
    doneLabel: "Done",
    records: null,
    describe: ({ po, about }) =>
      `${po} has arrived: open the cartons and check the goods against the order now (quantity, specs, packaging; photos of anything wrong). The dispute window closes on ${about}; after that Trade Assurance cannot help with quality.`,
  },
  dispute_window_closing: {
    title: "Dispute window closing",
    nextStep: "open any dispute before the window closes",
    deadlineLabel: "dispute window closes",
    aboutLabel: "Dispute window closes",
    doneLabel: "Done",
    records: null,
    describe: ({ po, about }) =>
      `${po}: the window to open a Trade Assurance dispute closes on ${about}. If anything is wrong with the goods, open the dispute on Alibaba.com before then, with photos and the inspection report; if all is well, press Done.`,
  },
  review_invitation: {
    title: "Leave a review for the supplier",
    nextStep: "leave a review for the supplier",
    deadlineLabel: "leave a review",
    aboutLabel: "Review window closes",
    doneLabel: "Done",
    records: null,
    describe: ({ po, about, state }) =>
      state === "completed"
        ? `${po} is complete. Leave a review for the supplier on Alibaba.com by ${about}: it is the record the next buyer reads.`
        : `${po} is still marked received here; Alibaba.com completes an order on its own some days after arrival, and then the review window opens. Once it is complete, record it with \`/order completed ${po}\` and leave the supplier a review by ${about}: it is the record the next buyer reads.`,
  },
  review_window_closing: {
    title: "Review window closing",
    nextStep: "leave a review before the window closes",
    deadlineLabel: "review window closes",
    aboutLabel: "Review window closes",
    doneLabel: "Done",
    records: null,
    describe: ({ po, about }) =>
      `${po}: the review window closes on ${about}. Leave the supplier a review on Alibaba.com before then, or press Done if you have.`,
  },
};
