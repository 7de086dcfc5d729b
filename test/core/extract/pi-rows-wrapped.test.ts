/**
 * A proforma invoice copied from a PDF: a long description wraps, so the row's number and the start of its
 * description stand on one line and its count, price and amount on the indented line under it; and where two
 * columns stood close, the count and the price run into one cell ("2,000 pairs USD 1.45").
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-03T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });
const rows = (lines: string[]) => draftOf(lines).items.map((i) => [i.name, i.quantity, i.unit, i.unitPrice]);

const invoice = [
  "Dear Marta, please find the PI below, sign and return.",
  "PROFORMA INVOICE   No.: GL-2611   Date: Nov. 2, 2026",
  "Item  Description                                         Qty          Unit price   Amount",
  "1     Borosilicate glass food container 1040 ml, bamboo lid,",
  "      airtight silicone seal, gift box                    3,000 pcs    USD 3.85     USD 11,550.00",
  "2     Glass meal prep container 2 compartments, PP lid,",
  "      BPA free, 620 ml                                     1,500 sets   USD 2.40     USD 3,600.00",
  "TOTAL: FOB Ningbo                                                                 USD 15,150.00",
  "Payment: 30% T/T deposit, 70% balance before shipment",
];

describe("a PI row wrapped over two lines", () => {
  it("reads the name from the row's first line and the count and price from the line under it", () => {
    expect(rows(invoice)).toEqual([
      ["Borosilicate glass food container 1040 ml", 3000, "pcs", 3.85],
      ["Glass meal prep container 2 compartments", 1500, "sets", 2.4],
    ]);
  });

  it("cites the price on the line where it stands", () => {
    const draft = draftOf(invoice);
    const price = draft.evidence.find((e) => e.field === "items[1].unitPrice");
    expect(price?.line).toBe(7);
    expect(price?.quote).toContain("2.40");
    const name = draft.evidence.find((e) => e.field === "items[0].name");
    expect(name?.line).toBe(4);
  });

  it("takes no amount of the figures' line for an offer of its own", () => {
    // (The amounts 11,550.00 and 3,600.00 stand under "Amount": no price was ever that.)
    const offered = (draftOf(invoice).supersededPrices ?? []).map((p) => p.price);
    expect(offered).not.toContain(11550);
    expect(offered).not.toContain(3600);
  });

  it("a line of plain text under a numbered sentence is no row", () => {
    const notes = [
      "Supplier: Here are our notes for the order.",
      "1   We can start production next week,",
      "    after deposit, 25 days production and ready for shipment",
      "Buyer: ok, 500 pcs of the glass container at USD 3.85 then.",
    ];
    const [item, ...others] = draftOf(notes).items;
    expect(others).toEqual([]);
    expect([item?.name, item?.quantity]).toEqual(["the glass container", 500]);
  });
});

describe("a count and a price run into one cell", () => {
  it("splits them under their columns when the row is one cell short", () => {
    const sheet = [
      "PROFORMA INVOICE No. TW-88",
      "Item  Description                              Qty         Unit price   Amount",
      "1    Bamboo fibre dish towel 40x60 cm          4,000 pcs   USD 0.62     USD 2,480.00",
      "2    Cotton oven mitt, pair                    2,000 pairs USD 1.45    USD 2,900.00",
      "Buyer: confirmed, go ahead.",
    ];
    expect(rows(sheet)).toEqual([
      ["Bamboo fibre dish towel 40x60 cm", 4000, "pcs", 0.62],
      ["Cotton oven mitt", 2000, "pairs", 1.45],
    ]);
  });
});
