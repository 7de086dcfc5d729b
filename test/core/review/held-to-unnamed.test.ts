/**
 * Specs a buyer writes with nothing to check them against: a colour held to "our brand palette", a state the
 * product must keep "for a long time", a finish "evenly spread" or "cleanly cut", and a judgement written just
 * after a measured spec whose unit letter ends its sentence ("at 40°C. want a premium feel"). Each is a finding;
 * the same words with a code, a figure or a named sample are not.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";
import { tagWords } from "../../../src/core/review/tag-words.ts";

const quotesIn = (text: string) => findVagueTerms([{ line: 1, text }]).map((term) => term.quote);

describe("a judgement after a measured spec whose unit or size letter ends the sentence", () => {
  it.each([
    [
      "shrinkage max 5% after 3 washes at 40°C. want a premium feel on the inside of the fleece",
      "premium feel",
    ],
    [
      "bright white Pantone 11-0601 TCX, length 120 cm for size M. must have a proper hotel quality look",
      "proper hotel quality look",
    ],
    ["Voltage 220 V. need a strong motor", "strong motor"],
  ])("%s", (text, quote) => expect(quotesIn(text)).toContain(quote));

  it("the unit letter and its full stop are two words", () => {
    const words = tagWords("washes at 40°C. want a premium feel").map((word) => word.text);
    expect(words).toContain("C");
    expect(words).toContain(".");
  });

  it.each(["approx. 5 kg per box", "Mr. Wang will check"])("'%s' keeps its abbreviation", (text) =>
    expect(tagWords(text).some((word) => /\.$/.test(word.text) && word.text.length > 1)).toBe(true),
  );
});

describe("a colour or look held to what only the buyer has", () => {
  it.each([
    ["colours must match our brand palette", "match our brand palette"],
    ["the print must match our logo colour", "match our logo colour"],
    ["colour matching our current range", "matching our current range"],
  ])("%s", (text, quote) => expect(quotesIn(text)).toContain(quote));

  it.each([
    "colour must match the approved sample",
    "colour to match Pantone 286 C",
    "must match our sample AS-04",
    "the price must match our budget",
    "amount must match our invoice",
  ])("'%s' is held to something checkable or is no spec", (text) =>
    expect(quotesIn(text).filter((quote) => /^match/.test(quote))).toEqual([]),
  );
});

describe("a state the product must keep over a span with no number", () => {
  it.each([
    ["the cooker must keep warm for a long time", "keep warm for a long time"],
    ["lunch box should stay hot all day", "box should stay hot all day"],
  ])("%s", (text, quote) => expect(quotesIn(text)).toContain(quote));

  it.each(["the cooker must keep warm for 12 hours", "please keep quiet for a long time"])(
    "'%s' is measured or is no product's",
    (text) => expect(quotesIn(text).filter((quote) => /keep/.test(quote))).toEqual([]),
  );
});

describe("a finish graded by an adverb on a participle that ends in no -ed", () => {
  it.each([
    ["the beads must be evenly spread", "evenly spread"],
    ["edges cleanly cut", "cleanly cut"],
    ["yarn tightly wound on the cone", "tightly wound on the cone"],
    ["stones firmly set", "firmly set"],
  ])("%s", (text, quote) => expect(quotesIn(text)).toContain(quote));

  it.each(["we set the price today", "glue spread at 200 g/m2"])("'%s' grades nothing", (text) =>
    expect(quotesIn(text)).toEqual([]),
  );
});
