/**
 * A buyer's purchase tracker pasted from a spreadsheet: one row per product with the rounds of the
 * negotiation in columns ("Quote 1 | Our counter | Quote 2 | Final | Status"). The settled column is the
 * price of the order, a count changed in its cell ("800 -> 600") counts by its last figure, the quantity
 * column's header may carry the unit ("Qty (rolls)"), and a row whose status drops it or keeps it as a
 * sample only is no item.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const rows = (lines: readonly string[]) =>
  draftOf(lines).items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice]);

describe("a pasted tracker is read by its columns", () => {
  it("takes the settled column's price, skips dropped and sample-only rows, reads a changed count", () => {
    expect(
      rows([
        "Buyer: our tracker, pls check",
        "Buyer: product | size | MOQ | qty | quote 1 | our bid | quote 2 | final | status",
        "Buyer: Enamel camping mug | 350 ml | 500 | 1200 | 2.60 | 2.10 | 2.35 | 2.30 | OK",
        "Buyer: Enamel plate | 22 cm | 500 | 900 -> 700 | 3.10 | 2.50 | 2.90 | 2.80 | OK",
        "Buyer: Enamel bowl | 16 cm | 500 | 500 | 2.20 | 1.80 | 2.05 | - | DROPPED",
        "Buyer: Enamel kettle | 1.5 L | 100 | 5 | 9.80 | - | - | - | SAMPLE ONLY",
        "Supplier: ok all correct",
      ]),
    ).toEqual([
      ["Enamel camping mug", 1200, null, 2.3],
      ["Enamel plate", 700, null, 2.8],
    ]);
  });

  it("reads the unit from the quantity header and the price from 'Final' after quotes and counters", () => {
    expect(
      rows([
        "| # | Item | Width | Qty (rolls) | Quote USD/roll | Our counter | Final | Status |",
        "|---|------|-------|-------------|----------------|-------------|-------|--------|",
        "| 1 | Kraft packing tape, 48 mm | 48 mm | 2000 | 0.95 | 0.80 | 0.86 | agreed |",
        "| 2 | Clear packing tape, 72 mm | 72 mm | 1000 | 1.30 | 1.10 | 1.18 | agreed |",
        "| 3 | Masking tape, 24 mm | 24 mm | 800 | 0.55 | 0.45 | - | cancelled |",
      ]),
    ).toEqual([
      ["Kraft packing tape", 2000, "rolls", 0.86],
      ["Clear packing tape", 1000, "rolls", 1.18],
    ]);
  });

  it("with no settled column, the latest quote column prices the row", () => {
    const found = rows([
      "Buyer: item | qty | quote 1 | quote 2 | remarks",
      "Buyer: Silicone spatula | 3000 | 0.62 | 0.58 | new mould",
      "Buyer: Silicone whisk | 2000 | 0.80 | 0.74 |",
      "Supplier: yes these are our prices",
    ]);
    expect(found.map((row) => row[3])).toEqual([0.58, 0.74]);
  });
});
