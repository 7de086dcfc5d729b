/**
 * Price breaks listed one tier a line ("1000-1999 boxes: USD 3.20", "5000+ sets: 0.95"): each line prices
 * the product by how many are ordered, it names no product of its own. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
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
