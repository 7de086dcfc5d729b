/**
 * A pasted quote table is read by its header: each row under "Item | ... | Unit Price" is a product with
 * the price in its price column and the count in its "Qty" column; later messages name the rows by
 * number ("item 2 at 7.20 is expensive"). Tables of trades the fixtures do not cover.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { quoteTableRows } from "../../../src/core/extract/quote-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const rowsOf = (lines: string[]) =>
  quoteTableRows(clausesOf(parseTranscript(lines.join("\n")))).map((row) => [
    row.name,
    row.position,
    row.price.value,
    row.quantity?.value ?? null,
  ]);
const itemsOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((item) => [
    item.name,
    item.quantity,
    item.unitPrice,
  ]);

const gardenQuote = [
  "QUOTATION from Yongkang Greenleaf Tools Co., Ltd.",
  "No. | Item | Description | MOQ | Qty | Unit Price (USD) | Amount (USD)",
  "1 | Bypass pruner GP-20 | SK5 blade, 20 mm cut | 500 | 1200 | 3.40 | 4,080.00",
  "2 | Hedge shears HS-8 | 8 inch wavy blade | 300 | 600 | 6.85 | 4,110.00",
  "3 | Garden kneeler GK-1 | EVA foam 45x28 cm | 500 | 800 | 2.20 | 1,760.00",
  "- | Samples (1 pc each, by DHL) | paid | - | 3 | - | 40.00",
  "- | Sea freight CFR Hamburg | LCL | - | - | - | 520.00",
  "Payment: 30% deposit, balance before shipment.",
];

describe("rows of a quote table, read by the header", () => {
  it("each product row gives its name, number, price column and Qty column; samples and freight are no rows", () => {
    expect(rowsOf(gardenQuote)).toEqual([
      ["Bypass pruner GP-20", 1, 3.4, 1200],
      ["Hedge shears HS-8", 2, 6.85, 600],
      ["Garden kneeler GK-1", 3, 2.2, 800],
    ]);
  });

  it("an 'Item' column holding only the row number takes the description as the name, with the short codes of the row", () => {
    expect(
      rowsOf([
        "Item | Description | Size | Rating | Unit price (USD) | MOQ",
        "1    | Gate valve, brass body, threaded | DN15 | PN16 | 4.20 /pc | 200 pcs",
        "2    | same as item 1 | DN20 | PN16 | 5.10 /pc | 200 pcs",
        "3    | Check valve, brass, spring | DN15 | PN16 | 3.90 /pc | 200 pcs",
      ]),
    ).toEqual([
      ["Gate valve DN15 PN16", 1, 4.2, null],
      ["Gate valve DN20 PN16", 2, 5.1, null],
      ["Check valve DN15 PN16", 3, 3.9, null],
    ]);
  });

  it.each([
    ["no price column", ["Item | Description | Qty", "1 | Bypass pruner | 1200", "2 | Hedge shears | 600"]],
    ["no name column", ["No. | Qty | Unit price", "1 | 1200 | 3.40", "2 | 600 | 6.85"]],
    ["one row only", ["Item | Qty | Unit price (USD)", "Bypass pruner | 1200 | 3.40"]],
    ["one space apart", ["Item Qty Unit price", "Bypass pruner 1200 3.40", "Hedge shears 600 6.85"]],
  ])("%s: no table is read", (_, lines) => {
    expect(rowsOf(lines)).toEqual([]);
  });
});

describe("a unit column beside the count", () => {
  it("names each row's count unit", () => {
    const draft = extractDraft(
      parseTranscript(
        [
          "Buyer: the hook rail is now 6.20 as agreed on the phone (rev. 1 had 6.60). Please send the PI.",
          "Supplier: Revised PI below, rev. 2.",
          "No. | Description | Qty | Unit | Unit Price USD | Amount USD",
          "1 | Oak coat hook rail, 5 hooks | 400 | pcs | 6.20 | 2,480.00",
          "2 | Oak shelf brackets, pair | 300 | pairs | 2.10 | 630.00",
          "3 | Wall anchor kit | 200 | sets | 0.90 | 180.00",
          "Buyer: ok, confirmed",
        ].join("\n"),
      ),
      { now },
    );
    expect(draft.items.map((item) => [item.quantity, item.unit, item.unitPrice])).toEqual([
      [400, "pcs", 6.2],
      [300, "pairs", 2.1],
      [200, "sets", 0.9],
    ]);
  });
});

describe("a quote table, then the chat naming its rows by number", () => {
  it("'item 2' takes the counter-offer, the rest keep the table's price and Qty", () => {
    expect(
      itemsOf([
        ...gardenQuote,
        "--- chat ---",
        "Buyer: Item 2 at 6.85 is expensive, we do 6.20.",
        "Supplier: 6.20 no. 6.50 for item 2 is our last.",
        "Buyer: OK 6.50 for item 2. Items 1 and 3 as per the quotation, please send the PI.",
      ]),
    ).toEqual([
      ["Bypass pruner GP-20", 1200, 3.4],
      ["Hedge shears HS-8", 600, 6.5],
      ["Garden kneeler GK-1", 800, 2.2],
    ]);
  });

  it("the number in 'item (1)' is neither a price nor a count", () => {
    const items = itemsOf([
      "Supplier: We are pleased to offer as follows: (1) Bamboo cutting board, 38x28 cm, 1000 boards at USD 4.20 per board; (2) Bamboo serving tray, 45x30 cm, 500 trays at USD 6.10 per tray.",
      "Buyer: Can we have USD 3.90 for item (1) and 5.80 for item (2)?",
      "Supplier: We can grant USD 4.00 for item (1) and USD 5.90 for item (2).",
      "Buyer: Accepted, 4.00 and 5.90.",
    ]);
    expect(items.map((item) => item[2])).toEqual([4, 5.9]);
    expect(items.map((item) => item[1])).toEqual([1000, 500]);
  });
});

/** Every row as the words it cites: name cell, price words and count words, by their offsets. */
const cited = (lines: string[]) => {
  const clauses = clausesOf(parseTranscript(lines.join("\n")));
  return quoteTableRows(clauses).map((row) => {
    const text = clauses[row.clause]!.text;
    return {
      name: row.name,
      at: text.slice(row.start, row.start + 6),
      price: text.slice(row.price.start, row.price.end),
      currency: row.price.currency,
      count: row.quantity ? text.slice(row.quantity.start, row.quantity.end) : null,
      position: row.position,
      codes: row.codes,
    };
  });
};

describe("what a row cites", () => {
  it("the name cell, the price and the count by their places in the line, bars at both ends or none", () => {
    for (const [open, close] of [
      ["| ", " |"],
      ["", ""],
    ])
      expect(
        cited([
          `${open}Item | Qty | Unit price${close}`,
          `${open}Enamel mug 350 ml |  1,500 |   USD 2.40${close}`,
          `${open}Bamboo coaster | 3000 | USD 0.85${close}`,
        ]),
      ).toEqual([
        {
          name: "Enamel mug 350 ml",
          at: "Enamel",
          price: "USD 2.40",
          currency: "USD",
          count: "1,500",
          position: 1,
          codes: [],
        },
        {
          name: "Bamboo coaster",
          at: "Bamboo",
          price: "USD 0.85",
          currency: "USD",
          count: "3000",
          position: 2,
          codes: [],
        },
      ]);
  });

  it("a count that is no whole number ('1.5k', 'TBD') is no count", () => {
    expect(
      cited(["Item | Qty | Price", "Enamel mug | TBD | 2.40", "Bamboo coaster | 1.5k | 0.85"]).map(
        (row) => row.count,
      ),
    ).toEqual([null, null]);
  });

  it("a row numbered in its first cell keeps that number; codes in other cells tell the rows apart", () => {
    expect(
      cited([
        "No. | Product | Size | Unit price | MOQ",
        "7 | Ball valve, brass | DN15 | 4.20 | 200",
        "9 | Ball valve, brass | DN20 | 5.10 | 200",
      ]).map((row) => [row.name, row.position, row.codes, row.at]),
    ).toEqual([
      ["Ball valve DN15", 7, ["DN15"], "Ball v"],
      ["Ball valve DN20", 9, ["DN20"], "Ball v"],
    ]);
  });

  it("a code already in the name is not said twice; a figure under MOQ or Qty is no code", () => {
    expect(
      cited([
        "Model | Description | MOQ | Unit price",
        "SP-10K | Solar power bank SP-10K | 500pcs | 7.90",
        "SP-20K | Solar power bank SP-20K | 300pcs | 11.80",
      ]).map((row) => row.name),
    ).toEqual(["Solar power bank SP-10K", "Solar power bank SP-20K"]);
  });
});

describe("which lines make a table", () => {
  const header = "Item | Qty | Unit price (USD)";
  const rows = ["Enamel mug | 1500 | 2.40", "Bamboo coaster | 3000 | 0.85"];

  it.each([
    ["Product", "Product | Qty | FOB price"],
    ["Products", "Products | Qty | Price"],
    ["Description", "Description | Quantity | Unit Price"],
    ["Descriptions", "Descriptions | Order qty | CIF"],
    ["Goods", "Goods | Order quantity | EXW"],
    ["Name", "Name | Q'ty | DDP"],
    ["Names", "Names | Qty | unitprice"],
    ["Article", "Article | Qty | Price USD"],
    ["Articles", "Articles | Qty | Price"],
    ["Items", "Items | Qty | Price"],
  ])("a header naming the product by '%s' is read", (_, head) => {
    expect(cited([head, ...rows]).map((row) => [row.name, row.count])).toEqual([
      ["Enamel mug", "1500"],
      ["Bamboo coaster", "3000"],
    ]);
  });

  it.each([
    ["a header whose price column is the line total", "Item | Qty | Amount price"],
    ["a header with a bare figure in it", "Item | 100 | Unit price"],
    ["a header with no product column", "Code | Qty | Unit price"],
  ])("%s is no header", (_, head) => {
    expect(cited([head, ...rows])).toEqual([]);
  });

  it("a line with one bar is no row, and the table ends at the first line that is no row", () => {
    expect(
      cited([
        header,
        rows[0]!,
        rows[1]!,
        "Remarks: price valid 15 days | thanks",
        "Glass jar | 800 | 1.10",
      ]).map((row) => row.name),
    ).toEqual(["Enamel mug", "Bamboo coaster"]);
  });

  it("a text line before the header is passed over, and only the first table is read", () => {
    expect(
      cited([
        "Dear Tom | please see our offer",
        "hello",
        header,
        ...rows,
        "Payment 30% deposit.",
        "Item | Qty | Unit price",
        "Glass jar | 800 | 1.10",
        "Cork lid | 800 | 0.20",
      ]).map((row) => row.name),
    ).toEqual(["Enamel mug", "Bamboo coaster"]);
  });

  it.each([
    ["Samples", "Samples (1 pc each) | 2 | 45.00"],
    ["Sample", "Sample set | 1 | 45.00"],
    ["freight", "Sea freight to Hamburg | 1 | 520.00"],
    ["shipping", "Shipping cost | 1 | 300"],
    ["express", "Express DHL | 1 | 80"],
    ["courier", "Courier | 1 | 80"],
    ["mould", "Mould for logo | 1 | 300"],
    ["mold", "Mold | 1 | 300"],
    ["tooling", "Tooling | 1 | 300"],
    ["fee", "Bank fee | 1 | 30"],
    ["charge", "Handling charge | 1 | 30"],
    ["charges", "Port charges | 1 | 30"],
    ["total", "Total | 4500 | 6,150.00"],
    ["subtotal", "Subtotal | 4500 | 6,150.00"],
    ["discount", "Discount | 1 | 50"],
  ])("a row of %s is no product", (_, row) => {
    expect(cited([header, ...rows, row]).map((found) => found.name)).toEqual([
      "Enamel mug",
      "Bamboo coaster",
    ]);
  });

  it("a row with no price in its price column, a zero price, or cells that do not line up is passed over", () => {
    expect(
      cited([
        header,
        rows[0]!,
        "Glass jar | 800 | on request",
        "Cork lid | 800 | 0.00",
        "|---|---|---|",
        "Spoon | 200 | extra | cell | here | 0.30",
        rows[1]!,
      ]).map((row) => row.name),
    ).toEqual(["Enamel mug", "Bamboo coaster"]);
  });

  it("one row alone is no table", () => {
    expect(cited([header, rows[0]!])).toEqual([]);
  });

  it("a row one cell longer than its header starts with the row number the header lost", () => {
    expect(
      cited([
        "Item | Qty | Unit price",
        "1 | Enamel mug | 1500 | 2.40",
        "- | Bamboo coaster | 3000 | 0.85",
      ]).map((row) => [row.name, row.count, row.price, row.position]),
    ).toEqual([
      ["Enamel mug", "1500", "2.40", 1],
      ["Bamboo coaster", "3000", "0.85", 2],
    ]);
  });

  it("a row one cell longer that does not open with a number is read as it stands", () => {
    expect(
      cited([
        "Item | Qty | Unit price",
        "Enamel mug | 1500 | 2.40 | note",
        "Bamboo coaster | 3000 | 0.85 | note",
      ]).map((row) => [row.name, row.price]),
    ).toEqual([
      ["Enamel mug", "2.40"],
      ["Bamboo coaster", "0.85"],
    ]);
  });
});

describe("rows that say 'same as'", () => {
  it.each([
    ["same as item 1", "same as item 1"],
    ["same as item1", "same as item1"],
    ["same as above", "same as above"],
    ["Same as 1", "Same as 1"],
  ])("'%s' takes the product of that row (or the one before), told apart by its codes", (_, cell) => {
    expect(
      cited([
        "Item | Description | Size | Unit price",
        "1 | Gate valve, brass | DN15 | 4.20",
        "2 | Check valve | DN15 | 3.90",
        `3 | ${cell} | DN20 | 5.10`,
      ]).map((row) => row.name),
    ).toEqual([
      "Gate valve DN15",
      "Check valve DN15",
      cell.includes("1") && /item/.test(cell) ? "Gate valve DN20" : "Check valve DN20",
    ]);
  });

  it("'same as item 12' with no row 12 takes the row before", () => {
    expect(
      cited([
        "Item | Description | Size | Unit price",
        "1 | Gate valve | DN15 | 4.20",
        "2 | Check valve | DN15 | 3.90",
        "3 | same as item 12 | DN20 | 5.10",
      ]).map((row) => row.name),
    ).toEqual(["Gate valve DN15", "Check valve DN15", "Check valve DN20"]);
  });

  it("'same as' on the first row has nothing to be the same as", () => {
    expect(
      cited([
        "Item | Description | Size | Unit price",
        "1 | same as item 1 | DN20 | 5.10",
        "2 | Gate valve | DN15 | 4.20",
        "3 | Check valve | DN15 | 3.90",
      ]).map((row) => row.name),
    ).toEqual(["Gate valve DN15", "Check valve DN15"]);
  });

  it("the name column stops at the next column that names no product: a row of only a number there has no name", () => {
    expect(
      cited([
        "Item | Size | Unit price",
        "1 | DN15 | 4.20",
        "2 | DN20 | 5.10",
        "3 | Brass gate valve | 6.00",
      ]).map((row) => row.name),
    ).toEqual([]);
  });

  it("a model column after the item column is read past to the description", () => {
    expect(
      cited([
        "Item | Model | Description | Unit price",
        "1 | A-1 | Desk lamp | 9.80",
        "2 | B-2 | Floor lamp | 19.50",
      ]).map((row) => row.name),
    ).toEqual(["Desk lamp A-1", "Floor lamp B-2"]);
  });
});

describe("the header's words, one by one", () => {
  const twoRows = (header: string) =>
    rowsOf([header, "Steel hook | 500 | 0.40", "Steel rail | 200 | 2.10"]).map((row) => [row[0], row[2]]);

  it.each([
    "item",
    "items",
    "product",
    "products",
    "description",
    "descriptions",
    "goods",
    "name",
    "names",
    "article",
    "articles",
    "product name",
    "item name",
  ])("'%s' names the product column", (name) => {
    expect(twoRows(`${name} | qty | price`)).toEqual([
      ["Steel hook", 0.4],
      ["Steel rail", 2.1],
    ]);
  });

  it.each(["unit price", "unitprice", "price", "FOB", "CIF", "EXW", "DDP"])(
    "'%s' heads the price column",
    (price) => {
      expect(twoRows(`item | qty | ${price}`).map((row) => row[1])).toEqual([0.4, 2.1]);
    },
  );

  it("a header with no price column, or a row of figures, makes no table", () => {
    expect(rowsOf(["item | qty | colour", "Steel hook | 500 | black", "Steel rail | 200 | grey"])).toEqual(
      [],
    );
    expect(rowsOf(["item | 500 | price", "Steel hook | 500 | 0.40", "Steel rail | 200 | 2.10"])).toEqual([]);
  });

  it.each([
    ["price/1000pcs", 0.04],
    ["FOB USD per 1,000", 0.04],
    ["price per 1000", 0.04],
    ["price/1k", 0.04],
    ["price per thousand", 0.04],
    ["price per 100 pcs", 0.4],
  ])("a price column '%s' is per that lot", (header, first) => {
    expect(
      rowsOf([`item | qty | ${header}`, "Steel hook | 5000 | 40.00", "Steel rail | 2000 | 210.00"]).map(
        (row) => row[2],
      )[0],
    ).toBeCloseTo(first, 6);
  });

  it.each([
    ["inner size mm", "mm"],
    ["outer size cm", "cm"],
    ["box size inch", "inch"],
    ["carton dimensions (in)", "in"],
    ["size", null],
  ])("a size column '%s' names each row by its size, in %s", (header, unit) => {
    const names = rowsOf([
      `${header} | qty | price`,
      "200x150x50 | 500 | 0.40",
      "300x200x80 | 200 | 0.62",
    ]).map((row) => row[0]);
    expect(names).toEqual(unit ? [`200x150x50 ${unit}`, `300x200x80 ${unit}`] : ["200x150x50", "300x200x80"]);
  });
});

describe("a table drawn with borders, as invoice tools and code blocks print it", () => {
  const drawn = (rule: string, bar: string) => [
    "Buyer: please send the PI for the three pumps",
    "Seller: PI below",
    rule,
    `${bar} No. ${bar} Description ${bar} Qty ${bar} Unit ${bar} Unit Price ${bar} Amount (USD) ${bar}`,
    rule,
    `${bar} 1 ${bar} DC return pump 3000 L/h ${bar} 400 ${bar} pcs ${bar} 16.40 ${bar} 6,560.00 ${bar}`,
    `${bar} 2 ${bar} Wavemaker 8000 L/h ${bar} 300 ${bar} pcs ${bar} 11.80 ${bar} 3,540.00 ${bar}`,
    rule,
    `${bar} TOTAL ${bar} 700 ${bar} ${bar} ${bar} 10,100.00 ${bar}`,
    rule,
    "Terms: CFR Santos by sea.",
    "Buyer: all correct, we pay the deposit Monday",
  ];

  it.each([
    ["+-----+------+-----+", "|"],
    ["|-----|------|-----|", "|"],
    ["├─────┼──────┼─────┤", "│"],
    ["======================", "|"],
  ])(
    "rows under a header parted from it by '%s' are the products, priced in the amount column's currency",
    (rule, bar) => {
      const draft = extractDraft(parseTranscript(drawn(rule, bar).join("\n")), { now });
      expect(draft.items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice])).toEqual([
        ["DC return pump 3000 L/h", 400, "pcs", 16.4],
        ["Wavemaker 8000 L/h", 300, "pcs", 11.8],
      ]);
      expect(draft.currency).toBe("USD");
    },
  );
});
