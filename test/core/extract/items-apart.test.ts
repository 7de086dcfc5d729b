/**
 * Products quoted one a line and each counted or priced in a message of its own: every product is an
 * item, with the count and price said about it. A product named again (with or without its size, by a
 * part or a packing word, in a sample order or a tier of prices) stays one item. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemsOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((item) => ({
    name: item.name.toLowerCase(),
    quantity: item.quantity,
    unitPrice: item.unitPrice,
  }));
const figures = (lines: string[]) => itemsOf(lines).map((item) => [item.quantity, item.unitPrice]);

describe("products quoted apart and counted apart", () => {
  it("two cosmetics, each counted by the buyer in its own message", () => {
    const items = itemsOf([
      "Supplier: Rosehip face oil 15 ml USD 2.10/pc, MOQ 1000.",
      "Supplier: Night cream 30 g USD 1.60/pc, MOQ 1000.",
      "Buyer: We take 2500 pcs of the face oil at 2.10.",
      "Buyer: For the night cream, 1500 pcs at 1.60.",
      "Supplier: Confirmed both.",
    ]);
    expect(items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [2500, 2.1],
      [1500, 1.6],
    ]);
    expect(items[0]!.name).toContain("face oil");
    expect(items[1]!.name).toContain("night cream");
  });

  it("two products with one head noun told apart by the word before it", () => {
    const items = itemsOf([
      "Supplier: Beach towel 80x160 cm, 380 GSM: USD 4.20/pc",
      "Supplier: Kitchen towel 40x60 cm: USD 0.95/pc",
      "Buyer: Beach towel we need 900 pcs.",
      "Buyer: Kitchen towels 3000 pcs please.",
      "Supplier: ok noted",
    ]);
    expect(items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["beach towel 80x160 cm", 900, 4.2],
      ["kitchen towel 40x60 cm", 3000, 0.95],
    ]);
  });

  it("three hardware parts quoted on lines of their own, then counted one by one", () => {
    expect(
      figures([
        "Supplier: Hex bolt M8x40 USD 0.045/pc.",
        "Supplier: Flange nut M8 USD 0.021/pc.",
        "Supplier: Spring washer M8 USD 0.008/pc.",
        "Buyer: Hex bolt: 50000 pcs.",
        "Buyer: Flange nut: 50000 pcs too.",
        "Buyer: Spring washer, 100000 pcs.",
        "Supplier: OK, confirmed.",
      ]),
    ).toEqual([
      [50000, 0.045],
      [50000, 0.021],
      [100000, 0.008],
    ]);
  });

  it("a later counter-offer for one product lands on that product alone", () => {
    expect(
      figures([
        "Supplier: Ceramic planter 20 cm USD 3.40/pc.",
        "Supplier: Plant saucer 18 cm USD 0.70/pc.",
        "Buyer: Planter: 1200 pcs at 3.20?",
        "Supplier: 3.30 is the best for the planter.",
        "Buyer: ok 3.30 for 1200 planters.",
        "Buyer: Saucers 1200 pcs at 0.70, fine.",
      ]),
    ).toEqual([
      [1200, 3.3],
      [1200, 0.7],
    ]);
  });

  it("a bulleted quote, then each line taken up in its own message", () => {
    expect(
      figures([
        "Supplier: Our offer:",
        "- Enamel camping mug 350 ml: USD 2.05/pc",
        "- Enamel plate 22 cm: USD 1.75/pc",
        "Buyer: Camping mug 2000 pcs.",
        "Buyer: Enamel plate 1000 pcs.",
        "Supplier: OK.",
      ]),
    ).toEqual([
      [2000, 2.05],
      [1000, 1.75],
    ]);
  });

  it("pet goods sold by different units, each counted in its own unit", () => {
    expect(
      figures([
        "Supplier: Cat scratching post 60 cm: USD 7.80/pc",
        "Supplier: Catnip toy mouse USD 0.35/pc",
        "Buyer: Scratching post 400 pcs please",
        "Buyer: Toy mouse we want 5000 pcs",
        "Supplier: fine",
      ]),
    ).toEqual([
      [400, 7.8],
      [5000, 0.35],
    ]);
  });
});

describe("a pasted quote table", () => {
  it("rows of two products, each with its tiers, are two items named by their leading words", () => {
    const names = itemsOf([
      "No | Description | Qty | Unit price (USD)",
      "1 | Garden hose 15 m, PVC, with nozzle | 500 pcs | 6.40",
      "  |  | 1000 pcs | 5.90",
      "2 | 24V 2A timer controller, IP44 | 500 pcs | 4.10",
      "Buyer: We take 1000 pcs of the hose.",
      "Buyer: For the timer controller, 600 pcs.",
    ]).map((item) => item.name);
    expect(names).toEqual(["garden hose 15 m", "24v 2a timer controller"]);
  });

  it("one product's tier rows stay one item", () => {
    expect(
      itemsOf([
        "No | Description | Qty | Unit price (USD)",
        "1 | Garden hose 15 m, PVC | 500 pcs | 6.40",
        "  |  | 1000 pcs | 5.90",
        "Buyer: We take 1000 pcs of the hose.",
      ]),
    ).toHaveLength(1);
  });
});

describe("one product stays one item", () => {
  it("the same product quoted again with its size is one item", () => {
    expect(
      itemsOf([
        "Supplier: Bamboo cutting board USD 2.40/pc.",
        "Supplier: Bamboo cutting board 38x28 cm USD 2.30/pc for 2000 pcs.",
        "Buyer: OK 2000 pcs of the cutting board at 2.30.",
      ]),
    ).toHaveLength(1);
  });

  it("a product and its jar or carton quoted on another line stay one item", () => {
    expect(
      itemsOf([
        "Supplier: Lavender hand cream 50 ml USD 0.95/pc.",
        "Supplier: Printed carton USD 0.08/pc extra.",
        "Buyer: 3000 pcs hand cream with the printed carton, fine.",
      ]),
    ).toHaveLength(1);
  });

  it("tiers of one product on lines of their own are no products apart", () => {
    expect(
      itemsOf([
        "Supplier: Steel water bottle 500 ml USD 3.10/pc at 1000 pcs.",
        "Supplier: Steel water bottle 500 ml USD 2.80/pc at 3000 pcs.",
        "Buyer: 3000 pcs then, 2.80.",
      ]),
    ).toHaveLength(1);
  });

  it("a sample order of the product is no second item", () => {
    expect(
      itemsOf([
        "Supplier: Wool beanie USD 2.60/pc, MOQ 500.",
        "Supplier: Sample beanie USD 15 including courier.",
        "Buyer: 2 samples first please.",
        "Buyer: Then 1500 pcs of the beanie at 2.60.",
      ]),
    ).toHaveLength(1);
  });

  it("a product named short and long in separate messages is one item", () => {
    const items = itemsOf([
      "Supplier: Silicone baking mat 40x30 cm USD 1.20/pc.",
      "Buyer: Baking mat USD 1.10/pc possible?",
      "Supplier: Mat 1.15 final.",
      "Buyer: Deal, 4000 pcs of the baking mat at 1.15.",
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]!.quantity).toBe(4000);
  });

  it("a second product quoted but never counted is no item", () => {
    expect(
      itemsOf([
        "Supplier: Yoga mat 6 mm USD 4.50/pc.",
        "Supplier: Yoga block USD 1.20/pc if you want.",
        "Buyer: Only the yoga mat, 1000 pcs at 4.50.",
      ]),
    ).toHaveLength(1);
  });
});
