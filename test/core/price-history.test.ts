/**
 * Superseded prices: the draft records the prices a negotiation put on the table before the agreed
 * one, and the card words them ("1.25 offered (line 2), 1.10 asked (line 4), 1.15 agreed on line 6").
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../src/core/parse/parse-transcript.ts";
import { priceHistoryOf } from "../../src/core/price-history.ts";
import { DraftOrder } from "../../src/core/schemas.ts";

const now = new Date("2026-11-20T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });

const bargained = [
  "Seller: Silicone phone case, MOQ 1000 pcs, price 1.25 usd/pc",
  "Buyer: We need 2000 pcs. Can you do 1.10 usd?",
  "Seller: 1.10 is too low, best 1.15 usd for 2000 pcs",
  "Buyer: ok deal at 1.15, 30% deposit",
];

describe("superseded prices", () => {
  it("records each earlier price once, in chat order, with who put it and where", () => {
    const draft = draftOf(bargained);
    expect(draft.items[0]?.unitPrice).toBe(1.15);
    expect(draft.supersededPrices?.map(({ price, role, line }) => ({ price, role, line }))).toEqual([
      { price: 1.25, role: "supplier", line: 1 },
      { price: 1.1, role: "buyer", line: 2 },
    ]);
    expect(draft.supersededPrices?.every((entry) => entry.field === "items[0].unitPrice")).toBe(true);
    // The schema (the one source of the draft's type) accepts what extraction wrote.
    expect(DraftOrder.parse(draft).supersededPrices).toHaveLength(2);
  });

  it("words the history as the card shows it, ending with the agreed price and its line", () => {
    const draft = draftOf(bargained);
    // Line 4 is the buyer's "ok deal at 1.15": where the price was agreed, not where it was first put.
    expect(priceHistoryOf(draft, 0)).toBe(
      "1.25 offered (line 1), 1.10 asked (line 2), 1.15 agreed on line 4",
    );
  });

  it("has nothing to show when the first price was accepted", () => {
    const draft = draftOf([
      "Seller: Silicone phone case 2000 pcs at 1.15 usd/pc",
      "Buyer: ok deal, 30% deposit",
    ]);
    expect(draft.items[0]?.unitPrice).toBe(1.15);
    expect(draft.supersededPrices).toBeUndefined();
    expect(priceHistoryOf(draft, 0)).toBeNull();
  });

  it("does not list a tier table's other rows as offers", () => {
    const draft = draftOf([
      "Seller: Steel water bottle price: 500 pcs 2.5 usd, 1000 pcs 2.2 usd, 3000 pcs 1.9 usd",
      "Buyer: We order 1000 pcs",
      "Seller: ok confirmed",
    ]);
    expect(draft.items[0]?.unitPrice).toBe(2.2);
    expect(priceHistoryOf(draft, 0)).toBeNull();
  });

  it("after a person edits the price, keeps what the chat offered but no longer calls a line agreed", () => {
    const draft = draftOf(bargained);
    const edited: DraftOrder = {
      ...draft,
      items: draft.items.map((item) => ({ ...item, unitPrice: 1.12 })),
      evidence: draft.evidence.filter((entry) => entry.field !== "items[0].unitPrice"),
    };
    expect(priceHistoryOf(edited, 0)).toBe("earlier in the chat: 1.25 offered (line 1), 1.10 asked (line 2)");
  });
});
