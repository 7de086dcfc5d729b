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
