/**
 * Products quoted one a line ("1) ...: $0.42/pc", "- ...: $1.10/pc") are separate items with their own
 * counts and prices; a message that only thanks for samples or names one as the standard is no sample
 * order. Chats in trades the fixtures do not cover.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemsOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((item) => ({
    name: item.name.toLowerCase(),
    quantity: item.quantity,
    unitPrice: item.unitPrice,
  }));

describe("a list of priced products", () => {
  it.each([
    ["1)", "2)"],
    ["-", "-"],
    ["•", "•"],
  ])("lines opened by '%s' are items with their own counts and prices", (first, second) => {
    expect(
      itemsOf([
        "Supplier: Final offer as below:",
        `${first} Kraft paper notebook A5, 80 sheets, dot grid: 3,000 pcs x $0.85/pc`,
        `${second} Gel ink pen 0.5 mm, black ink: 6,000 pcs x $0.12/pc`,
        "Buyer: The prices are fine with us, please send the PI.",
      ]),
    ).toEqual([
      { name: "kraft paper notebook a5", quantity: 3000, unitPrice: 0.85 },
      { name: "gel ink pen 0.5 mm", quantity: 6000, unitPrice: 0.12 },
    ]);
  });

  it.each([
    ["- 30 cm", "- 500 ml", "- 12 oz"],
    ["1) 30 cm", "2) 500 ml", "3) 12 oz"],
  ])("products named by a measure first ('%s frying pan') are items too, the measure kept", (a, b, c) => {
    expect(
      itemsOf([
        "Supplier: Confirmed prices:",
        `${a} frying pan, granite coating: 1,200 pcs x USD 6.40`,
        `${b} milk jug: 800 pcs x USD 2.15`,
        `${c} travel tumbler: 1,500 pcs x USD 3.30`,
        "Buyer: OK, all three confirmed.",
      ]).map((item) => [item.name.replace(/\s+/g, " "), item.quantity, item.unitPrice]),
    ).toEqual([
      [`${a.replace(/^\S+ /, "")} frying pan`, 1200, 6.4],
      [`${b.replace(/^\S+ /, "")} milk jug`, 800, 2.15],
      [`${c.replace(/^\S+ /, "")} travel tumbler`, 1500, 3.3],
    ]);
  });

  it("a count or a price opening a listed line names no product", () => {
    const items = itemsOf([
      "Supplier: Price for the silicone spatula:",
      "- 500 pcs: USD 1.20",
      "- 1000 pcs: USD 1.05",
      "Buyer: OK 1000 pcs at 1.05 then.",
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ name: "silicone spatula", quantity: 1000, unitPrice: 1.05 });
  });

  it("a list of specifications without prices is no list of items", () => {
    const items = itemsOf([
      "Buyer: We need 2,000 pcs of the cork yoga block.",
      "1) high density cork, 23 x 15 x 7.5 cm",
      "2) laser engraved logo on one side",
      "Supplier: Cork yoga block $3.40/pc.",
      "Buyer: OK deal.",
    ]);
    expect(items).toEqual([{ name: "cork yoga block", quantity: 2000, unitPrice: 3.4 }]);
  });
});

describe("samples named as received or as the standard", () => {
  it("'Thanks for the samples' does not turn the bulk order in the same message into sample talk", () => {
    const [item] = itemsOf([
      "Supplier: Linen napkin price $1.30/pc.",
      "Buyer: Thanks for the samples, they look good. We'd like 4,000 linen napkins at $1.20.",
      "Supplier: Ok, $1.20 confirmed.",
    ]);
    expect(item).toEqual({ name: expect.stringMatching(/linen napkin/), quantity: 4000, unitPrice: 1.2 });
  });

  it("a sample order is still no bulk order", () => {
    const [item] = itemsOf([
      "Supplier: Linen napkin price $1.30/pc.",
      "Buyer: Please send 5 samples first, we pay $40 by PayPal.",
      "Supplier: Ok.",
    ]);
    expect(item?.unitPrice ?? null).toBeNull();
    expect(item?.quantity ?? null).toBeNull();
  });
});

describe("size variants priced apart", () => {
  it("'S 40cm $3.10, M 55cm $4.60' in one sentence: one item per size, named with the product", () => {
    expect(
      itemsOf([
        "Supplier: Our felt storage basket price: S 40cm $3.10, M 55cm $4.60",
        "Buyer: We want S 900 pcs and M 500 pcs. Can you do S $2.90, M $4.30?",
        "Supplier: S $3.00, M $4.40 is best.",
        "Buyer: Ok, S $3.00 M $4.40 confirmed.",
      ]),
    ).toEqual([
      { name: "felt storage basket s 40cm", quantity: 900, unitPrice: 3 },
      { name: "felt storage basket m 55cm", quantity: 500, unitPrice: 4.4 },
    ]);
  });

  it("one size a line, one line a message", () => {
    expect(
      itemsOf([
        "Hi, following up on the cotton canvas tote bags for our bookshop",
        "Small 30 x 35 cm: $1.25/pc for 4,000 pcs",
        "Large 40 x 45 cm: $1.60/pc for 2,000 pcs",
        "ok deal",
      ]).map((item) => item.name),
    ).toEqual(["cotton canvas tote bag small 30 x 35 cm", "cotton canvas tote bag large 40 x 45 cm"]);
  });

  it("a size word that opens no priced row names no variant", () => {
    expect(
      itemsOf([
        "Buyer: We need 1,000 pcs of the ceramic planter.",
        "Supplier: Ceramic planter $2.10/pc. Full container price $1.95/pc.",
        "Buyer: OK $2.10.",
      ]).length,
    ).toBe(1);
  });
});

describe("a list numbered in parentheses inside one message, each product counted in what it is priced per", () => {
  it.each([
    ["(1)", "(2)", "(3)"],
    ["1)", "2)", "3)"],
  ])("'as follows: %s ...; %s ...; %s ...' is three items with their own counts and prices", (a, b, c) => {
    expect(
      itemsOf([
        `Supplier: Dear Sir, we are pleased to offer as follows: ${a} Cotton canvas apron, 280 gsm, 900 aprons at USD 4.10 per apron; ${b} Linen tea towel, 50x70 cm, 1200 towels at USD 1.85 per towel; ${c} Oven mitt pair, 400 pairs at USD 2.60 per pair.`,
        "Buyer: Accepted, please send the PI.",
      ]),
    ).toEqual([
      { name: "cotton canvas apron", quantity: 900, unitPrice: 4.1 },
      { name: "linen tea towel", quantity: 1200, unitPrice: 1.85 },
      { name: "oven mitt pair", quantity: 400, unitPrice: 2.6 },
    ]);
  });

  it("a count in the word the price is quoted per ('800 reels at USD 3.40 per reel') is the item's count", () => {
    expect(
      itemsOf([
        "Supplier: LED strip 12V, 5 m per reel, 800 reels at USD 3.40 per reel.",
        "Buyer: ok 3.40 for 800 reels, confirmed.",
      ]),
    ).toEqual([{ name: expect.stringContaining("led strip"), quantity: 800, unitPrice: 3.4 }]);
  });

  it("a count in a measure the price is quoted per ('2,000 kg at USD 1.38 per kg') is kilograms, not pieces", () => {
    const [item] = itemsOf([
      "Supplier: Rubber hex dumbbell, USD 1.38 per kg, 2,000 kg in total for the set of sizes.",
      "Buyer: ok 1.38 per kg.",
    ]);
    expect(item).toMatchObject({ quantity: 2000, unitPrice: 1.38 });
    expect(
      draftOf([
        "Supplier: Rubber hex dumbbell, USD 1.38 per kg, 2,000 kg in total for the set of sizes.",
        "Buyer: ok 1.38 per kg.",
      ]).items[0]?.unit,
    ).toBe("kg");
  });
});

describe("a list of counted rows priced in a sentence of its own", () => {
  it("makes each row an item, and a price said by the inch mark reaches the row said in inches", () => {
    expect(
      itemRowsOf([
        "Buyer: Good, then we confirm the order:",
        "Buyer: - 10 inch tablet case: 600 pcs",
        "Buyer: - 11 inch tablet case: 400 pcs",
        "Buyer: - 12.9 inch tablet case: 200 pcs",
        'Buyer: 10" and 11" at US$3.20, 12.9" at US$3.90, as in your last mail.',
        "Supplier: ok, confirmed",
      ]),
    ).toEqual([
      ["10 inch tablet case", 600, 3.2],
      ["11 inch tablet case", 400, 3.2],
      ["12.9 inch tablet case", 200, 3.9],
    ]);
  });

  it("a row whose count is restated in brackets, and a name with an accessory after '+', stay rows", () => {
    expect(
      itemRowsOf([
        "Buyer: Order:",
        "Buyer: 1) Hoop earrings 15 mm, gold plated: 600 pairs (50 dozen)",
        "Buyer: 2) Snake chain anklet 22 cm + 5 cm extender: 400 pcs",
        "Buyer: 3) Pearl stud earrings: 300 pairs",
        "Supplier: Hoop earrings 0.95 USD/pair, anklet 1.10 USD/pc, studs 0.70 USD/pair.",
        "Buyer: confirmed",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [600, 0.95],
      [400, 1.1],
      [300, 0.7],
    ]);
  });
});

describe("a listed line priced straight after its name, with no colon or comma between", () => {
  const quote = (rows: string[]) => ["Seller: quotation for you:", ...rows, "Buyer: ok, all confirmed"];
  it.each([
    [
      ["1) bamboo spoon $0.85/pc", "2) ceramic mug $2.40/pc"],
      ["bamboo spoon", "ceramic mug"],
    ],
    [
      ["- bamboo spoon USD 0.85 each", "- ceramic mug USD 2.40 each"],
      ["bamboo spoon", "ceramic mug"],
    ],
    [
      ["1) bamboo spoon at $0.85/pc", "2) ceramic mug @ $2.40/pc"],
      ["bamboo spoon", "ceramic mug"],
    ],
    [
      ["1) 6-cup muffin mould ¥0.85/个", "2) 2-tier cake stand ¥2.40/个"],
      ["6-cup muffin mould", "2-tier cake stand"],
    ],
    [
      ["1) 6连蛋糕模 6-cup muffin mould ¥0.85/个", "2) 吐司模 loaf pan ¥2.40/个"],
      ["6-cup muffin mould", "loaf pan"],
    ],
  ])("%j are two items, each at its own price", (rows, names) => {
    const draft = draftOf(quote(rows));
    expect(draft.items.map((item) => [item.name, item.unitPrice])).toEqual([
      [names[0], 0.85],
      [names[1], 2.4],
    ]);
    // Each name is cited where the line writes it.
    const cited = draft.evidence.filter((e) => /^items\[\d\]\.name$/.test(e.field)).map((e) => e.quote);
    cited.forEach((quote, i) => {
      expect(quote).toContain(names[i]!.split(" ")[0]);
    });
  });
});

describe("a dash between a listed name and its price", () => {
  it("'Ceramic mug 350ml - $2.40/pc' names the mug, no dash after it", () => {
    expect(
      itemsOf([
        "Supplier: Ceramic mug 350ml - $2.40/pc, tea cup 200ml - $1.80/pc",
        "Buyer: ok, 500 mugs and 300 cups",
        "Supplier: confirmed",
      ]),
    ).toEqual([
      { name: "ceramic mug 350ml", quantity: 500, unitPrice: 2.4 },
      { name: "tea cup 200ml", quantity: 300, unitPrice: 1.8 },
    ]);
  });
});
