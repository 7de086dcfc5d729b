/**
 * findMoney and its helpers at the edges a mutation run found unguarded: a day and month written the European
 * way, "may" as a month or a verb, labels and measures in any letter case, model names before a number, ranges
 * written in capitals or with a unit after them, prices per a round lot next to a count or a tier table's next
 * row, lots named before a list, proforma lines whose sum checks out, rupees and a reel's model code. Each row is
 * the amount, currency, unit and range a buyer would see on the draft: a wrong one prices a date, a size or a
 * model number, or divides a price by a thousand.
 */
import { describe, expect, it } from "vitest";
import {
  announcedLot,
  findMoney,
  type MoneyMention,
  multipliesOut,
} from "../../../src/core/extract/money.ts";

const amounts = (text: string) => findMoney(text).map((m) => m.value);
const first = (text: string) => findMoney(text)[0];
/** Every amount with its currency, unit and the words it was read from. */
const read = (text: string) =>
  findMoney(text).map((m) => [m.value, m.currency, m.perUnit, text.slice(m.start, m.end)]);

describe("a day and its month written the European way are no money", () => {
  it.each([
    "ship date : 15.09. Balance before shipping",
    "ship date 5.09. Balance before that",
    "latest 31.10. please",
    "Goods ready 28.01.\n\nbalance before shipping please",
  ])("%j", (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it.each([
    ["Price by sea 12.05. Please confirm", 12.05],
    ["can do 128.05. let me know", 128.05],
    ["best is 1.055. ok?", 1.055],
    ["Can you come down by 1.05 if we order 5,000. Thanks", 1.05],
    ["Raise by 1.10 for the 3000 pcs. Ok", 1.1],
    ["Final 12.05. Please confirm by tomorrow. thanks", 12.05],
  ])("a price that merely looks like one is read: %j", (text, value) => {
    expect(amounts(text)).toEqual([value]);
  });
});

describe("'may' is a month only as a whole word after a number, and before one a verb", () => {
  it("'can you do 1.60 maybe?' is a price", () => {
    expect(amounts("can you do 1.60 maybe?")).toEqual([1.6]);
  });

  it("'may 1.40' after a price is the next price", () => {
    expect(amounts("Price for you 1.45, may 1.40 if order 5000 pcs")).toEqual([1.45, 1.4]);
  });
});

describe("labels, measures and model names in any letter case", () => {
  it.each(["Size 10.5", "Version 2.0", "RTX 4090", "Sony 300", "lens for Canon 700", "vacuum 29 inHg"])(
    "'%s' is no money",
    (text) => {
      expect(amounts(text)).toEqual([]);
    },
  );

  it.each(["max 85°C", "working temperature -20 to + 60", "send 2 iPad for testing"])(
    "'%s' is a measure or a count, no money",
    (text) => {
      expect(amounts(text)).toEqual([]);
    },
  );

  it.each([
    ["can do 1.60 Thanks", 1.6],
    ["best 2.10 EXW", 2.1],
    ["1.60 FOB Shenzhen", 1.6],
    ["can you do 2.10 for the iPhone cases?", 2.1],
  ])("a price before a word in capitals or a brand is read: '%s'", (text, value) => {
    expect(amounts(text)).toEqual([value]);
  });

  it("a two-figure list number opening a line is no money", () => {
    expect(amounts("Options:\n10. Sea freight")).toEqual([]);
  });

  it("a count of pieces in capitals times a number is a price per piece ('500 PCS x 0.52')", () => {
    expect(amounts("500 PCS x 0.52")).toEqual([0.52]);
  });
});

describe("a range in capitals, and the unit after it", () => {
  it.each([
    ["$1.10 TO $1.20", "$1.10 TO $1.20"],
    ["1.10 TO USD 1.20", "1.10 TO USD 1.20"],
  ])("'%s' is one amount over the range", (text, written) => {
    const money = first(text)!;
    expect([money.value, money.range, text.slice(money.start, money.end)]).toEqual([
      1.2,
      [1.1, 1.2],
      written,
    ]);
    expect(findMoney(text)).toHaveLength(1);
  });

  it.each(["USD 1.10-1.20 PER PC", "USD 1.10-1.20/PC"])("'%s' is per piece", (text) => {
    expect(first(text)).toMatchObject({ value: 1.2, range: [1.1, 1.2], perUnit: "pcs" });
  });

  it("a range with nothing after it is per nothing ('USD 1.10-1.20')", () => {
    expect(first("USD 1.10-1.20")).toMatchObject({ range: [1.1, 1.2], perUnit: null });
  });

  it("an equal pair is no range ('USD 1.20-1.20')", () => {
    expect(first("USD 1.20-1.20")?.range).toBeUndefined();
  });

  it("a price per piece then another price is two prices, no range ('USD 2.50/pc - 3.00 with logo')", () => {
    expect(read("USD 2.50/pc - 3.00 with logo")).toEqual([
      [2.5, "USD", "pcs", "USD 2.50/pc"],
      [3, null, null, "3.00"],
    ]);
    expect(first("USD 2.50/pc - 3.00 with logo")?.range).toBeUndefined();
  });
});

describe("a price per a round lot", () => {
  it.each([
    ["usd 52/1000 SHEETS", 0.052, "sheets", 1000],
    ["USD 8.50 per 1,000 pcs", 0.0085, "pcs", 1000],
  ])("'%s' is %d per %s", (text, value, unit, lot) => {
    expect(first(text)).toMatchObject({ value, perUnit: unit, lot });
  });

  it("a lot measured in kilograms is no lot of pieces ('USD 12 per 100 kg')", () => {
    const money = first("USD 12 per 100 kg")!;
    expect([money.value, money.lot]).toEqual([12, undefined]);
  });

  it.each([
    ["USD 0.85/pc 1000 pcs", 0.85, "pcs"],
    ["USD 2.35 1000pcs/carton", 2.35, null],
  ])("a count after a price is no lot: '%s'", (text, value, unit) => {
    expect(first(text)).toMatchObject({ value, perUnit: unit });
    expect(first(text)?.lot).toBeUndefined();
  });

  it("a tier table's next row after a dash is no lot ('USD 2.90 / 1000 - USD 2.55 / 5000')", () => {
    expect(first("USD 2.90 / 1000 - USD 2.55 / 5000")).toMatchObject({ value: 2.9, currency: "USD" });
    expect(first("USD 2.90 / 1000 - USD 2.55 / 5000")?.lot).toBeUndefined();
  });

  it("bare tier prices each for a count are no lot ('15.20 / 1000 pcs, 14.30 / 5000 pcs')", () => {
    expect(amounts("15.20 / 1000 pcs, 14.30 / 5000 pcs")).toEqual([15.2, 14.3]);
  });
});

describe("bare amounts listed before one put per a lot", () => {
  it("'78 / 72 / 88 per 100': all three per the hundred", () => {
    expect(amounts("78 / 72 / 88 per 100")).toEqual([0.78, 0.72, 0.88]);
  });

  it.each([
    ["85 for samples, 72 per 100", [85, 0.72]],
    ["retail 78, bulk 72 per 100", [78, 0.72]],
  ])("an amount set apart by words keeps its own price: '%s'", (text, values) => {
    expect(amounts(text)).toEqual(values);
  });
});

describe("a lot named before a list of prices", () => {
  it.each([
    ["Per 100 pcs: iPhone 16 USD 118, Galaxy S25 USD 122", [1.18, 1.22]],
    ["Price per 100 pcs:USD 118", [1.18]],
    ["Sample USD 30. Price per 100 pcs: iPhone 16 USD 118", [30, 1.18]],
    ["Samples USD 30; per 100 pcs: iPhone 16 USD 118", [30, 1.18]],
  ])("'%s'", (text, values) => {
    expect(amounts(text)).toEqual(values);
  });

  it.each([
    ["Per 100 boxes", 100],
    ["sample fee USD 30 paid by card, prices per 100 boxes", 100],
  ])("'%s' announces a lot of %i", (text, size) => {
    expect(announcedLot(text)).toBe(size);
  });

  it("an amount just before the lot is priced per it itself ('USD 85, per 100 boxes')", () => {
    expect(announcedLot("USD 85, per 100 boxes")).toBeNull();
  });
});

describe("a proforma line whose sum checks out", () => {
  const line = (text: string) => {
    const found = findMoney(text);
    return multipliesOut(text, found[0]!, found[1]);
  };

  it.each([
    "40,000 rolls x 0.058 = 2320",
    "40000 rolls x 0.058=2320",
    "40000 rolls x 0.058 each = 2320",
    "4 sets x 25.25 = 100",
    "1000 pcs x 2.35 = 2345",
  ])("'%s' multiplies out", (text) => {
    expect(line(text)).toBe(true);
  });

  it("a size and its area multiply nothing out ('panel 0.5 x 0.5 = 0.25 sqm')", () => {
    const text = "panel 0.5 x 0.5 = 0.25 sqm";
    const mention = (start: number, raw: string): MoneyMention => ({
      value: Number(raw),
      currency: null,
      start,
      end: start + raw.length,
      perUnit: null,
      bare: true,
    });
    const price = mention(text.lastIndexOf("0.5 ="), "0.5");
    const sum = mention(text.indexOf("0.25"), "0.25");
    expect(multipliesOut(text, price, sum)).toBe(false);
  });
});

describe("rupees and a reel's model code", () => {
  it("'RS 385' is rupees", () => {
    expect(read("RS 385")).toEqual([[385, "INR", null, "RS 385"]]);
  });

  it("'Spinning reel RS4000' is a model, no money", () => {
    expect(amounts("Spinning reel RS4000")).toEqual([]);
  });
});
