/**
 * The deposit percent read from an order page or a message that gives the initial payment as an amount: which
 * total it is a share of (the order's, nearest the payment, said in this message or the one before), how the
 * labels may be typed ("Downpayment", "Total amount", "Total :", column gaps), which amounts are no share (one
 * said far from its label, one as large as the total, a share under 5%), and lines that say "total" but give
 * no amount after it.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const depositOf = (lines: readonly string[]) => draftOf(lines).payment.depositPercent;

/** A supplier's message pasting an order page's payment lines, then the buyer's answer. */
const pasted = (...lines: string[]) => [
  "Supplier: Please check the order, details below",
  ...lines,
  "Buyer: ok",
];

describe("the total an initial payment is a share of", () => {
  it("is the order's total above a breakdown, not the product total said nearer the payment", () => {
    const lines = pasted(
      "Order total: US$ 1,920.00",
      "  Product total: US$ 1,600.00",
      "  Shipping fee: US$ 320.00",
      "Initial payment: US$ 576.00",
    );
    expect(depositOf(lines)).toBe(30);
  });

  it("is the revised total of this message, not the total the buyer quoted before it", () => {
    const lines = [
      "Buyer: The page still shows Order total: US$ 1,600.00",
      "Supplier: Sorry, order modified with the lunch box at 0.20, please check",
      "Product total: US$ 1,200.00",
      "Shipping fee: US$ 340.00",
      "Order total: US$ 1,540.00",
      "Initial payment: US$ 462.00",
      "Buyer: ok, paying now",
    ];
    expect(depositOf(lines)).toBe(30);
  });

  it("a count of pieces said as the total quantity is no total", () => {
    const lines = pasted(
      "Kraft lunch box 1000 ml, PE lined",
      "Total quantity: 6,000 Pieces",
      "Order total: US$ 1,600.00",
      "Initial payment: US$ 480.00",
    );
    expect(depositOf(lines)).toBe(30);
  });
});

describe("the labels, however they are typed", () => {
  it.each([
    ["Downpayment: US$ 480.00", "Order total: US$ 1,600.00"],
    ["Initial payment: US$ 480.00", "Total amount: US$ 1,600.00"],
    ["Initial payment: US$ 480.00", "Total : US$ 1,600.00"],
    ["Initial payment: US$ 480.00", "Order total:     US$ 1,600.00"],
  ])("'%s' of '%s' is a 30%% deposit", (payment, total) => {
    expect(depositOf(pasted(total, payment))).toBe(30);
  });
});

describe("amounts that are no deposit share", () => {
  it("an amount 40 characters after the label is still the payment", () => {
    const lines = pasted("Order total: US$ 1,600.00", "Initial payment, by T/T within 10 days: US$ 480.00");
    expect(depositOf(lines)).toBe(30);
  });

  it("the balance said well after the label is not the initial payment", () => {
    const lines = pasted(
      "Order total: US$ 1,600.00",
      "Initial payment is due within 3 working days, then balance US$ 1,120.00 before shipment",
    );
    expect(depositOf(lines)).toBeNull();
  });

  it("an initial payment as large as the total gives no deposit share", () => {
    const lines = pasted("Order total: US$ 1,600.00", "Initial payment: US$ 1,600.00");
    expect(depositOf(lines)).toBeNull();
  });

  it.each([
    ["US$ 48.00", null],
    ["US$ 80.00", 5],
    ["US$ 160.00", 10],
  ])("an initial payment of %s out of US$ 1,600.00 gives %s", (amount, percent) => {
    const lines = pasted("Order total: US$ 1,600.00", `Initial payment: ${amount}`);
    expect(depositOf(lines)).toBe(percent);
  });
});
