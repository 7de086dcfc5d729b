/**
 * Lines of one product told apart by a size or a colour: what each line is named (the product the chat opened
 * with when the words before the label only give its material), how colours written short ("blk", "brn") and
 * counts after "x" are read, and a quote that names the product anew over colour lines. Chats written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { findSpecs } from "../../../src/core/extract/specs.ts";
import { isMaterialWord } from "../../../src/core/extract/words/materials.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const rows = (lines: readonly string[]) =>
  draftOf(lines).items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice]);

describe("a size line whose words before the label give only the material", () => {
  const chat = (opening: string) => [
    `Supplier: Hi, here is the quotation for ${opening}, 2 colour print one side:`,
    "Supplier: Size M 26x12x32cm, 120gsm brown kraft: USD 118/1000pcs. Size L 32x17x44cm, 140gsm brown kraft: USD 176/1000pcs.",
    "Buyer: we need 20k of M and 10k of L",
    "Supplier: ok, 118 and 176 per 1000pcs",
    "Buyer: confirmed",
  ];

  it("is named by the product the chat opened with", () => {
    expect(rows(chat("kraft paper bags with twisted handle"))).toEqual([
      ["kraft paper bag M 26x12x32cm", 20000, "pcs", 0.118],
      ["kraft paper bag L 32x17x44cm", 10000, "pcs", 0.176],
    ]);
  });

  it("keeps the words before the label when the chat opened with no product", () => {
    expect(rows(chat("your order")).map(([name]) => name)).toEqual([
      "140gsm brown kraft M",
      "140gsm brown kraft L",
    ]);
  });
});

describe("colour lines named after the product, however the quote names its material", () => {
  it("a colour line under a material phrase takes the chat's product: 'loop band 600 x 50 mm, 100% natural latex'", () => {
    expect(
      rows([
        "Buyer: ready to move on the loop bands. 5000 pcs total",
        "Supplier: Loop band 600 x 50 mm, 100% natural latex: 0.46 USD/pc for yellow, red, green",
        "Buyer: yellow 2000, red 2000, green 1000",
        "Supplier: ok",
      ]).map(([name]) => name),
    ).toEqual(["yellow loop band", "red loop band", "green loop band"]);
  });

  it("colours written short and counts after 'x' name their lines: '5.50 blk x 500 and 5.80 brn x 300'", () => {
    expect(
      rows([
        "Buyer: price for mens leather belt?",
        "Supplier: leather belt USD 6.20/pc. MOQ 300pcs per colour",
        "Buyer: qty 300 black + 300 brown. tgt price 5.00",
        "Supplier: black 5.50. brown 5.80. final",
        "Buyer: ok 5.50 blk x 500 and 5.80 brn x 300",
      ]).map(([, quantity, , price]) => [quantity, price]),
    ).toEqual([
      [500, 5.5],
      [300, 5.8],
    ]);
  });

  it("a quote naming the product anew ('cowhide belt') prices the colour lines", () => {
    expect(
      rows([
        "Buyer: Hi, interested in your mens leather belt. price?",
        "Supplier: cowhide belt USD 6.20/pc. MOQ 300pcs per colour",
        "Buyer: qty 300 black + 300 brown",
        "Supplier: ok confirmed",
      ]).map(([, quantity, , price]) => [quantity, price]),
    ).toEqual([
      [300, 6.2],
      [300, 6.2],
    ]);
  });

  it("a quote naming other goods with the same head still prices none of the lines", () => {
    expect(
      rows([
        "Buyer: Hi, interested in your mens leather belt. price?",
        "Supplier: leather belt USD 6.20/pc. MOQ 300pcs per colour",
        "Supplier: kids belt USD 2.10/pc",
        "Buyer: qty 300 black + 300 brown",
        "Supplier: ok confirmed",
      ]).map(([, , , price]) => price),
    ).toEqual([6.2, 6.2]);
  });
});

describe("what a size holds or weighs is no line of the order", () => {
  it("'handle load tested: M 5 kg, L 8 kg' counts nothing", () => {
    expect(
      rows([
        "Supplier: kraft paper bags: M USD 0.12/pc, L USD 0.18/pc",
        "Buyer: we need 20000 M and 10000 L",
        "Supplier: ok. handle load tested: M 5 kg, L 8 kg",
        "Buyer: confirmed",
      ]).map(([, quantity, unit]) => [quantity, unit]),
    ).toEqual([
      [20000, "pcs"],
      [10000, "pcs"],
    ]);
  });
});

describe("materials, one word each", () => {
  it.each(["latex", "Kraft", "cowhide", "polyester", "stainless", "cork"])("%s is a material", (word) => {
    expect(isMaterialWord(word)).toBe(true);
  });

  it.each(["bag", "band", "belt", "handle"])("%s is goods", (word) => {
    expect(isMaterialWord(word)).toBe(false);
  });

  it("a fibre or a wax the spec reader did not know is read as the material", () => {
    expect(findSpecs("merino wool blend").map((spec) => spec.attribute)).toContain("material");
    expect(findSpecs("beeswax candle").map((spec) => spec.attribute)).toContain("material");
  });

  it("a share of a material beside a price is no payment talk", () => {
    expect(
      rows([
        "Buyer: we need 500 belts, price?",
        "Supplier: Belt 35mm, 100% cowhide: USD 5.80/pc",
        "Buyer: ok deal",
      ]).map(([, , , price]) => price),
    ).toEqual([5.8]);
  });
});

describe("a count times the variant it is of", () => {
  it("'qty 600 x 50W and 300 x 100W' counts each power", () => {
    expect(
      rows([
        "Buyer: we need LED flood lights, 50W and 100W, IP66. Price?",
        "Supplier: 50W USD 7.60, 100W USD 12.90. MOQ 100 pcs per model",
        "Buyer: qty 600 x 50W and 300 x 100W. Target 6.90 / 11.80",
        "Supplier: OK 6.90 and 11.80 confirmed",
      ]).map(([, quantity, , price]) => [quantity, price]),
    ).toEqual([
      [600, 6.9],
      [300, 11.8],
    ]);
  });

  it("a count times a length is a size, no line", () => {
    expect(
      rows([
        "Buyer: we need 2000 pcs of the cutting board, 600 x 400 mm. Price?",
        "Supplier: USD 3.20/pc",
        "Buyer: ok",
      ]).map(([, quantity, , price]) => [quantity, price]),
    ).toEqual([[2000, 3.2]]);
  });
});

describe("colour lines said in Chinese and counted by Chinese measure words", () => {
  it("'Black 1,200 條' and '黑色 9.80 x 1200' name the same line", () => {
    expect(
      rows([
        "Buyer: reflective nylon leash 1.5m, black and orange. Price in HKD please.",
        "Supplier: black one HK$10.50, orange one HK$11.20",
        "Buyer: Black 1,200 條, orange 800 條. Black 9.50 orange 10.20 ok?",
        "Supplier: black can do 9.80, orange 10.50, this is really the best.",
        "Buyer: OK 黑色 9.80 x 1200, 橙色 10.50 x 800. Deal.",
      ]),
    ).toEqual([
      ["Black reflective nylon leash", 1200, "pcs", 9.8],
      ["orange reflective nylon leash", 800, "pcs", 10.5],
    ]);
  });

  it.each([
    ["1200条", "pcs"],
    ["300支", "pcs"],
    ["50台", "units"],
  ])("%s counts in %s", (text, unit) => {
    expect(findQuantities(text).map((q) => q.unit)).toEqual([unit]);
  });
});

describe("a voice message's label before its transcript", () => {
  it("is no part of what was said: '[Voice 0:38 | 转文字: ...]' names no product 'Voice'", () => {
    const names = rows([
      "Buyer: 想落單 reflective nylon leash, black and orange. Price in HKD please.",
      "Supplier: [Voice 0:38 | 转文字: Hi Ken, black one HK$10.50, orange one HK$11.20, MOQ 500 per colour]",
      "Buyer: Black 1,200 pcs, orange 800 pcs, ok",
      "Supplier: [voice note 0:12] ok confirmed",
    ]).map(([name]) => String(name));
    expect(names.join(" | ")).not.toMatch(/voice/i);
    expect(names).toHaveLength(2);
  });

  it("the evidence quotes what was said, inside the line as written", () => {
    const draft = draftOf([
      "Buyer: reflective leash 1,200 pcs, price?",
      "Supplier: [Voice 0:38 | 转文字: Hi Ken, leash HK$10.50 each]",
      "Buyer: ok deal",
    ]);
    const quote = draft.evidence.find((e) => e.field === "items[0].unitPrice")?.quote ?? "";
    expect(quote).toContain("HK$10.50");
    expect(quote.startsWith("[Voice")).toBe(false);
  });
});
