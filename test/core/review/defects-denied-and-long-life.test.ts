/**
 * Two shapes buyers writing English as a second language use for a quality with no test: a defect denied of the
 * part named just before it, with no verb ("colours not faded please", "paint not peeling"), and a long life said
 * of a part ("long life battery"). Both are findings; a figure or a standard beside them anchors them.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const quotes = (text: string) => findVagueTerms([{ line: 1, text }]).map((term) => term.quote);

describe("a defect denied of the part before it", () => {
  it.each([
    ["Also colours not faded please, last year we had grey looking red bricks.", "colours not faded"],
    ["paint not peeling please", "paint not peeling"],
    ["screen not scratched when it arrives", "screen not scratched"],
  ])("%j is a finding", (text, quote) => {
    expect(quotes(text)).toContain(quote);
  });

  it.each(["I am not sure about the colour.", "The price not changed since last year."])(
    "%j judges no goods",
    (text) => {
      expect(quotes(text)).toEqual([]);
    },
  );
});

describe("a long life said of a part", () => {
  it("'long life battery' is a finding", () => {
    expect(quotes("We need good efficiency and long life battery, our climate is very hot.")).toContain(
      "long life battery",
    );
  });

  it("a life with a figure is no finding", () => {
    expect(quotes("Battery life 2000 cycles at 80% DoD.")).toEqual([]);
  });
});
