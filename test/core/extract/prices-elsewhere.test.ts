/**
 * Prices said in passing that are no offer of the order: what a local shop, a marketplace or the home market
 * charges, often in the buyer's own currency. The order's price and currency are the ones the two sides traded.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-03T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });
const priced = (lines: string[]) => {
  const draft = draftOf(lines);
  return [draft.currency, draft.items[0]?.unitPrice ?? null];
};

describe("a price elsewhere in another currency", () => {
  it("the buyer's local shop price in reais does not make the order's currency", () => {
    const chat = [
      "Supplier: Ceramic pour-over dripper, USD 1.20/pc for 2000 pcs.",
      "Buyer: Here in São Paulo the shops sell a thin one at R$ 9 each. Can you do 1.05?",
      "Supplier: 1.10 is our final.",
      "Buyer: ok 1.10, deal.",
    ];
    expect(priced(chat)).toEqual(["USD", 1.1]);
  });

  it("nor does a marketplace's price in pesos", () => {
    const chat = [
      "Supplier: Bamboo cutlery set, USD 0.66 per set, MOQ 1000 sets.",
      "Buyer: on Lazada they sell at ₱45 already. 0.58 pwede?",
      "Supplier: 0.62 best.",
      "Buyer: sige, 0.62 for 1500 sets.",
    ];
    expect(priced(chat)).toEqual(["USD", 0.62]);
  });

  it("nor the supplier's home-market price beside its export price", () => {
    const chat = [
      "Buyer: Price for 3000 pcs of the enamel pin?",
      "Supplier: For domestic customers we quote RMB 5.5, export price is USD 0.92/pc.",
      "Buyer: ok, 0.92 for 3000 pcs confirmed.",
    ];
    expect(priced(chat)).toEqual(["USD", 0.92]);
  });
});

describe("a currency the two sides do trade in", () => {
  it("the buyer's counter in a currency the supplier offered to invoice in is an offer", () => {
    const chat = [
      "Supplier: Linen napkin RMB 8.40/pc for 2000 pcs. We can invoice in RMB or USD.",
      "Buyer: Then USD please. USD 1.10?",
      "Supplier: USD 1.18 is the lowest.",
      "Buyer: ok USD 1.18, confirmed.",
    ];
    expect(priced(chat)).toEqual(["USD", 1.18]);
  });

  it("a supplier who turns from one currency to another makes the later one the order's", () => {
    const chat = [
      "Supplier: Label roll 120.000 VND per roll, 500 rolls.",
      "Supplier: Or in USD: USD 4.80/roll.",
      "Buyer: USD 4.50?",
      "Supplier: ok 4.60 USD.",
      "Buyer: deal at 4.60.",
    ];
    expect(priced(chat)).toEqual(["USD", 4.6]);
  });
});
