/**
 * An order page copied with its product details numbered: each product's line, and under it the fields that
 * count and price it ("Quantity: 2,000 pieces   Unit price: US$1.68   Subtotal: US$3,360.00").
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-03T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });
const rows = (lines: string[]) => draftOf(lines).items.map((i) => [i.name, i.quantity, i.unit, i.unitPrice]);

const page = [
  "Order details",
  "Order No. 2301 5521 8890                Trade Assurance order",
  "Supplier",
  "  Ningbo Hailan Kitchenware Co., Ltd.",
  "Product details",
  "  1  Silicone stretch lid set, 6 sizes, food grade",
  "     Quantity: 1,500 sets      Unit price: US$2.35      Subtotal: US$3,525.00",
  "     Product requirements: LFGB tested; colour grey",
  "  2  Beeswax food wrap, 3 pack",
  "     Quantity: 2,000 pieces      Unit price: US$1.10      Subtotal: US$2,200.00",
  "Shipping",
  "  Trade term: FOB    Port of loading: Ningbo",
  "",
  "Messages about this order",
  "",
  "Dana Levi   Mar 3, 2027 10:02",
  "Hi Amy, order checked, quantities and prices are right.",
  "",
  "Amy Chen   Mar 3, 2027 10:15",
  "Thank you Dana, you can pay the initial payment now.",
];

describe("numbered products of an order page", () => {
  it("each numbered line over its quantity and price fields is an item", () => {
    expect(rows(page)).toEqual([
      ["Silicone stretch lid set", 1500, "sets", 2.35],
      ["Beeswax food wrap", 2000, "pcs", 1.1],
    ]);
  });

  it("the subtotal is no product", () => {
    expect(draftOf(page).items.map((i) => i.name.toLowerCase())).not.toContain("subtotal");
  });

  it("a numbered sentence with no fields under it opens no product", () => {
    const notes = [
      "Supplier: Our terms:",
      "1  Production starts after deposit",
      "Buyer: ok. 800 pcs of the bamboo tray at USD 3.20, confirmed.",
      "Supplier: confirmed 3.20",
    ];
    const names = draftOf(notes).items.map((i) => i.name);
    expect(names).toEqual(["the bamboo tray"]);
  });
});
