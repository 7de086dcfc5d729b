/**
 * A quote table whose columns are tiers of counts instead of one price column ("Item | 300-499 pcs | 500-999
 * pcs | 1000+ pcs"): each row quotes every tier, the count ordered chooses the price, and the line over the
 * table may say the currency the bare figures are in ("USD per piece:").
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { quoteTables } from "../../../src/core/extract/quote-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const table = (header: string) => [
  "Supplier: quote below, FOB Xiamen, USD per piece:",
  `Supplier: ${header}`,
  "Supplier: SP-10 silicone spatula | 0.95 | 0.82 | 0.74",
  "Supplier: WH-22 wooden whisk    | 1.40 | 1.25 | 1.10",
];

describe("columns of count tiers", () => {
  it.each([
    "Item | 300-499 pcs | 500-999 pcs | 1000+ pcs",
    "Product | 300~499 | 500~999 | >=1000",
    "Item | 300 pcs | 500 pcs | 1000 pcs+",
  ])("'%s' gives each row a tier a column", (header) => {
    const rows = quoteTables(clausesOf(parseTranscript(table(header).join("\n"))))[0]!;
    expect(rows.map((row) => row.tiers?.map((tier) => [tier.min, tier.price]))).toEqual([
      [
        [300, 0.95],
        [500, 0.82],
        [1000, 0.74],
      ],
      [
        [300, 1.4],
        [500, 1.25],
        [1000, 1.1],
      ],
    ]);
  });

  it("the count ordered chooses each row's price, in the currency the line over the table names", () => {
    const draft = draftOf([
      ...table("Item | 300-499 pcs | 500-999 pcs | 1000+ pcs"),
      "Buyer: we take 1200 spatulas and 600 whisks, prices as per table",
      "Supplier: ok confirmed",
    ]);
    expect(draft.currency).toBe("USD");
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [1200, 0.74],
      [600, 1.25],
    ]);
  });

  it("a header of bare figures is a row of data, no tiers", () => {
    const rows = quoteTables(clausesOf(parseTranscript(table("Item | 300 | 500 | 1000").join("\n"))));
    expect(rows).toEqual([]);
  });
});
