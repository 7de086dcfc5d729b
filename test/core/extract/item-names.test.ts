/**
 * Item names: the product noun phrase with its model code, never a colour, a part, a size, a label or
 * a shipping word beside it; Chinese names and count units. Transcripts written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { isCodeLabel, isNonProductWord } from "../../../src/core/extract/words/non-product.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemOf = (lines: string[]) => {
  const item = extractDraft(parseTranscript(lines.join("\n")), { now }).items[0];
  return item && { name: item.name, quantity: item.quantity, unit: item.unit, unitPrice: item.unitPrice };
};

describe("item names", () => {
  it("an inspector turned down is no product beside the variants", () => {
    const draft = extractDraft(
      parseTranscript(
        [
          "Buyer: Hi, following up on the fleece vest quote.",
          "Supplier: Polar fleece vest, 280 gsm. S-XL USD 8.40/pc, XXL USD 8.90/pc.",
          "Buyer: OK deal, 8.40 and 8.90",
          "Buyer: Can your QC check every carton before packing? No need for a third party this time.",
        ].join("\n"),
      ),
      { now },
    );
    expect(draft.items.map((item) => item.name).join(" | ")).not.toMatch(/party|inspector/i);
    expect(draft.items.map((item) => item.name)).toContain("fleece vest XXL");
  });

  it.each([
    ["a colour before the noun", "Dark grey bath mat is $4.80/pc.", "bath mat BM-7", "in dark grey"],
    ["a part named with the product", "Screw cap jar is $0.45/pc.", "glass jar GJ-250", "with screw cap"],
    ["a shipping word", "Full container price $6.20/pc.", "stacking stool ST-45", "by full container"],
  ])("%s yields to the product noun phrase with its code", (_, priceLine, name, tail) => {
    expect(
      itemOf([`Buyer: We need 1,200 pcs ${name} ${tail}.`, `Supplier: ${priceLine}`, "Buyer: OK agreed."]),
    ).toEqual({ name, quantity: 1200, unit: "pcs", unitPrice: expect.any(Number) });
  });

  it.each([
    [
      [
        "Supplier: Hello, nail polish 10ml custom color 0.55 usd/pc for 6,000 pcs",
        "Buyer: OK 0.55, confirmed",
      ],
      "nail polish",
      6000,
      0.55,
    ],
    [
      [
        "queen size memory foam mattress 25cm, price?",
        "USD 142/pc FOB Shanghai",
        "we need 100 pcs, 135 possible?",
        "ok 135 for 100 pcs",
        "deal",
      ],
      "queen size memory foam mattress",
      100,
      135,
    ],
    [
      [
        "Supplier: Greaseproof cupcake liners USD 0.006/pc",
        "Me: OK 0.006, we take 150,000 pcs.",
        "Supplier: OK.",
      ],
      "Greaseproof cupcake liner",
      150000,
      0.006,
    ],
  ])(
    "a product named by a noun no list holds is read from the sentence: %j",
    (lines, name, quantity, unitPrice) => {
      expect(itemOf(lines)).toEqual({ name, quantity, unit: "pcs", unitPrice });
    },
  );

  it("private label, a shipping container and a sample's code are not the product", () => {
    expect(
      itemOf([
        "Buyer: we look for hyaluronic sheet masks, private label",
        "Supplier: 0.23 usd/pc",
        "Buyer: 10,000 pcs, ok 0.23",
      ])?.name,
    ).toBe("hyaluronic sheet mask");
    expect(
      itemOf([
        "Buyer: we need one 40HQ container of birch plywood sheets",
        "Supplier: One 40HQ holds 1,200 sheets. USD 14.50 per sheet.",
        "Buyer: OK 14.50, 1,200 sheets.",
      ]),
    ).toEqual({ name: "birch plywood sheet", quantity: 1200, unit: null, unitPrice: 14.5 });
  });

  it("a size word after the code and a count unit are no name", () => {
    expect(
      itemOf([
        "Buyer: Interested in sofa bed SB-Q, possible Queen size, 150 sets.",
        "Supplier: $140 per set.",
        "Buyer: OK agreed.",
      ]),
    ).toEqual({ name: "sofa bed SB-Q", quantity: 150, unit: "sets", unitPrice: 140 });
  });

  it("a part with its own code is no product", () => {
    expect(
      itemOf([
        "Buyer: We need 60 pcs wardrobe WD-3, front P2040 panel in oak.",
        "Supplier: Price $210/pc for the wardrobe.",
        "Buyer: OK agreed.",
      ])?.name,
    ).toBe("wardrobe WD-3");
  });

  it("a Chinese product noun with its code and a Chinese count unit", () => {
    expect(
      itemOf(["Buyer: 我们需要 300 套 餐具套装 CT-8.", "Supplier: 单价 $5.60.", "Buyer: OK agreed."]),
    ).toEqual({ name: "餐具套装 CT-8", quantity: 300, unit: "sets", unitPrice: 5.6 });
  });

  it.each([
    ["a count after the name and its code", "Buyer: We need wall clock WC-30 300 sets.", "sets"],
    ["a Chinese count word after the code", "Buyer: 挂钟 WC-30 需要 300件.", "pcs"],
    ["a labelled quantity, the unit from the price", "Buyer: wall clock WC-30, qty 300, price?", "pcs"],
  ])("%s", (_, ask, unit) => {
    const item = itemOf([ask, "Supplier: $7.40/pc.", "Buyer: OK agreed."]);
    expect(item?.quantity).toBe(300);
    expect(item?.unit).toBe(unit);
    expect(item?.name).toMatch(/WC-30$/);
  });

  it.each(["cast iron kettlebells", "bamboo steamers"])(
    "a judgement of the price is no word of the product's name (%s)",
    (product) => {
      const item = itemOf([
        `Buyer: hello, I need ${product} for our shop.`,
        "Supplier: welcome friend. we can do for you good price 6.40 dollar per pc",
        "Buyer: 300 pcs, ok",
        "Supplier: ok thank you",
      ]);
      expect(item?.name).toBe(product.replace(/s$/, ""));
      expect(item?.unitPrice).toBe(6.4);
    },
  );

  it("two products joined by 'and' on one noun, priced apart by their modifiers, keep the noun", () => {
    const items = extractDraft(
      parseTranscript(
        [
          "Buyer: hello, I need canvas tote bags and jute tote bags with our logo.",
          "Supplier: welcome. canvas 1.20 usd, jute more expensive 1.65 usd",
          "Buyer: 1500 pcs canvas, 1000 pcs jute",
          "Supplier: ok thank you",
        ].join("\n"),
      ),
      { now },
    ).items.map((item) => [item.name, item.quantity, item.unitPrice]);
    expect(items).toEqual([
      ["canvas tote bag", 1500, 1.2],
      ["jute tote bag", 1000, 1.65],
    ]);
  });

  it.each([
    ["Client asked about BIFMA X5.1.", "mesh office chair"],
    ["Lenses must pass ANSI Z87.1.", "mesh office chair"],
  ])("a standard's code is no model code of the product: %s", (standard, name) => {
    const item = itemOf([
      "Buyer: Hello, interested in your mesh office chair with headrest. What is your best price?",
      "Supplier: USD 38-55/pc depends on quantity. MOQ 50 pcs.",
      `Buyer: Is it tested? ${standard}`,
      "Supplier: we need to check with the lab.",
    ]);
    expect(item?.name).toBe(name);
  });

  it("the words the readers consult", () => {
    expect(["green", "queen", "cap", "container", "front"].every(isNonProductWord)).toBe(true);
    expect(["mat", "bottle", "chair"].some(isNonProductWord)).toBe(false);
    expect(isCodeLabel("colour")).toBe(true);
    expect(isCodeLabel("stool")).toBe(false);
  });
});

describe("who said a price was taken is no part of the name before it", () => {
  it("'Boss says ok pruner £2.05' names the pruner", () => {
    const draft = extractDraft(
      parseTranscript(
        [
          "Buyer: We'd like the bypass pruner and the hand trowel. 3,000 pruners and 2,000 trowels.",
          "Supplier: pruner £2.30/pc, trowel £1.25/pc.",
          "Buyer: £2.05 and £1.15?",
          "Supplier: Boss says ok pruner £2.05, but trowel £1.20 is lowest.",
          "Buyer: Fine, agreed.",
        ].join("\n"),
      ),
      { now },
    );
    expect(draft.items.map((item) => [item.name, item.unitPrice])).toEqual([
      ["bypass pruner", 2.05],
      ["hand trowel", 1.2],
    ]);
  });
});

describe("words beside a product that name no goods", () => {
  const chat = (code: string) => [
    `Supplier: Price in ${code}, folding camp chair model EP-C21:`,
    `Supplier: 500 pcs ${code} 18.90`,
    `Supplier: 1000 pcs ${code} 17.40`,
    `Supplier: Side table EP-T05 ${code} 9.80, MOQ 300 pcs`,
    "Buyer: We're thinking 1.5k chairs and 400 tables.",
    "Supplier: ok 17.20 for chairs",
    `Buyer: done. 1,500 chairs @ 17.20 and 400 tables @ 9.80 ${code}`,
    "Buyer: Chair spec: 600D oxford, 19mm steel tube",
  ];

  it("a spec label ('Chair spec:') is no product, and a currency's code after a name opens the price", () => {
    const draft = extractDraft(parseTranscript(chat("AUD").join("\n")), { now });
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["folding camp chair", 1500, 17.2],
      ["Side table", 400, 9.8],
    ]);
  });

  it.each(["HKD", "GBP", "SGD"])("so does %s", (code) => {
    const draft = extractDraft(parseTranscript(chat(code).join("\n")), { now });
    expect(draft.items.map((item) => item.name).join(" | ")).not.toContain(code);
  });
});
