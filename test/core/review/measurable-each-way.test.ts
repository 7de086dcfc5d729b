/**
 * isMeasurable and isMeasurableSpec each way, one row per form: every unit that makes a number a product
 * measure, every blend fibre, pack word and steel grade; and every kind of number that says nothing about the
 * product (money with each mark before and after, order counts in each unit, lead times, shares, dates,
 * times, order and phone numbers), written with spaces, thousands and decimals.
 */
import { describe, expect, it } from "vitest";
import { isMeasurable, isMeasurableSpec } from "../../../src/core/review/measurable.ts";

const units = [
  ...[
    "mm",
    "cm",
    "m",
    "km",
    "inch",
    "inches",
    "in",
    '"',
    "ft",
    "ml",
    "l",
    "litre",
    "litres",
    "liter",
    "liters",
  ],
  ...[
    "oz",
    "g",
    "gram",
    "grams",
    "kg",
    "lb",
    "lbs",
    "gsm",
    "mah",
    "wh",
    "w",
    "kw",
    "v",
    "a",
    "hz",
    "khz",
    "db",
  ],
  ...[
    "°c",
    "°f",
    "c",
    "k",
    "lumen",
    "lumens",
    "lm",
    "rpm",
    "pa",
    "kpa",
    "psi",
    "n",
    "kn",
    "d",
    "denier",
    "ply",
  ],
  ...[
    "layer",
    "layers",
    "stitches",
    "spi",
    "hour",
    "hours",
    "h",
    "min",
    "mins",
    "minutes",
    "grit",
    "mesh",
    "tpi",
  ],
  ...["needle", "needles", "gu", "degree", "degrees", "gb", "tb", "mp", "fps", "nit", "nits", "°"],
];

describe("a number with a unit is a product measure", () => {
  it.each(units)("'1,250.5 %s' and '12%s' are measures; the unit inside a longer word is none", (unit) => {
    expect(isMeasurableSpec(`wall 1,250.5 ${unit} thick`)).toBe(true);
    expect(isMeasurableSpec(`size 12${unit}`)).toBe(true);
    expect(isMeasurableSpec(`size 12-${unit}`)).toBe(true);
    if (/^[a-z]/.test(unit)) expect(isMeasurableSpec(`we have 12 ${unit}qz`)).toBe(false);
  });

  it("a number with no unit, or a word that is no unit, is no measure", () => {
    for (const text of ["we have 12 apples", "about 12", "size 12 please", "number 7"])
      expect(isMeasurableSpec(text)).toBe(false);
  });

  it.each(["40x60", "40 x 60", "40×60", "40 * 60 cm", "1,200.5x800"])("dimensions %j", (text) => {
    expect(isMeasurableSpec(text)).toBe(true);
  });

  it.each([
    "201",
    "202",
    "304",
    "316",
    "316L",
    "430",
    "18/8",
    "18/10",
    "2Cr13",
    "5Cr15MoV",
    "SUS 304",
    "sus304",
  ])("steel grade %j", (grade) => {
    expect(isMeasurableSpec(`blade in ${grade} steel`)).toBe(true);
  });

  it("a grade inside a longer number is none", () => {
    expect(isMeasurableSpec("room 3041 please")).toBe(false);
    expect(isMeasurableSpec("hotline 12018 please")).toBe(false);
  });
});

describe("a blend and a pack count", () => {
  it.each([
    ...["cotton", "polyester", "nylon", "spandex", "elastane", "wool", "silk", "linen", "bamboo", "viscose"],
    ...["rayon", "polyamide", "acrylic", "recycled", "pu", "pvc", "tpu", "lycra"],
  ])("'60%% %s' is a blend, a spec and measurable", (fibre) => {
    expect(isMeasurable(`60 % ${fibre}`)).toBe(true);
    expect(isMeasurableSpec(`shell 60% ${fibre}`)).toBe(true);
  });

  it("a share of something else is no blend", () => {
    expect(isMeasurable("60% deposit")).toBe(false);
    expect(isMeasurableSpec("60% of the order")).toBe(false);
  });

  it.each(["carton", "ctn", "box", "bag", "polybag", "case", "pack", "tube"])(
    "a count per %s is a spec",
    (pack) => {
      expect(isMeasurableSpec(`24 per ${pack}`)).toBe(true);
      expect(isMeasurableSpec(`24 pcs in one ${pack}`)).toBe(true);
      expect(isMeasurableSpec(`24 pieces / master ${pack}`)).toBe(true);
      expect(isMeasurableSpec(`120 sets in each export ${pack}`)).toBe(true);
    },
  );

  it("a count per something that is no pack is no spec", () => {
    expect(isMeasurableSpec("12 pcs per order")).toBe(false);
    expect(isMeasurableSpec("3 colours per design")).toBe(false);
  });
});

describe("numbers that say nothing about the product", () => {
  it.each([
    ...["US$ 1,250.50", "$12", "€12.5", "£3", "¥40", "RMB 40", "USD 2", "EUR 3", "CNY 4", "GBP 5"],
    ...["1,250.50 usd", "12$", "12 €", "12£", "12¥", "12 eur", "12 rmb", "12 cny", "12 gbp"],
    ...["12 dollars", "12 dollar", "12 euros", "12 euro", "12 yuan"],
  ])("money: %j", (text) => {
    expect(isMeasurable(`price ${text} each`)).toBe(false);
    expect(isMeasurable(`price ${text}`)).toBe(false);
  });

  it.each([
    ...[
      "1,200 pcs",
      "12 pc",
      "12 pieces",
      "12 piece",
      "12 sets",
      "12 set",
      "12 units",
      "12 unit",
      "12 pairs",
    ],
    ...["12 pair", "12 rolls", "12 roll", "12 dozens", "12 dozen", "12 orders", "12 samples", "12 sample"],
    ...["12个", "12件", "12套", "500 - 800 pcs", "500-800 sets"],
  ])("an order count: %j", (text) => {
    expect(isMeasurable(`we need ${text} now`)).toBe(false);
    expect(isMeasurable(`we need ${text}`)).toBe(false);
  });

  it.each([
    ...[
      "25 days",
      "1 day",
      "3 weeks",
      "1 week",
      "2 months",
      "1 month",
      "5 hours ago",
      "1 hour ago",
      "1 year",
    ],
    ...["3 years", "25 working days", "25 business days", "25 calendar days", "15-20 days", "15 to 20 days"],
    ...["15 ~ 20 days", "15~20 days"],
  ])("a lead time: %j", (text) => {
    expect(isMeasurable(`ship in ${text}`)).toBe(false);
  });

  it("a length of time that promises something is measurable", () => {
    expect(isMeasurable("2 years warranty")).toBe(true);
    expect(isMeasurable("12 months guarantee")).toBe(true);
    expect(isMeasurable("keeps warm 12 hours")).toBe(true);
  });

  it.each([
    ...["30%", "30.5 %", "12/10/2026", "12.10.26", "1-2-2026", "2026-10-12", "09:14", "09:14:33"],
    ...["12th Oct", "1st january", "3 may", "22nd of Sept", "Oct 12", "sept 3rd", "December 21"],
  ])("a share, a date or a time: %j", (text) => {
    expect(isMeasurable(`by ${text} please`)).toBe(false);
  });

  it.each([
    ...[
      "MOQ 500",
      "moq: 500",
      "order 12",
      "PO#12",
      "PI-12",
      "invoice 3",
      "iPhone 16",
      "galaxy 23",
      "pixel 8",
    ],
    ...["model 5", "USB 3", "type 2", "the 3rd", "2nd", "the 21st", "order # 4512"],
  ])("an order, phone or model number, an ordinal: %j", (text) => {
    expect(isMeasurable(`for ${text} only`)).toBe(false);
  });

  it("what is left after the numbers that say nothing still counts", () => {
    expect(isMeasurable("price $12, wall 2 mm")).toBe(true);
    expect(isMeasurable("MOQ 500, weight 350")).toBe(true);
  });
});

describe("standards and marks", () => {
  it("a mark counts only in capitals and as a whole word", () => {
    expect(isMeasurable("CE")).toBe(true);
    expect(isMeasurable("with CE")).toBe(true);
    expect(isMeasurable("ce")).toBe(false);
    expect(isMeasurable("CEO approved")).toBe(false);
    expect(isMeasurable("xCE mark")).toBe(false);
  });

  it("a standard word counts in any case at the start or after a non-letter, not inside a word", () => {
    expect(isMeasurable("aql")).toBe(true);
    expect(isMeasurable("(Pantone)")).toBe(true);
    expect(isMeasurable("isolated parts")).toBe(false);
    expect(isMeasurable("bisque glaze")).toBe(false);
    expect(isMeasurableSpec("pantone")).toBe(true);
    expect(isMeasurableSpec("UL listed")).toBe(true);
    expect(isMeasurableSpec("FULL set")).toBe(false);
  });
});
