/**
 * Amounts the order shows per piece: an add-on put on top of a price is none, a price per carton is divided
 * by the pieces a carton holds when the order counts pieces. One row per wording. Chats written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const itemOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now }).items[0];
const priceOf = (lines: string[]) => itemOf(lines)?.unitPrice ?? null;

describe("an add-on put on top of the price is no new price", () => {
  const chat = (line: string) => [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    "Seller: Steel water bottle is $4.20/pc.",
    `Seller: ${line}`,
    "Buyer: Ok, confirmed.",
  ];

  it("the same amount named as the gift box's price is a new price", () => {
    expect(priceOf(chat("Gift box 3.50 usd."))).toBe(3.5);
  });

  it.each([
    "Gift box +3.50 usd.",
    "Gift box + $3.50.",
    "Gift box extra USD 3.50.",
    "Gift box extra US$ 3.50.",
    "Gift box extra of $3.50.",
    "Add $3.50 for the gift box.",
    "Gift box add 3.50 usd.",
    "Additional €3.50 for the gift box.",
    "Gift box surcharge US$3.50.",
    "Plus 3.50 usd for the gift box.",
  ])("'%s' leaves 4.20 agreed", (line) => {
    expect(priceOf(chat(line))).toBe(4.2);
  });
});

describe("a price per package, for an order counted in pieces, is divided by the pieces a package holds", () => {
  const chat = (quote: string, need = "3,600 rolls") => [
    `Buyer: Hi, we need ${need} of the kraft packing tape.`,
    `Seller: Kraft packing tape ${quote}.`,
    "Buyer: Ok, confirmed.",
  ];

  it.each([
    "USD 36.00 per carton, 36 rolls per carton",
    "USD 36.00 per carton, 36 rolls/carton",
    "USD 36.00 per carton, 36 rolls / ctn",
    "USD 36.00 per carton, 36 rolls in a carton",
    "USD 36.00 per carton, 36 rolls in one carton",
    "USD 36.00 per carton, 36 rolls in each carton",
    "USD 36.00 per carton, 36 rolls each carton",
    "USD 36.00 per carton, 36 rolls a carton",
    "USD 36.00 per carton, 36 rolls per export carton",
    "USD 36.00 per carton, 36 rolls per master carton",
    "USD 36.00 per carton, 36 rolls per outer carton",
    "USD 36.00 per carton, 36 rolls per ctns",
    "USD 36.00/ctn, 36 rolls per carton",
    "USD 36.00 per cartons, 36 rolls per carton",
    "USD 36.00 per ctn, 36 rolls per ctn",
    "USD 36.00 per case, 36 rolls per case",
    "USD 36.00 per bale, 36 rolls per bale",
    "USD 36.00 per drum, 36 rolls per drum",
    "USD 36.00 per carton, 36 rolls  per  carton",
    "USD 36.00 per Carton, 36 rolls per CTN",
  ])("'%s' is 1.00 a roll", (quote) => {
    expect(itemOf(chat(quote))).toMatchObject({ quantity: 3600, unit: "rolls", unitPrice: 1 });
  });

  it("the pack size said in a later message of the chat counts too", () => {
    expect(
      priceOf([
        "Buyer: Hi, we need 3,600 rolls of the kraft packing tape.",
        "Seller: Kraft packing tape USD 36.00 per carton.",
        "Seller: 36 rolls per carton.",
        "Buyer: Ok, confirmed.",
      ]),
    ).toBe(1);
  });

  it("the first pack size said is the one the price is for", () => {
    expect(
      priceOf([
        "Buyer: Hi, we need 3,600 rolls of the kraft packing tape.",
        "Seller: Kraft packing tape USD 36.00 per carton, 36 rolls per carton.",
        "Seller: Also 24 rolls per carton possible.",
        "Buyer: Ok, confirmed.",
      ]),
    ).toBe(1);
  });

  it("'100 cartons' of 36 rolls are 3,600 rolls at 1.00 a roll", () => {
    expect(itemOf(chat("USD 36.00 per carton, 36 rolls per carton", "100 cartons"))).toMatchObject({
      quantity: 3600,
      unit: "rolls",
      unitPrice: 1,
    });
  });

  it.each([
    ["USD 36.00 per carton, 36 rolls per carton", "the kraft packing tape, please quote"],
    ["USD 36.00 per carton, 1 roll per carton", "3,600 rolls"],
    ["USD 36.00 per carton, 36 rolls per box", "3,600 rolls"],
    ["USD 36.00 per carton", "3,600 rolls"],
  ])("'%s' for '%s' stays 36.00", (quote, need) => {
    expect(priceOf(chat(quote, need))).toBe(36);
  });

  it("a pack size said of the sample is not the order's", () => {
    expect(
      priceOf([
        "Buyer: Hi, we need 3,600 rolls of the kraft packing tape.",
        "Seller: Kraft packing tape USD 36.00 per carton.",
        "Seller: Sample: 36 rolls per carton.",
        "Buyer: Ok, confirmed.",
      ]),
    ).toBe(36);
  });
});

describe("a tier table settles the row for the count the buyer orders", () => {
  const table = (sep: string) =>
    `Seller: Bamboo cutting board: 500 pcs${sep}$2.90, 1000 pcs${sep}$2.60, 3000 pcs${sep}$2.30.`;
  const ask = "Buyer: Hi, please quote the bamboo cutting board.";

  it.each([": ", " = ", " @ ", " - ", " ", ":   "])("rows written 'count%sprice' are tiers", (sep) => {
    expect(priceOf([ask, table(sep), "Buyer: We need 1,000 pcs."])).toBe(2.6);
  });

  it.each([":    ", " at "])("a price further from its count ('count%sprice') makes no tier row", (sep) => {
    expect(priceOf([ask, table(sep), "Buyer: We need 1,000 pcs."])).toBeNull();
  });

  it("one row alone is a tier too", () => {
    expect(
      itemOf([ask, "Seller: Bamboo cutting board: 1000 pcs: $2.60.", "Buyer: We need 2,000 pcs."]),
    ).toMatchObject({ quantity: 2000, unitPrice: 2.6 });
  });

  it("the count ordered, then confirmed, settles its row", () => {
    expect(itemOf([ask, table(": "), "Buyer: 1,000 pcs please.", "Seller: Confirmed."])).toMatchObject({
      quantity: 1000,
      unitPrice: 2.6,
    });
  });

  it("a count stated before the table, then an 'ok', settles its row", () => {
    expect(
      priceOf(["Buyer: Hi, we need 1,000 pcs of the bamboo cutting board.", table(": "), "Buyer: Ok."]),
    ).toBe(2.6);
  });

  it("a later price offered after the table is the deal", () => {
    expect(
      priceOf([ask, table(": "), "Buyer: We need 1,000 pcs.", "Seller: For you 2.50.", "Buyer: Ok."]),
    ).toBe(2.5);
  });

  it("rows the buyer asks about are no tiers", () => {
    expect(
      priceOf([
        "Buyer: Hi, please quote the bamboo cutting board.",
        "Buyer: 500 pcs: $2.90, 1000 pcs: $2.60?",
        "Buyer: We need 1,000 pcs.",
      ]),
    ).toBeNull();
  });
});

describe("a total is divided by the count ordered", () => {
  const chat = (line: string) => [
    "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
    "Seller: Steel water bottle is $4.20/pc.",
    `Seller: ${line}`,
    "Buyer: Ok.",
  ];

  it.each([
    "Total $4,000.",
    "It comes to 4,000.",
    "That comes to $4,000.",
    "Amounting to 4,000.",
    "That amounts to 4,000.",
    "1000 pcs x 4.00 = USD 4,000.",
    "1000 pcs × $4.00 = $4,000.",
    "1000 pcs x US$4.00 = 4,000.",
    "1000 pcs x USD 4.00 = 4,000.",
    "Total 1,000 pcs at USD 4.00/pc.",
  ])("'%s' is 4.00 a piece", (line) => {
    expect(priceOf(chat(line))).toBe(4);
  });

  it.each(["10 pcs × $4.20 = $40 for you.", "10 pcs x $4.20 = $40 for you."])(
    "'%s': a sum no larger than the price could be is divided too",
    (line) => {
      expect(
        priceOf([
          "Buyer: Hi, we need 10 pcs of the steel water bottle.",
          "Seller: Steel water bottle is $4.20/pc.",
          `Seller: ${line}`,
          "Buyer: Ok.",
        ]),
      ).toBe(4);
    },
  );

  it("a bare amount with no word of a total, far from the price, is nothing", () => {
    expect(priceOf(chat("We keep 4,000."))).toBe(4.2);
  });

  it("the sum of two items' lines is the order's total, no item's price", () => {
    const twoItems = (total: string) =>
      extractDraft(
        parseTranscript(
          [
            "Buyer: We need 500 pcs of the ceramic mug and 500 pcs of the glass jar.",
            "Seller: Ceramic mug $2.00/pc, glass jar $1.00/pc.",
            `Seller: Total USD ${total}.`,
            "Buyer: Ok, confirmed.",
          ].join("\n"),
        ),
        { now },
      ).items.map((item) => item.unitPrice);
    expect(twoItems("1,500")).toEqual([2, 1]);
    expect(twoItems("1,510")).toEqual([2, 1]);
  });
});

describe("a pasted quote headed by a priced column", () => {
  it.each([
    ["Unit price (USD)", "USD"],
    ["Unit price ( EUR)", "EUR"],
    ["Price USD", "USD"],
    ["FOB price, GBP", "GBP"],
    ["Price: RMB", "CNY"],
    ["Price(cny)", "CNY"],
  ])("'%s' prices its rows in %s", (header, currency) => {
    const draft = extractDraft(
      parseTranscript(
        [
          `Seller: Item | Description | ${header}`,
          "Seller: 1 | Steel water bottle 500 ml | 4.20",
          "Buyer: We need 1,000 pcs of the steel water bottle. Ok.",
        ].join("\n"),
      ),
      { now },
    );
    expect([draft.items[0]?.unitPrice, draft.currency]).toEqual([4.2, currency]);
  });

  it("a column with no currency prices nothing", () => {
    expect(
      priceOf([
        "Seller: Item | Description | Unit price",
        "Seller: 1 | Steel water bottle 500 ml | 4.20",
        "Buyer: We need 1,000 pcs of the steel water bottle. Ok.",
      ]),
    ).toBeNull();
  });
});

describe("a range of prices is accepted by nobody", () => {
  it.each([
    "3.80 - 3.95",
    "3.80~3.95 usd",
    "from 3.80 to 3.95",
    "3.80 usd to 3.95 usd",
    "from $3.80 to $3.95",
    "from 3.80 rmb to 3.95 rmb",
    "$3.80 – $3.95",
    "3.80 usd ~ 3.95 usd",
  ])("'Depending on the logo, %s.' then 'Ok.' keeps 4.20", (range) => {
    expect(
      priceOf([
        "Buyer: Hi, we need 1,000 pcs of the steel water bottle.",
        "Seller: Steel water bottle is $4.20/pc.",
        `Seller: Depending on the logo, ${range}.`,
        "Buyer: Ok.",
      ]),
    ).toBe(4.2);
  });
});

describe("where a price is quoted per package, packages are counted as goods", () => {
  const line = (quote: string, order: string) =>
    itemOf([
      "Buyer: Hi, please quote the nylon fishing line.",
      `Seller: Nylon fishing line ${quote}.`,
      `Buyer: ${order} please.`,
      "Seller: Ok, confirmed.",
    ]);

  it.each(["USD 3.40 per reel", "USD 3.40/reel"])("'%s' then '800 reels' orders 800 at 3.40", (quote) => {
    expect(line(quote, "800 reels")).toMatchObject({ quantity: 800, unitPrice: 3.4 });
  });

  it("with no price per reel, '800 reels' orders nothing", () => {
    expect(line("USD 3.40", "800 reels")).toMatchObject({ quantity: null, unitPrice: null });
  });

  it.each([
    ["USD 3.40 per kg", "800 kg", "kg"],
    ["USD 3.40 per meter", "800 meters", "metres"],
  ])("'%s' then '%s' orders 800 in that measure, not 800 pieces", (quote, order, unit) => {
    expect(line(quote, order)).toMatchObject({ quantity: 800, unit, unitPrice: 3.4 });
  });

  it.each([
    ["USD 3.40 per trip", "2 trips"],
    ["USD 3.40 per shipment", "2 shipments"],
    ["USD 3.40 per design", "3 designs"],
    ["USD 3.40 per color", "3 colors"],
  ])("'%s' makes '%s' no count of goods", (quote, order) => {
    expect(line(quote, order)).toMatchObject({ quantity: null, unitPrice: null });
  });

  it("'300 cartons blue M' at a price per carton orders 300 cartons", () => {
    expect(
      itemOf([
        "Buyer: Hi, please quote the cotton t-shirt.",
        "Seller: Cotton t-shirt USD 23.80 per carton.",
        "Buyer: 300 cartons blue M.",
        "Seller: Ok, confirmed.",
      ]),
    ).toMatchObject({ quantity: 300, unitPrice: 23.8 });
  });

  it("a price per carton of three rolls is a third of it a roll, to four places", () => {
    expect(
      priceOf([
        "Buyer: Hi, we need 3,000 rolls of the kraft packing tape.",
        "Seller: Kraft packing tape USD 10.00 per carton, 3 rolls per carton.",
        "Buyer: Ok, confirmed.",
      ]),
    ).toBe(3.3333);
  });
});

describe("how far from the price on the table an amount may be and still be an offer", () => {
  const chair = (line: string, answer: string) => [
    "Buyer: Hi, we need 1,000 pcs of the garden chair.",
    "Seller: Garden chair is $10.00/pc.",
    line,
    answer,
  ];

  it.each([
    ["3.00", 3],
    ["2.99", null],
    ["30", 30],
    ["30.5", null],
  ])(
    "a bare '%s?' against 10.00 is a counter from a third to three times the price (%s)",
    (counter, price) => {
      expect(priceOf(chair(`Buyer: ${counter}?`, "Seller: Ok."))).toBe(price);
    },
  );

  it.each([
    ["$2.00", 2],
    ["$1.99", 10],
    ["$50", 50],
    ["$50.50", 10],
  ])(
    "'Now %s' with its currency is a new price from a fifth to five times the price (%s)",
    (amount, price) => {
      expect(priceOf(chair(`Seller: Now ${amount}.`, "Buyer: Ok, confirmed."))).toBe(price);
    },
  );
});
