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

describe("acceptance in words no list foresaw", () => {
  it.each([
    "That's really perfect, I'll bring a friend to carry it.",
    "Wow, I will have to take it then!",
    "Whatever. See you at noon.",
    "I would do that.",
    "Fine, that will have to work then.",
    "Honestly I can't argue with that.",
  ])("'%s' accepts the other side's last price", (answer) => {
    expect(
      priceOf([
        "Seller: Walnut bookshelf, asking $140",
        "Buyer: Could you do $95?",
        "Seller: Too low for solid walnut. I'd let it go for $118.",
        `Buyer: ${answer}`,
      ]),
    ).toBe(118);
  });

  it("an opening 'No problem.' takes the offer even when a question follows, but not after a question", () => {
    const offer = [
      "Seller: Camping stove, asking $60",
      "Buyer: Would you take $40?",
      "Seller: I can go down to $48 if you collect it.",
    ];
    expect(priceOf([...offer, "Buyer: No problem. Do you also have the gas canister?"])).toBe(48);
    expect(
      priceOf([
        ...offer.slice(0, 2),
        "Seller: I can go down to $48. Can you collect it?",
        "Buyer: No problem. Do you also have the gas canister?",
      ]),
    ).toBeNull();
  });

  it("a price named as taken is agreed only when the other side has no other price on the table", () => {
    const chat = [
      "Seller: Rowing machine, asking $70",
      "Buyer: I was hoping for something near $50.",
      "Seller: Meet me at $55?",
    ];
    expect(priceOf([...chat, "Buyer: $52 works for me, if that's ok."])).toBeNull();
    expect(priceOf([...chat, "Buyer: Could we say $52?", "Seller: Alright, $52 is the deal!"])).toBe(52);
    // The buyer's figure came by phone: the seller taking it is the deal.
    expect(
      priceOf([
        "Seller: Road bike, asking $900",
        "Buyer: Can I call you about the price?",
        "Seller: Sure, call me.",
        "Seller: 820 sounds fair to me, see you Saturday!",
      ]),
    ).toBe(820);
  });

  it("their price asked back ('why should I pay 43?') stays theirs to accept", () => {
    expect(
      priceOf([
        "Seller: Garden bench, asking $60",
        "Buyer: I'll give you $35.",
        "Seller: Can you make it $43?",
        "Buyer: why should I pay 43?",
        "Seller: It cost over $90 new, barely used.",
        "Buyer: fair point, let's do it",
      ]),
    ).toBe(43);
  });

  it("'okay, for $X can you ...?' takes their price while asking something more", () => {
    expect(
      priceOf([
        "Seller: Drafting table, asking $200",
        "Buyer: $150?",
        "Seller: 175 is my final price.",
        "Buyer: okay, for $175 could you drop it off on Friday?",
      ]),
    ).toBe(175);
  });
});

describe("prices that are not offers", () => {
  it("a discount off the table price ('I can knock $15 off') is an offer of the difference", () => {
    expect(
      priceOf([
        "Seller: Espresso machine, asking $90",
        "Buyer: Is 90 the best you can do?",
        "Seller: If you pick it up today I can knock $15 off.",
        "Buyer: Deal, see you at six.",
      ]),
    ).toBe(75);
  });

  it("what the thing is worth elsewhere ('worth $150 retail', 'bought it for $200') is no offer", () => {
    expect(
      priceOf([
        "Seller: Leather messenger bag, asking $80",
        "Buyer: How about $60?",
        "Seller: Meet me at $70, it's worth $150 retail.",
        "Buyer: Sure, agreed.",
      ]),
    ).toBe(70);
  });

  it("a fallback beside the deal ('but after Sunday no less than $X') leaves the deal standing", () => {
    expect(
      priceOf([
        "Seller: Mountain bike, asking $400",
        "Buyer: Would you accept $320 cash?",
        "Seller: I can accept $320 if you come tomorrow. But after Sunday I won't go less than $380.",
        "Buyer: great, tomorrow it is",
      ]),
    ).toBe(320);
  });

  it("a decade ('from the 70s') and a spec after a spec ('5V 3A') are not prices; 'no no 410' is", () => {
    expect(
      priceOf([
        "Seller: Record collection, asking $450",
        "Buyer: what years?",
        "Seller: mostly from the 70s",
        "Buyer: would you do 300?",
        "Seller: no no 410",
        "Buyer: ok fine",
      ]),
    ).toBe(410);
  });
});
