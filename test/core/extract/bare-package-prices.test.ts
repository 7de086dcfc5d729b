import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

/** A chat quoting a price per carton of 200 pieces for goods ordered in pieces, settled by `close`. */
const hinges = (...close: string[]) => [
  "Supplier: hinge 560 RMB/ctn (200 pcs/ctn)",
  "Buyer: I need 4000 pcs. 520 per ctn?",
  ...close,
];

describe("a bare price agreed in talk of prices per carton is per carton", () => {
  it.each([
    [["Supplier: ok 520"], 2.6],
    [["Supplier: can 540, last price", "Buyer: ok 540"], 2.7],
    [["Supplier: no, 560 is lowest", "Buyer: ok fine"], 2.8],
  ])("%j gives the price of one piece", (close, perPiece) => {
    expect(itemRowsOf(hinges(...close))).toEqual([["hinge", 4000, perPiece]]);
  });

  it("two items priced per carton and settled by bare numbers are each divided", () => {
    const rows = itemRowsOf([
      "Supplier: soft close hinge price per carton (200 pcs/ctn): 35mm cup 560 RMB/ctn, 26mm cup 430 RMB/ctn",
      "Buyer: 35mm I need 4000 pcs, 26mm 2000 pcs. price 520 and 400 per ctn?",
      "Supplier: 35mm can 540. 26mm 420. last price",
      "Buyer: ok 540 / 420",
    ]);
    expect(rows.map((row) => row[2])).toEqual([2.7, 2.1]);
  });

  it("a bare price after a price per piece is per piece", () => {
    expect(
      itemRowsOf([
        "Supplier: hinge 2.90 RMB/pc, 200 pcs/ctn",
        "Buyer: I need 4000 pcs. 2.60?",
        "Supplier: 2.70 ok?",
        "Buyer: ok",
      ]),
    ).toEqual([["hinge", 4000, 2.7]]);
  });
});

describe("a package named before the pieces it holds", () => {
  it.each([
    ["Supplier: spiral notebook A5: USD 56 per carton of 40 pcs", "Supplier: ok, USD 52 per carton"],
    ["Supplier: spiral notebook A5: USD 56 per case with 40 pcs", "Supplier: ok, USD 52 per case"],
  ])("'%s' then '%s' is 52 over 40 a piece", (quote, agreed) => {
    expect(itemRowsOf([quote, "Buyer: 2,000 pcs. USD 50 per carton?", agreed, "Buyer: deal"])).toEqual([
      ["spiral notebook A5", 2000, 1.3],
    ]);
  });
});
