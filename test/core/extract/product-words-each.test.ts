/**
 * Every word of the tables that tell a product's name from the words around it, each as a reader meets it: a
 * colour or finish describes the goods, a shade word names a colour only beside another, a tier ranks, an
 * instruction acts, a sentence adverb frames, a measure unit sells goods by weight or length. A word dropped
 * from a table fails here by name.
 */
import { describe, expect, it } from "vitest";
import {
  isCodeLabel,
  isColourWord,
  isDiscourseWord,
  isNonProductWord,
  isPairedShade,
  isTierWord,
  isVerbOfTrade,
  variantLabelWords,
} from "../../../src/core/extract/words/non-product.ts";
import {
  countUnitOf,
  englishCountWords,
  isCountedPer,
  isDraftUnit,
  measureUnitOf,
  soldByWords,
} from "../../../src/core/extract/words/units.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("colours and finishes: they describe the goods, they name none", () => {
  it.each([
    "black",
    "white",
    "red",
    "green",
    "blue",
    "grey",
    "gray",
    "yellow",
    "pink",
    "purple",
    "brown",
    "beige",
    "orange",
    "navy",
    "dark",
    "light",
    "natural",
    "clear",
    "transparent",
    "matte",
    "matt",
    "glossy",
    "frosted",
    "nude",
    "khaki",
    "teal",
    "ivory",
    "charcoal",
    "tan",
    "burgundy",
    "maroon",
    "turquoise",
    "violet",
    "cyan",
    "magenta",
  ])("%s", (word) => {
    expect(isColourWord(word)).toBe(true);
    expect(isColourWord(word.toUpperCase())).toBe(true);
    expect(isNonProductWord(word)).toBe(true);
  });

  it.each(["mug", "bottle", "gold", "satin"])("%s is no colour word alone", (word) => {
    expect(isColourWord(word)).toBe(false);
  });
});

describe("shade words: a colour only beside another ('rose gold', 'satin nickel')", () => {
  it.each([
    "gold",
    "golden",
    "silver",
    "bronze",
    "chrome",
    "copper",
    "rose",
    "champagne",
    "olive",
    "coral",
    "mint",
    "lavender",
    "nickel",
    "brass",
    "gunmetal",
    "satin",
    "brushed",
    "polished",
    "antique",
  ])("%s", (word) => {
    expect(isPairedShade(word)).toBe(true);
    expect(isPairedShade(word.toUpperCase())).toBe(true);
  });

  it.each(["black", "mug"])("%s is none", (word) => {
    expect(isPairedShade(word)).toBe(false);
  });
});

describe("tiers rank a product line, instructions act on it, sentence adverbs frame the sentence", () => {
  it.each([
    "basic",
    "standard",
    "premium",
    "deluxe",
    "economy",
    "economic",
    "luxury",
    "upgraded",
    "regular",
    "normal",
    "cheap",
    "cheaper",
    "better",
    "best",
    "top",
  ])("tier: %s", (word) => {
    expect(isTierWord(word)).toBe(true);
    expect(isTierWord(word.toUpperCase())).toBe(true);
  });

  it.each([
    "kindly",
    "please",
    "pls",
    "plz",
    "increase",
    "decrease",
    "reduce",
    "raise",
    "keep",
    "make",
    "take",
    "remove",
    "cancel",
    "revise",
    "update",
    "confirm",
    "send",
    "quote",
    "need",
    "want",
    "prefer",
    "choose",
  ])("instruction: %s", (word) => {
    expect(isVerbOfTrade(word)).toBe(true);
    expect(isVerbOfTrade(word.toUpperCase())).toBe(true);
  });

  it.each([
    "mainly",
    "mostly",
    "especially",
    "particularly",
    "primarily",
    "chiefly",
    "currently",
    "usually",
    "normally",
    "generally",
    "typically",
    "basically",
    "actually",
    "really",
    "probably",
    "maybe",
    "perhaps",
    "ideally",
    "hopefully",
    "firstly",
    "secondly",
    "finally",
    "additionally",
    "specifically",
  ])("sentence adverb: %s", (word) => {
    expect(isDiscourseWord(word)).toBe(true);
    expect(isDiscourseWord(word.toUpperCase())).toBe(true);
  });

  it.each(["lamp", "leash"])("%s is none of them", (word) => {
    expect([isTierWord(word), isVerbOfTrade(word), isDiscourseWord(word)]).toEqual([false, false, false]);
  });
});

describe("labels and size words", () => {
  it.each(["colour:", "ref#", "no.", "sku.:", "style"])("a code label, its marks aside: %s", (word) => {
    expect(isCodeLabel(word)).toBe(true);
  });

  it("variant labels are an alternation, longest first, with no 'possible' or 'optional'", () => {
    const labels = variantLabelWords.split("|");
    expect(labels).not.toContain("possible");
    expect(labels).not.toContain("optional");
    expect(labels).toContain("queen");
    for (let i = 1; i < labels.length; i++)
      expect(labels[i]!.length).toBeLessThanOrEqual(labels[i - 1]!.length);
  });
});

describe("units goods are counted in and measures they are sold by", () => {
  it.each([
    ["units", "units"],
    ["unit", "units"],
    ["pcs", "pcs"],
    ["套", "sets"],
  ])("%s counts in %s", (word, unit) => {
    expect(countUnitOf(word)).toBe(unit);
    expect(isDraftUnit(unit)).toBe(true);
  });

  it("a unit the draft does not name is none of its units", () => {
    expect(isDraftUnit("kg")).toBe(false);
    expect(isDraftUnit(null)).toBe(false);
  });

  it("the count words are an alternation, longest first", () => {
    const words = englishCountWords.split("|");
    expect(words).toEqual(
      expect.arrayContaining(["pieces", "piece", "pcs", "pc", "units", "unit", "sets", "pairs"]),
    );
    for (let i = 1; i < words.length; i++) expect(words[i]!.length).toBeLessThanOrEqual(words[i - 1]!.length);
  });

  it.each([
    ["metres", "metres"],
    ["metre", "metres"],
    ["meters", "metres"],
    ["meter", "metres"],
    ["mtrs", "metres"],
    ["mtr", "metres"],
    ["mts", "metres"],
    ["m", "metres"],
    ["米", "metres"],
    ["kgs", "kg"],
    ["kg", "kg"],
    ["kilograms", "kg"],
    ["kilogram", "kg"],
    ["kilos", "kg"],
    ["kilo", "kg"],
    ["公斤", "kg"],
    ["yards", "yards"],
    ["yard", "yards"],
    ["yds", "yards"],
    ["yd", "yards"],
    ["码", "yards"],
    ["litres", "litres"],
    ["litre", "litres"],
    ["liters", "litres"],
    ["liter", "litres"],
    ["ltrs", "litres"],
    ["ltr", "litres"],
    ["tons", "tons"],
    ["ton", "tons"],
    ["tonnes", "tons"],
    ["tonne", "tons"],
    ["吨", "tons"],
  ])("%s sells by %s", (word, unit) => {
    expect(measureUnitOf(word)).toBe(unit);
    expect(soldByWords.split("|")).toContain(word);
  });

  it("the sold-by words are an alternation, longest first", () => {
    const words = soldByWords.split("|");
    for (let i = 1; i < words.length; i++) expect(words[i]!.length).toBeLessThanOrEqual(words[i - 1]!.length);
  });

  it.each(["reel", "bottle", "sheet"])("a price per %s counts the goods", (word) => {
    expect(isCountedPer(word)).toBe(true);
  });

  it.each(["kg", "watt", "container", "re1", "x"])("a price per %s counts no goods", (word) => {
    expect(isCountedPer(word)).toBe(false);
  });
});

describe("how an order is divided names no goods", () => {
  it.each(["split", "breakdown"])("%s is no product word", (word) =>
    expect(isNonProductWord(word)).toBe(true),
  );

  it("names the goods the split is of", () =>
    expect(
      itemRowsOf([
        "Buyer: Please quote 800 units split M/L, delivered to Birmingham.",
        "Supplier: M collar USD 21.50, L collar USD 22.00 DDP Birmingham",
        "Buyer: Ok, 21.20 and 21.70, confirmed. 500 pcs M + 300 pcs L.",
      ]).map(([name]) => name),
    ).not.toContain("split M"));
});
