/**
 * Items counted with no word ("qty 600 x 50W and 300 x 100W") in a chat that names one count word for its goods
 * elsewhere ("MOQ 100 pcs per model"): the buyer reads them in that word; two words leave it open.
 * Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });

const floodlights = (moq: string) => [
  "Buyer: LED flood lights 50W and 100W, price?",
  `Seller: 50W USD 7.60, 100W USD 12.90. ${moq}`,
  "Buyer: qty 600 x 50W and 300 x 100W. Target 7.10 / 12.20",
  "Seller: OK 7.10 and 12.20 confirmed.",
];

describe("the chat's one count word counts items ordered without one", () => {
  it.each([
    ["MOQ 100 pcs per model", "pcs"],
    ["MOQ 100 sets per model", "sets"],
    ["MOQ 100 units per model", "units"],
  ])("'%s' gives both lines the unit %s, cited where it was said", (moq, unit) => {
    const draft = draftOf(floodlights(moq));
    expect(draft.items.map((item) => [item.quantity, item.unit])).toEqual([
      [600, unit],
      [300, unit],
    ]);
    const cited = draft.evidence.filter((e) => e.field.endsWith(".unit"));
    expect(cited.map((e) => e.line)).toEqual([2, 2]);
    expect(cited.every((e) => e.quote.includes(`100 ${unit}`))).toBe(true);
  });

  it("two count words in the chat leave the unit open", () => {
    const draft = draftOf([...floodlights("MOQ 100 pcs per model"), "Seller: Packing 10 sets per carton."]);
    expect(draft.items.map((item) => item.unit)).toEqual([null, null]);
  });

  it("no count word anywhere leaves it open", () => {
    const draft = draftOf(floodlights("MOQ 100 per model"));
    expect(draft.items.map((item) => [item.quantity, item.unit])).toEqual([
      [600, null],
      [300, null],
    ]);
  });

  it("an item with no count gets no unit", () => {
    const draft = draftOf([
      "Buyer: LED flood lights 50W, price?",
      "Seller: 50W USD 7.60, MOQ 100 pcs.",
      "Buyer: ok 7.60 fine, quantity next week",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unit])).toEqual([[null, null]]);
  });
});

describe("goods whose own noun is a count word", () => {
  it("'600 queen sets, 400 king sets' of percale sheet sets are counted in sets", () => {
    const draft = draftOf([
      "Buyer: Hi Lily, about the 400 thread count percale sheet sets. Queen set £12.40 and king set £14.20 is too much",
      "Supplier: Queen £11.80, king £13.60, for 600 queen + 400 king sets",
      "Buyer: Ok, deal with £11.80 and £13.60. 600 queen sets, 400 king sets",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unit])).toEqual([
      [600, "sets"],
      [400, "sets"],
    ]);
  });
});
