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
