/**
 * A size in inches written with its mark ('15" pizza stone', "12'' peel") leads a product's name: it is no
 * count, and a list row opening with it is a row like any other.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("sizes written with an inch mark", () => {
  it("numbered quote rows that open with one are the order's rows", () => {
    const rows = itemRowsOf([
      "Supplier: Here is the quote:",
      '1) 15" round cordierite pizza stone, 15 mm thick, 500 pcs - total USD 3,350.00',
      '2) 14" aluminium pizza peel, 1.2 mm blade, 500 pcs - total USD 2,100.00',
      '3) 12" bamboo pizza peel, FSC-certified bamboo, 300 pcs - total USD 870.00',
      "Buyer: ok all fine, please send the PI.",
    ]);
    expect(rows).toEqual([
      ['15" round cordierite pizza stone', 500, 6.7],
      ['14" aluminium pizza peel', 500, 4.2],
      ['12" bamboo pizza peel', 300, 2.9],
    ]);
  });

  it("counts none of the products it sizes", () => {
    const rows = itemRowsOf([
      'Buyer: we need 15" pizza stones, 14" aluminium peels and 12" bamboo peels.',
      "Supplier: stone USD 6.70/pc, aluminium peel USD 4.20/pc, bamboo peel USD 2.90/pc",
    ]);
    expect(rows.every(([, quantity]) => quantity !== 15 && quantity !== 14 && quantity !== 12)).toBe(true);
  });
});
