/**
 * The currencies of the places small brands buy from and sell in beyond the dollar, euro, yuan and pound:
 * each by its sign, its code and its name, and none read where an English word shares its letters.
 */
import { describe, expect, it } from "vitest";
import { currencyCode } from "../../../src/core/extract/words/currencies.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const priced = (supplierLine: string) =>
  draftOf([
    "Buyer: we need 500 bamboo trays, what is your price?",
    `Supplier: ${supplierLine}`,
    "Buyer: ok deal for 500 pcs.",
  ]);

describe("an offer priced in another currency", () => {
  it.each([
    ["฿58 per pc", "THB", 58],
    ["58 baht per piece", "THB", 58],
    ["RM 12.50/pc", "MYR", 12.5],
    ["12.50 ringgit each", "MYR", 12.5],
    ["₹ 240 per piece", "INR", 240],
    ["Rs. 240 per piece", "INR", 240],
    ["R$ 19,90 por peça", "BRL", 19.9],
    ["PLN 21.00/pc", "PLN", 21],
    ["21 zł/pc", "PLN", 21],
    ["NT$ 310 per pc", "TWD", 310],
    ["SGD 4.20 per pc", "SGD", 4.2],
    ["MXN 85 per pc", "MXN", 85],
    ["₫ 95,000 per pc", "VND", 95000],
  ])("%s", (offer, currency, price) => {
    const draft = priced(offer);
    expect(draft.currency).toBe(currency);
    expect(draft.items[0]?.unitPrice).toBe(price);
  });
});

describe("words that share a currency's letters", () => {
  it.each(["won", "dong", "try", "peso", "kr", "R"])("%s names no currency", (word) =>
    expect(currencyCode(word)).toBeNull(),
  );

  it("a yen sign stays the yuan's", () => expect(currencyCode("¥")).toBe("CNY"));
});

describe("every mark of the table", () => {
  it.each([
    ["NZ$", "NZD"],
    ["NZD", "NZD"],
    ["nzd", "NZD"],
    ["SGD", "SGD"],
    ["sgd", "SGD"],
    ["NT$", "TWD"],
    ["TWD", "TWD"],
    ["twd", "TWD"],
    ["THB", "THB"],
    ["฿", "THB"],
    ["baht", "THB"],
    ["MYR", "MYR"],
    ["RM", "MYR"],
    ["ringgit", "MYR"],
    ["INR", "INR"],
    ["₹", "INR"],
    ["Rs.", "INR"],
    ["Rs", "INR"],
    ["rupees", "INR"],
    ["JPY", "JPY"],
    ["yen", "JPY"],
    ["KRW", "KRW"],
    ["₩", "KRW"],
    ["krw", "KRW"],
    ["VND", "VND"],
    ["₫", "VND"],
    ["vnd", "VND"],
    ["IDR", "IDR"],
    ["Rp", "IDR"],
    ["rupiah", "IDR"],
    ["PHP", "PHP"],
    ["₱", "PHP"],
    ["₺", "TRY"],
    ["lira", "TRY"],
    ["PLN", "PLN"],
    ["zł", "PLN"],
    ["zloty", "PLN"],
    ["R$", "BRL"],
    ["BRL", "BRL"],
    ["reais", "BRL"],
    ["MX$", "MXN"],
    ["MXN", "MXN"],
    ["mxn", "MXN"],
    ["AED", "AED"],
    ["dirhams", "AED"],
    ["CHF", "CHF"],
    ["chf", "CHF"],
    ["SEK", "SEK"],
    ["sek", "SEK"],
    ["ZAR", "ZAR"],
    ["zar", "ZAR"],
    ["HK$", "HKD"],
    ["A$", "AUD"],
    ["C$", "CAD"],
  ])("%s is %s", (word, code) => expect(currencyCode(word)).toBe(code));

  it.each([
    ["JPY 1,200 per pc", "JPY", 1200],
    ["KRW 15,000 per pc", "KRW", 15000],
    ["IDR 95,000 per pc", "IDR", 95000],
    ["PHP 250 per pc", "PHP", 250],
    ["₺ 85 per pc", "TRY", 85],
    ["AED 12 per pc", "AED", 12],
    ["CHF 9.50 per pc", "CHF", 9.5],
    ["SEK 95 per pc", "SEK", 95],
    ["ZAR 180 per pc", "ZAR", 180],
    ["NZ$ 6.20 per pc", "NZD", 6.2],
    ["12 ringgit per pc", "MYR", 12],
    ["240 rupees per pc", "INR", 240],
    ["19 reais per pc", "BRL", 19],
  ])("%s", (offer, currency, price) => {
    const draft = priced(offer);
    expect(draft.currency).toBe(currency);
    expect(draft.items[0]?.unitPrice).toBe(price);
  });
});
