/**
 * A price list written in bare figures ("Bulk price 1000pcs 3.20 / 2000pcs 2.95 / 5000pcs 2.70") and a
 * negotiation that goes on in bare figures, in a chat that writes its currency only once, elsewhere ("Sample
 * USD 45 total"): the prices are read, and the order's currency is the one the chat writes.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const chat = (sample: string) => [
  "Buyer: Hello Kevin, we would like to test your handheld milk frother MF-03 before we order.",
  `Supplier: ${sample} Bulk price 1000pcs 3.20 / 2000pcs 2.95 / 5000pcs 2.70`,
  "Buyer: Then 2000 pcs at 2.95. Can you do 2.85?",
  "Supplier: Price 2.90 final",
  "Buyer: Ok 2.90.",
];

describe("a bare price list in a chat that names its currency once", () => {
  it.each([
    ["Sample USD 45 total including DHL.", "USD"],
    ["Sample EUR 40 with DHL.", "EUR"],
  ])("after '%s' the order is priced in %s", (sample, currency) => {
    const draft = draftOf(chat(sample));
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[2000, 2.9]]);
    expect(draft.currency).toBe(currency);
    expect(draft.evidence.find((e) => e.field === "currency")?.quote).toContain(sample.split(" ")[1]!);
  });

  it("with two currencies written the order's currency stays open", () => {
    const draft = draftOf(chat("Sample USD 45, or EUR 42, including DHL."));
    expect(draft.currency).toBeNull();
  });

  it("a chat that names no currency leaves the bare figures unpriced", () => {
    const draft = draftOf(chat("Sample free."));
    expect(draft.items.map((item) => item.unitPrice)).toEqual([null]);
  });
});

describe("a bare number the chat writes as days", () => {
  it("'the quotation say 35. Please put 35 days in the order' prices nothing at 35", () => {
    const draft = draftOf([
      "Supplier: Queen £11.80, king £13.60, for 600 queen + 400 king sets",
      "Buyer: Ok, deal with £11.80 and £13.60. 600 queen sets, 400 king sets",
      "Supplier: Lead time is 50 days after deposit",
      "Buyer: 50 days is too late for us, the quotation say 35. Please put 35 days in the order",
      "Supplier: I will ask our factory manager, but 35 is very difficult. We try our best",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([11.8, 13.6]);
  });

  it("a number never written with days is still a price ('35 is very difficult' after 'can you do 35?')", () => {
    const draft = draftOf([
      "Supplier: Office chair USD 38 per piece, 200 pcs.",
      "Buyer: can you do 35? delivery in 30 days please",
      "Supplier: 35 is very difficult, 36 is our best.",
      "Buyer: ok 36 deal",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([36]);
  });
});
