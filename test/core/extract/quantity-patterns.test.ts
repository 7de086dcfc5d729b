/**
 * findQuantities, one row per way a count is written or ruled out: a unit defined by another, a few pieces
 * packed in a bag, a labelled count in English or Chinese, a count after a multiplication sign or before its
 * price, a pack's contents in brackets, a tier's range, a count added to the order. Each row is what a buyer
 * reads in that sentence.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const read = (text: string) =>
  findQuantities(text, ["mug", "stand"]).map((q) => [q.value, q.unit, q.kind, q.from ?? null]);
const orders = (text: string) =>
  findQuantities(text, ["mug", "stand"])
    .filter((q) => q.kind === "order")
    .map((q) => q.value);

describe("a unit defined by another orders nothing", () => {
  it.each(["1 set = 4 pcs", "1 set equals 4 pcs", "1 set equal 4 pcs", "1 box = 12 pcs"])("'%s'", (text) => {
    expect(orders(text)).toEqual([]);
  });
  it("a total after an equals sign still orders", () => {
    expect(orders("total = 500 pcs")).toEqual([500]);
  });
});

describe("a few pieces in a bag or box is how each is packed", () => {
  it.each([
    "1 pc in opp bag",
    "2 pairs in PE bag",
    "1 pc in poly bag",
    "2 pcs in kraft box",
    "1 pc in zipper bag",
    "1 pc in individual box",
    "1 pc in white box",
    "3 pcs in colour box",
    "1 pc in gift box",
    "1 pc in a box",
    "2 pcs in blister",
  ])("'%s' is a pack", (text) => {
    expect(read(text)[0]?.[2]).toBe("pack");
  });
  it.each([
    ["500 pcs in opp bag", 500],
    ["2000 pcs in colour box", 2000],
  ])("'%s' is the order all the same", (text, count) => {
    expect(orders(text)).toEqual([count]);
  });
});

describe("what a thing holds, counted right after it", () => {
  it.each([
    "gift box with 6 mugs",
    "display stand w/ 12 mugs",
    "mug tree 30 cm with 6 mugs",
    "tray containing 24 mugs",
    "wooden puzzle including 20 pcs",
    "mug set with 4 pcs",
  ])("'%s' is a pack", (text) => {
    expect(read(text).map((q) => q[2])).toEqual(["pack"]);
  });
  it.each([
    ["ok, we go with 600 mugs", 600],
    ["fine with 500 pcs", 500],
    ["start with 300 stands", 300],
  ])("'%s' after a verb orders", (text, count) => {
    expect(orders(text)).toEqual([count]);
  });
  it("the order count beside the content count", () => {
    const draft = draftOf([
      "Supplier: shape sorter cube 12 x 12 x 12 cm with 6 shapes, USD 2.70/pc",
      "Buyer: 300 pcs please",
      "Supplier: ok 300 pcs shape sorter cube with 6 shapes",
    ]);
    expect(draft.items.map((item) => item.quantity)).toEqual([300]);
  });
});

describe("counts after a multiplication sign, listed with commas", () => {
  it("'50 ml x 6000, 100 ml x 4000, 200 ml x 2000': each size's count", () => {
    expect(orders("amber mug please: 50 ml x 6000, 100 ml x 4000, 200 ml x 2000")).toEqual([
      6000, 4000, 2000,
    ]);
  });
  it.each(["box 30 x 40, lid 20 x 20.", "stand 12 x 8,5 cm", "battery 2600 mAh x2. FCC and CE"])(
    "'%s' orders none",
    (text) => {
      expect(orders(text)).toEqual([]);
    },
  );
});

describe("a count under its label", () => {
  it.each([
    ["qty 600", 600],
    ["Qty: 600", 600],
    ["Quantity: 1,200", 1200],
    ["order quantity = 800", 800],
    ["数量：300", 300],
    ["订单数量: 1,200", 1200],
  ])("'%s' orders %i", (text, count) => {
    expect(orders(text)).toEqual([count]);
  });
  it.each(["qty 600%", "qty 600 usd", "qty 600 元", "qty: 35 / 8.6 RMB", "qty 600/ 8.6 usd"])(
    "'%s' counts nothing",
    (text) => {
      expect(orders(text)).toEqual([]);
    },
  );
});

describe("a count after a multiplication sign or before its price", () => {
  it.each([
    ["stand WT-5 x 600 @ $12.40", [600]],
    ["mug x 600 and stand x 300", [600, 300]],
    ["mug × 1,200", [1200]],
    ["mug 300 @0.72", [300]],
    ["300 at $0.72", [300]],
    ["300 at 0.72", [300]],
    ["300 at usd 0.72", [300]],
    ["1,500 @ €2.10", [1500]],
  ])("'%s' orders %j", (text, counts) => {
    expect(orders(text)).toEqual(counts);
  });
  it.each(["mug x 600mm", "mug 40 x 600 cm", "stand x 600 x 300"])("'%s' is a size", (text) => {
    expect(orders(text)).toEqual([]);
  });
});

describe("what a pack holds, in brackets after it", () => {
  it.each([
    ["per ctn (48 pairs)", 48, "pairs"],
    ["/box (12 pcs)", 12, "pcs"],
    ["2 box per carton (1 pair)", 1, "pairs"],
    ["per polybag ( 6 pcs)", 6, "pcs"],
  ])("'%s' packs %i %s", (text, count, unit) => {
    expect(read(text)).toContainEqual([count, unit, "pack", null]);
  });
});

describe("a tier's range of counts", () => {
  it.each([
    ["500-999 pcs", [999, "pcs", "order", 500]],
    ["500 - 999 pcs", [999, "pcs", "order", 500]],
    ["1,000-2,999 pcs", [2999, "pcs", "order", 1000]],
    ["3000+ pcs", [3000, "pcs", "order", 3000]],
    ["3k+ pcs", [3000, "pcs", "order", 3000]],
    ["3 k+ pcs", [3000, "pcs", "order", 3000]],
  ])("'%s' starts at its low end", (text, mention) => {
    expect(read(text)).toEqual([mention]);
  });
});

describe("a count added to the order", () => {
  it.each(["200 pcs more", "200 more mugs", "2k pcs more", "200 sets more"])(
    "'%s' is an increment",
    (text) => {
      expect(read(text).map(([, , kind]) => kind)).toEqual(["increment"]);
    },
  );
});

describe("a list naming goods and counting them bare before one counted in its word", () => {
  it.each([
    ["Quantities: muffin mould 2000, loaf pan 1500, baking mat 3000 pcs.", [2000, 1500, 3000]],
    ["Quantities: muffin 2000, loaf 1500, mat 3000 pcs.", [2000, 1500, 3000]],
    ["black 600, olive 600, grey 1,200 pairs", [600, 600, 1200]],
    ["qty: mug 300, stand: 500, lid 800 sets", [300, 500, 800]],
  ])("'%s' counts each in the last one's word", (text, counts) => {
    const found = findQuantities(text, []).filter((q) => q.kind === "order");
    expect(found.map((q) => q.value)).toEqual(counts);
    expect(new Set(found.map((q) => q.unit)).size).toBe(1);
  });

  it.each([
    ["price usd 2000, mat 3000 pcs", [3000]],
    ["sample 20, mat 3000 pcs", [3000]],
    ["model 2000, mat 3000 pcs", [3000]],
    ["style 2000, mat 3000 pcs", [3000]],
    ["iPhone 16, 3000 pcs", [3000]],
  ])("'%s' counts only what a buyer would (%j)", (text, counts) => {
    expect(orders(text)).toEqual(counts);
  });
});

describe("count words written short", () => {
  it.each([
    ["600 prs RW-P12", [600, "pairs", "order", null]],
    ["20 prs/ctn", [20, "pairs", "pack", null]],
    ["500 nos brass elbow", [500, "pcs", "order", null]],
  ])("'%s'", (text, mention) => {
    expect(read(text)).toEqual([mention]);
  });
});

describe("a count of the goods named in full after 'of the'", () => {
  const counts = (text: string) => findQuantities(text, ["mat"]).map((q) => [q.value, q.kind]);
  it.each([
    ["2.5k of the double layer EVA cat litter mat", [[2500, "order"]]],
    ["3000 of the grey silicone cat mats please", [[3000, "order"]]],
    ["800 of the mats", [[800, "order"]]],
  ])("'%s'", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it("without 'of the', no more than three words stand between the count and the goods", () => {
    expect(counts("2 colours in the double layer EVA cat litter mat")).toEqual([]);
  });
});

describe("a count of goods times a number, then their sum", () => {
  it.each(["1000 pcs x5 = USD 5000", "1000 pcs x 5 = USD 5000", "1000 pcs × 5 = 5000 usd"])(
    "'%s' orders 1000: the 5 is the price",
    (text) => {
      expect(findQuantities(text).map((q) => q.value)).toEqual([1000]);
    },
  );

  it("'5.50 blk x 500 = 2750' still counts 500: a price times a count", () => {
    expect(findQuantities("5.50 blk x 500 = 2750").map((q) => q.value)).toEqual([500]);
  });
});

describe("an order restated in the cartons it fills", () => {
  it.each([
    ["Qty: 2,000 pcs = 200 cartons", [[2000, "pcs", "order", null]]],
    ["order 600 sets = 50 ctns", [[600, "sets", "order", null]]],
    ["10 pcs = 1 carton", [[10, "pcs", "pack", null]]],
    [
      "720 pcs = 20 cartons x 36 pcs",
      [
        [720, "pcs", "pack", null],
        [36, "pcs", "order", null],
      ],
    ],
  ])("%j reads %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a span of counts in words is a guess, not an order", () => {
  it.each([
    ["We may need 500 to 1000 pieces for the autumn", [1000, "pcs", "estimate", null]],
    ["Wir brauchen 500 bis 1000 Stück", [1000, "pcs", "estimate", null]],
    ["necesitamos 300 a 500 piezas", [500, "pcs", "estimate", null]],
    ["potrzebujemy 200 do 400 sztuk", [400, "pcs", "estimate", null]],
    ["around 1k to 2k pcs", [2000, "pcs", "estimate", null]],
  ])("'%s'", (text, read1) => expect(read(text)).toEqual([read1]));

  it.each([
    ["0.72 ok, we raise PB-75 to 5,000 pcs", [5000]],
    ["ok, increase from 300 to 500 pcs", [500]],
  ])("'%s' still orders", (text, counts) => expect(orders(text)).toEqual(counts));
});

describe("a hedge in the buyer's own language makes the count a guess", () => {
  it.each([
    "we may order 800 pcs",
    "Wir brauchen vielleicht 800 Stück",
    "eventuell 800 Stück",
    "quizás 800 piezas",
    "tal vez 800 piezas",
    "peut-être 800 pièces",
  ])("'%s'", (text) => expect(read(text)).toEqual([[800, "pcs", "estimate", null]]));

  it("'ship by May' hedges nothing", () => expect(orders("we need 1000 pcs, ship by May")).toEqual([1000]));
});

describe("pieces in the buyer's own language", () => {
  it.each([
    ["Wir bestellen 800 Stück", 800],
    ["800 Stk. bitte", 800],
    ["300 piezas por favor", 300],
    ["200 pièces svp", 200],
    ["150 pezzi", 150],
    ["120 peças", 120],
    ["100 sztuk", 100],
    ["300 szt - 31,50 zł", 300],
  ])("'%s'", (text, count) => expect(read(text)).toEqual([[count, "pcs", "order", null]]));
});

describe("a listing's minimum order written after its count", () => {
  it.each([
    "US$ 3.20 - 5.80 / Piece | 500 Pieces (Min. Order)",
    "500 pcs (minimum order)",
    "500 pcs min qty",
    "500 pcs (Minimum quantity)",
  ])("'%s' is the MOQ", (text) => expect(read(text).map((q) => q[2])).toEqual(["moq"]));

  it("a listing line cut at 'Min.' still reads as the minimum, and an inquiry orders nothing", () => {
    const draft = draftOf([
      "Supplier: Solar camping lantern. US$ 3.20 - 5.80 / Piece | 500 Pieces (Min. Order)",
      "Buyer: Maybe 1000 to 3000 pcs, depends on the price. Can you send a price list?",
    ]);
    expect(draft.items[0]?.quantity ?? null).toBeNull();
  });
});

describe("a few pieces packed in a bag or box named by its material", () => {
  it.each([
    "10 pairs in a poly bag",
    "12 pcs in a printed box",
    "6 pcs in a kraft-box",
    "5 pcs into a zip bag",
    "4 pcs in a gift box",
    "20 pcs in a mesh bag",
    "24 pcs in a colour box",
    "8 pcs in a clear bag",
    "10 pcs in a paper bag",
    "10 pcs in a plastic bag",
    "10 pcs in a PVC box",
    "10 pcs in an OPP bag",
    "10 pcs in a PE bag",
  ])("'%s' packs", (text) => expect(read(text).map((q) => q[2])).toEqual(["pack"]));

  it("'500 pcs in a different colour' is still the order", () =>
    expect(orders("500 pcs in a different colour")).toEqual([500]));
});

describe("the goods' count changed by name", () => {
  const counts = (text: string) => findQuantities(text, ["scarf", "beanie"]).map((q) => [q.value, q.kind]);

  it.each([
    ["can we bump scarves to 200? same price?", 200],
    ["increase the scarves to 200", 200],
    ["raise beanies to 1,200", 1200],
    ["change the qty of beanies to 400", 400],
    ["make the scarves quantity to 250", 250],
    ["push scarves to 300 please", 300],
    ["go beanies to 350", 350],
    ["move scarves to 150", 150],
    ["up the scarves to 180", 180],
    ["take beanies to 220", 220],
  ])("'%s' orders %d", (text, count) => expect(counts(text)).toEqual([[count, "order"]]));

  it.each([
    "bump scarves to 20%",
    "raise scarves to 15.75",
    "move the scarves to 200 days",
    "raise scarves to USD 16",
    "bump the scarves to 30 cm",
  ])("'%s' counts nothing", (text) => expect(counts(text)).toEqual([]));

  it("a count raised by name, then confirmed with its price, is the order", () => {
    const draft = draftOf([
      "Luc: Merino rib beanie CAD 9.80, merino scarf CAD 16.50, min 150 of each style.",
      "Me: we're thinking 300 beanies + 150 scarves for winter. beanie at 8.50?",
      "Luc: 9.25 beanie, scarf 15.75",
      "Me: deal. 300 beanies @ 9.25, 150 scarves @ 15.75",
      "Me: can we bump scarves to 200? same price?",
      "Luc: Yes 200 scarves at 15.75 ok",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [300, 9.25],
      [200, 15.75],
    ]);
  });
});
