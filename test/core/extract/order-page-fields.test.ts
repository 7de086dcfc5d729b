/**
 * Alibaba's order page, copied field by field: each "Product:" field opens a block with its specifications,
 * quantity and price. Every product with a price is an item of its own, named and counted as the page names it.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const page = [
  "--- pasted from Alibaba order page ---",
  "Order No. 2981 4470 5521 9631 (awaiting buyer confirmation)",
  "Supplier: Hangzhou Furbright Pet Care Co., Ltd.",
  "",
  "Product: Pet Deshedding Brush FB-D01",
  "Specifications: Colour: Teal / Blade: stainless steel 304 blade, width 10 cm",
  "Quantity: 800 Pieces",
  "Price: US $2.15 /Piece",
  "Subtotal: US $1,720.00",
  "",
  "Product: Silicone Pet Grooming Glove FB-G05",
  "Specifications: Colour: Grey / Size: one size, 5 finger",
  "Quantity: 1000 Pieces",
  "Price: US $1.20 /Piece",
  "Subtotal: US $1,200.00",
  "--- end ---",
];

describe("an order page copied field by field", () => {
  it("gives each priced product an item of its own", () => {
    expect(itemRowsOf(page).map(([name, quantity]) => [name, quantity])).toEqual([
      ["Pet Deshedding Brush FB-D01", 800],
      ["Silicone Pet Grooming Glove FB-G05", 1000],
    ]);
  });
});
