/**
 * Several items in one chat, told apart by their model codes or by being priced apart: each keeps its
 * own quantity and price, and a sentence that names no item speaks of the one under discussion.
 * Transcripts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemsOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map(
    ({ name, quantity, unit, unitPrice }) => ({
      name,
      quantity,
      unit,
      unitPrice,
    }),
  );

describe("several items", () => {
  it("lines stating their own count and total are items apart, the total divided out", () => {
    const items = itemsOf([
      "Buyer: Final order: glass vase 20cm 600 pcs, total USD 1,500. Glass candle holder 900 pcs, total USD 810.",
      "Supplier: Confirmed.",
    ]);
    expect(items.map((item) => [item.name.toLowerCase(), item.quantity, item.unit, item.unitPrice])).toEqual([
      ["glass vase 20cm", 600, "pcs", 2.5],
      ["glass candle holder", 900, "pcs", 0.9],
    ]);
  });

  it("two products sharing a head noun, priced in separate messages, stay two items", () => {
    const items = itemsOf([
      "Supplier: Kitchen storage box 3.20 usd/pc.",
      "Supplier: Shoe storage box 500 pcs x 2.40 = USD 1,200.",
      "Buyer: OK. 700 pcs of kitchen storage box and 500 pcs shoe storage box. Deal.",
    ]);
    expect(items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [700, 3.2],
      [500, 2.4],
    ]);
  });

  it("a model code with a letter after the dash keeps the product noun and size before it", () => {
    const items = itemsOf([
      "Buyer: Price for wooden train 40 cm WT-A40 and wooden truck 30 cm WT-C30?",
      "Supplier: WT-A40 USD 5.10, WT-C30 USD 4.30.",
      "Buyer: 800 pcs wooden train 40 cm WT-A40 at 4.90 and 500 pcs wooden truck 30 cm WT-C30 at 4.10.",
      "Supplier: OK, accepted.",
    ]);
    expect(items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["wooden train 40 cm WT-A40", 800, 4.9],
      ["wooden truck 30 cm WT-C30", 500, 4.1],
    ]);
  });

  it("a size before the noun stays in the name, and a noun that is also a charge word keeps its price", () => {
    expect(
      itemsOf([
        "Supplier: 18 cm soup bowl USD 1.20, 27 cm dinner plate USD 1.85.",
        "Buyer: OK. We take 1,200 soup bowls and 1,200 dinner plates.",
      ]),
    ).toEqual([
      { name: "18 cm soup bowl", quantity: 1200, unit: null, unitPrice: 1.2 },
      { name: "27 cm dinner plate", quantity: 1200, unit: null, unitPrice: 1.85 },
    ]);
  });

  it("a price per piece in a sentence about the total is still the unit price", () => {
    const [item] = itemsOf([
      "Buyer: Lipstick order: shade #01 2,000 pcs, shade #05 1,500 pcs, shade #09 1,500 pcs.",
      "Supplier: Total 5,000 pcs at USD 0.78/pc.",
      "Buyer: Confirmed.",
    ]);
    expect([item?.quantity, item?.unitPrice]).toEqual([5000, 0.78]);
  });

  it("items counted in irregular plurals keep their counts", () => {
    expect(
      itemsOf([
        "Supplier: 3 inch paring knife $1.60, 6 inch chef knife $2.90.",
        "Buyer: We order 1,000 paring knives and 500 chef knives.",
        "Supplier: Confirmed.",
      ]).map((item) => [item.quantity, item.unitPrice]),
    ).toEqual([
      [1000, 1.6],
      [500, 2.9],
    ]);
  });

  it("an accessory priced apart keeps its own count", () => {
    expect(
      itemsOf([
        "Buyer: Quote for 12oz printed paper cup and matching lid please.",
        "Supplier: 12oz printed paper cup USD 0.045/pc, lid USD 0.012/pc.",
        "Buyer: 50,000 cups and 50,000 lids. OK.",
      ]).map((item) => [item.quantity, item.unitPrice]),
    ).toEqual([
      [50000, 0.045],
      [50000, 0.012],
    ]);
  });

  it("a count said for each item goes to every item named, and a rating in a name is no count", () => {
    expect(
      itemsOf([
        "Buyer: Please quote 4K HDMI splitter and 7-port USB hub, 1000 pcs each.",
        "Supplier: HDMI splitter $4.10, USB hub $3.30.",
        "Buyer: OK.",
      ]),
    ).toEqual([
      { name: "4K HDMI splitter", quantity: 1000, unit: "pcs", unitPrice: 4.1 },
      { name: "7-port USB hub", quantity: 1000, unit: "pcs", unitPrice: 3.3 },
    ]);
  });

  it("the buyer orders counts at the supplier's prices and the supplier confirms: the prices stand", () => {
    expect(
      itemsOf([
        "Supplier: Bath towel 70x140cm $3.60/pc, hand towel 50x100cm $1.90/pc.",
        "Buyer: We need 2,000 bath towels and 3,000 hand towels.",
        "Supplier: OK, confirmed.",
      ]),
    ).toEqual([
      { name: "Bath towel 70x140cm", quantity: 2000, unit: "pcs", unitPrice: 3.6 },
      { name: "hand towel 50x100cm", quantity: 3000, unit: "pcs", unitPrice: 1.9 },
    ]);
  });

  it("two model codes priced apart by code alone are two items, named by their noun phrases", () => {
    expect(
      itemsOf([
        "Buyer: Hi, we want 300 pcs 5-tier bookshelf HW-5T and 200 pcs 3-tier bookshelf HW-3T.",
        "Supplier: HW-5T is $38.50/pc, HW-3T is $24.00/pc.",
        "Buyer: OK, confirmed both.",
      ]),
    ).toEqual([
      { name: "5-tier bookshelf HW-5T", quantity: 300, unit: "pcs", unitPrice: 38.5 },
      { name: "3-tier bookshelf HW-3T", quantity: 200, unit: "pcs", unitPrice: 24 },
    ]);
  });

  it("a code named alone borrows its sibling's noun, and a count word is no part of the name", () => {
    const items = itemsOf([
      "Buyer: Please quote garden chair GC-10 and GC-12.",
      "Supplier: GC-10 price $15.00, GC-12 price $17.50.",
      "Buyer: We need 120 sets GC-10 and 80 sets GC-12.",
    ]);
    expect(items.map((item) => [item.name, item.quantity, item.unit])).toEqual([
      ["garden chair GC-10", 120, "sets"],
      ["garden chair GC-12", 80, "sets"],
    ]);
  });

  it("placing the order for counted codes accepts each code's own price", () => {
    expect(
      itemsOf([
        "Buyer: Please quote cat tree CT-120 and cat tree CT-150.",
        "Supplier: CT-120 price $21.00, CT-150 price $29.50.",
        "Buyer: We order 100 sets CT-120 and 50 sets CT-150.",
        "Supplier: OK confirmed.",
      ]),
    ).toEqual([
      { name: "cat tree CT-120", quantity: 100, unit: "sets", unitPrice: 21 },
      { name: "cat tree CT-150", quantity: 50, unit: "sets", unitPrice: 29.5 },
    ]);
  });

  it("items asked for in separate messages, each with its own count, are not collapsed", () => {
    expect(
      itemsOf([
        "Buyer: We need 500 pcs lunch box LB-1.",
        "Supplier: $2.20/pc.",
        "Buyer: Also 300 pcs water bottle WB-2?",
        "Supplier: Water bottle $3.10/pc.",
        "Buyer: OK, confirm both.",
      ]),
    ).toEqual([
      { name: "lunch box LB-1", quantity: 500, unit: "pcs", unitPrice: 2.2 },
      { name: "water bottle WB-2", quantity: 300, unit: "pcs", unitPrice: 3.1 },
    ]);
  });

  it("one product under one code asked twice at one price stays one item", () => {
    const items = itemsOf([
      "Buyer: We need 400 pcs desk lamp DL-220.",
      "Supplier: DL-220 is $6.40/pc.",
      "Buyer: OK, 400 pcs DL-220 at $6.40, confirmed.",
    ]);
    expect(items).toEqual([{ name: "desk lamp DL-220", quantity: 400, unit: "pcs", unitPrice: 6.4 }]);
  });

  it("a what-if count for a second code does not make it an ordered item", () => {
    const items = itemsOf([
      "Buyer: We need 1,000 pcs travel pillow TP-1.",
      "Supplier: TP-1 is $2.40/pc.",
      "Buyer: What if we add 500 pcs TP-2?",
      "Supplier: Sorry, TP-2 is out of production.",
      "Buyer: OK, TP-1 at $2.40 confirmed.",
    ]);
    expect(items).toEqual([{ name: "travel pillow TP-1", quantity: 1000, unit: "pcs", unitPrice: 2.4 }]);
  });
});

describe("order quantity against counter-offers and conditions", () => {
  it("a supplier's 'if you take 3,000 pcs' price and the buyer's what-if do not change the order", () => {
    expect(
      itemsOf([
        "Buyer: We need 1,000 pcs dog leash DL-5. Can you do $1.10?",
        "Supplier: Can do $1.20 for 1,000 pcs, or $1.10 if you take 3,000 pcs.",
        "Buyer: What if 2,000 pcs?",
        "Supplier: Then $1.15.",
        "Buyer: We stay with 1,000 pcs. OK $1.20 for 1,000 pcs.",
      ]),
    ).toEqual([{ name: "dog leash DL-5", quantity: 1000, unit: "pcs", unitPrice: 1.2 }]);
  });

  it("a pack count and a spec number are not the order quantity", () => {
    expect(
      itemsOf([
        "Buyer: We want 300 sets ceramic dinner set DS-16, 16 pcs set, rated to 2,000 N load.",
        "Supplier: $19.50 per set.",
        "Buyer: Deal.",
      ]),
    ).toEqual([{ name: "ceramic dinner set DS-16", quantity: 300, unit: "sets", unitPrice: 19.5 }]);
  });

  it("the order quantity after an MOQ and a tier table, priced at its tier", () => {
    expect(
      itemsOf([
        "Buyer: We need storage box SB-40.",
        "Supplier: 500-999 pcs $2.30, 1000+ pcs $2.10. MOQ 500 pcs.",
        "Buyer: We take 800 pcs at $2.30.",
        "Supplier: OK.",
      ]),
    ).toEqual([{ name: "storage box SB-40", quantity: 800, unit: "pcs", unitPrice: 2.3 }]);
  });
});

describe("several items without model codes", () => {
  it("two products asked for and priced in turn are two items, each with its own price", () => {
    expect(
      itemsOf([
        "Buyer: Price for 1000 pcs enamel mug?",
        "Supplier: Enamel mug is $1.80/pc.",
        "Buyer: And 500 pcs steel tumbler?",
        "Supplier: Steel tumbler is $1.10/pc.",
        "Buyer: OK, order both.",
      ]),
    ).toEqual([
      { name: "Enamel mug", quantity: 1000, unit: "pcs", unitPrice: 1.8 },
      { name: "Steel tumbler", quantity: 500, unit: "pcs", unitPrice: 1.1 },
    ]);
  });

  it("an acceptance settles the latest offer for the item discussed, the other keeps its price", () => {
    expect(
      itemsOf([
        "Buyer: We need 200 pcs office chair OC-1 and 100 pcs office desk OD-2.",
        "Supplier: Chair $45, desk $120.",
        "Buyer: Chair $42?",
        "Supplier: OK $42 for chair.",
        "Buyer: Deal.",
      ]),
    ).toEqual([
      { name: "office chair OC-1", quantity: 200, unit: "pcs", unitPrice: 42 },
      { name: "office desk OD-2", quantity: 100, unit: "pcs", unitPrice: 120 },
    ]);
  });

  it("one product priced twice in a bargain stays one item", () => {
    const items = itemsOf([
      "Buyer: We need 1000 pcs ceramic mug.",
      "Supplier: Ceramic mug is $1.80/pc.",
      "Buyer: Can you do $1.60?",
      "Supplier: Best $1.70 for the mug.",
      "Buyer: OK.",
    ]);
    expect(items.map((item) => ({ ...item, name: item.name.toLowerCase() }))).toEqual([
      { name: "ceramic mug", quantity: 1000, unit: "pcs", unitPrice: 1.7 },
    ]);
  });
});

describe("supplier from the sender label", () => {
  it("a company with the person in brackets as the sender label is the supplier", () => {
    const draft = extractDraft(
      parseTranscript(
        [
          "Xiamen Sample Housewares Co., Ltd. (Amy) 2026-11-02 10:01",
          "Hello, bamboo tray BT-2 is 3.10 usd/pc.",
          "Buyer (Tom) 2026-11-02 10:05",
          "We need 600 pcs. OK 3.10 usd.",
        ].join("\n"),
      ),
      { now },
    );
    expect(draft.supplier).toMatch(/^Xiamen Sample Housewares Co\./);
  });
});

describe("supplier from a company in brackets after the person", () => {
  it("a sender label 'person (company)' names the supplier", () => {
    const draft = extractDraft(
      parseTranscript(
        [
          "[2026-11-02 10:01:00] Jack Ma: Hello, I need 600 pcs bamboo tray BT-2.",
          "[2026-11-02 10:05:00] Amy Lin (Xiamen Sample Housewares Co., Ltd.): Dear, BT-2 is 3.10 usd/pc, our factory price.",
          "[2026-11-02 10:09:00] Jack Ma: OK 3.10 usd, deal.",
        ].join("\n"),
      ),
      { now },
    );
    expect(draft.supplier).toMatch(/^Xiamen Sample Housewares Co\./);
  });
});

describe("a part a product comes with", () => {
  it("a part the product comes with, named last before its price, does not take the price", () => {
    const items = itemsOf([
      "Mia 09:10",
      "Hi Tom, Mia from Ningbo Brightway Outdoor Co., Ltd. Quotation for LT-300 camping lantern, 300 lumen, with 18650 battery and USB-C charging cable: USD 6.40/pc FOB Ningbo.",
      "Mia 09:11",
      "Spare charging cable 1 m: USD 0.35/pc",
      "Tom 09:30",
      "We want 1000 lanterns and 500 spare cables. Can you do 6.00 and 0.30?",
      "Mia 09:50",
      "Lantern best 6.20, cable 0.32.",
      "Tom 09:55",
      "ok 6.20 and 0.32 confirmed",
    ]);
    expect(items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["LT-300 camping lantern", 1000, 6.2],
      ["Spare charging cable 1 m", 500, 0.32],
    ]);
  });

  it("a product quoted 'with' another item's noun keeps its quote, and a hyphenated modifier stays in its name", () => {
    const items = itemsOf([
      "Lily 10:05",
      "Hi Sam, quotation for KD-7 kids all-terrain scooter, foldable, with LED wheels: USD 18.40/pc EXW Yongkang.",
      "Lily 10:06",
      "Spare LED wheel 120 mm: USD 1.20/pc",
      "Sam 10:20",
      "We want 500 scooters and 200 spare wheels.",
      "Lily 10:30",
      "Scooter 18.00 ok, wheel 1.10.",
      "Sam 10:35",
      "ok 18.00 and 1.10 confirmed",
    ]);
    expect(items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["KD-7 kids all-terrain scooter", 500, 18],
      ["Spare LED wheel 120 mm", 200, 1.1],
    ]);
  });
});
