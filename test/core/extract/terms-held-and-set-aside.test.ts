/**
 * Two ways a value is named without being put: prices said to stay in a message that turns something else down
 * ("sorry, only FOB Shenzhen, prices 23.80 and 14.90 stay"), and the value given up beside the one taken
 * ("Lily accepted after discussion (they wanted 30/70)", "20% deposit instead of 30%").
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const read = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n"), { roles: { Omar: "buyer", Lily: "supplier" } }), {
    now: new Date("2026-08-01T12:00:00Z"),
  });

describe("prices said to stay while another term is refused", () => {
  const notes = (closing: string) => [
    "MEETING NOTES - wire order",
    "1) PRODUCTS",
    " a. PVC building wire 2.5 mm2, 100 m per roll",
    "    - Quotation USD 24.50/roll. Buyer offered 22.00. Supplier: 23.80 is final.",
    "    - AGREED 23.80/roll",
    "    - Qty: 3,000 rolls",
    " b. PVC building wire 1.5 mm2, 100 m per roll",
    "    - Quotation USD 15.20/roll, supplier agreed USD 14.90/roll.",
    "    - Qty: 2,000 rolls",
    "2) SHIPPING: open, we want CIF Alexandria.",
    "--- follow-up ---",
    `21/07/2026 16:08 Lily Zhang: ${closing}`,
  ];

  it.each([
    "Dear Omar, sorry our boss says only FOB Shenzhen, prices 23.80 and 14.90 stay.",
    "Dear Omar, sorry, only FOB Shenzhen. Prices 23.80 and 14.90 remain.",
  ])("keeps both agreed prices after %j", (closing) => {
    const draft = extractDraft(parseTranscript(notes(closing).join("\n")), {
      now: new Date("2026-08-01T12:00:00Z"),
    });
    expect(draft.items.map((item) => item.unitPrice)).toEqual([23.8, 14.9]);
  });
});

describe("the value given up beside the one taken", () => {
  it.each([
    [
      "Omar: Payment 20% T/T deposit, 80% against copy of B/L. Lily accepted after discussion (they wanted 30/70).",
      20,
    ],
    ["Omar: Agreed: 20% deposit instead of 30%, balance before shipment.", 20],
    ["Omar: 25% deposit (down from 40%), rest before shipment.", 25],
  ])("%j keeps the deposit taken", (line, deposit) => {
    const draft = read(["Lily: Ceiling fan 56 inch, 500 pcs at USD 21.00.", "Omar: ok.", line]);
    expect(draft.payment.depositPercent).toBe(deposit);
  });

  it("still reads a wish that nobody gave up as that side's statement", () => {
    const draft = read([
      "Lily: Ceiling fan 56 inch, 500 pcs at USD 21.00. Payment 30% deposit.",
      "Omar: ok for the price. We want 20% deposit.",
    ]);
    expect(draft.payment.depositPercent).not.toBe(30);
  });
});
