/**
 * Qualities named by a word in "-ing" after a judgement ("good knurling", "good braking feeling", "smooth
 * spinning"), a judging word the tagger reads as an adverb ("nice even colour"), and a requirement asked of
 * goods named by their rating ("65W need good heat dissipation": the rating names the charger, it measures
 * no heat). Each is a finding; a figure on the quality itself still anchors it.
 */
import { describe, expect, it } from "vitest";
import { findAttributeClauses } from "../../../src/core/review/find-attribute-clauses.ts";

const quotesIn = (text: string) => findAttributeClauses(1, text).map((term) => term.quote);

describe("a judgement on a quality named in '-ing'", () => {
  it.each([
    ["inserts should have bright finish and good knurling, last lot pulled out", "good knurling"],
    ["Rotors must have good braking feeling and no noise", "good braking feeling"],
    ["and the bearings smooth spinning.", "smooth spinning"],
    ["the lid needs good sealing", "good sealing"],
    ["we want excellent stitching on the straps", "excellent stitching"],
  ])("'%s' flags '%s'", (text, quote) => {
    expect(quotesIn(text).some((found) => found.includes(quote))).toBe(true);
  });

  it.each([
    "last shipping was late",
    "other packing is fine",
    "we are looking for a supplier",
    "knurling depth 0.3 mm, diamond pattern",
    "sealing tested at 0.5 bar for 30 s",
  ])("'%s' flags nothing", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("a judging word between a judgement and an attribute noun", () => {
  it("'nice even colour' is one finding on the colour", () => {
    expect(quotesIn("corten will rust to nice even colour after few weeks")).toEqual([
      "nice even colour after few weeks",
    ]);
  });
  it("'it was even better' names no attribute", () => {
    expect(quotesIn("it was even better")).toEqual([]);
  });
});

describe("a requirement asked of goods named by their rating", () => {
  it("the rating is no anchor of the quality asked", () => {
    expect(quotesIn("65W need good heat dissipation")).toEqual(["good heat dissipation"]);
  });
  it("a figure on the quality itself anchors it", () => {
    expect(quotesIn("65W need heat dissipation to keep the case under 45°C")).toEqual([]);
  });
});

describe("a state the buyer asks to be made sure of", () => {
  it.each([
    ["Also make sure the print is not blurry on the small text", "print is not blurry"],
    ["please make sure the cartons are strong", "cartons are strong"],
    ["ensure the seams are neat", "seams are neat"],
  ])("'%s' flags '%s'", (text, quote) => {
    expect(quotesIn(text).some((found) => found.includes(quote))).toBe(true);
  });
  it.each([
    "make sure the price is right",
    "make sure the logo is 5 mm high",
    "make sure the payment is received",
  ])("'%s' flags nothing", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("goods of a judged quality", () => {
  it.each([
    ["Catnip of good quality in each box", "Catnip of good quality"],
    ["leather of high quality please", "leather of high quality"],
  ])("'%s': the goods open the finding", (text, quote) => {
    expect(quotesIn(text).some((found) => found.startsWith(quote))).toBe(true);
  });
});
