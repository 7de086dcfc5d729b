/**
 * Requirements left open by their structure, across trades: a degree with no bound ("not too heavy", "must be
 * very resistant"), a judgement required of a part ("straps quality must be top"), a comparison with something
 * no inspector can hold the goods against ("same softness as the other supplier"). Each is read both ways: the
 * same structure with a figure, a code or a pinned sample, or about the deal or the people, is no finding.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const quotesIn = (text: string) => findVagueTerms([{ line: 1, text }]).map((term) => term.quote);

describe("requirements with no measure are vague", () => {
  it.each([
    // A degree with no bound.
    ["Frames must be not too heavy.", "not too heavy"],
    ["The tape should be not too loud when unwinding.", "not too loud"],
    ["The green should be olive, not too yellow.", "not too yellow"],
    ["The buckle must be very resistant.", "very resistant"],
    ["Cushion foam should be quite firm.", "quite firm"],
    // A judgement required of a part.
    ["Straps quality must be top.", "Straps quality must be top"],
    ["The stroller hood should be breathable.", "hood should be breathable"],
    // A comparison with a loose reference.
    ["Please make it similar to the last supplier.", "similar to the last supplier"],
    [
      "We want the same softness as the other supplier we have.",
      "same softness as the other supplier we have",
    ],
    ["It must be more thick than the samples from Amazon.", "more thick than the samples from Amazon"],
    ["It must be thicker than the ones from Amazon.", "thicker than the ones from Amazon"],
    ["Colour like the photos on your website.", "like the photos"],
    // A defect ruled out by a negation, whatever the subject.
    ["Make sure the lamp is bright and doesn't overheat.", "doesn't overheat"],
    ["The print won't fade, the zip does not rust.", "does not rust"],
    ["Hinges must not squeak.", "must not squeak"],
    // A required absence of a defect, said with the attribute it shows on.
    ["No colour fading after washing.", "No colour fading"],
    ["Wheels must be no noise on tiles.", "no noise"],
    // Sameness over the lot with no tolerance.
    ["The amber glaze should look the same on all jars.", "look the same on all jars"],
    ["Print colour must be the same across every roll.", "be the same across every roll"],
  ])("'%s' flags '%s'", (text, quote) => {
    expect(quotesIn(text).some((found) => found.includes(quote))).toBe(true);
  });
});

describe("the same structures that say how much, or are about the deal, are no finding", () => {
  it.each([
    // A figure, a code or a pinned reference in the sentence.
    "Frames must be not too heavy, 28 g max.",
    "Must be very strong: tensile strength 200 N.",
    "Colour same as sample #3.",
    "Please match the approved sample.",
    "Same as the golden sample signed on 12 Oct.",
    "Same thickness as the sample, 0.8 mm.",
    // The deal, the schedule or the people.
    "The price should be very low.",
    "Same price as last order.",
    "Payment must be ready by Friday.",
    "Glaze the same on all jars, ΔE below 1.0.",
    "The price is the same for all sizes.",
    // (A speed asked of the delivery with no days is vague, as "fast delivery" is: with its days it is a term.)
    "Delivery must be very fast, 15 days at most.",
    "Our customers are very particular.",
    "Sorry, my English is not so good.",
    "We would like to confirm the order.",
    "I like the samples you sent.",
    "Not too much please, we are a small shop.",
    "We do not ship on Sundays.",
    "It doesn't matter which forwarder.",
  ])("'%s'", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("the exact words each finding quotes", () => {
  it.each([
    ["Frames must be not too heavy.", ["not too heavy"]],
    ["The lid isn't too tight.", ["n't too tight"]],
    ["The lid is not too tight.", ["not too tight"]],
    ["Cushions must be quite firm.", ["Cushions must be quite firm"]],
    ["The bag must be waterproof.", ["bag must be waterproof"]],
    ["The bag should be waterproof.", ["bag should be waterproof"]],
    ["Stitching quality must be top.", ["Stitching quality must be top"]],
    ["It must be less heavy than the samples.", ["less heavy than the samples"]],
    ["Make it heavier than the ones from the other supplier.", ["heavier than the ones from the"]],
    ["Please make it similar to the samples we got.", ["similar to the samples we got"]],
    ["Same thickness as the last order.", ["Same thickness as the last order"]],
    ["Seems like the other supplier.", []],

    ["It looks too heavy.", []],
    ["The frame is very light.", ["frame is very light"]],
    ["It must be very quickly done.", []],
    ["The bag must be good quality.", ["bag must be good quality"]],
    ["Must be strong enough.", ["Must be strong enough"]],
    ["The bag will be waterproof.", ["bag will be waterproof"]],
    ["Must be.", []],
  ])("'%s' quotes %j", (text, quotes) => {
    expect(quotesIn(text)).toEqual(quotes);
  });
});
