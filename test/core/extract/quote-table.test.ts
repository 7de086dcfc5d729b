/**
 * A pasted quote table is read by its header: each row under "Item | ... | Unit Price" is a product with
 * the price in its price column and the count in its "Qty" column; later messages name the rows by
 * number ("item 2 at 7.20 is expensive"). Tables of trades the fixtures do not cover.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { quoteTableRows } from "../../../src/core/extract/quote-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const rowsOf = (lines: string[]) =>
  quoteTableRows(clausesOf(parseTranscript(lines.join("\n")))).map((row) => [
    row.name,
    row.position,
    row.price.value,
    row.quantity?.value ?? null,
  ]);
const itemsOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((item) => [
    item.name,
    item.quantity,
    item.unitPrice,
  ]);

const gardenQuote = [
  "QUOTATION from Yongkang Greenleaf Tools Co., Ltd.",
  "No. | Item | Description | MOQ | Qty | Unit Price (USD) | Amount (USD)",
  "1 | Bypass pruner GP-20 | SK5 blade, 20 mm cut | 500 | 1200 | 3.40 | 4,080.00",
  "2 | Hedge shears HS-8 | 8 inch wavy blade | 300 | 600 | 6.85 | 4,110.00",
  "3 | Garden kneeler GK-1 | EVA foam 45x28 cm | 500 | 800 | 2.20 | 1,760.00",
  "- | Samples (1 pc each, by DHL) | paid | - | 3 | - | 40.00",
  "- | Sea freight CFR Hamburg | LCL | - | - | - | 520.00",
  "Payment: 30% deposit, balance before shipment.",
];

describe("rows of a quote table, read by the header", () => {
  it("each product row gives its name, number, price column and Qty column; samples and freight are no rows", () => {
    expect(rowsOf(gardenQuote)).toEqual([
      ["Bypass pruner GP-20", 1, 3.4, 1200],
      ["Hedge shears HS-8", 2, 6.85, 600],
      ["Garden kneeler GK-1", 3, 2.2, 800],
    ]);
  });

  it("an 'Item' column holding only the row number takes the description as the name, with the short codes of the row", () => {
    expect(
      rowsOf([
        "Item | Description | Size | Rating | Unit price (USD) | MOQ",
        "1    | Gate valve, brass body, threaded | DN15 | PN16 | 4.20 /pc | 200 pcs",
        "2    | same as item 1 | DN20 | PN16 | 5.10 /pc | 200 pcs",
        "3    | Check valve, brass, spring | DN15 | PN16 | 3.90 /pc | 200 pcs",
      ]),
    ).toEqual([
      ["Gate valve DN15 PN16", 1, 4.2, null],
      ["Gate valve DN20 PN16", 2, 5.1, null],
      ["Check valve DN15 PN16", 3, 3.9, null],
    ]);
  });

  it.each([
    ["no price column", ["Item | Description | Qty", "1 | Bypass pruner | 1200", "2 | Hedge shears | 600"]],
    ["no name column", ["No. | Qty | Unit price", "1 | 1200 | 3.40", "2 | 600 | 6.85"]],
    ["one row only", ["Item | Qty | Unit price (USD)", "Bypass pruner | 1200 | 3.40"]],
    ["no bars", ["Item  Qty  Unit price", "Bypass pruner  1200  3.40", "Hedge shears  600  6.85"]],
  ])("%s: no table is read", (_, lines) => {
    expect(rowsOf(lines)).toEqual([]);
  });
});

describe("a quote table, then the chat naming its rows by number", () => {
  it("'item 2' takes the counter-offer, the rest keep the table's price and Qty", () => {
    expect(
      itemsOf([
        ...gardenQuote,
        "--- chat ---",
        "Buyer: Item 2 at 6.85 is expensive, we do 6.20.",
        "Supplier: 6.20 no. 6.50 for item 2 is our last.",
        "Buyer: OK 6.50 for item 2. Items 1 and 3 as per the quotation, please send the PI.",
      ]),
    ).toEqual([
      ["Bypass pruner GP-20", 1200, 3.4],
      ["Hedge shears HS-8", 600, 6.5],
      ["Garden kneeler GK-1", 800, 2.2],
    ]);
  });

  it("the number in 'item (1)' is neither a price nor a count", () => {
    const items = itemsOf([
      "Supplier: We are pleased to offer as follows: (1) Bamboo cutting board, 38x28 cm, 1000 boards at USD 4.20 per board; (2) Bamboo serving tray, 45x30 cm, 500 trays at USD 6.10 per tray.",
      "Buyer: Can we have USD 3.90 for item (1) and 5.80 for item (2)?",
      "Supplier: We can grant USD 4.00 for item (1) and USD 5.90 for item (2).",
      "Buyer: Accepted, 4.00 and 5.90.",
    ]);
    expect(items.map((item) => item[2])).toEqual([4, 5.9]);
    expect(items.map((item) => item[1])).toEqual([1000, 500]);
  });
});
