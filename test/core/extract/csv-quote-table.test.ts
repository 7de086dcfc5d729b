/**
 * A quotation exported from a supplier's ERP or spreadsheet and pasted as CSV: a header row of column names
 * (underscores for spaces, a code column beside the description), a row per product, quoted cells holding commas,
 * the currency in a column name or a field of its own; then the chat that settles it.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-03T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });
const rows = (lines: string[]) => draftOf(lines).items.map((i) => [i.name, i.quantity, i.unit, i.unitPrice]);

const sheet = [
  "QUOTE_NO,ITEM_CODE,DESCRIPTION,BOARD,QTY,UNIT_PRICE_USD,LEAD_TIME",
  'Q-77,TB-1,Tissue box white,"E-flute, 350gsm",4000,0.38,12-15 days',
  'Q-77,TB-2,Tissue box kraft,"E-flute, 350gsm",2000,0.41,12-15 days',
  'Q-77,GB-9,Gift box large,"rigid 1200gsm, magnetic",500,2.90,20 days',
  "---",
  "Vivian Zhou 2026-11-02 16:05",
  "hi Tom, pls check the quote sheet above",
  "Tom Becker 2026-11-02 16:31",
  "Thanks. We take 4000 white and 2000 kraft as sheet. GB-9 we skip for now.",
  "Vivian Zhou 2026-11-02 16:40",
  "ok dear, confirmed as sheet",
];

describe("a CSV quotation pasted before the chat", () => {
  it("reads each product from its description and code, with its count and the price of the sheet", () => {
    // (No word counts the boxes anywhere: the unit is left open.)
    expect(rows(sheet)).toEqual([
      ["Tissue box white TB-1", 4000, null, 0.38],
      ["Tissue box kraft TB-2", 2000, null, 0.41],
    ]);
  });

  it("the currency is the one the price column names", () => {
    expect(draftOf(sheet).currency).toBe("USD");
  });

  it("a currency given as a field of its own row counts as well", () => {
    const fielded = [
      "Quotation No,JS-45,Currency,JPY,Trade term,CIF Tokyo",
      "Line,Item code,Description,Qty,Unit,Unit price,Amount",
      "1,SP-01,Silicone spatula 28 cm,2000,pcs,168,336000",
      "2,BM-02,Baking mat 42 x 29.5 cm,1500,pcs,420,630000",
      "Sato Kenji 11-27 10:02",
      "Checked, both OK. Please go ahead.",
    ];
    const draft = draftOf(fielded);
    expect(draft.currency).toBe("JPY");
    expect(draft.items.map((i) => [i.name, i.quantity, i.unit])).toEqual([
      ["Silicone spatula 28 cm SP-01", 2000, "pcs"],
      ["Baking mat 42 x 29.5 cm BM-02", 1500, "pcs"],
    ]);
  });

  it("a sentence with commas is no row", () => {
    const chat = [
      "Supplier: Tissue box white, kraft or black, 0.38 each, MOQ 1000",
      "Buyer: ok, white, 4000 pcs, 0.38, confirmed",
    ];
    expect(draftOf(chat).items.map((i) => [i.quantity, i.unit])).toEqual([[4000, "pcs"]]);
  });
});
