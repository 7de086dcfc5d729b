/**
 * findQuantities, rule by rule, at the edges a mutation run found unguarded: where a tier row starts, a count
 * added to the order, a pack written without spaces or in US spelling, a unit defined by another next to a count
 * restated in cartons, a count under its label with a price after a slash, a count after a multiplication sign
 * or before its price, a name that is only a size, a name spelt the other side's way, a name with a brand's
 * model number in it, counts each shipped their own way. Each row is what a buyer would see on the draft: how
 * many, of what, and whether it is the order, a pack, a minimum, a guess or a part shipped apart. A wrong row
 * here orders a carton's contents, drops a line or reads a model number as a count.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/core/extract/quantity.ts";

type Row = [value: number, unit: string | null, kind: string, written: string];

/** Every count read, with its unit, its kind and the words it was read from. */
const read = (text: string, nouns: string[] = ["mug", "stand"]): Row[] =>
  findQuantities(text, nouns).map((q) => [q.value, q.unit, q.kind, text.slice(q.start, q.end)]);
/** The counts ordered. */
const orders = (text: string, nouns: string[] = ["mug", "stand"]) =>
  findQuantities(text, nouns)
    .filter((q) => q.kind === "order")
    .map((q) => q.value);

describe("a tier row starts at the low end of its range", () => {
  it.each([
    ["10,000-19,999 pcs", 19999, 10000],
    ["1,000,000-4,999,999 pcs", 4999999, 1000000],
  ])("'%s' is %i pieces from %i", (text, value, from) => {
    expect(findQuantities(text).map((q) => [q.value, q.from])).toEqual([[value, from]]);
  });

  it("a range earlier in the sentence starts no tier ('size 10-12, 500 pcs')", () => {
    expect(findQuantities("size 10-12, 500 pcs").map((q) => [q.value, q.from ?? null])).toEqual([
      [500, null],
    ]);
  });
});

describe("a count with 'more' straight after it is added to the order", () => {
  it("'2 k pcs more' adds two thousand", () => {
    expect(read("2 k pcs more")).toEqual([[2000, "pcs", "increment", "2 k pcs"]]);
  });

  it("'more' after a later count leaves the first one the order ('500 pcs plus 100 more')", () => {
    expect(read("500 pcs plus 100 more")).toEqual([[500, "pcs", "order", "500 pcs"]]);
  });
});

describe("a few pieces packed in a box or bag", () => {
  it.each([
    ["6 pcs in a color box", 6],
    ["6 pcs in a giftbox", 6],
    ["3 pcs in color box", 3],
    ["12 pcs in opp bag", 12],
    ["Price for 12 pcs in opp bag", 12],
  ])("'%s' is how each is packed", (text, count) => {
    expect(read(text)).toEqual([[count, "pcs", "pack", `${count} pcs`]]);
  });

  it("a bag named later in the sentence leaves a small order the order ('order 10 pcs, each packed in polybag')", () => {
    expect(read("order 10 pcs, each packed in polybag")).toEqual([[10, "pcs", "order", "10 pcs"]]);
  });
});

describe("a count per year of goods named in two words is a rate, not the order", () => {
  it("'20,000 pairs of pool slides a year'", () => {
    expect(read("20,000 pairs of pool slides a year")).toEqual([[20000, "pairs", "pack", "20,000 pairs"]]);
  });
});

describe("a span of counts in words is a guess", () => {
  it("'3 k to 5 k pcs' is an estimate", () => {
    expect(read("3 k to 5 k pcs")).toEqual([[5000, "pcs", "estimate", "5 k pcs"]]);
  });

  it("a span of weeks before a count leaves the count the order ('lead time 5 to 6 weeks, 1000 pcs')", () => {
    expect(orders("lead time 5 to 6 weeks, 1000 pcs")).toEqual([1000]);
  });
});

describe("'up to' caps what the spec allows only right before its count", () => {
  it("'Logo printing up to 5 colours, order 500 pcs' orders 500", () => {
    expect(read("Logo printing up to 5 colours, order 500 pcs")).toEqual([[500, "pcs", "order", "500 pcs"]]);
  });

  it("'up to 6,000 pcs' is a limit, not an order", () => {
    expect(read("up to 6,000 pcs")).toEqual([[6000, "pcs", "estimate", "6,000 pcs"]]);
  });
});

describe("a listing's minimum order written after its count", () => {
  it.each(["500 Pieces(Min. Order)", "500 Pieces (Min.Order)"])("'%s' is the MOQ", (text) => {
    expect(read(text)).toEqual([[500, "pcs", "moq", "500 Pieces"]]);
  });

  it("a minimum named later in the sentence leaves the count the order ('We take 800 pcs, above your min. order')", () => {
    expect(read("We take 800 pcs, above your min. order")).toEqual([[800, "pcs", "order", "800 pcs"]]);
  });
});

describe("a MOQ governs only its own sentence", () => {
  it("'Min. order 1000 pcs with logo. MOQ 500 pcs plain': both are minimums", () => {
    expect(
      read("Min. order 1000 pcs with logo. MOQ 500 pcs plain").map(([value, , kind]) => [value, kind]),
    ).toEqual([
      [1000, "moq"],
      [500, "moq"],
    ]);
  });
});

describe("a unit defined by another orders nothing", () => {
  it.each(["1set=4pcs", "1 box=12pcs"])("'%s' written without spaces", (text) => {
    expect(orders(text)).toEqual([]);
  });

  it("a definition later in the sentence leaves the order the order ('500 sets, 1 set = 4 pcs')", () => {
    expect(read("500 sets, 1 set = 4 pcs")).toEqual([
      [500, "sets", "order", "500 sets"],
      [1, "sets", "pack", "1 set"],
      [4, "pcs", "pack", "4 pcs"],
    ]);
  });

  it("'1 set = 4 boxes' defines a set, however many boxes it fills", () => {
    expect(read("1 set = 4 boxes")).toEqual([[1, "sets", "pack", "1 set"]]);
  });

  it.each([
    ["1 pc = 1 dollar", 1],
    ["1 pc = 5 usd", 1],
    ["2000 pcs = 4000 usd", 2000],
  ])("a count set equal to money is no definition: '%s'", (text, count) => {
    expect(orders(text)).toEqual([count]);
  });
});

describe("an order restated in the cartons it fills is still the order", () => {
  it.each([
    ["2000pcs=200ctns", 2000],
    ["120 pcs = 10 carton", 120],
    ["2000 pcs = 200 ctn", 2000],
    ["2000 pcs = 200 cartons in total", 2000],
  ])("'%s' orders %i", (text, count) => {
    expect(orders(text)).toEqual([count]);
  });

  it("'6 pcs = 1 box, 600 pcs = 100 boxes': the box's contents pack, the 600 order", () => {
    expect(read("6 pcs = 1 box, 600 pcs = 100 boxes")).toEqual([
      [6, "pcs", "pack", "6 pcs"],
      [600, "pcs", "order", "600 pcs"],
    ]);
  });
});

describe("what a pack holds, in brackets after it", () => {
  it.each(["/ ctn (48 pairs)", "per ctn(48 pairs)"])("'%s' packs 48 pairs", (text) => {
    expect(read(text)).toEqual([[48, "pairs", "pack", "48 pairs"]]);
  });

  it("a count after the bracket is the order ('Packing /ctn (48 pairs), order 960 pairs')", () => {
    expect(read("Packing /ctn (48 pairs), order 960 pairs")).toEqual([
      [48, "pairs", "pack", "48 pairs"],
      [960, "pairs", "order", "960 pairs"],
    ]);
  });
});

describe("a labelled number with a price after a slash is no count", () => {
  it.each(["qty 500/8.6 usd", "qty 500 / 12 rmb", "qty 500/8.65 rmb", "qty 500/8.6usd", "qty 500/2 dollar"])(
    "'%s'",
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  it("a figure with a stray digit is no count ('Qty: 10,0000')", () => {
    expect(read("Qty: 10,0000")).toEqual([]);
  });
});

describe("a count after a multiplication sign", () => {
  it.each([
    ["mug x600", 600, "600"],
    ["mug × 12,000", 12000, "12,000"],
    ["labels x 1,000,000", 1000000, "1,000,000"],
    ["stand WT-5 x 600", 600, "600"],
    ["T-shirt 2XL x 300", 300, "300"],
    ["Samples: mug x2", 2, "2"],
  ])("'%s' orders %i, marked as a times count", (text, count, written) => {
    expect(
      findQuantities(text).map((q) => [q.value, q.kind, q.times ?? false, text.slice(q.start, q.end)]),
    ).toEqual([[count, "order", true, written]]);
  });

  it("'cushion 45cm x 45' is a size", () => {
    expect(read("cushion 45cm x 45")).toEqual([]);
  });

  it("a count of pieces times a number then its sum is a price line ('1000 pcs x 5=USD 5000')", () => {
    expect(read("1000 pcs x 5=USD 5000")).toEqual([[1000, "pcs", "order", "1000 pcs"]]);
  });

  it.each([
    ["Order 500 pcs. Samples: stand x 2 = USD 30", [500, 2]],
    ["stand x 2 = USD 30 and 500 pcs of mugs", [2, 500]],
  ])("a line's total beside a count of pieces elsewhere still counts it: '%s'", (text, counts) => {
    expect(orders(text)).toEqual(counts);
  });
});

describe("a count priced straight after it", () => {
  it.each([
    ["mug 12,000 @ $0.50", 12000, "12,000"],
    ["labels 1,200,000 at $0.03", 1200000, "1,200,000"],
    ["mug 300@0.72", 300, "300"],
    ["300 @ 12.50", 300, "300"],
  ])("'%s' orders %i", (text, count, written) => {
    expect(read(text)).toEqual([[count, null, "order", written]]);
  });

  it("a priced count before a counted one is still read ('mug 300 @ 0.72, stand 500 pcs @ 0.65')", () => {
    expect(read("mug 300 @ 0.72, stand 500 pcs @ 0.65")).toEqual([
      [300, null, "order", "300"],
      [500, "pcs", "order", "500 pcs"],
    ]);
  });
});

describe("a name that is only a size counts nothing by it", () => {
  it.each([
    ["we have 16 and 18 inch", "18 inch"],
    ["we have 330 and 500ml", "500ml"],
    ["we have 330 and 500 ml", "500 ml"],
    ["lengths 1 and 1.5 m", "1.5 m"],
    ["lengths 2 and 2.25 m", "2.25 m"],
    ["18 inch", "inch"],
  ])("'%s' with the name '%s'", (text, noun) => {
    expect(read(text, [noun])).toEqual([]);
  });

  it("a name that merely starts like a measure counts ('2000 insoles')", () => {
    expect(read("2000 insoles", ["insole"])).toEqual([[2000, null, "order", "2000 insoles"]]);
  });

  it("a head noun under three letters counts nothing by itself ('Order 200 TV')", () => {
    expect(read("Order 200 TV", ["tv"])).toEqual([]);
  });
});

describe("a name spelt the other side's way, or in its plural", () => {
  it.each([
    ["Order 200 colour cards", "color card", 200, "200 colour cards"],
    ["300 dark gray scarves", "dark grey scarf", 300, "300 dark gray scarves"],
    ["500 coffee mugs", "coffee mug", 500, "500 coffee mugs"],
  ])("'%s' counts the %s", (text, noun, count, written) => {
    expect(read(text, [noun])).toEqual([[count, null, "order", written]]);
  });

  it("a piece-count name is counted whole ('200 1000 piece puzzles')", () => {
    expect(read("200 1000 piece puzzles", ["1000 piece puzzle"])).toContainEqual([
      200,
      null,
      "order",
      "200 1000 piece puzzles",
    ]);
  });
});

describe("the goods' count changed by name", () => {
  it("'can we bump mugs to 200?' reads the new count", () => {
    expect(read("can we bump mugs to 200?")).toEqual([[200, null, "order", "200"]]);
  });

  it("a new count with its unit is read once ('increase the mugs to 500 pcs')", () => {
    expect(read("increase the mugs to 500 pcs")).toEqual([[500, "pcs", "order", "500 pcs"]]);
  });

  it.each([
    ["bump mugs to 300, and 200 pcs stand", [300, 200]],
    ["200 pcs stand, bump mugs to 300", [200, 300]],
  ])("another count in the sentence leaves the new one read: '%s'", (text, counts) => {
    expect(orders(text)).toEqual(counts);
  });
});

describe("bare counts listed after their goods' names share the counted one's unit", () => {
  it("after an earlier sentence ('Thanks. Muffin mould 2000, loaf pan 1500, baking mat 3000 pcs')", () => {
    expect(read("Thanks. Muffin mould 2000, loaf pan 1500, baking mat 3000 pcs")).toEqual([
      [2000, "pcs", "order", "2000"],
      [1500, "pcs", "order", "1500"],
      [3000, "pcs", "order", "3000 pcs"],
    ]);
  });

  it.each(["muffin mould 2000, loaf pan 1500, total 3500 pcs", "loaf pan 1500, 3000 pcs of baking mat"])(
    "a counted part that names no goods shares nothing: '%s'",
    (text) => {
      expect(read(text).filter(([, , , written]) => !/pcs/.test(written))).toEqual([]);
    },
  );
});

describe("counts each sent their own way split the order", () => {
  it.each([
    ["1500 pcs by air for launch, 1500 by sea", [[1500, "split"]]],
    [
      "1500 pcs by Air, 1500 pcs by Sea",
      [
        [1500, "split"],
        [1500, "split"],
      ],
    ],
    [
      "500 pcs by air, 2500 pcs by sea, total 3000 pcs",
      [
        [500, "split"],
        [2500, "split"],
        [3000, "order"],
      ],
    ],
    [
      "about 500 pcs by air, 2500 pcs by sea",
      [
        [500, "estimate"],
        [2500, "split"],
      ],
    ],
  ])("'%s'", (text, kinds) => {
    expect(findQuantities(text).map((q) => [q.value, q.kind])).toEqual(kinds);
  });
});

describe("a number after a brand's word is its model", () => {
  it.each([
    ["I need iPhone 16 cases", []],
    ["need Xiaomi 13 cases", []],
    ["need Ipad 10 cases", []],
    ["MacBook 200 sleeves", [200]],
    ["Samsung 300 clear TPU cases", [300]],
    ["we need 200 iPhone 16 cases", [200]],
  ])("'%s' orders %j", (text, counts) => {
    expect(orders(text, ["case", "sleeve"])).toEqual(counts);
  });
});
