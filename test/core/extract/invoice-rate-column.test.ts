/**
 * India's proforma invoices head the price column "Rate" ("Rate (USD)", "Rate/pc"): each row under it is a product
 * at its rate, the "Amount" beside it the line's total. A rate of exchange, tax or duty heads no price.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemsOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((i) => [
    i.name,
    i.quantity,
    i.unit,
    i.unitPrice,
  ]);

const chat = (header: string) => [
  "Ravi Sharma (Jaipur Home Exports Pvt. Ltd.)  2026-11-18 10:02",
  "Dear Ms Clark, please find our PI below.",
  header,
  "1 | Cotton cushion cover 45x45 cm | 2,000 | pcs | 2.35 | 4,700.00",
  "2 | Jute table runner 33x180 cm | 800 | pcs | 3.15 | 2,520.00",
  "Emma Clark  2026-11-18 15:40",
  "Confirmed, the PI is correct. We wire the 30% advance tomorrow.",
];

describe("an invoice whose price column is headed 'Rate'", () => {
  it.each([
    "Sr | Description | Qty | Unit | Rate (USD) | Amount (USD)",
    "Sr | Description | Qty | Unit | Rate/pc USD | Amount USD",
  ])("reads each row at its rate under %j", (header) => {
    expect(itemsOf(chat(header))).toEqual([
      ["Cotton cushion cover 45x45 cm", 2000, "pcs", 2.35],
      ["Jute table runner 33x180 cm", 800, "pcs", 3.15],
    ]);
  });

  it("a column of the exchange rate is no price column", () => {
    const rows = itemsOf(chat("Sr | Description | Qty | Unit | Exchange rate | Amount (INR)"));
    expect(rows.some(([, , , price]) => price === 2.35)).toBe(false);
  });
});
