/**
 * The lines the order cites for an agreed price and count: the line the price was put in, the line that
 * accepted it when that is another, the line of the count; in a long line, the words around the amount.
 * Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const cited = (lines: string[], field: RegExp = /^items\[0\]\.(unitPrice|quantity)$/) =>
  extractDraft(parseTranscript(lines.join("\n")), { now })
    .evidence.filter((e) => field.test(e.field))
    .map((e) => [e.field, e.line, e.quote]);

describe("the lines cited for the agreed price", () => {
  it("the offer's line and the acceptance's line, then the count's line", () => {
    expect(
      cited([
        "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        "Buyer: $3.90?",
        "Seller: $4.00 final.",
        "Buyer: Ok, deal.",
      ]),
    ).toEqual([
      ["items[0].unitPrice", 4, "$4.00 final."],
      ["items[0].unitPrice", 5, "Ok, deal."],
      ["items[0].quantity", 1, "Hi, we need 1,000 pcs of the steel water bottle."],
    ]);
  });

  it("a price said back and taken in one line is cited once", () => {
    expect(
      cited([
        "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        "Buyer: Ok, $4.20 is fine, deal.",
      ]),
    ).toEqual([
      ["items[0].unitPrice", 3, "Ok, $4.20 is fine, deal."],
      ["items[0].quantity", 1, "Hi, we need 1,000 pcs of the steel water bottle."],
    ]);
  });

  it("a tier row is cited by the table's line, and the line that took it", () => {
    const chat = [
      "Buyer: Hi, please quote the bamboo cutting board.",
      "Seller: Bamboo cutting board: 500 pcs: $2.90, 1000 pcs: $2.60.",
      "Buyer: We need 1,000 pcs.",
    ];
    expect(cited(chat)).toEqual([
      ["items[0].unitPrice", 2, "Bamboo cutting board: 500 pcs: $2.90, 1000 pcs: $2.60."],
      ["items[0].quantity", 3, "We need 1,000 pcs."],
    ]);
    expect(cited([...chat, "Seller: Ok."])).toEqual([
      ["items[0].unitPrice", 2, "Bamboo cutting board: 500 pcs: $2.90, 1000 pcs: $2.60."],
      ["items[0].unitPrice", 4, "Ok."],
      ["items[0].quantity", 3, "We need 1,000 pcs."],
    ]);
  });

  it("an offer made with the button is cited by its line and the button's answer", () => {
    expect(
      cited([
        "Seller: Leather sofa, asking $900",
        "Buyer: Offer: $740",
        "Seller: I would rather do $790.",
        "Seller: Accepted the offer.",
      ]),
    ).toEqual([
      ["items[0].unitPrice", 2, "Offer: $740"],
      ["items[0].unitPrice", 4, "Accepted the offer."],
    ]);
  });

  it("in a long line the quote is the words around the agreed amount", () => {
    const filler =
      "we checked the tooling, the packing, the colours and the labels with the factory again this morning and";
    const quotes = cited([
      "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
      "Seller: Steel water bottle is $4.20/pc.",
      `Seller: Dear friend, ${filler} for you the price is $4.05 per piece, ${filler} we hope you agree.`,
      "Buyer: Ok, deal.",
    ]).map(([, line, quote]) => [line, quote]);
    expect(quotes[0]![0]).toBe(3);
    expect(quotes[0]![1]).toContain("$4.05");
    expect(String(quotes[0]![1]).length).toBeLessThan(200);
    expect(quotes.slice(1)).toEqual([
      [4, "Ok, deal."],
      [1, "Hi, we need 1,000 pcs of the steel water bottle."],
    ]);
  });
});

describe("the prices put before the agreed one", () => {
  const superseded = (lines: string[]) =>
    extractDraft(parseTranscript(lines.join("\n")), { now }).supersededPrices?.map((p) => [
      p.price,
      p.role,
      p.line,
      p.quote,
    ]) ?? [];

  it("are each cited once by the line they were first put in, none put after the deal", () => {
    expect(
      superseded([
        "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        "Buyer: $3.90?",
        "Seller: $4.20 is already low.",
        "Buyer: $3.90 is our budget.",
        "Seller: $4.00 final.",
        "Buyer: Ok, deal.",
        "Buyer: Your price last time was $3.95 though.",
      ]),
    ).toEqual([
      [4.2, "supplier", 2, "Steel water bottle is $4.20/pc."],
      [3.9, "buyer", 3, "$3.90?"],
    ]);
  });

  it("a button offer's asking price is put before it", () => {
    expect(
      superseded([
        "Seller: Leather sofa, asking $900",
        "Buyer: Offer: $740",
        "Seller: I would rather do $790.",
        "Seller: Accepted the offer.",
      ]),
    ).toEqual([[900, "supplier", 1, "Leather sofa, asking $900"]]);
  });
});
