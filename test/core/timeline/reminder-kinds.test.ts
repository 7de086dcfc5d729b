/**
 * The words each reminder kind shows a buyer: its labels on the card, list and App Home, what its "Done"
 * button records, and the balance share it names from the deposit.
 */
import { describe, expect, it } from "vitest";
import { emptyDraft } from "../../../src/core/schemas.ts";
import { reminderKinds } from "../../../src/core/timeline/reminder-kinds.ts";

describe("every kind's labels and what Done records", () => {
  it("reads as the buyer sees it", () => {
    const labels = Object.fromEntries(
      Object.entries(reminderKinds).map(([kind, info]) => [
        kind,
        [info.nextStep, info.deadlineLabel, info.aboutLabel, info.doneLabel, info.records],
      ]),
    );
    expect(labels).toEqual({
      inspection_booking: ["book the inspection", "book the inspection by", "Ship date", "Done", null],
      balance_payment: [
        "pay the balance",
        "balance payment due before",
        "Ship date",
        "Done",
        { event: "balance_paid", meaning: "the balance as paid today" },
      ],
      ship_date_passed: [
        "check the goods shipped on time",
        "ship date",
        "Ship date was",
        "Done",
        { event: "shipped", meaning: "the order as shipped today" },
      ],
      inspect_on_arrival: ["inspect the goods", "inspect on arrival", "Dispute window closes", "Done", null],
      dispute_window_closing: [
        "open any dispute before the window closes",
        "dispute window closes",
        "Dispute window closes",
        "Done",
        null,
      ],
      review_invitation: [
        "leave a review for the supplier",
        "leave a review",
        "Review window closes",
        "Done",
        null,
      ],
      review_window_closing: [
        "leave a review before the window closes",
        "review window closes",
        "Review window closes",
        "Done",
        null,
      ],
    });
  });
});

describe("the balance share named from the deposit", () => {
  const balance = (depositPercent: number | null) =>
    reminderKinds.balance_payment.describe({
      po: "PO-7",
      about: "Mon 14 Dec",
      draft: { ...emptyDraft(), payment: { depositPercent, balance: "before_shipment", method: null } },
      state: "deposit_paid",
    });

  it.each([
    [30, "the 70% balance"],
    [1, "the 99% balance"],
    [99, "the 1% balance"],
  ])("a %d%% deposit leaves %s", (deposit, share) => {
    expect(balance(deposit)).toContain(`ships by Mon 14 Dec and ${share} is due before shipment`);
  });

  it.each([0, 100, null])("a deposit of %s names the whole balance", (deposit) => {
    expect(balance(deposit)).toContain("ships by Mon 14 Dec and the balance is due before shipment");
  });
});

describe("who books the inspection", () => {
  const booking = (by: "third_party" | "alibaba" | "buyer" | "supplier" | null) =>
    reminderKinds.inspection_booking.describe({
      po: "PO-7",
      about: "Mon 14 Dec",
      draft: { ...emptyDraft(), inspection: { required: true, by } },
      state: "deposit_paid",
    });

  it.each([
    [
      "third_party",
      "book the pre-shipment inspection with your third-party inspector now. Give the inspector at least 2 working days' notice",
    ],
    [
      "buyer",
      "book the pre-shipment inspection with your own inspector now. Give the inspector at least 2 working days' notice",
    ],
    [
      "alibaba",
      "book the pre-shipment inspection through Alibaba.com's inspection service now. Alibaba's inspection service must be booked at least 7 working days",
    ],
    [
      "supplier",
      "book the pre-shipment inspection now. Alibaba's inspection service must be booked at least 7 working days",
    ],
  ] as const)("by %s reads as its own", (by, words) => {
    expect(booking(by)).toContain(words);
  });
});
