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

describe("what each count is, wording by wording", () => {
  const kindOf = (text: string, nouns: string[] = []) => read(text, nouns);

  it.each([
    ["MOQ 500 pcs", 500],
    ["M.O.Q. 500 pcs", 500],
    ["minimum 500 pcs", 500],
    ["Minimum order 500 pcs", 500],
    ["min order 500 pcs", 500],
    ["min.order 500 pcs", 500],
    ["Min. order 500 pcs", 500],
    ["M.O.Q 500 pcs", 500],
    ["at least 500 pcs", 500],
    ["starting from 500 pcs", 500],
    ["起订量1000件", 1000],
    ["最小起订量 1000件", 1000],
    ["1000件起订, 起订 500件", 500],
  ])("'%s' states the minimum", (text, value) => {
    expect(kindOf(text).find((q) => q[0] === value)?.[2]).toBe("moq");
  });

  it.each([
    ["MOQ is 500 pcs, we need 800 pcs", "need"],
    ["MOQ is 500 pcs, we will take 800 pcs", "take"],
    ["MOQ is 500 pcs, we would order 800 pcs", "order"],
    ["MOQ is 500 pcs, we want 800 pcs", "want"],
    ["MOQ is 500 pcs, we can buy 800 pcs", "buy"],
    ["MOQ is 500 pcs, ok we will 800 pcs", "will"],
  ])("'%s': a count the buyer says they %s after the MOQ is the order", (text) => {
    expect(kindOf(text)).toEqual([
      [500, "pcs", "moq"],
      [800, "pcs", "order"],
    ]);
  });

  it.each([
    "MOQ is 500 pcs. 800 pcs is fine for us.",
    "MOQ is 500 pcs; 800 pcs is fine for us.",
    "What is the MOQ? 800 pcs is fine for us.",
  ])("'%s': an MOQ governs its own sentence only", (text) => {
    expect(kindOf(text).find((q) => q[0] === 800)?.[2]).toBe("order");
  });

  it.each([
    "100 pcs in a carton",
    "50 pcs in one box",
    "20 pcs in each polybag",
    "24 pcs in 1 display",
    "12 pcs each bag",
    "12 pcs a case",
    "10 sets to a carton",
    "50 pcs into one pallet",
    "20 pcs in each export carton",
    "20 pcs in one master carton",
    "20 pcs in each inner box",
    "20 pcs in one outer carton",
    "20 pcs in one shipping carton",
    "100pcs/carton",
    "1,000 pcs per reel",
    "5000pcs/month",
    "5000 pcs / month",
    "2 pcs per 5-ply carton",
    "2,000 pcs per 40ft container",
    "50个/箱",
    "per carton 50 pcs",
    "each carton 24 pcs",
    "pack of 6 pcs",
    "packs of 12 pcs",
    "set of 4 pcs",
    "sets of 2 pcs",
    "kit of 3 pcs",
    "USD 12 per 10 pcs",
    "3 pcs set",
    "3 pcs one set",
    "6 pcs in set",
    "2 pcs 1 kit",
  ])("'%s' is a pack or rate, not the order", (text) => {
    expect(kindOf(text).map((q) => q[2])).toEqual(["pack"]);
  });

  it.each([
    "We need 600 pcs, 50 pcs per carton",
    "We need 600 pcs, 50 pcs in a carton",
    "We need 600 pcs, capacity 5000 pcs/month",
    "We need 600 pcs of the 3 pcs set",
    "What is the price per piece for 600 pcs",
    "We need 600 units set up before the fair.",
    "Lead time ~30 days, we need 600 pcs",
    "A question about the lead time: we need 600 pcs",
    "If the price is right, we take 600 pcs.",
    "Qty 600, target $2.50",
  ])("'%s': the packing or condition elsewhere leaves 600 the order", (text) => {
    expect(kindOf(text).find((q) => q[0] === 600)?.[2]).toBe("order");
  });

  it.each([
    "about 500 pcs",
    "around 500 pcs",
    "approx. 500 pcs",
    "approx 500 pcs",
    "approximately 500 pcs",
    "roughly 500 pcs",
    "circa 500 pcs",
    "maybe 500 pcs",
    "estimated 500 pcs",
    "estimate 500 pcs",
    "~500 pcs",
    "~ 500 pcs",
    "Maybe we start with 500 pcs",
    "We will probably need 500 pcs",
    "perhaps 500 pcs for the first order",
  ])("'%s' is an estimate", (text) => {
    expect(kindOf(text)).toEqual([[500, "pcs", "estimate"]]);
  });

  it.each([
    "suppose we take 500 pcs",
    "supposing we take 500 pcs",
    "provided you have 500 pcs",
    "in case we need 500 pcs",
    "if we take 500 pcs",
  ])("'%s' orders nothing yet", (text) => {
    expect(kindOf(text)).toEqual([[500, "pcs", "hypothetical"]]);
  });

  it("a thousand written as k, with a unit or a product noun", () => {
    expect(read("2k pcs")).toEqual([[2000, "pcs", "order"]]);
    expect(read("1.5K sets")).toEqual([[1500, "sets", "order"]]);
    expect(read("we take 3k mugs", ["mug"])).toEqual([[3000, null, "order"]]);
  });

  it("a price or a word that only starts with a unit is no count", () => {
    expect(read("adjustable in 3 settings")).toEqual([]);
    expect(read("price ¥12件")).toEqual([]);
  });

  it("a labelled number that is money, a percentage or a decimal is no count", () => {
    expect(read("qty 30 % more")).toEqual([]);
    expect(read("quantity: 12,5%")).toEqual([]);
    expect(read("Qty 500 dollar")).toEqual([]);
    expect(read("Qty 500 dollars")).toEqual([]);
    expect(read("Quantity: 500 RMB")).toEqual([]);
  });

  it("a count is read once, with its place in the text", () => {
    expect(read("Quantity: 600 pcs")).toEqual([[600, "pcs", "order"]]);
    expect(read("800 pcs of mugs", ["mug"])).toEqual([[800, "pcs", "order"]]);
    const place = (text: string, nouns: string[] = []) =>
      findQuantities(text, nouns).map((q) => text.slice(q.start, q.end));
    expect(place("Hi, qty 600 please")).toEqual(["600"]);
    expect(place("we need 400 bedding set BS-Q 套 for the hotel", ["set"])).toEqual(["400 bedding set"]);
    expect(place("1,200 mugs and 300 pcs", ["mug"])).toEqual(["1,200 mugs", "300 pcs"]);
  });

  it("a labelled count and a count with a unit or a product noun, in either order, are both read", () => {
    expect(read("Item A 800 pcs; item B qty 600")).toEqual([
      [800, "pcs", "order"],
      [600, null, "order"],
    ]);
    expect(read("Qty 600, then 800 pcs later")).toEqual([
      [600, null, "order"],
      [800, "pcs", "order"],
    ]);
    expect(read("300 pcs of cups and 1,200 mugs", ["mug"])).toEqual([
      [300, "pcs", "order"],
      [1200, null, "order"],
    ]);
  });

  it("a size or volume before the product is no count of it", () => {
    expect(read("350 ml mugs, we take 3000 mugs", ["mug"])).toEqual([[3000, null, "order"]]);
    expect(read("11 oz mugs", ["mug"])).toEqual([]);
  });

  it("a count word after the product names the unit", () => {
    expect(read("we need 400 bedding set BS-Q 套 for the hotel", ["set"])).toEqual([[400, "sets", "order"]]);
    expect(read("we need 300 desk lamp DLX PCS for the shop", ["lamp"])).toEqual([[300, "pcs", "order"]]);
    expect(read("we need 300 desk lamp dlx pcs for the shop", ["lamp"])).toEqual([[300, "pcs", "order"]]);
  });
});

describe("a count in brackets after a pack says what the pack holds", () => {
  it.each([
    "2 box per carton (1 pair)",
    "20 dozen per ctn (240 pairs)",
    "50 pcs/bag (50 pcs)",
    "6 per box ( 6 sets)",
  ])("'%s' orders nothing", (text) => {
    expect(findQuantities(text).filter((q) => q.kind === "order")).toEqual([]);
  });

  it("a count in brackets after a name is still an order ('front (300 pairs)')", () => {
    expect(findQuantities("front (300 pairs)").map((q) => [q.value, q.kind])).toEqual([[300, "order"]]);
  });
});

describe("a list of bare counts before a counted one", () => {
  it.each([
    ["We'd need 300 / 500 / 250 pcs.", [300, 500, 250]],
    ["we need 300, 500 and 250 sets", [300, 500, 250]],
    ["qty 300/500/250 pcs", [300, 500, 250]],
    ["size 42, 500 pcs", [500]],
  ])("%j counts %j, each in the unit written last", (text, values) => {
    const found = findQuantities(text, []);
    expect(found.map((q) => q.value)).toEqual(values);
    expect(new Set(found.map((q) => q.unit)).size).toBe(1);
  });
});

describe("a measure between a number and the goods", () => {
  it.each([
    ["30 g jar with lid      USD 20.00", "jar"],
    ["250 ml bottle, amber", "bottle"],
    ["12 kg dumbbell pair", "dumbbell"],
  ])("%j counts no %s: the number is the size", (text, noun) => {
    expect(findQuantities(text, [noun])).toEqual([]);
  });

  it("the goods counted before their sizes still count: 'we need 800 ceramic mugs'", () => {
    expect(findQuantities("we need 800 ceramic mugs", ["mug"]).map((q) => q.value)).toEqual([800]);
  });

  it("'Quantities stay 3000 / 3000 / 1500 pcs' lists three counts", () => {
    expect(findQuantities("Quantities stay 3000 / 3000 / 1500 pcs.", []).map((q) => q.value)).toEqual([
      3000, 3000, 1500,
    ]);
  });
});

describe("counts of this round's chats", () => {
  it("a count in thousands with a decimal before its goods noun", () => {
    expect(read("We're thinking 1.5k chairs and 400 tables", ["chair", "table"])).toEqual([
      [1500, null, "order"],
      [400, null, "order"],
    ]);
    expect(read("2k pcs")).toEqual([[2000, "pcs", "order"]]);
  });

  it("a count per period after the goods it counts is a forecast, not the order", () => {
    expect(read("roughly 4,000 hinges and 800 pairs of slides a quarter to start", ["hinge"])).toEqual([
      [4000, null, "estimate"],
      [800, "pairs", "pack"],
    ]);
    expect(read("800 pairs of slides for the first order")).toEqual([[800, "pairs", "order"]]);
  });

  it("a number under a count label with another price after a slash is a price", () => {
    expect(read("500/1000 qty: 35 / 8.6 RMB")).toEqual([]);
    expect(read("qty: 35 / 40 boxes")).toEqual([[35, null, "order"]]);
  });
});
