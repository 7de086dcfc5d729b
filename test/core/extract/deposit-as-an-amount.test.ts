/**
 * An order page, or a message revising it, gives the deposit as an amount beside the order's total ("Order total:
 * US$ 1,920.00 ... Initial payment: US$ 576.00"): the deposit is that share, when it is a whole percent.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const page = (initial: string) => [
  "Trade Assurance Order  No. 2188 0453 9921 0017",
  "Product information",
  "  1. Kraft lunch box 1000 ml, PE lined",
  "     Quantity: 6,000 Pieces    Unit price: US$ 0.21    Subtotal: US$ 1,260.00",
  "Payment information",
  "  Product total: US$ 1,260.00",
  "  Shipping fee: US$ 340.00",
  "  Order total: US$ 1,600.00",
  `  ${initial}`,
  "  Balance payment: the rest, before shipment",
];

describe("a deposit given as an amount", () => {
  it("is its share of the order's total", () => {
    expect(draftOf(page("Initial payment: US$ 480.00")).payment.depositPercent).toBe(30);
  });

  it("an amount that is no whole share of it gives none", () => {
    expect(draftOf(page("Initial payment: US$ 487.35")).payment.depositPercent).toBeNull();
  });

  it("a revision in the chat under the page is read against its own total", () => {
    const draft = draftOf([
      ...page("Initial payment: US$ 480.00"),
      "Supplier: Modified: lunch box 0.20, total US$ 1,540, initial payment US$ 770",
      "Buyer: ok confirmed",
    ]);
    expect(draft.payment.depositPercent).toBe(50);
  });
});
