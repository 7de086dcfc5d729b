/**
 * A supplier's quotation pasted as a Markdown table with an "Item No." column and the price in the last column
 * ("| Item No. | Description | Pcs/set | Packing | Sets/ctn | CBM/ctn | MOQ | Unit price USD |"): the header's
 * "No." ends no sentence, each row is a product named by its code and description, the CBM and MOQ columns are no
 * price or count, and the chat that follows counts and prices the rows by their codes.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { headOf } from "../../../src/core/extract/items.ts";
import { quoteTableRows } from "../../../src/core/extract/quote-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const quotation = [
  "QUOTATION                  No.: KT-Q2609-11                Date: 2026-09-02",
  "",
  "| Item No. | Description                  | Pcs/set | Packing   | Sets/ctn | CBM/ctn | MOQ      | Unit price USD |",
  "|----------|------------------------------|---------|-----------|----------|---------|----------|----------------|",
  "| KT-201   | Marble run 120 pcs           | 120     | color box | 12       | 0.094   | 300 sets | 6.20           |",
  "| KT-202   | Magnetic tiles 64 pcs        | 64      | color box | 10       | 0.102   | 300 sets | 8.90           |",
  "| KT-203   | Wooden train set 48 pcs      | 48      | PP bucket | 8        | 0.131   | 500 sets | 5.40           |",
  "",
  "------ messages below copied from Alibaba chat ------",
  "Anna Berg 2026-09-03 10:02",
  "Hi Lucy, thanks. The train set we skip this time. We take 600 sets KT-201 and 900 sets KT-202. Better price?",
  "Lucy Chen 2026-09-03 15:40",
  "Hi Anna, for this qty KT-201 5.95, KT-202 8.60.",
  "Anna Berg 2026-09-03 16:05",
  "OK, we accept 5,95 / 8,60.",
];

const clauses = () => clausesOf(parseTranscript(quotation.join("\n")));

describe("a Markdown quotation with a code column", () => {
  it("keeps the header row one sentence", () => {
    expect(clauses().some((clause) => clause.text.startsWith("| Item No. | Description"))).toBe(true);
  });

  it("reads each row's code, name and unit price, not its CBM", () => {
    const rows = quoteTableRows(clauses()).map((row) => [row.name, row.price.value]);
    expect(rows).toEqual([
      ["Marble run 120 pcs KT-201", 6.2],
      ["Magnetic tiles 64 pcs KT-202", 8.9],
      ["Wooden train set 48 pcs KT-203", 5.4],
    ]);
  });

  it("orders the rows the chat counts and prices by code, without the one it skips", () => {
    const draft = extractDraft(parseTranscript(quotation.join("\n")), {
      now: new Date("2026-09-05T12:00:00Z"),
    });
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["Marble run 120 pcs KT-201", 600, 5.95],
      ["Magnetic tiles 64 pcs KT-202", 900, 8.6],
    ]);
  });
});

describe("the head of a name that counts its pieces", () => {
  it.each([
    ["Fire station 612 pcs", "station"],
    ["Baby big blocks 60 pcs", "block"],
    ["Marble run 120 pcs", "run"],
  ])("%j has the head %j", (name, head) => {
    expect(headOf(name)).toBe(head);
  });
});

describe("which numbered columns are codes", () => {
  const rowsUnder = (header: string, first: string, second: string) =>
    quoteTableRows(
      clausesOf(
        parseTranscript(
          [
            `${header} | Description | Unit price`,
            `${first} | Steel hook | 0.40`,
            `${second} | Steel rail | 2.10`,
          ].join("\n"),
        ),
      ),
    ).map((row) => row.name);

  it("an 'Item No.' column codes its row", () => {
    expect(rowsUnder("Item No.", "SH-1", "SR-2")).toEqual(["Steel hook SH-1", "Steel rail SR-2"]);
  });

  it.each(["Quote No.", "PO No.", "Invoice No."])("a %j column numbers a document, no row", (header) => {
    expect(rowsUnder(header, "Q-77", "Q-77")).toEqual(["Steel hook", "Steel rail"]);
  });
});
