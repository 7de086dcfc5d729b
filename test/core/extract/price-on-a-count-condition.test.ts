/**
 * A price the supplier puts on the condition of another count ("if you order 1000 pcs we can give 12.60"), after a
 * deal for the count ordered, leaves that deal standing; the buyer taking the larger count takes its price.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const deal = [
  "Supplier: Drip kettle 600 ml: 300 pcs USD 14.80 / 500 pcs USD 13.90 / 1000 pcs USD 12.60",
  "Buyer: We need 500 pcs. 13.20?",
  "Supplier: 13.30 is final",
  "Buyer: OK, 13.30 for 500 pcs, agreed.",
  "Supplier: Thank you",
];

describe("a price on the condition of another count", () => {
  it.each([
    "By the way, if you order 1000 pcs we can give 12.60",
    "If u take 1,000 pcs I can do 12.60 for you",
    "12.60 possible if you go for 1000 pcs",
  ])("'%s', not taken up, leaves the deal for 500 at 13.30", (condition) => {
    expect(
      itemRowsOf([...deal, `Supplier: ${condition}`, "Buyer: Maybe next time, this time 500 pcs only. OK."]),
    ).toEqual([["Drip kettle", 500, 13.3]]);
  });

  it("taken up, the larger count and its price are the order", () => {
    const rows = itemRowsOf([
      ...deal,
      "Supplier: By the way, if you order 1000 pcs we can give 12.60",
      "Buyer: Good idea, we take 1000 pcs at 12.60 then",
      "Supplier: Confirmed",
    ]);
    expect(rows).toEqual([["Drip kettle", 1000, 12.6]]);
  });
});
