/**
 * Offers made with a marketplace's offer button or an Alibaba quotation card, as the pasted chat shows
 * them: the structured offer and the button's answer settle the price, whatever the chat says between.
 */
import { describe, expect, it } from "vitest";
import { dialogueTranscript } from "../../../bench/eval.ts";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const priceOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items[0]?.unitPrice ?? null;

describe("an offer event accepted with the button", () => {
  it.each([
    ["Offer: $470", "Accepted the offer."],
    ["[Offer] $470", "[Offer accepted]"],
    ["Sent an offer of $470", "Accepts your offer"],
    ["New offer: US $470", "Offer accepted."],
  ])("'%s' then '%s' settles the offered price", (offer, answer) => {
    expect(
      priceOf([
        "Seller: Road bike, aluminium frame, asking $520",
        "Buyer: I was hoping to spend around 400 on the bike.",
        `Seller: ${offer}`,
        `Buyer: ${answer}`,
      ]),
    ).toBe(470);
  });

  it("settles the event's price even when the chat between names other amounts", () => {
    expect(
      priceOf([
        "Seller: Dining table, solid oak, asking $150",
        "Buyer: Offer: $100",
        "Seller: It would cost $200 new, and the chairs are $60 each elsewhere.",
        "Seller: Accepted the offer.",
      ]),
    ).toBe(100);
  });

  it("settles the typed amount even when the chat agreed on another", () => {
    expect(
      priceOf([
        "Seller: Leather sofa, asking $900",
        "Buyer: Would you take 700 for the sofa?",
        "Seller: 750 and it's yours.",
        "Buyer: Offer: $740",
        "Seller: Accepted the offer.",
      ]),
    ).toBe(740);
  });
});

describe("an offer event turned down", () => {
  it("leaves no price when the only offer event is rejected", () => {
    expect(
      priceOf([
        "Seller: Phone, 128GB, asking $300",
        "Buyer: Would you take 220 for the phone?",
        "Seller: I could do 270.",
        "Buyer: Offer: $240",
        "Seller: Rejected the offer.",
      ]),
    ).toBeNull();
  });

  it("settles the later event that was accepted, not the rejected one", () => {
    expect(
      priceOf([
        "Seller: Walnut dresser, asking $380",
        "Buyer: Offer: $280",
        "Seller: Declined the offer.",
        "Seller: Offer: $320",
        "Buyer: Accepted the offer.",
      ]),
    ).toBe(320);
  });

  it("'offer' in a sentence is not an offer event", () => {
    expect(
      priceOf([
        "Seller: Desk lamp, asking $40",
        "Buyer: My offer: would you take $25 for the lamp?",
        "Seller: Accepted the offer of a pickup, but the price stays $40.",
      ]),
    ).not.toBe(25);
  });
});

describe("CraigslistBargain dialogues as pasted", () => {
  it("shows the offer box and its answer as chat lines", () => {
    const text = dialogueTranscript({
      id: "x",
      title: "GoPro Hero4 Black",
      listing_price: 265,
      turns: [
        { speaker: "buyer", text: "Would you take 230 for it?" },
        { speaker: "seller", text: "Make it 245." },
        { speaker: "seller", action: "offer", price: 243 },
        { speaker: "buyer", action: "accept" },
      ],
      agreement: true,
      agreed_price: 243,
    });
    expect(text.split("\n").slice(-2)).toEqual(["Seller: Offer: $243", "Buyer: Accepted the offer."]);
    expect(extractDraft(parseTranscript(text), { now }).items[0]?.unitPrice).toBe(243);
  });
});
