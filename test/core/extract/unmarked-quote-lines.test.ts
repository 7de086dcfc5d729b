/**
 * A quote pasted one product a line with no list marker: "8\" chef knife, 5Cr15MoV steel: ¥46/个",
 * "500 ml, 304 stainless: US$3.40 /pc". Three such lines or more list the quote's products, each by its
 * first field; a line that names only a size is that size of the product the chat is about. Sentences that
 * happen to hold a comma and a price, counts and price tiers are no rows.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const rows = (lines: readonly string[]) =>
  draftOf(lines).items.map((item) => [item.name, item.quantity, item.unitPrice]);

describe("a quote listed a line each without markers", () => {
  it("lists each product by the first field of its line", () => {
    expect(
      rows([
        "Supplier: price for you:",
        'Supplier: 10" frying pan, forged aluminium, granite coating: US$6.20/pc',
        'Supplier: 12" frying pan, forged aluminium: US$7.40/pc',
        "Supplier: 24 cm stock pot with glass lid: US$9.80/pc",
        "Buyer: 10 inch 800 pcs, 12 inch 600 pcs, stock pot 400 pcs. Best price?",
        'Supplier: 10" 5.90, 12" 7.10, stock pot 9.50 final',
        "Buyer: ok confirmed",
      ]).map((row) => row[0]),
    ).toEqual(['10" frying pan', '12" frying pan', "24 cm stock pot with glass lid"]);
  });

  it("names a line of a size alone by the chat's product", () => {
    const found = rows([
      "Supplier: Dear, price for insulated food jar, laser logo:",
      "Supplier: 350 ml, 304 inner: US$2.80 /pc (MOQ 1000)",
      "Supplier: 500 ml, 304 inner: US$3.30 /pc (MOQ 1000)",
      "Supplier: 750 ml, 316 inner: US$4.10 /pc (MOQ 1000)",
      "Buyer: we take 350 ml x 2000 pcs and 500 ml x 1500 pcs at 2.70 and 3.20",
      "Supplier: ok deal 2.70 and 3.20",
    ]);
    expect(found.slice(0, 2)).toEqual([
      ["insulated food jar 350 ml", 2000, 2.7],
      ["insulated food jar 500 ml", 1500, 3.2],
    ]);
    // (The size quoted and never ordered is neither counted nor priced.)
    expect(found.slice(2).every((row) => row[1] === null && row[2] === null)).toBe(true);
  });

  it("reads no list from two such lines, from sentences, counts or price tiers", () => {
    // Two lines may price two of more products: the chat's other readings stand.
    expect(
      rows([
        "Buyer: we need 1500 kits: LED strip + remote + adapter",
        "Supplier: LED strip 5m, 12V: USD 3.40/roll",
        "Supplier: IR remote, 44 key: USD 0.62/set",
        "Supplier: power adapter 12V 3A: USD 1.95/pc",
      ]).length,
    ).toBe(3);
    expect(
      rows([
        "Buyer: Hi, silicone baking mat 40 x 30 cm, food grade. 3000 pcs please.",
        "Supplier: Hello, 0.78 USD/pc.",
        "Supplier: Ship via DHL express, cost 420 usd.",
        "Buyer: OK 0.78.",
      ]),
    ).toEqual([[expect.stringMatching(/silicone baking mat/), 3000, 0.78]]);
    expect(
      rows([
        "Supplier: Our nitrile glove 4 mil, 100 pcs/box. Price per box:",
        "Supplier: 1000-1999 boxes: USD 3.20",
        "Supplier: 2000-4999 boxes: USD 3.05",
        "Supplier: 5000+ boxes: USD 2.90",
        "Buyer: OK 5000 boxes at 2.90",
      ]).map((row) => row[0]),
    ).toEqual([expect.stringMatching(/nitrile glove/)]);
  });
});
