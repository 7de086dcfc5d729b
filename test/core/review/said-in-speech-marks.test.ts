/**
 * A chat quotes what the other side said ('Vivian: "no problem, very stable"'): a judgement inside speech marks is
 * as vague as one outside them, and is quoted without its marks.
 */
import { describe, expect, it } from "vitest";
import { findVagueTerms } from "../../../src/core/review/find-vague-terms.ts";

const quotesOf = (text: string) => findVagueTerms([{ line: 1, text }]).map((term) => term.quote);

describe("a judgement someone said, in speech marks", () => {
  it.each([
    ['Declan: no wobble please. Vivian: "no problem, very stable" (no test named)', "very stable"],
    ["Supplier said “very durable” but gave no test", "very durable"],
  ])("%j is flagged (%s)", (text, quote) => {
    expect(quotesOf(text)).toContain(quote);
  });

  it("quotes the words as written, marks left out", () => {
    const [term] = findVagueTerms([{ line: 4, text: 'Vivian: "very stable"' }]);
    expect(term).toMatchObject({ line: 4, quote: "very stable", start: 9 });
  });
});
