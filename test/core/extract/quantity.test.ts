import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/core/extract/quantity.ts";

const read = (text: string, nouns: string[] = []) =>
  findQuantities(text, nouns).map((q) => [q.value, q.unit, q.kind]);

describe("findQuantities", () => {
  it("reads counts with units, Chinese measure words and product nouns", () => {
    expect(read("I need 800 pcs")).toEqual([[800, "pcs", "order"]]);
    expect(read("2,000pcs and 600 sets")).toEqual([
      [2000, "pcs", "order"],
      [600, "sets", "order"],
    ]);
    expect(read("1000件, 50套")).toEqual([
      [1000, "pcs", "order"],
      [50, "sets", "order"],
    ]);
    expect(read("we will take 3000 mugs", ["mug"])).toEqual([[3000, null, "order"]]);
    expect(read("1000 luggage straps at US$1.35", ["strap"])).toEqual([[1000, null, "order"]]);
  });

  it("a count under its label, and a count word written after the product and its code", () => {
    expect(read("Quantity: 1,200, price?")).toEqual([[1200, null, "order"]]);
    expect(read("desk fan DF-3, qty 600")).toEqual([[600, null, "order"]]);
    expect(read("qty 30% more")).toEqual([]);
    expect(read("we need 400 bedding set BS-Q 套", ["set"])).toEqual([[400, "sets", "order"]]);
  });

  it("counts a product noun in its irregular plural", () => {
    expect(read("1,000 paring knives", ["knife"])).toEqual([[1000, null, "order"]]);
    expect(read("100 lithium batteries", ["battery"])).toEqual([[100, null, "order"]]);
    expect(read("40 book shelves", ["shelf"])).toEqual([[40, null, "order"]]);
  });

  it("a count after a multiplication sign beside a name or code, never a size", () => {
    expect(read("Walkie talkie WT-5 x 600 @ $12.40")).toEqual([[600, null, "order"]]);
    expect(read("Charging dock × 1,200")).toEqual([[1200, null, "order"]]);
    expect(read("cutting board 38 x 28 cm")).toEqual([]);
    expect(read("pillow 50cm x 70cm")).toEqual([]);
    expect(read("Lip gloss 8ml x 5000 pcs @ $0.42")).toEqual([[5000, "pcs", "order"]]);
  });

  it("a count on a condition orders nothing: what-if questions and conditional counter-offers", () => {
    expect(read("What if we take 2,000 pcs?")).toEqual([[2000, "pcs", "hypothetical"]]);
    expect(read("Can do $1.20 for 1,000 pcs, or $1.10 if you take 3,000 pcs.")).toEqual([
      [1000, "pcs", "order"],
      [3000, "pcs", "hypothetical"],
    ]);
    expect(read("In case you need 5000 sets, lead time is longer.")).toEqual([
      [5000, "sets", "hypothetical"],
    ]);
  });

  it("tells the MOQ from the order quantity, for the whole MOQ clause", () => {
    expect(read("MOQ is 500 pcs")).toEqual([[500, "pcs", "moq"]]);
    expect(read("MOQ 1000 pcs for custom logo, 500 pcs for neutral packing")).toEqual([
      [1000, "pcs", "moq"],
      [500, "pcs", "moq"],
    ]);
    expect(read("minimum order quantity 300 sets. We need 450 sets.")).toEqual([
      [300, "sets", "moq"],
      [450, "sets", "order"],
    ]);
  });

  it("tells pack counts from the order quantity", () => {
    expect(read("100 pcs per carton")).toEqual([[100, "pcs", "pack"]]);
    expect(read("20 pcs per master carton")).toEqual([[20, "pcs", "pack"]]);
    expect(read("6 sets per export carton")).toEqual([[6, "sets", "pack"]]);
    expect(read("3 pcs set")).toEqual([[3, "pcs", "pack"]]);
  });
});
