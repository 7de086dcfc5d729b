/**
 * One dictionary per kind of word: every count unit, currency mark and month is read the same way by
 * every extractor that meets it (they used to drift: `個` was a unit for quantities and not for prices).
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { currencyCode } from "../../../src/core/extract/words/currencies.ts";
import { countUnitOf, isCountedPer } from "../../../src/core/extract/words/units.ts";

const units: Array<[string, string]> = [
  ["pcs", "pcs"],
  ["pieces", "pcs"],
  ["个", "pcs"],
  ["個", "pcs"],
  ["件", "pcs"],
  ["sets", "sets"],
  ["套", "sets"],
  ["pairs", "pairs"],
  ["双", "pairs"],
  ["rolls", "rolls"],
  ["卷", "rolls"],
  ["units", "units"],
];

describe("count units", () => {
  it.each(units)("'%s' is a count of %s for quantities and for prices alike", (word, unit) => {
    expect(countUnitOf(word)).toBe(unit);
    const quantity = findQuantities(`we need 1,200 ${word} please`);
    expect(quantity.map((q) => [q.value, q.unit])).toEqual([[1200, unit]]);
    const price = findMoney(`price is 2.35 usd/${word}`);
    expect(price.map((m) => [m.value, m.currency, m.perUnit])).toEqual([[2.35, "USD", unit]]);
    // A count is never taken for an amount of money.
    expect(findMoney(`1200 ${word}`).filter((m) => m.bare)).toEqual([]);
  });
});

describe("currency marks", () => {
  it.each([
    ["US$", "USD"],
    ["usd", "USD"],
    ["dollars", "USD"],
    ["美金", "USD"],
    ["€", "EUR"],
    ["RMB", "CNY"],
    ["元", "CNY"],
    ["£", "GBP"],
    ["HK$", "HKD"],
  ])("'%s' is %s before or after an amount", (mark, code) => {
    expect(currencyCode(mark)).toBe(code);
    const after = findMoney(`it is 12.5 ${mark} each`).filter((m) => !m.bare);
    const before = findMoney(`it is ${mark}12.5 each`).filter((m) => !m.bare);
    expect([...after, ...before].every((m) => m.currency === code && m.value === 12.5)).toBe(true);
    expect(after.length + before.length).toBeGreaterThan(0);
  });
});

describe("date words", () => {
  it("never reads a day of a month as a price", () => {
    for (const text of ["ship on 15 Dec", "ready 3 September", "by Oct 12", "ETD 20 Jan"])
      expect(findMoney(text).filter((m) => m.bare)).toEqual([]);
  });
});

describe("the words a price is quoted per that count goods", () => {
  it.each(["reel", "reels", "bottle", "box", "bag", "ream", "tube", "Jar"])(
    "'per %s' counts goods",
    (word) => {
      expect(isCountedPer(word)).toBe(true);
    },
  );

  it.each([
    "kg",
    "kgs",
    "ton",
    "tonne",
    "lbs",
    "m2",
    "sqm",
    "cbm",
    "meter",
    "metres",
    "yard",
    "feet",
    "inch",
    "litre",
    "liters",
    "ml",
    "watt",
    "wp",
    "kwh",
    "hour",
    "day",
    "weeks",
    "month",
    "year",
    "container",
    "shipment",
    "order",
    "trip",
    "item",
    "each",
    "colour",
    "color",
    "design",
    "model",
    "style",
    "size",
    "person",
    "people",
    "ab",
    "x1",
    "3pc",
  ])("'per %s' measures, times or ships, and counts no goods", (word) => {
    expect(isCountedPer(word)).toBe(false);
  });
});
