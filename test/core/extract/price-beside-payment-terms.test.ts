/**
 * A price traded against the payment terms ("USD 1.75/pc if you pay 50% deposit", "We accept USD 1.75 per pc
 * with 50% deposit"): an amount put per piece is a price whatever payment words stand beside it; and "1.70 is too
 * difficult for us" turns the 1.70 down.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const chat = (refusal: string) => [
  "Supplier: Stainless phin filter 1.80 USD/pc for 2,000 pcs",
  "Buyer: Could you make USD 1.70/pc for 2,000 pcs with 30% deposit?",
  `Supplier: ${refusal} We can do USD 1.75/pc if you pay 50% deposit, 50% before shipment by T/T.`,
  "Buyer: Thank you. We accept USD 1.75 per pc with 50% deposit, balance before shipment.",
];

describe("a price traded against the payment terms", () => {
  it.each([
    "1.70 is too difficult for us with 30% deposit.",
    "1.70 is very difficult for us.",
    "1.70 not feasible, sorry.",
  ])("after '%s' the price agreed is 1.75", (refusal) => {
    expect(itemRowsOf(chat(refusal))).toEqual([["Stainless phin filter", 2000, 1.75]]);
  });

  it("a deposit amount is still no price", () => {
    const rows = itemRowsOf([
      "Supplier: Stainless phin filter 1.80 USD/pc for 2,000 pcs",
      "Buyer: ok 1.80 agreed. Deposit USD 1,080 paid today.",
    ]);
    expect(rows).toEqual([["Stainless phin filter", 2000, 1.8]]);
  });
});
