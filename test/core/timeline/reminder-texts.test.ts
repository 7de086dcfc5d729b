/**
 * Each reminder as the buyer reads it in the order's thread: its headline and its whole message, for an
 * order with no terms and for the terms that change the words (who inspects, the deposit, the price, the
 * order's state).
 */
import { describe, expect, it } from "vitest";
import { type DraftOrder, emptyDraft, type ReminderPlan } from "../../../src/core/schemas.ts";
import { describeReminder, reminderTitle } from "../../../src/core/timeline/describe-reminder.ts";
import { pricedDraft } from "../../helpers/priced-draft.ts";

const plan = (kind: ReminderPlan["kind"]): ReminderPlan => ({
  kind,
  key: kind,
  dueAt: "2026-12-24T09:00:00.000Z",
  broadcast: false,
  about: "2026-12-26",
});

describe("every reminder's headline and message for an order with no terms", () => {
  it.each([
    [
      "inspection_booking",
      "PO-7: Book the pre-shipment inspection",
      "PO-7 ships by Sat 26 Dec 2026: book the pre-shipment inspection now. Alibaba's inspection service must be booked at least 7 working days before shipment. An inspection report is your evidence if the goods miss the contract's quality requirements.",
    ],
    [
      "balance_payment",
      "PO-7: Balance payment due before shipment",
      "PO-7 ships by Sat 26 Dec 2026 and the balance is due before shipment. Pay it through the Trade Assurance order (never to an account given in chat: payments outside the order are not protected), then press Done or run `/order paid PO-7 balance`.",
    ],
    [
      "ship_date_passed",
      "PO-7: Ship date passed, not marked shipped",
      "PO-7 was due to ship by Sat 26 Dec 2026 and is not marked shipped. A late-shipment claim is now possible under Trade Assurance: ask the supplier for the tracking number or B/L, and open a claim on Alibaba.com if it has not shipped. If it did ship, press Done or run `/order shipped PO-7`.",
    ],
    [
      "inspect_on_arrival",
      "PO-7: Check the goods now",
      "PO-7 has arrived: open the cartons and check the goods against the order now (quantity, specs, packaging; photos of anything wrong). The dispute window closes on Sat 26 Dec 2026; after that Trade Assurance cannot help with quality.",
    ],
    [
      "dispute_window_closing",
      "PO-7: Dispute window closing",
      "PO-7: the window to open a Trade Assurance dispute closes on Sat 26 Dec 2026. If anything is wrong with the goods, open the dispute on Alibaba.com before then, with photos and the inspection report; if all is well, press Done.",
    ],
    [
      "review_invitation",
      "PO-7: Leave a review for the supplier",
      "PO-7 is still marked received here; Alibaba.com completes an order on its own some days after arrival, and then the review window opens. Once it is complete, record it with `/order completed PO-7` and leave the supplier a review by Sat 26 Dec 2026: it is the record the next buyer reads.",
    ],
    [
      "review_window_closing",
      "PO-7: Review window closing",
      "PO-7: the review window closes on Sat 26 Dec 2026. Leave the supplier a review on Alibaba.com before then, or press Done if you have.",
    ],
  ] as const)("%s", (kind, title, text) => {
    expect(reminderTitle(plan(kind), { number: "PO-7" })).toBe(title);
    expect(describeReminder(plan(kind), { number: "PO-7" })).toBe(text);
  });
});

describe("the words the order's terms and state change", () => {
  it.each([
    [
      "third_party",
      "PO-7 ships by Sat 26 Dec 2026: book the pre-shipment inspection with your third-party inspector now. Give the inspector at least 2 working days' notice; the goods must be at least 80% packed. An inspection report is your evidence if the goods miss the contract's quality requirements.",
    ],
    [
      "buyer",
      "PO-7 ships by Sat 26 Dec 2026: book the pre-shipment inspection with your own inspector now. Give the inspector at least 2 working days' notice; the goods must be at least 80% packed. An inspection report is your evidence if the goods miss the contract's quality requirements.",
    ],
    [
      "alibaba",
      "PO-7 ships by Sat 26 Dec 2026: book the pre-shipment inspection through Alibaba.com's inspection service now. Alibaba's inspection service must be booked at least 7 working days before shipment. An inspection report is your evidence if the goods miss the contract's quality requirements.",
    ],
  ] as const)("an inspection by %s", (by, text) => {
    const draft = { ...emptyDraft(), inspection: { required: true, by } };
    expect(describeReminder(plan("inspection_booking"), { number: "PO-7", draft })).toBe(text);
  });

  const balanceOf = (draft: DraftOrder) =>
    describeReminder(plan("balance_payment"), { number: "PO-7", draft }).split(" is due before shipment")[0];

  it.each([
    [
      30,
      null,
      "PO-7 ships by Sat 26 Dec 2026 and the 70% balance (USD 1,610.00 = 70% of USD 2,300.00; order total USD 2,300.00)",
    ],
    [
      30,
      100,
      "PO-7 ships by Sat 26 Dec 2026 and the 70% balance (USD 1,680.00 = 70% of USD 2,400.00; order total USD 2,400.00)",
    ],
    [
      null,
      null,
      "PO-7 ships by Sat 26 Dec 2026 and the balance (USD 2,300.00 = 100% of USD 2,300.00; order total USD 2,300.00)",
    ],
    [
      0,
      null,
      "PO-7 ships by Sat 26 Dec 2026 and the balance (USD 2,300.00 = 100% of USD 2,300.00; order total USD 2,300.00)",
    ],
    [
      100,
      null,
      "PO-7 ships by Sat 26 Dec 2026 and the balance (USD 2,300.00 = 100% of USD 2,300.00; order total USD 2,300.00)",
    ],
  ])("a %s%% deposit with a shipping fee of %s: the balance due in money", (deposit, fee, text) => {
    expect(balanceOf(pricedDraft(deposit, fee))).toBe(text);
  });

  it("an order with an unpriced item names the share only", () => {
    const draft = pricedDraft(30);
    draft.items[0]!.unitPrice = null;
    expect(balanceOf(draft)).toBe("PO-7 ships by Sat 26 Dec 2026 and the 70% balance");
  });

  it("a completed order is invited to a review without the words about recording it", () => {
    expect(describeReminder(plan("review_invitation"), { number: "PO-7", state: "completed" })).toBe(
      "PO-7 is complete. Leave a review for the supplier on Alibaba.com by Sat 26 Dec 2026: it is the record the next buyer reads.",
    );
  });
});
