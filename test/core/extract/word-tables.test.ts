/**
 * Every word of the shared word tables, each as a reader meets it: a currency mark before and after an
 * amount, a month beside a day number (a date, never a price), a month or weekday after an Incoterm (no
 * port). A word dropped from a table fails here by name.
 */
import { describe, expect, it } from "vitest";
import { findIncoterms } from "../../../src/core/extract/incoterm.ts";
import { findMoney } from "../../../src/core/extract/money.ts";
import { currencyCode } from "../../../src/core/extract/words/currencies.ts";
import { monthNames, weekdayNames } from "../../../src/core/extract/words/dates.ts";

/** The amounts read from a text, each with the words it was read from. */
const priced = (text: string) =>
  findMoney(text)
    .filter((m) => !m.bare)
    .map((m) => ({ value: m.value, currency: m.currency, quote: text.slice(m.start, m.end) }));

describe("currency marks written before an amount", () => {
  it.each([
    ["US$", "USD"],
    ["U.S.$", "USD"],
    ["USD", "USD"],
    ["$", "USD"],
    ["美元", "USD"],
    ["EUR", "EUR"],
    ["€", "EUR"],
    ["RMB", "CNY"],
    ["CNY", "CNY"],
    ["¥", "CNY"],
    ["￥", "CNY"],
    ["人民币", "CNY"],
    ["GBP", "GBP"],
    ["£", "GBP"],
    ["HK$", "HKD"],
    ["HKD", "HKD"],
    ["A$", "AUD"],
    ["AUD", "AUD"],
    ["C$", "CAD"],
    ["CAD", "CAD"],
  ])("'%s12.5' is 12.5 %s, read from the mark on", (mark, code) => {
    expect(currencyCode(mark)).toBe(code);
    expect(priced(`unit price ${mark}12.5, thanks`)).toEqual([
      { value: 12.5, currency: code, quote: `${mark}12.5` },
    ]);
  });
});

describe("currency words written after an amount", () => {
  it.each([
    ["usd", "USD"],
    ["us dollars", "USD"],
    ["us dollar", "USD"],
    ["dollars", "USD"],
    ["dollar", "USD"],
    ["bucks", "USD"],
    ["美元", "USD"],
    ["美金", "USD"],
    ["$", "USD"],
    ["eur", "EUR"],
    ["euros", "EUR"],
    ["euro", "EUR"],
    ["€", "EUR"],
    ["rmb", "CNY"],
    ["cny", "CNY"],
    ["yuan", "CNY"],
    ["元", "CNY"],
    ["人民币", "CNY"],
    ["块", "CNY"],
    ["gbp", "GBP"],
    ["pounds", "GBP"],
    ["hkd", "HKD"],
    ["aud", "AUD"],
    ["cad", "CAD"],
  ])("'12.5 %s' is 12.5 %s, read up to the word's end", (word, code) => {
    expect(currencyCode(word)).toBe(code);
    expect(priced(`unit price 12.5 ${word}, thanks`)).toEqual([
      { value: 12.5, currency: code, quote: `12.5 ${word}` },
    ]);
  });

  it("knows no currency in a word that is none", () => {
    for (const word of ["pcs", "us", "cents", ""]) expect(currencyCode(word)).toBeNull();
  });
});

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const monthForms = [...new Set([...monthNames, "sept", ...monthNames.map((m) => m.slice(0, 3))])];

describe("month names", () => {
  it("are the twelve months in calendar order", () => {
    expect(monthNames.map((m) => new Date(`${m} 1, 2026`).getMonth())).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
  });

  it.each(monthForms.filter((m) => m !== "may"))(
    "a day before or after '%s' is a date, not a price",
    (month) => {
      expect(findMoney(`ready on 15 ${month}`).filter((m) => m.bare)).toEqual([]);
      expect(findMoney(`ready on ${capital(month)} 15`).filter((m) => m.bare)).toEqual([]);
      // Chat is often all lower case: the month alone, not a capital, makes the day.
      expect(findMoney(`ready by ${month} 15`).filter((m) => m.bare)).toEqual([]);
    },
  );

  it("a day before 'May' is a date", () => {
    expect(findMoney("ready on 15 May").filter((m) => m.bare)).toEqual([]);
  });

  it.each([...monthForms, ...weekdayNames])("'FOB %s' names no port", (word) => {
    expect(findIncoterms(`FOB ${capital(word)} shipment`)).toMatchObject([{ code: "FOB", place: null }]);
  });

  it("a port after an Incoterm is still read", () => {
    expect(findIncoterms("FOB Ningbo shipment")).toMatchObject([{ code: "FOB", place: "Ningbo" }]);
  });
});

describe("weekday names", () => {
  it("are the seven days from Monday", () => {
    // 2026-11-02 is a Monday.
    expect(weekdayNames.map((d, i) => [d, new Date(Date.UTC(2026, 10, 2 + i)).getUTCDay()])).toEqual(
      weekdayNames.map((d, i) => [d, (i + 1) % 7]),
    );
  });
});
