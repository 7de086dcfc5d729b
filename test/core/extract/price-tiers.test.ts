/**
 * Price breaks listed one tier a line ("1000-1999 boxes: USD 3.20", "5000+ sets: 0.95"): each line prices
 * the product by how many are ordered, it names no product of its own. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("price tiers listed a line each", () => {
  it("a tier list prices the one product the chat names, at the tier ordered", () => {
    const rows = itemRowsOf([
      "Buyer: We need 2 mil LDPE garbage bags, 30 gallon, black.",
      "Supplier: Hello, our price per box of 25 bags, FOB Ningbo:",
      "Supplier: 500-999 boxes: USD 1.40",
      "Supplier: 1000-2999 boxes: USD 1.25",
      "Supplier: 3000+ boxes: USD 1.10",
      "Buyer: We take 3000 boxes at 1.10 then.",
      "Supplier: Confirmed 3000 boxes at USD 1.10/box.",
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toMatch(/garbage bag/);
    expect(rows[0]!.slice(1)).toEqual([3000, 1.1]);
  });

  it("a size in mils before the product stays in its name", () => {
    const rows = itemRowsOf([
      "Buyer: Looking for 4 mil nitrile exam gloves, blue.",
      "Supplier: 4 mil nitrile exam gloves USD 2.60 per box of 100, MOQ 1000 boxes.",
      "Buyer: OK 2000 boxes at 2.60.",
    ]);
    expect(rows.map(([name]) => name)).toEqual([expect.stringMatching(/^4 mil nitrile exam glove/)]);
  });
});

describe("a quote listed a line each with bare prices per unit", () => {
  it("each line priced per piece, per roll or per sheet is a product, the currency said once below", () => {
    const rows = itemRowsOf([
      "Supplier: quote as below:",
      "Supplier: - corrugated shipping box 300x200x150mm, 5-ply, brown: 0.62/pc @2000",
      "Supplier: - packing tape 48mm x 100m, clear: 1.15/roll, MOQ 200 rolls",
      "Supplier: - bubble wrap sheet 30x40cm: 0.045/sheet, MOQ 5000",
      "Supplier: all USD, EXW Dongguan",
    ]);
    expect(rows.map(([name]) => name.split(" ").slice(0, 2).join(" "))).toEqual([
      "corrugated shipping",
      "packing tape",
      "bubble wrap",
    ]);
  });
});

describe("price breaks written in one sentence", () => {
  const chat = (order: string) => [
    "Supplier: sprocket hub price (USD, FOB Ningbo): 500-999 pcs 4.60, 1000-2999 pcs 4.15, 3000+ pcs 3.90",
    `Buyer: We go with ${order} hubs at your tier price.`,
    "Supplier: ok",
  ];

  it.each([
    ["600", 4.6],
    ["1,200", 4.15],
    ["2,999", 4.15],
    ["3,000", 3.9],
    ["5,000", 3.9],
  ])("%s ordered is priced at the break it falls in", (count, price) => {
    expect(itemRowsOf(chat(count)).map(([, , unitPrice]) => unitPrice)).toEqual([price]);
  });

  it("the low end of a range and an open end start their breaks", () => {
    expect(
      findQuantities("500-999 pcs 4.60, 1000 ~ 2999 pcs 4.15, 3000+ pcs 3.90").map((q) => [q.value, q.from]),
    ).toEqual([
      [999, 500],
      [2999, 1000],
      [3000, 3000],
    ]);
    expect(findQuantities("we need 800 pcs").map((q) => q.from)).toEqual([undefined]);
  });
});

describe("an order placed 'at your tier prices'", () => {
  it("orders each product it counts, each priced at its own break", () => {
    expect(
      itemRowsOf([
        "Buyer: please quote sprocket hubs and spacers",
        "Supplier: Price (USD): hub 500-999 pcs 4.60, 1000-2999 pcs 4.15. Spacer 1000-2999 pcs 0.88, 3000+ pcs 0.79.",
        "Buyer: We go with 1,200 hubs and 3,000 spacers at your tier prices.",
        "Supplier: ok",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [1200, 4.15],
      [3000, 0.79],
    ]);
  });

  it("a tier row still orders nothing", () => {
    expect(
      itemRowsOf([
        "Supplier: sprocket hub, tier 1: 500 pcs 4.60, tier 2: 1000 pcs 4.15",
        "Buyer: thanks, we will check",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([[null, null]]);
  });
});
