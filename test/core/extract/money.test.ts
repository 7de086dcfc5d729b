import { describe, expect, it } from "vitest";
import { currencyCode, findMoney } from "../../../src/core/extract/money.ts";

const read = (text: string) => findMoney(text).map((m) => [m.value, m.currency, m.perUnit]);

describe("findMoney", () => {
  it("reads currency signs and words before or after the amount", () => {
    expect(read("price 1.85 USD/pc")).toEqual([[1.85, "USD", "pcs"]]);
    expect(read("US$1.35 each")).toEqual([[1.35, "USD", "pcs"]]);
    expect(read("$2.35 each")).toEqual([[2.35, "USD", "pcs"]]);
    expect(read("€1.95 per mug")).toEqual([[1.95, "EUR", "mug"]]);
    expect(read("1.25usd for 2000pcs")).toEqual([[1.25, "USD", null]]);
    expect(read("58元/套")).toEqual([[58, "CNY", "sets"]]);
    expect(read("人民币 65")).toEqual([[65, "CNY", null]]);
    expect(read("2 dollar")).toEqual([[2, "USD", null]]);
    expect(read("EUR 3.10")).toEqual([[3.1, "EUR", null]]);
  });

  it("reads thousands separators and k", () => {
    expect(read("total 2,300.50 USD")).toEqual([[2300.5, "USD", null]]);
    expect(read("$8k")).toEqual([[8000, "USD", null]]);
  });

  it("keeps bare numbers for the negotiation but not measurements, counts or times", () => {
    expect(read("can you do 1.60?")).toEqual([[1.6, null, null]]);
    expect(read("1.10 impossible, 1.15 ok")).toEqual([
      [1.1, null, null],
      [1.15, null, null],
    ]);
    expect(read("38 x 42 cm, 12 oz canvas, 30% deposit, 25 days, 10:31, 500 pcs, 6 blades")).toEqual([]);
    expect(read("iPhone 16 is 6.5 RMB/pc")).toEqual([[6.5, "CNY", "pcs"]]);
  });

  it("maps currency words to ISO codes", () => {
    expect(["$", "US$", "usd", "dollars", "美元"].map(currencyCode)).toEqual([
      "USD",
      "USD",
      "USD",
      "USD",
      "USD",
    ]);
    expect(["RMB", "CNY", "¥", "元", "人民币"].map(currencyCode)).toEqual([
      "CNY",
      "CNY",
      "CNY",
      "CNY",
      "CNY",
    ]);
    expect(["€", "EUR"].map(currencyCode)).toEqual(["EUR", "EUR"]);
    expect(currencyCode("pcs")).toBeNull();
  });
});
