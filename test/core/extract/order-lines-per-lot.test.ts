/**
 * Prices written for a round lot ("USD 72/1000", "19.80 per thousand", "USD 78.00 / 1000 pcs") are read as
 * the price of one piece, and the lot counts nothing; a sentence giving each item its count and price
 * ("M10 nut 50,000 pcs @ USD 19.80/1000") is that order's lines, not a tier table.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const items = itemRowsOf;

describe("a price for a round lot", () => {
  it.each([
    ["USD 72/1000, and the nut", 0.072],
    ["USD 78.00 / 1000 pcs", 0.078],
    ["17 USD per thousand", 0.017],
    ["USD 8.50 per 1000 pcs.", 0.0085],
    ["USD 3.20/100", 0.032],
  ])("%s is %s a piece", (text, value) => {
    expect(findMoney(text)[0]?.value).toBeCloseTo(value, 6);
  });

  it.each([
    ["USD 2.90 / 1,000 pcs $2.55", 2.9],
    ["USD 72/1000.5", 72],
  ])("%s is not", (text, value) => {
    expect(findMoney(text)[0]?.value).toBe(value);
  });
});

describe("order lines of several items in one sentence", () => {
  it("reads each item's count and piece price, whether or not the lot names pieces", () => {
    for (const lot of ["1000", "1000 pcs"])
      expect(
        items([
          `Buyer: So final order: M10x40 bolt 50,000 pcs @ USD 72/${lot}, M10 nut 50,000 pcs @ USD 19.80/${lot}, M12x50 bolt 20,000 pcs @ USD 114/${lot}.`,
          "Supplier: ok confirmed",
        ]),
      ).toEqual([
        ["M10x40 bolt", 50000, 0.072],
        ["M10 nut", 50000, 0.0198],
        ["M12x50 bolt", 20000, 0.114],
      ]);
  });

  it("still reads one product's tier table as tiers, not as orders", () => {
    const read = items([
      "Supplier: ceramic mug prices: 500 pcs @ USD 2.10, 1000 pcs @ USD 1.90, 3000 pcs @ USD 1.70",
      "Buyer: we take 1000 pcs at 1.90",
      "Supplier: ok",
    ]);
    expect(read).toEqual([["ceramic mug", 1000, 1.9]]);
  });
});
