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

  it("divides a price for a round lot of pieces down to one piece, but not a tier table's next row", () => {
    expect(read("USD 8.50 per 1000 pcs")).toEqual([[0.0085, "USD", "pcs"]]);
    expect(read("$12/100pcs")).toEqual([[0.12, "USD", "pcs"]]);
    expect(read("300 pcs $2.90 / 1,000 pcs $2.55")).toEqual([
      [2.9, "USD", null],
      [2.55, "USD", null],
    ]);
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

describe("findMoney: order and ranges", () => {
  it("lists mentions in text order, whatever kind each is (the last statement stands on it)", () => {
    expect(read("1.10 impossible, $1.15 ok")).toEqual([
      [1.1, null, null],
      [1.15, "USD", null],
    ]);
    expect(findMoney("2.30 usd or US$2.20, or 2.10?").map((m) => [m.value, m.start])).toEqual([
      [2.3, 0],
      [2.2, 12],
      [2.1, 24],
    ]);
  });

  it.each(["1.10-1.20", "1.10~1.20", "price 1.10–1.20 per pc", "1.10 - 1.20"])(
    "never reads the bare range %j as two prices",
    (text) => {
      expect(findMoney(text).filter((m) => m.bare)).toEqual([]);
    },
  );

  it("cites the span of each mention, its unit included", () => {
    const [price] = findMoney("ok 2.10 usd/pc then");
    expect(price).toMatchObject({ start: 3, end: 14, perUnit: "pcs", bare: false });
    const [bare] = findMoney("can you do 1.60 per piece");
    expect(bare).toMatchObject({ value: 1.6, start: 11, end: 25, perUnit: "pcs", bare: true });
  });
});

describe("findMoney: every way a currency is written", () => {
  it.each([
    ["US$1.35", "USD"],
    ["U.S.$1.35", "USD"],
    ["USD 1.35", "USD"],
    ["$1.35", "USD"],
    ["1.35 usd", "USD"],
    ["1.35 US dollars", "USD"],
    ["2 dollars", "USD"],
    ["5 bucks", "USD"],
    ["1.35 美元", "USD"],
    ["1.35美金", "USD"],
    ["€1.95", "EUR"],
    ["EUR 1.95", "EUR"],
    ["1.95 eur", "EUR"],
    ["5 euros", "EUR"],
    ["1.95€", "EUR"],
    ["¥6.5", "CNY"],
    ["￥6.5", "CNY"],
    ["RMB 6.5", "CNY"],
    ["CNY 6.5", "CNY"],
    ["6.5 rmb", "CNY"],
    ["6.5 yuan", "CNY"],
    ["58元", "CNY"],
    ["5块", "CNY"],
    ["人民币 65", "CNY"],
    ["£5", "GBP"],
    ["GBP 5", "GBP"],
    ["5 gbp", "GBP"],
    ["5 pounds", "GBP"],
    ["HK$ 12", "HKD"],
    ["HKD 12", "HKD"],
    ["A$5", "AUD"],
    ["AUD 5", "AUD"],
    ["C$5", "CAD"],
    ["CAD 5", "CAD"],
  ])("%j is %s", (text, code) => {
    expect(findMoney(text).map((m) => m.currency)).toEqual([code]);
  });

  it.each([
    ["1.85 USD/pc", "pcs"],
    ["1.85 USD per set", "sets"],
    ["1.85 USD a pair", "pairs"],
    ["1.85 USD for one roll", "rolls"],
    ["1.85 USD for each unit", "units"],
    ["1.85 USD per 个", "pcs"],
    ["1.85 USD per box", "box"],
    ["1.85 USD each", "pcs"],
  ])("%j is per %s", (text, unit) => {
    expect(findMoney(text)[0]?.perUnit).toBe(unit);
  });

  it("reads k as thousands before or after the currency", () => {
    expect(read("3.5k USD")).toEqual([[3500, "USD", null]]);
    expect(read("USD 8K")).toEqual([[8000, "USD", null]]);
    expect(read("can you do 8k?")).toEqual([[8000, null, null]]);
  });
});

describe("findMoney: bare numbers that are not money", () => {
  it.each([
    "5000 mAh",
    "30 days",
    "12 oz",
    "3 colors",
    "2 cartons",
    "MOQ 500",
    "size 42",
    "model 300",
    "Pantone 2945",
    "10am",
    "on 12 Dec",
    "since 2019",
    "line 4",
    "HRC 58",
    "ZX300 and PB 380",
    "2-3",
  ])("%j", (text) => {
    expect(findMoney(text).filter((m) => m.bare)).toEqual([]);
  });

  it("keeps a bare price after a common word and with decimals after a model name", () => {
    expect(read("Final 38")).toEqual([[38, null, null]]);
    expect(read("iPhone 16 case 4.50")).toEqual([[4.5, null, null]]);
  });
});

describe("findMoney: a range is one amount, however its currency is written", () => {
  it.each([
    ["EUR 2.40-2.60", "EUR", undefined],
    ["2.40 - 2.60 eur", "EUR", undefined],
    ["€2.40-€2.60", "EUR", undefined],
    ["US$2.40~2.60/pc", "USD", "pcs"],
    ["2.40-2.60 USD per set", "USD", "sets"],
    ["from $2.40 to $2.60", "USD", undefined],
  ])("%j is one mention: upper end, both ends, one currency", (text, currency, perUnit) => {
    const found = findMoney(`quote ${text} for the order`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 2.6, currency, range: [2.4, 2.6], bare: false });
    if (perUnit) expect(found[0]!.perUnit).toBe(perUnit);
  });

  it("a falling pair or a measurement after the dash is no range", () => {
    expect(findMoney("$3.00 - 2 pcs free").map((m) => m.range)).toEqual([undefined]);
    expect(findMoney("$12 - 20 days lead time").map((m) => [m.value, m.range])).toEqual([[12, undefined]]);
  });
});

describe("findMoney: a code, a plus and a line break read as a buyer means them", () => {
  it("a dollar amount ending a line takes no currency code from the next line", () => {
    expect(read("small one $2.50\nCAD 3.30 for the big one")).toEqual([
      [2.5, "USD", null],
      [3.3, "CAD", null],
    ]);
  });

  it("what a coded dollar amount is per may follow its code", () => {
    expect(read("$ 45 cad per box")).toEqual([[45, "CAD", "box"]]);
    expect(read("$45 AUD each")).toEqual([[45, "AUD", "pcs"]]);
  });

  it("a count with a plus written onto it is a tier's 'and up', the price after it keeps its value", () => {
    expect(read("1000+ 2.10 per pc")).toEqual([[2.1, null, "pcs"]]);
    expect(read("5000+ USD 1.90")).toEqual([[1.9, "USD", null]]);
    // A sign before a number still makes it a tolerance, not an amount.
    expect(read("tolerance + 0.5")).toEqual([]);
    expect(read("±0.2 mm")).toEqual([]);
  });
});

describe("findMoney: thousands grouped with a space before the currency", () => {
  it("reads '390 000 Kč', '12 500 PLN' and '1 250,50 EUR' as one amount each", () => {
    expect(read("cca 390 000 Kč")).toEqual([[390000, "CZK", null]]);
    expect(read("12 500 PLN for the lot")).toEqual([[12500, "PLN", null]]);
    expect(read("1 250,50 EUR")).toEqual([[1250.5, "EUR", null]]);
  });

  it("but not a code's figures before a price ('CT-120 255元/套')", () => {
    expect(read("CT-120 255元/套")).toEqual([[255, "CNY", "sets"]]);
  });
});
