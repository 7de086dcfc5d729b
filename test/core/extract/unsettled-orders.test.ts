/**
 * Chats that end without a deal, in trades the fixtures do not cover: an "ok" that only acknowledges or
 * puts the decision off settles no price, and a count that splits, packs or guesses is not the order.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now }).items[0];

describe("an acknowledgement that defers accepts no price", () => {
  it.each([
    "Ok dear, waiting for your good news",
    "OK, we will revert next week.",
    "Ok. I will talk with my partner first.",
    "Ok, the bulk order we decide after we test the samples.",
    "Fine, I need to check the budget.",
  ])("'%s' leaves the price open", (answer) => {
    const item = itemOf([
      "Buyer: Hello, we need ceramic floor tiles 60x60 cm for a hotel project.",
      "Seller: Ceramic floor tile price is $8.40/sqm.",
      "Buyer: Our budget is $7.20 per sqm.",
      "Seller: Sorry, $7.90 is the lowest.",
      `Buyer: ${answer}`,
    ]);
    expect(item?.unitPrice ?? null).toBeNull();
  });

  it("a plain 'ok' after the last offer still accepts it", () => {
    const item = itemOf([
      "Buyer: Hello, we need ceramic floor tiles 60x60 cm for a hotel project.",
      "Seller: Ceramic floor tile price is $8.40/sqm.",
      "Buyer: Our budget is $7.20 per sqm.",
      "Seller: Sorry, $7.90 is the lowest.",
      "Buyer: Ok, $7.90 then.",
    ]);
    expect(item?.unitPrice).toBe(7.9);
  });
});

const kinds = (text: string, nouns: string[] = []) =>
  findQuantities(text, nouns).map((q) => [q.value, q.kind]);

describe("a count per something else is not the order", () => {
  it.each([
    ["Packing 2,500 pcs per reel, antistatic bag.", 2500],
    ["Sizes 38 to 46, 300 pairs per size.", 300],
    ["Packed 6 pcs per 7-ply export carton.", 6],
    ["Capacity 20,000 pcs/month.", 20000],
  ])("'%s'", (text, value) => {
    expect(kinds(text)).toEqual([[value, "pack"]]);
  });

  it("a tier list separated by slashes is still a list of counts", () => {
    expect(kinds("200 pcs $3.10 / 500 pcs $2.80").map(([, kind]) => kind)).toEqual(["order", "order"]);
  });
});

describe("a hedged count is a guess", () => {
  it("a 'maybe' or 'perhaps' earlier in the sentence makes every count in it an estimate", () => {
    expect(kinds("Maybe we start with 400 sets, maybe 800.")).toEqual([[400, "estimate"]]);
    expect(kinds("We could perhaps take 1,500 pcs next quarter.")).toEqual([[1500, "estimate"]]);
    expect(kinds("We take 1,500 pcs. Maybe more later.")).toEqual([[1500, "order"]]);
  });
});

describe("the number in a model code counts nothing", () => {
  it("'VX-40 valves' names a valve model, '40 valves' counts valves", () => {
    expect(kinds("Final price for the VX-40 valves is $12.", ["valve"])).toEqual([]);
    expect(kinds("We need 40 valves.", ["valve"])).toEqual([[40, "order"]]);
  });
});
