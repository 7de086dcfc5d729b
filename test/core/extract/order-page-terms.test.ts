/**
 * The terms of an order page as Trade Assurance lays them out: the port in a field of its own beside the trade
 * term ("Trade term: CFR    Destination port: Surabaya"), the ship date counted from the "initial payment" (the
 * page's word for the deposit), and remarks dating other things ("Artwork final approved 16 Nov").
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });

const page = (trade: string) => [
  "Trade Assurance Order  No. 2188 0453 9921 0017",
  "Product information",
  "  1. Kraft lunch box 1000 ml, PE lined",
  "     Quantity: 6,000 Pieces    Unit price: US$ 0.21    Subtotal: US$ 1,260.00",
  "Shipping information",
  "  Shipping method: Sea freight",
  `  ${trade}`,
  "  Shipping date: Within 25 days after receipt of initial payment",
  "Remarks: Artwork final approved 16 Nov.",
];

describe("an order page's shipping fields", () => {
  it.each([
    ["Trade term: CFR    Destination port: Manila (South Harbor), Philippines", "CFR", "Manila"],
    ["Trade term: FOB    Port of loading: Xiamen", "FOB", "Xiamen"],
    ["Trade term: CIF | Port of destination: Port Klang", "CIF", "Port Klang"],
  ])("'%s' is %s with its place from the port's field", (trade, incoterm, place) => {
    const { shipping } = draftOf(page(trade));
    expect([shipping.incoterm, shipping.place]).toEqual([incoterm, place]);
  });

  it("the ship date counts from the initial payment, and the artwork's approval dates no shipment", () => {
    expect(draftOf(page("Trade term: FOB    Port of loading: Xiamen")).dispatch).toEqual({
      basis: "after_deposit",
      days: 25,
      date: null,
    });
  });

  it("a place written right after the code is read as before", () => {
    expect(draftOf(page("Trade term: FOB Xiamen")).shipping.place).toBe("Xiamen");
  });
});
