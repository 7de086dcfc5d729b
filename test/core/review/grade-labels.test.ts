/**
 * Grade and quality labels with no standard behind them, across trades: letters repeated ("AAA grade"), a
 * number and "A" ("9A grade"), a market's label ("export quality", "OEM quality", "first quality"). A grade a
 * standard defines ("E1", "grade A per ISO 13006", "304", "600D", "AQL 2.5", "class 4 gas lift") is measurable.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const quotesIn = (text: string) => findVagueTerms([{ line: 1, text }]).map((term) => term.quote);

describe("a rank with no standard is vague", () => {
  it.each([
    ["Our pearls are AAAA grade.", "AAAA grade"],
    ["We supply 9A grade Peruvian bundles.", "9A grade"],
    ["The granite slabs are grade AAA, first quality.", "AAA, first quality"],
    ["Leather is export quality.", "export quality"],
    ["These brake pads are OEM quality.", "OEM quality"],
    ["We only sell first quality.", "first quality"],
    ["The screens are first class quality.", "first class quality"],
    // where the goods will be used, as a trade names a quality
    ["Towels must be hotel quality.", "hotel quality"],
    ["Clippers of professional quality, please.", "professional quality"],
  ])("flags %j", (text, part) => {
    expect(quotesIn(text).some((quote) => quote.includes(part) || part.includes(quote))).toBe(true);
  });
});

describe("a rank a standard defines is left alone", () => {
  it.each([
    "E1 grade MDF, 18 mm.",
    "Porcelain tiles grade A per ISO 13006.",
    "Sink in 304 stainless, 1.2 mm.",
    "600D polyester with PU coating.",
    "Inspection AQL 2.5 major.",
    "Chairs with class 4 gas lift.",
    "Cells grade A, 3000 mAh rated.",
    "AAA grade per ASTM C1028 slip rating.",
    "We ship first class.",
    "Our first quality control check is at cutting.",
    "A 10A charger.",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});
