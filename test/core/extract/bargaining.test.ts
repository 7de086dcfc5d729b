/**
 * Free bargaining (offers, counter-offers, acceptance) by class, on chats written for these tests:
 * the agreed price is the one both sides came to, never an asking price a "yes" only seemed to accept.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const priceOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items[0]?.unitPrice ?? null;

describe("acceptance said in many ways", () => {
  it.each([
    "That would work for me.",
    "I could do that.",
    "Sounds reasonable.",
    "You got yourself a deal.",
    "I guess. Sure!",
    "That's agreeable.",
  ])("'%s' accepts the other side's last price", (answer) => {
    expect(
      priceOf([
        "Seller: Oak side table, asking $120",
        "Buyer: Would you take $90 for the table?",
        "Seller: I can't go that low. $105 is my best.",
        `Buyer: ${answer}`,
      ]),
    ).toBe(105);
  });
});

describe("acceptance that names the price", () => {
  it("'I will accept your offer of $X' settles the other side's offer", () => {
    expect(
      priceOf([
        "Seller: Bunk bed with mattress, asking $300",
        "Buyer: Would you take $230 for the bed?",
        "Seller: I will accept your offer of $230.",
      ]),
    ).toBe(230);
  });

  it("'$X will work for me' accepts the other side's $X", () => {
    expect(
      priceOf([
        "Seller: Bedside speaker, asking $45",
        "Buyer: Would you take $30 for the speaker?",
        "Seller: How about $35 and I add batteries?",
        "Buyer: $35 will work for me.",
      ]),
    ).toBe(35);
  });
});

describe("what is not acceptance", () => {
  it("a yes that asks a question does not accept the asking price", () => {
    expect(
      priceOf([
        "Seller: Walnut dresser, asking $650",
        "Buyer: Yes, is there a mirror included?",
        "Seller: There is, and it is in good shape.",
        "Buyer: Ok, would you take 585?",
      ]),
    ).toBeNull();
  });

  it("a new price after a deal reopens it, and the deal is what that price came to", () => {
    expect(
      priceOf([
        "Seller: Road bike, asking $800",
        "Buyer: ok",
        "Buyer: Actually, would you do $650 if I pick it up?",
        "Seller: Make it $700 and it's yours.",
        "Buyer: Sounds good.",
      ]),
    ).toBe(700);
  });
});

describe("amounts that are not the price", () => {
  it("a payment named beside one amount does not mark the others of the sentence", () => {
    expect(
      priceOf([
        "Seller: Phone with case, asking $600",
        "Buyer: would you accept $420 cash",
        "Seller: it comes with a case i paid 30 for so the lowest i can do is 500",
        "Buyer: Great that sounds good",
      ]),
    ).toBe(500);
  });

  it("no price is zero", () => {
    expect(priceOf(["Seller: Condo, buy with $0 down!, asking $1800", "Buyer: Fine."])).not.toBe(0);
  });

  it("a clause before a price is no product priced apart", () => {
    const draft = extractDraft(
      parseTranscript(
        [
          "Seller: Backup drive, asking $15",
          "Buyer: Would you accept $10?",
          "Seller: Sorry, I can't go as low as $10, as I'm asking for $15. Would $13 work for you?",
          "Buyer: I could pay $13 today.",
          "Seller: That would work. Deal!",
        ].join("\n"),
      ),
      { now },
    );
    expect(draft.items).toHaveLength(1);
    expect(draft.items[0]!.unitPrice).toBe(13);
  });
});
