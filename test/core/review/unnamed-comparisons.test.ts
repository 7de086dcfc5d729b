/**
 * Comparisons with a reference that carries no id, across trades: what the buyer already has ("our current
 * brand"), a product only the chat knows ("the one on amazon", "the one our shops sell"), and a code said to be
 * only near ("close to RAL 7016"). A comparison naming an agreed sample or a code exactly is measurable, and so
 * is an approximate code given a tolerance.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const quotesIn = (text: string) => findVagueTerms([{ line: 1, text }]).map((term) => term.quote);

describe("a comparison with nothing named is vague", () => {
  it.each([
    // What the buyer holds, with no id.
    ["The towels need the same softness like our current range.", "same softness like our current range"],
    ["Grip tape with the same texture as our old supplier's, please.", "same texture as our old supplier"],
    ["The candles should burn like our existing line.", "like our existing line"],
    // "the one" that only the chat can point at.
    ["Our buyers compare with the one in the supermarket.", "compare with the one in the supermarket"],
    ["The kettle must look sleek like the one we saw at the fair.", "like the one we saw at the fair"],
    ["Make the strap like the ones our riders use.", "like the ones our riders use"],
    // A code the colour need only come near.
    ["Frame powder coat close to RAL 7016.", "close to RAL 7016"],
    ["Lining should be similar to Pantone 19-4052 TCX.", "similar to Pantone 19-4052 TCX"],
    ["Logo ink near Pantone 286 C", "near Pantone 286 C"],
    ["Webbing colour similar to 19-4052TCX.", "similar to 19-4052TCX"],
    // A judgement held equal to a brand or to what the buyer has.
    ["The blade should be as sharp as Victorinox.", "as sharp as Victorinox"],
    ["Cushions as firm as our current ones.", "as firm as our current ones"],
    // A mock-up with no id, however it is spelled.
    ["The dial print should look like our mock-up.", "like our mock-up"],
    ["Box colour same as the mockup you sent.", "same as the mockup you sent"],
  ])("flags %j", (text, part) => {
    expect(quotesIn(text).some((quote) => quote.includes(part) || part.includes(quote))).toBe(true);
  });
});

describe("a comparison naming what it is compared with is left alone", () => {
  it.each([
    // "as ... as" of time, price or a code
    "Please ship as soon as possible.",
    "Can the price go as low as USD 2.10?",
    "Blue as deep as Pantone 2945 C.",
    "Dial print as per mock-up MK-02.",
    "The towels need the same softness as approved sample #T-07.",
    "Grip tape same as our approved sample GT-3.",
    "Frame powder coat RAL 7016, matt 30 GU.",
    "Frame powder coat close to RAL 7016, ΔE ≤ 1.0 under D65.",
    "Lining similar to Pantone 19-4052 TCX within tolerance ΔE 1.5.",
    "Same price as our current supplier.",
    "Let me compare with my agent first.",
    "Seems like your factory is busy this month.",
    "We will compare with the one in your shop.",
    "We will ship like our usual forwarder does.",
    "The warehouse is close to the port.",
    "Our office is near gate B12.",
    "Thickness close to 5 mm is fine.",
  ])("leaves %j alone", (text) => {
    expect(quotesIn(text)).toEqual([]);
  });
});

describe("a tolerance pointed at but never given is vague", () => {
  it("flags 'within tolerance' with no figure and spares it with one", () => {
    expect(quotesIn("The warp is within normal tolerance.")).toEqual(["within normal tolerance"]);
    expect(quotesIn("The warp is within tolerance ±0.5 mm over 1 m.")).toEqual([]);
  });
});
