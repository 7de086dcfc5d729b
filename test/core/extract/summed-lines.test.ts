/**
 * The order's total worked out in the chat ("New total 760 + 580 + 630 = 1970.00 USD") prices no item: neither
 * the sum nor the amounts added up in it. Two items priced with "+" between them are not a sum.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("a total the chat adds up", () => {
  it("leaves every line's price as agreed", () => {
    const rows = itemRowsOf([
      "Supplier: push pop bubble USD 0.38/pc, fidget spinner USD 0.58/pc, mini squishy USD 4.20/dozen",
      "Buyer: 2000 push pop, 1000 spinners, 150 dozen squishy.",
      "Supplier: ok. New total 760 + 580 + 630 = 1970.00 USD",
      "Buyer: Correct, go ahead.",
    ]);
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([
      [2000, 0.38],
      [1000, 0.58],
      [1800, 0.35],
    ]);
  });

  it("two lines priced with a plus between them keep their prices", () => {
    const rows = itemRowsOf([
      "Supplier: speaker S12 USD 10.20/pc, gift box USD 0.40/pc",
      "Buyer: deal. 2000 speakers @9.60 + 2000 gift boxes @0.38",
      "Supplier: ok",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([9.6, 0.38]);
  });
});
