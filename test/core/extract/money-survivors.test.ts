/**
 * findMoney and its helpers at the edges a second mutation run of money.ts found still unguarded: telephone
 * numbers in signatures (spaced, bracketed, French pairs, an extension after a slash), currencies counted in
 * whole units and the code written after a dollar sign, promo days and "sample" near a price, a count "a set"
 * against a price "a pair", runs of spaces, a tier table beside a packing note, amounts listed before one put
 * per a lot, model names, a tolerance's sign and a brand in capitals, and pack lines whose "sum" is a count.
 * Each row is what a buyer would see on the draft: a wrong one prices a phone number or a model, loses a
 * price, takes the wrong currency, or divides a price by a lot it was never put per.
 */
import { describe, expect, it } from "vitest";
import { findMoney, multipliesOut, wholeUnits } from "../../../src/core/extract/money.ts";

const amounts = (text: string) => findMoney(text).map((m) => m.value);
/** Every amount with its currency, unit and the words it was read from. */
const read = (text: string) =>
  findMoney(text).map((m) => [m.value, m.currency, m.perUnit, text.slice(m.start, m.end)]);

describe("the figures of a telephone number in a signature are no amounts", () => {
  it.each([
    "Tel +86 755 8123 4567",
    "Tel +86 (20) 8123 4567",
    "Tel: +44(0)20 7946 0958",
    "WhatsApp: +86 13826144417",
    "WhatsApp: +86 138-2614-4417",
    "Tel: +86 755 8123 4567/4568",
    "Tel +33 1 42 68 53 00 (Paris office)",
  ])("only the price is read beside '%s'", (signature) => {
    const text = `USD 2.35/pc FOB Shenzhen\n\nBest regards,\nAmy Chen\n${signature}\nShenzhen Bright Packaging Co., Ltd.`;
    expect(read(text)).toEqual([[2.35, "USD", "pcs", "USD 2.35/pc"]]);
  });
});

describe("currencies counted in whole units read a dot as a thousands mark", () => {
  it.each([
    ["ARS 12.500", 12500, "ARS"],
    ["KRW 15.000", 15000, "KRW"],
    ["HUF 2.490", 2490, "HUF"],
    ["$45.000 UYU", 45000, "UYU"],
  ])("'%s' is %d %s", (text, value, currency) => {
    expect(read(text)).toEqual([[value, currency, null, text]]);
  });

  it.each([
    ["$2.490 CLP + IVA", "$2.490 CLP"],
    ["$2.490 clp + IVA", "$2.490 clp"],
  ])("the code after a dollar sign, in either case, is read with the amount ('%s')", (text, written) => {
    expect(read(text)).toEqual([[2490, "CLP", null, written]]);
  });

  it("a decimal comma after the thousands stays decimal ('ARS 1.250,50')", () => {
    expect(read("ARS 1.250,50")).toEqual([[1250.5, "ARS", null, "ARS 1.250,50"]]);
  });

  it.each([
    ["85.000", "PYG", 85000],
    ["2.490", "ISK", 2490],
    ["1.250.000", "IDR", 1250000],
  ])("'%s' %s is %d", (raw, currency, value) => {
    expect(wholeUnits(raw, currency)).toBe(value);
  });

  it("four figures before the dot are no thousands group ('2490.000' forints)", () => {
    expect(wholeUnits("2490.000", "HUF")).toBeNull();
  });
});

describe("a currency code after the figure names a dollar only right after a dollar sign per nothing", () => {
  it("'USD 2.50' above 'AUD 3.40' are two prices in two currencies", () => {
    expect(read("USD 2.50\nAUD 3.40")).toEqual([
      [2.5, "USD", null, "USD 2.50"],
      [3.4, "AUD", null, "AUD 3.40"],
    ]);
  });

  it("'$2.50/pc' above 'CAD 3.30/pc' are two prices in two currencies", () => {
    expect(read("$2.50/pc\nCAD 3.30/pc")).toEqual([
      [2.5, "USD", "pcs", "$2.50/pc"],
      [3.3, "CAD", "pcs", "CAD 3.30/pc"],
    ]);
  });
});

describe("a shopping day named by its date, and only the number right before its word", () => {
  it.each(["we need stock for the 9.9 promo", "ready before the 11.11 shopping day"])(
    "'%s' holds no amount",
    (text) => {
      expect(amounts(text)).toEqual([]);
    },
  );

  it("a price before the day's name is still a price ('can do 1.20 for the 11.11 sale')", () => {
    expect(amounts("can do 1.20 for the 11.11 sale")).toEqual([1.2]);
  });
});

describe("'sample' counts only the number right before it", () => {
  it("a price with samples asked later in the sentence is read", () => {
    expect(amounts("ok 2.10 is fine, please send sample first")).toEqual([2.1]);
  });
});

describe("a count put 'a set' against a price put 'a pair'", () => {
  it("a whole number 'a set' counts what a set holds", () => {
    expect(read("inner packing 12 a set")).toEqual([[12, null, null, "12"]]);
  });

  it("a number with its decimals 'a pair' is a price per pair", () => {
    expect(read("can do 2.5 a pair")).toEqual([[2.5, null, "pairs", "2.5 a pair"]]);
  });
});

describe("a run of spaces reads as one", () => {
  it("a bare price then two spaces before 'per 100' is put per the hundred", () => {
    expect(read("iPhone 16 can do 112  per 100")).toEqual([[1.12, null, "pcs", "112  per 100"]]);
  });

  it("a whole number then two spaces before 'a set' still counts the set", () => {
    expect(read("inner packing 12  a set")).toEqual([[12, null, null, "12"]]);
  });
});

describe("a tier table is no price per a lot", () => {
  it("a packing note with 'per' later in the sentence leaves the tiers whole", () => {
    expect(amounts("15.20 / 1000 pcs, 14.30 / 5000 pcs, packing 100 pcs per carton")).toEqual([15.2, 14.3]);
  });

  it("tiers written without spaces ('USD 2.90/1000pcs-USD 2.55/5000pcs')", () => {
    const found = findMoney("USD 2.90/1000pcs-USD 2.55/5000pcs");
    expect(found.map((m) => [m.value, m.currency, m.lot])).toEqual([
      [2.9, "USD", undefined],
      [2.55, "USD", undefined],
    ]);
  });
});

describe("amounts listed before one put per a lot", () => {
  it("a fee on the line above keeps its own price ('Sample fee USD 85' over 'USD 72 per 100 pcs')", () => {
    expect(amounts("Sample fee USD 85\nUSD 72 per 100 pcs")).toEqual([85, 0.72]);
  });

  it("a price put per one piece keeps its own price ('USD 41 / 1 pc, bulk USD 38 per 1000 pcs')", () => {
    expect(amounts("sample USD 41 / 1 pc, bulk USD 38 per 1000 pcs")).toEqual([41, 0.038]);
  });

  it("an amount read with the slash after it is put per the lot of the next ('41 USD / 38 USD per 1000 pcs')", () => {
    expect(read("41 USD / 38 USD per 1000 pcs")).toEqual([
      [0.041, "USD", "pcs", "41 USD / "],
      [0.038, "USD", "pcs", "38 USD per 1000 pcs"],
    ]);
  });

  it("amounts parted by a bare slash are all put per the lot ('USD 78/USD 72/USD 88 per 100 pcs')", () => {
    expect(amounts("USD 78/USD 72/USD 88 per 100 pcs")).toEqual([0.78, 0.72, 0.88]);
  });
});

describe("a model name before a whole number", () => {
  it.each([
    ["wall mount for eufyCam 3, price 1.20", [1.2]],
    ["laptop sleeve for CHROMEBOOK 14, USD 3.20/pc", [3.2]],
  ])("'%s' prices only the goods", (text, values) => {
    expect(amounts(text)).toEqual(values);
  });
});

describe("a tolerance's sign and a brand in capitals make no amount", () => {
  it.each(["±0.2 is fine for us", "we will send 2 IPhone cases for check"])("'%s'", (text) => {
    expect(amounts(text)).toEqual([]);
  });
});

describe("a line multiplies out only with its sum right after the equals sign, not a count of pieces", () => {
  const line = (text: string) => {
    const found = findMoney(text);
    return multipliesOut(text, found[0]!, found[1]);
  };

  it.each([
    ["200 pcs x 5 (ctns) = 1000", false],
    ["200 pcs x 5 = 1000 pcs, total USD 1000", false],
    ["3000 pcs x 0.50 = USD 1,500", true],
  ])("'%s' multiplies out: %s", (text, out) => {
    expect(line(text)).toBe(out);
  });
});
