/**
 * Vague asks a buyer writes that give no measure: the most of a quality ("print colour as nice as possible",
 * "stitching as strong as you can"), a strength said of the bag or box itself ("strong bags", "sturdy box"), and
 * a joint or finish judged with a slang word ("no dodgy welds", "no shoddy stitching"). A container's type
 * ("clear bag", "kraft box") and a speed asked of delivery stay what they were.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const found = (text: string) =>
  findVagueTerms([{ line: 3, text }]).map((term) => [term.quote, term.attribute]);

describe("vague asks with no measure", () => {
  it.each([
    ["- Print colour as nice as possible, same like last year", "colour as nice as possible", "color"],
    ["make the stitching as strong as you can", "stitching as strong as you can", "stitching"],
    ["Remarks: strong bags, no leaking", "strong bags", "strength"],
    ["please use a sturdy box for each set", "sturdy box", "packaging"],
    ["sharp spout for latte art, no dodgy welds on the handle", "no dodgy welds on the handle", "strength"],
    ["no shoddy stitching please", "no shoddy stitching", "stitching"],
  ])("%j is flagged as %j", (text, quote, attribute) => {
    expect(found(text)).toContainEqual([quote, attribute]);
  });

  it.each(["each set in a clear bag", "kraft box with our logo", "TIG welding, 304 stainless steel"])(
    "%j flags nothing",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
