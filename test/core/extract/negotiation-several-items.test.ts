/**
 * Which item an amount named in a chat of several items goes to, one row per wording: an amount said for
 * every item, items named together before one amount, an amount that names no item. What the buyer sees
 * is each item's agreed unit price. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const pricesOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((item) => item.unitPrice);

const mugAndJar = (line: string) => [
  "Buyer: We need 500 pcs of the ceramic mug and 500 pcs of the glass jar.",
  "Seller: Ceramic mug $2.60/pc, glass jar $2.50/pc.",
  `Seller: ${line}`,
  "Buyer: Ok, confirmed.",
];

describe("one amount said for every item", () => {
  it.each([
    "2.40 usd for both.",
    "2.40 usd both.",
    "2.40 usd is our price for both.",
    "2.40 usd all items.",
    "2.40 usd all the items.",
    "2.40 usd all three sizes.",
    "2.40 usd all flavours.",
    "2.40 usd all flavors.",
    "2.40 usd all sizes.",
    "2.40 usd all colours.",
    "2.40 usd all colors.",
    "2.40 usd all models.",
    "2.40 usd all versions.",
    "2.40 usd all types.",
    "2.40 usd all designs.",
    "2.40 usd all products.",
  ])("'%s' is each item's price", (line) => {
    expect(pricesOf(mugAndJar(line))).toEqual([2.4, 2.4]);
  });

  it.each(["2.40 usd.", "2.40 usd, we can do it for both.", "2.40 usd, all sizes."])(
    "'%s' is the price of the item last named only",
    (line) => {
      expect(pricesOf(mugAndJar(line))).toEqual([2.6, 2.4]);
    },
  );
});

describe("items named together before one amount", () => {
  it.each(["mug/jar 2.40 usd.", "mug + jar 2.40 usd.", "mug 和 jar 2.40 usd.", "mug or jar 2.40 usd."])(
    "'%s' prices both",
    (line) => {
      expect(pricesOf(mugAndJar(line))).toEqual([2.4, 2.4]);
    },
  );

  it.each([
    ["mug, jar 2.40 usd.", [2.6, 2.4]],
    ["mug 2.40 usd.", [2.4, 2.5]],
  ])("'%s' prices the item right before the amount", (line, prices) => {
    expect(pricesOf(mugAndJar(line))).toEqual(prices);
  });
});

describe("an amount that names no item goes to the item whose price it is clearly nearest", () => {
  const chat = (first: string, second: string, counter: string) => [
    `Buyer: We need 300 pcs of the dog ${first} and 300 pcs of the dog ${second}.`,
    `Seller: Dog ${first} $${first === "harness" ? "3.00" : "2.00"}/pc, dog ${second} $${second === "harness" ? "3.00" : "2.00"}/pc.`,
    `Buyer: ${counter}?`,
    "Seller: Ok, confirmed.",
  ];

  it.each([
    ["harness", "leash", "2.90", [2.9, null]],
    ["leash", "harness", "2.90", [null, 2.9]],
    ["leash", "harness", "2.20", [2.2, null]],
    ["harness", "leash", "2.20", [null, 2.2]],
  ])("%s at 3.00 and %s at 2.00: '%s?' counters the nearer price", (first, second, counter, prices) => {
    expect(pricesOf(chat(first, second, counter))).toEqual(prices);
  });

  it.each([
    ["harness", "leash", "2.60", [null, 2.6]],
    ["leash", "harness", "2.60", [null, 2.6]],
    ["harness", "leash", "2.45", [null, 2.45]],
  ])(
    "%s then %s: '%s?', about as near to both, counters the item named last",
    (first, second, counter, prices) => {
      expect(pricesOf(chat(first, second, counter))).toEqual(prices);
    },
  );

  it("an amount more than half as much again as every price is no counter to any", () => {
    const harness = (counter: string) => [
      "Buyer: We need 300 pcs of the dog harness and 300 pcs of the dog leash.",
      "Seller: Dog harness $4.35/pc, dog leash $2.10/pc.",
      `Buyer: ${counter}`,
      "Seller: Ok, confirmed.",
    ];
    expect(pricesOf(harness("6.40?"))).toEqual([6.4, null]);
    expect(pricesOf(harness("6.60?"))).toEqual([null, null]);
    expect(pricesOf(harness("4.15?"))).toEqual([4.15, null]);
  });

  it("amounts in the order the items were priced answer them in that order, unless one is far off", () => {
    const counter = (line: string) => [
      "Buyer: We need 300 pcs of the dog harness and 300 pcs of the dog leash.",
      "Seller: Dog harness $4.35/pc, dog leash $2.10/pc.",
      `Buyer: ${line}`,
      "Seller: Ok, confirmed.",
    ];
    expect(pricesOf(counter("4.00 and 2.00?"))).toEqual([4, 2]);
    expect(pricesOf(counter("4.00 / 2.00?"))).toEqual([4, 2]);
    expect(pricesOf(counter("2.00 / 4.00?"))).toEqual([4, 2]);
    expect(pricesOf(counter("leash 2.00, 4.00?"))).toEqual([4, 2]);
    expect(pricesOf(counter("4.00, leash 2.00?"))).toEqual([4, 2]);
  });
});

describe("a count before the word that tells one item from the other is that item's", () => {
  const figures = (order: string) =>
    extractDraft(
      parseTranscript(
        [
          "Seller: Solar pathway light $3.20/pc, solar garden torch $4.10/pc.",
          `Buyer: ${order}`,
          "Seller: Ok, confirmed.",
        ].join("\n"),
      ),
      { now },
    ).items.map((item) => [item.quantity, item.unitPrice]);

  it.each([
    "4000 pathway and 2000 torch.",
    "4000 pathway, 2000 torch",
    "4000 pathway / 2000 torch",
    "4000 pathway & 2000 torch",
    "4000 pathway + 2000 torch",
    "4000 pathway plus 2000 torch",
    "4000 pathway or 2000 torch",
    "(4000 pathway) 2000 torch!",
    "4000 pathway: 2000 torch.",
    "4000 pathways and 2000 torches.",
    "4k pathway, 2000 torch",
    "4,000 pathway, 2,000 torch",
  ])("'%s' orders 4000 pathway lights and 2000 torches", (order) => {
    expect(figures(order)).toEqual([
      [4000, 3.2],
      [2000, 4.1],
    ]);
  });

  it("a word both names share tells nothing", () => {
    expect(figures("4000 solar, 2000 torch")).toEqual([
      [null, null],
      [2000, 4.1],
    ]);
  });
});

describe("amounts that name no item, in a chat of three", () => {
  const tools = (quote: string, counter: string) =>
    extractDraft(
      parseTranscript(
        [
          "Buyer: We need 500 pcs each of the garden fork, the garden rake and the hand trowel.",
          `Seller: ${quote}`,
          `Buyer: ${counter}`,
          "Seller: Ok.",
        ].join("\n"),
      ),
      { now },
    ).items.map((item) => [item.name.toLowerCase(), item.unitPrice]);
  const forkFirst = "Garden fork $26.00/pc, garden rake $34.00/pc, hand trowel $11.00/pc.";

  it("answer the items in the order they were priced", () => {
    expect(tools(forkFirst, "24 / 32 / 10?")).toEqual([
      ["garden fork", 24],
      ["garden rake", 32],
      ["hand trowel", 10],
    ]);
  });

  it("in the order of the last listing", () => {
    expect(
      tools("Hand trowel $11.00/pc, garden fork $26.00/pc, garden rake $34.00/pc.", "10 / 24 / 32?"),
    ).toEqual([
      ["hand trowel", 10],
      ["garden fork", 24],
      ["garden rake", 32],
    ]);
  });

  it("out of order, each goes to the item whose price it is near", () => {
    expect(tools(forkFirst, "10 / 32 / 24?")).toEqual([
      ["garden fork", 24],
      ["garden rake", 32],
      ["hand trowel", 10],
    ]);
  });

  it("the amounts before a named one answer the items not named, in order", () => {
    expect(tools(forkFirst, "24 and 32 fine. trowel 10?")).toEqual([
      ["garden fork", 24],
      ["garden rake", 32],
      ["hand trowel", 10],
    ]);
  });
});

describe("counts and amounts after the items they follow", () => {
  it("'1500 forks and 2500 rakes at 3.20 and 1.20' prices each in the order named", () => {
    expect(
      extractDraft(
        parseTranscript(
          [
            "Buyer: We need the garden fork and the garden rake.",
            "Seller: Garden fork $3.00/pc, garden rake $1.00/pc.",
            "Buyer: 1500 forks and 2500 rakes at 3.20 and 1.20.",
            "Seller: Ok.",
          ].join("\n"),
        ),
        { now },
      ).items.map((item) => [item.quantity, item.unitPrice]),
    ).toEqual([
      [1500, 3.2],
      [2500, 1.2],
    ]);
  });

  it("an amount after a named item's part, far from its price and from the other's, is no counter", () => {
    expect(
      pricesOf([
        "Buyer: We need 500 pcs of the garden fork and 500 pcs of the garden rake.",
        "Seller: Garden fork $26.00/pc, garden rake $34.00/pc.",
        "Buyer: rake 32, 12?",
        "Seller: Ok.",
      ]),
    ).toEqual([null, 32]);
  });
});

describe("more of which item an amount goes to", () => {
  it("an amount near two items priced the same counters both", () => {
    expect(
      pricesOf([
        "Buyer: We need 500 pcs of the base coat and 500 pcs of the top coat.",
        "Seller: Base coat $3.80/pc, top coat $3.80/pc.",
        "Buyer: 3.60?",
        "Seller: Ok.",
      ]),
    ).toEqual([3.6, 3.6]);
  });

  it("'for both' after two of three items named prices those two", () => {
    expect(
      pricesOf([
        "Buyer: We need 500 pcs each of the garden fork, the garden rake and the hand trowel.",
        "Seller: Garden fork $26.00/pc, garden rake $34.00/pc, hand trowel $11.00/pc.",
        "Buyer: fork/rake 30 for both?",
        "Seller: Ok.",
      ]),
    ).toEqual([30, 30, null]);
  });

  it("two amounts in one part go each to the name nearest it", () => {
    expect(
      pricesOf([
        "Buyer: We need 500 pcs of the ceramic mug and 500 pcs of the glass jar.",
        "Seller: Ceramic mug $2.60/pc, glass jar $2.50/pc.",
        "Buyer: mug 2.40 jar 2.30?",
        "Seller: Ok.",
      ]),
    ).toEqual([2.4, 2.3]);
  });

  it.each([
    ["2.40", [2.4, null]],
    ["0.90", [null, null]],
  ])("'For the mug, we can pay %s at most.' is the mug's unless far from its price", (amount, prices) => {
    expect(
      pricesOf([
        "Buyer: We need 500 pcs of the ceramic mug and 500 pcs of the glass jar.",
        "Seller: Ceramic mug $2.60/pc, glass jar $2.50/pc.",
        `Buyer: For the mug, we can pay ${amount} at most.`,
        "Seller: Ok.",
      ]),
    ).toEqual(prices);
  });
});

describe("a number right after a capitalised word is part of a name, not a count", () => {
  it("'500 pcs for iPhone 16 Pro' orders 500 of the Pro's case, not 16", () => {
    expect(
      extractDraft(
        parseTranscript(
          [
            "Seller: Phone case for iPhone 16 Pro $3.20/pc, phone case for iPhone 16 $2.90/pc.",
            "Buyer: We need 500 pcs for iPhone 16 Pro.",
            "Seller: Ok.",
          ].join("\n"),
        ),
        { now },
      ).items.map((item) => [item.quantity, item.unitPrice]),
    ).toEqual([
      [500, 3.2],
      [null, null],
    ]);
  });

  it("'Model 4000 pathway' is a model, no count of pathway lights", () => {
    expect(
      extractDraft(
        parseTranscript(
          [
            "Seller: Solar pathway light $3.20/pc, solar garden torch $4.10/pc.",
            "Buyer: Model 4000 pathway, 2000 torch.",
            "Seller: Ok, confirmed.",
          ].join("\n"),
        ),
        { now },
      ).items.map((item) => item.quantity),
    ).toEqual([null, 2000]);
  });
});

describe("where an amount's item is decided at the edge", () => {
  const pets = (harness: string, leash: string, counter: string) => [
    "Buyer: We need 300 pcs of the dog harness and 300 pcs of the dog leash.",
    `Seller: Dog harness $${harness}/pc, dog leash $${leash}/pc.`,
    `Buyer: ${counter}`,
    "Seller: Ok, confirmed.",
  ];

  it("exactly half as much again as an item's price still counters it", () => {
    expect(pricesOf(pets("4.00", "2.10", "6.00?"))).toEqual([6, null]);
    expect(pricesOf(pets("4.00", "2.10", "6.00 / 2.00?"))).toEqual([6, 2]);
  });

  it("an amount equal to one price but within 2% of the other counters the item named last", () => {
    expect(pricesOf(pets("3.00", "3.05", "3.00?"))).toEqual([null, 3]);
  });

  it("an amount as far from the name before it as from the one after goes to the one before", () => {
    expect(
      pricesOf([
        "Buyer: We need 500 pcs of the ceramic mug and 500 pcs of the glass jar.",
        "Seller: Ceramic mug $2.60/pc, glass jar $2.50/pc.",
        "Buyer: mug 2.4 jar 2.3?",
        "Seller: Ok.",
      ]),
    ).toEqual([2.4, 2.3]);
  });
});

describe("one count and price for one of several items in a sentence", () => {
  it("is that item's order line, not a row of a tier table", () => {
    expect(
      extractDraft(
        parseTranscript(
          [
            "Buyer: We need 900 pcs of the hiking backpack and 500 pcs of the rain cover.",
            "Seller: Hiking backpack 12.00 USD, rain cover 1.80 USD.",
            "Seller: For 900 backpacks price 11.40 USD, rain cover 500 pcs 1.60 USD.",
            "Buyer: Ok.",
          ].join("\n"),
        ),
        { now },
      ).items.map((item) => [item.quantity, item.unitPrice]),
    ).toEqual([
      [900, 11.4],
      [500, 1.6],
    ]);
  });
});

describe("a total of the order's lines counts no one item", () => {
  it.each([
    "Total 3500 pcs, so give me the best price on all.",
    "In total: 3,500 pcs.",
    "Altogether 3500 pcs, please confirm.",
  ])("%s after two items' counts leaves each item its own", (total) => {
    expect(
      extractDraft(
        parseTranscript(
          [
            "Seller: Hiking backpack 12.00 USD, rain cover 1.80 USD.",
            `Buyer: I need 2000 pcs hiking backpack and 1500 pcs rain cover. ${total}`,
            "Seller: Ok confirmed.",
          ].join("\n"),
        ),
        { now },
      ).items.map((item) => item.quantity),
    ).toEqual([2000, 1500]);
  });

  it("one item's count with 'total' after it is still its count", () => {
    expect(
      extractDraft(
        parseTranscript(
          [
            "Seller: Hoodie 8.20 USD.",
            "Buyer: S 100 / M 200 / L 200 = 500 pcs total. Ok 8.20",
            "Seller: Ok.",
          ].join("\n"),
        ),
        { now },
      ).items.map((item) => item.quantity),
    ).toEqual([500]);
  });
});

describe("a document's total and packing lines price and count no item", () => {
  const pi = (...tail: string[]) =>
    extractDraft(
      parseTranscript(
        [
          "Supplier: PI below, please check.",
          "No. | Description | Qty | Unit | Unit price USD | Amount USD",
          "1 | Bamboo lunch box, 2 tier | 2,000 | pcs | 2.40 | 4,800.00",
          "2 | Bamboo cutlery set, 4 pcs per set | 1,000 | sets | 1.80 | 1,800.00",
          "  | Sea freight CIF Durban | | | | 650.00",
          ...tail,
        ].join("\n"),
      ),
      { now },
    ).items.map((item) => [item.quantity, item.unitPrice]);

  it("'TOTAL: USD ...' with freight in it is the order's total, in a revised PI too", () => {
    expect(
      pi(
        "TOTAL: USD 7,250.00",
        "Buyer: Line 2 should be 1.70, you agreed that on Monday.",
        "Supplier: Sorry, revised PI:",
        "2 | Bamboo cutlery set, 4 pcs per set | 1,000 | sets | 1.70 | 1,700.00",
        "TOTAL: USD 7,150.00",
        "Buyer: OK, PI signed",
      ),
    ).toEqual([
      [2000, 2.4],
      [1000, 1.7],
    ]);
  });

  it("'Packing: ...; 24 pcs (item 1), 12 sets (item 2) per carton' counts what a carton holds", () => {
    expect(
      pi("Packing: each in a kraft box; 24 pcs (item 1), 12 sets (item 2) per export carton.", "Buyer: ok"),
    ).toEqual([
      [2000, 2.4],
      [1000, 1.8],
    ]);
  });
});
