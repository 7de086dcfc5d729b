/**
 * A price tier set out on its own line under the product ("5,000 - 9,999 pcs: USD 0.36/pc") prices that
 * product by quantity: it is no row naming a product, however its range is spaced.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("price tiers on lines of their own", () => {
  it.each([
    [
      "spaced dashes",
      "5,000 - 9,999 pcs: USD 0.36/pc",
      "10,000 - 29,999 pcs: USD 0.33/pc",
      "30,000 pcs and above: USD 0.30/pc",
    ],
    [
      "tight dashes",
      "5,000-9,999 pcs: USD 0.36/pc",
      "10,000-29,999 pcs: USD 0.33/pc",
      "30,000+ pcs: USD 0.30/pc",
    ],
  ])("%s name no item", (_, ...tiers) => {
    const rows = itemRowsOf([
      "Buyer: I am interested in your soft close hinge 35mm and the ball bearing drawer slide.",
      `Supplier: Here is our price, FOB Shenzhen:\nSoft close hinge 35mm cup, clip-on\n${tiers.join("\n")}\nBall bearing drawer slide 450mm, full extension: USD 2.40/pair`,
      "Buyer: ok",
    ]);
    expect(rows.map(([name]) => name).filter((name) => /\d,\d{3}/.test(name))).toEqual([]);
  });
});

describe("what the buyer says they make", () => {
  it("is no product of the order", () => {
    const rows = itemRowsOf([
      "Buyer: Hola, I am Javier from Bogotá, we make kitchen cabinets. I am interested in your soft close hinge 35mm.",
      "Supplier: Here is our price:\n5,000 pcs and above: USD 0.36/pc\n10,000 pcs and above: USD 0.33/pc",
      "Buyer: ok",
    ]);
    expect(rows.map(([name]) => name).filter((name) => /cabinet/.test(name))).toEqual([]);
  });
});
