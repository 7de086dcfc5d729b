/**
 * Goods sold by the metre or the kilogram: the quantity is written in the measure the price is per
 * ("3000 metres of canvas" at "EUR 2.20/m"), where elsewhere a number before "m" or "kg" is a size, a
 * weight or a pack.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const rows = (lines: string[]) =>
  draftOf(lines).items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice]);

describe("a quantity in the measure the price is per", () => {
  it("orders cloth by the metre", () => {
    expect(
      rows([
        "Buyer: we need 2500 metres of cotton poplin, white, 140 cm width",
        "Supplier: cotton poplin USD 1.95/m",
        "Buyer: ok deal",
      ]),
    ).toEqual([["cotton poplin", 2500, "metres", 1.95]]);
  });

  it("orders a powder by the kilogram, written with the number ('200kg')", () => {
    expect(
      rows([
        "Buyer: shea butter base 200kg please, what is the price?",
        "Supplier: shea butter base 6.40 USD per kg",
        "Buyer: 6.10/kg?",
        "Supplier: ok 6.10",
      ]),
    ).toEqual([["shea butter base", 200, "kg", 6.1]]);
  });

  it("gives each item of several its own metres, by the name beside the count", () => {
    const draft = rows([
      "Supplier: cotton twill EUR 1.80/m, linen blend EUR 3.40/m",
      "Buyer: we take twill 2000 m and linen blend 900 m",
      "Supplier: confirmed",
    ]);
    expect(draft).toEqual([
      ["cotton twill", 2000, "metres", 1.8],
      ["linen blend", 900, "metres", 3.4],
    ]);
  });
});

describe("a number before a measure that orders nothing", () => {
  it("a minimum, a pack and a size are no quantity", () => {
    for (const line of [
      "Supplier: MOQ 1000 m per colour",
      "Supplier: packed 50 m per roll",
      "Supplier: the roll is 100 m long",
    ]) {
      const [item] = rows([
        "Buyer: quote for cotton canvas please",
        `${line}, canvas EUR 2.30/m`,
        "Buyer: ok",
      ]);
      expect(item?.[1]).toBeNull();
      expect(item?.[3]).toBe(2.3);
    }
  });

  it("a count of rolls priced per roll keeps its count, whatever metres each roll holds", () => {
    expect(
      rows(["Buyer: LED strip 5 m per roll, 800 rolls, price?", "Supplier: USD 3.20/roll", "Buyer: ok"]),
    ).toEqual([["LED strip", 800, "rolls", 3.2]]);
  });

  it("an item counted in rolls keeps its rolls when their weight is said after, though priced per kg", () => {
    const [item] = draftOf([
      "Buyer: price for stretch film hand roll 500 mm?",
      "Supplier: 1.70 USD/kg, each roll net weight 2.5 kg",
      "Buyer: ok 1.70 per kg, we order 2,000 rolls",
      "Supplier: thank you, 2,000 rolls is 5,000 kg, total 8,500 USD",
    ]).items;
    expect([item?.quantity, item?.unit]).toEqual([2000, "rolls"]);
  });

  it("metres said beside an item priced per piece are its size, not its quantity", () => {
    const [item] = rows([
      "Buyer: HDMI cable 2 m, quote please",
      "Supplier: HDMI cable 2 m USD 1.10/pc",
      "Buyer: ok",
    ]);
    expect(item?.[1]).toBeNull();
  });
});

describe("hundreds of kilograms or metres before a name are the order, not the product's size", () => {
  it("'300 kg hex nuts ¥14, 200 kg flat washers ¥12' names the nuts and washers, each in kilograms", () => {
    const draft = rows([
      "Supplier: we sell by kg. M6 hex nut ¥14/kg, M6 flat washer ¥12/kg",
      "Buyer: ok. 300 kg hex nuts ¥14, 200 kg flat washers ¥12",
      "Supplier: 好的",
    ]);
    expect(draft.map(([name, count, unit]) => [name, count, unit])).toEqual([
      ["M6 hex nut", 300, "kg"],
      ["M6 flat washer", 200, "kg"],
    ]);
  });

  it("a small weight before a name is the product's size ('25 kg rice bag')", () => {
    const [item] = rows([
      "Buyer: quote for 25 kg rice bag, woven PP, 2000 pcs",
      "Supplier: 25 kg rice bag USD 0.21/pc",
      "Buyer: ok",
    ]);
    expect(item?.[0]).toMatch(/^25 kg rice bag/);
  });
});

describe("several goods counted apart in a measure, in one sentence", () => {
  it("'2000 kg of 30s, 1500 kg of 40s' makes each count of yarn an item, in kilograms", () => {
    expect(
      rows([
        "Buyer: Hi, we need combed cotton yarn: 2000 kg of 30s and 1500 kg of 40s. Price per kg?",
        "Supplier: 30s RMB 29.80/kg, 40s RMB 34.50/kg.",
        "Buyer: 29.20 and 33.20?",
        "Supplier: ok, 29.20 and 33.20.",
      ]).map(([, quantity, unit, price]) => [quantity, unit, price]),
    ).toEqual([
      [2000, "kg", 29.2],
      [1500, "kg", 33.2],
    ]);
  });

  it("'300 M, 200 L' counts sizes, not metres", () => {
    expect(
      rows([
        "Supplier: Nylon dog collar S 0.60, M 0.70, L 0.80 USD/pc.",
        "Buyer: 300 M and 200 L please.",
        "Supplier: ok.",
      ]).map(([, quantity]) => quantity),
    ).toEqual([300, 200]);
  });
});
