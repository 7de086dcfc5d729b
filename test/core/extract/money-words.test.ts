/**
 * The amount reader word by word: dates, measures and list numbers that are no money, ranges and the unit
 * after them, lots priced per thousand, proforma lines whose sum checks out, in any letter case.
 */
import { describe, expect, it } from "vitest";
import { findMoney, multipliesOut } from "../../../src/core/extract/money.ts";

const amounts = (text: string) => findMoney(text).map((m) => m.value);
const first = (text: string) => findMoney(text)[0];

describe("a day and its month are no money", () => {
  it.each([
    "ship on 5 May",
    "ship on 5 MAY",
    "delivery 12 Sept",
    "delivery 12 SEPT",
    "Oct 12 delivery",
    "OCT 12 delivery",
  ])("'%s'", (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it("'may' before a number is the verb, so the number may be money", () => {
    expect(amounts("you may 450 usd")).toEqual([450]);
  });
});

describe("a measure or a list number is no money", () => {
  it.each(["output +4 dBm", "+ 5 dBm", "tolerance 3 ±0.1", "load 20 kN", "5 dBm", "90 AMPs"])(
    "'%s'",
    (text) => {
      expect(amounts(text)).toEqual([]);
    },
  );

  it.each(["Options:\n6. Express", "> 2. sea", "- 3. air"])("a list number opening a line: %j", (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it("a number later in the line is still read", () => {
    expect(amounts("Options:\n6. Express USD 45")).toEqual([45]);
  });
});

describe("a range and the unit after it", () => {
  it("'USD 1.10-1.20/pc' is one amount over the range, per piece, ending after the unit", () => {
    const money = first("USD 1.10-1.20/pc ok");
    expect(money).toMatchObject({ value: 1.2, range: [1.1, 1.2], perUnit: "pcs" });
    expect("USD 1.10-1.20/pc ok".slice(money!.start, money!.end)).toBe("USD 1.10-1.20/pc");
  });

  it("'USD 1.10-1.20 each' is per piece, ending after 'each'", () => {
    expect(first("USD 1.10-1.20 each")).toMatchObject({ range: [1.1, 1.2], perUnit: "pcs", end: 18 });
  });

  it("a falling pair is no range ('USD 1.20-1.10')", () => {
    expect(first("USD 1.20-1.10")?.range).toBeUndefined();
  });

  it("a range written before the currency ('1.10 - USD 1.20') is one amount", () => {
    expect(first("1.10 - USD 1.20")).toMatchObject({ value: 1.2, range: [1.1, 1.2] });
    expect(first("1.20 - USD 1.20")?.range).toBeUndefined();
  });

  it("bare numbers joined by a dash are a range of no money ('10-20 days', '300-400')", () => {
    expect(amounts("300-400")).toEqual([]);
    expect(amounts("300 ~ 400")).toEqual([]);
  });
});

describe("a price for a round lot", () => {
  it.each([
    ["USD 8.50 per 1000 pcs", 0.0085, "pcs"],
    ["USD 8.50 PER 1000 PCS", 0.0085, "pcs"],
    ["usd 52/1000 sheets", 0.052, "sheets"],
    ["17 USD per thousand", 0.017, "pcs"],
    ["17 USD per THOUSAND", 0.017, "pcs"],
    ["USD 72/1000", 0.072, "pcs"],
  ])("'%s' is %d per %s", (text, value, unit) => {
    expect(first(text)).toMatchObject({ value, perUnit: unit });
  });

  it("a tier table's next row is no lot ('$2.90 / 1,000 pcs $2.55')", () => {
    expect(amounts("$2.90 / 1,000 pcs $2.55")).toEqual([2.9, 2.55]);
  });

  it("a lot not said to be per the price is none ('USD 8.50 1000 pcs')", () => {
    expect(first("USD 8.50 1000 pcs")?.value).toBe(8.5);
  });
});

describe("a proforma line whose sum checks out", () => {
  const line = (text: string) => {
    const monies = findMoney(text);
    const price = monies.find((m) => m.bare && m.value < 1)!;
    return multipliesOut(text, price, monies[monies.indexOf(price) + 1]);
  };

  it.each([
    "poop bag roll 40000 rolls x 0.058 = 2320",
    "poop bag roll 40000 rolls x 0.058 =2320",
    "poop bag roll 40000 rolls x 0.058 = USD 2320",
    "poop bag roll 40000 rolls x 0.058 = 2321",
  ])("'%s' prices the roll", (text) => {
    expect(line(text)).toBe(true);
  });

  it.each(["poop bag roll 40000 rolls x 0.058 = 2400", "poop bag roll 40000 rolls x 0.058, 2320"])(
    "'%s' does not",
    (text) => {
      expect(line(text)).toBe(false);
    },
  );
});

describe("a count of parts described before their noun is no amount", () => {
  it.each(["10 replaceable pins each side", "4 removable hooks", "6 adjustable straps", "2 waterproof zips"])(
    "'%s'",
    (text) => {
      expect(findMoney(text)).toEqual([]);
    },
  );
  it.each([
    ["8.50 final price", 8.5],
    ["5 for samples", 5],
  ])("'%s' is still an amount", (text, value) => {
    expect(findMoney(text).map((money) => money.value)).toEqual([value]);
  });
});
