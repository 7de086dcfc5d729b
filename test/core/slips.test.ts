/** One slip of the keyboard, both ways: what is a misspelling of a word and what is another word or form. */
import { describe, expect, it } from "vitest";
import { oneSlip } from "../../src/core/slips.ts";

describe("one slip", () => {
  it.each([
    ["befor", "before", "a letter left out"],
    ["deposite", "deposit", "a letter added"],
    ["paymnet", "payment", "two neighbours swapped"],
    ["consistant", "consistent", "one vowel for another in a long word"],
    ["durible", "durable", "one vowel for another in a seven-letter word"],
  ])("%s is %s (%s)", (typed, word) => {
    expect(oneSlip(typed, word)).toBe(true);
  });

  it.each([
    ["stretch", "stretchy", "the word without its ending is a word of its own"],
    ["deposits", "deposit", "an ending makes another form"],
    ["shipped", "shipping", "two slips"],
    ["eposit", "deposit", "the first letter is never the slip"],
    ["rpice", "price", "the first letter is never swapped"],
    ["smuth", "smooth", "two slips in a short word"],
    ["bright", "brught", "a vowel for a vowel in a short word"],
    ["durable", "durable", "the word itself"],
  ])("%s is no slip of %s (%s)", (typed, word) => {
    expect(oneSlip(typed, word)).toBe(false);
  });
});
