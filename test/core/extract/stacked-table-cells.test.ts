/**
 * A quotation or proforma invoice copied out of a PDF, one cell to a line, read cell by cell: the header words
 * suppliers print (No./S/N/#, Description/Goods/Product Name, Qty/Q'ty/Order Qty, Unit Price/Rate, Amount/Total,
 * the currency under a price), the columns that hold no figure (Model, Unit, Packing, Photo), where a row starts
 * and ends, a price worked out from the amount, the counts a price tier starts at, and the lines that only look
 * like such a table.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { stackedTables } from "../../../src/core/extract/stacked-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const clausesFrom = (lines: readonly string[]) => clausesOf(parseTranscript(lines.join("\n")));

/** Each table the buyer sees, each row as [name, count, unit, unit price, currency]. */
const tablesOf = (lines: readonly string[]) =>
  stackedTables(clausesFrom(lines)).map((rows) =>
    rows.map((row) => [
      row.name,
      row.quantity?.value ?? null,
      row.quantity?.unit ?? null,
      row.price.value,
      row.price.currency,
    ]),
  );

/** Each row's words as its evidence quotes them: the name, the count and the price, with the price's line. */
const citedOf = (lines: readonly string[]) => {
  const clauses = clausesFrom(lines);
  return stackedTables(clauses)
    .flat()
    .map((row) => ({
      position: row.position,
      name: clauses[row.clause]!.text.slice(row.start, row.start + row.name.length),
      count: row.quantity
        ? clauses[row.quantity.clause]!.text.slice(row.quantity.start, row.quantity.end)
        : null,
      price: clauses[row.price.clause]!.text.slice(row.price.start, row.price.end),
      priceLine: clauses[row.price.clause]!.line,
      wrapped: row.wrapped.map((at) => clauses[at]!.text),
    }));
};

/** Each row's tiers as [from count, price, the price as written]. */
const tiersOf = (lines: readonly string[]) => {
  const clauses = clausesFrom(lines);
  return stackedTables(clauses).map((rows) =>
    rows.map((row) => [
      row.name,
      row.tiers.map((tier) => [tier.min, tier.price, clauses[tier.clause]!.text.slice(tier.start, tier.end)]),
    ]),
  );
};

/** Two lamps as a proforma invoice prints them, under a header of six cells. */
const lampRows = [
  "1",
  "Desk lamp, LED 9W",
  "500 pcs",
  "9.80",
  "4,900.00",
  "2",
  "Floor lamp, oak",
  "200 pcs",
  "19.50",
  "3,900.00",
];
const lamps = [
  ["Desk lamp", 500, "pcs", 9.8, "USD"],
  ["Floor lamp", 200, "pcs", 19.5, "USD"],
];

describe("the header words a PDF quotation prints", () => {
  it.each([
    [["No.", "Description", "Qty", "Unit Price", "USD", "Amount"]],
    [["No", "Descriptions", "Quantity", "Price", "(USD)", "Total"]],
    [["S/N", "Product", "Order Qty", "Unit price", "US$", "Line Total"]],
    [["SN", "Products", "Order Quantity", "UnitPrice", "$", "Sub-total"]],
    [["Sr No", "Goods", "Q'ty", "Rate", "USD", "Subtotal"]],
    [["#", "Product Name", "Qty (pcs)", "Price (FOB)", "USD", "Amount (USD)"]],
    [["Item No.", "Item Name", "QTY", "UNIT PRICE", "USD", "AMOUNT"]],
    [["Item", "Description", "Quantity", "Unit Price (FOB Qingdao)", "USD", "Total Amount"]],
    [["ItemNo", "Items", "Order qty", "Rate/pc", "USD", "Amount"]],
  ])("%j heads a table of two lamps in US dollars", (header) => {
    expect(tablesOf([...header, ...lampRows])).toEqual([lamps]);
  });

  it.each([
    ["USD", "USD"],
    ["(USD)", "USD"],
    ["US$", "USD"],
    ["$", "USD"],
    ["€", "EUR"],
    ["(EUR)", "EUR"],
    ["£", "GBP"],
    ["¥", "CNY"],
    ["RMB", "CNY"],
    ["AED", "AED"],
  ])("a %j cell under the price prices every row in %s", (cell, currency) => {
    expect(
      tablesOf(["No.", "Description", "Qty", "Unit Price", cell, "Amount", ...lampRows])[0]?.map(
        (row) => row[4],
      ),
    ).toEqual([currency, currency]);
  });

  it("with no currency cell the prices are read bare", () => {
    expect(tablesOf(["No.", "Description", "Qty", "Unit Price", "Amount", ...lampRows])).toEqual([
      [
        ["Desk lamp", 500, "pcs", 9.8, null],
        ["Floor lamp", 200, "pcs", 19.5, null],
      ],
    ]);
  });

  it("the first currency under the header is the prices', not the amount's", () => {
    expect(
      tablesOf(["No.", "Description", "Qty", "Unit Price", "EUR", "Amount", "USD", ...lampRows])[0]?.map(
        (row) => row[4],
      ),
    ).toEqual(["EUR", "EUR"]);
  });

  it.each([
    "Model",
    "Unit",
    "UOM",
    "Packing",
    "Remarks",
    "Remark",
    "Photo",
    "Picture",
    "Spec",
    "Specs",
    "Specification",
    "Specifications",
  ])("a %j column of words between the description and the figures is no figure", (column) => {
    expect(
      tablesOf([
        "No.",
        "Description",
        column,
        "Qty",
        "Unit Price",
        "USD",
        "Amount",
        "1",
        "Desk lamp, LED 9W",
        "DL-9 black",
        "500 pcs",
        "9.80",
        "4,900.00",
        "2",
        "Floor lamp, oak",
        "FL-2 natural",
        "200 pcs",
        "19.50",
        "3,900.00",
      ]),
    ).toEqual([lamps]);
  });

  it("an MOQ column is no count of the order", () => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "MOQ (pcs)",
        "Qty",
        "Unit Price",
        "USD",
        "1",
        "Desk lamp",
        "1,000",
        "3,000 pcs",
        "9.80",
        "2",
        "Floor lamp",
        "500",
        "800 sets",
        "19.50",
      ]),
    ).toEqual([
      [
        ["Desk lamp", 3000, "pcs", 9.8, "USD"],
        ["Floor lamp", 800, "sets", 19.5, "USD"],
      ],
    ]);
  });

  it("an Item column before the description numbers the rows", () => {
    expect(
      citedOf(["Item", "Description", "Qty", "Unit Price", "USD", "Amount", ...lampRows]).map((row) => [
        row.position,
        row.name,
      ]),
    ).toEqual([
      [1, "Desk lamp"],
      [2, "Floor lamp"],
    ]);
  });
});

describe("lines that are no stacked header", () => {
  // Each broken header is set beside the same table whole, which reads both lamps.
  it.each([
    [
      "a product and a price only",
      ["Description", "Unit Price", "USD"],
      ["No.", "Description", "Unit Price", "USD"],
      ["1", "Desk lamp", "9.80", "2", "Floor lamp", "19.50"],
    ],
    [
      "a count and an amount with no unit price column",
      ["No.", "Description", "Qty", "Amount", "USD"],
      ["No.", "Description", "Qty", "Unit Price", "Amount", "USD"],
      ["1", "Desk lamp", "500 pcs", "4,900.00", "2", "Floor lamp", "200 pcs", "3,900.00"],
    ],
    [
      "no product column",
      ["No.", "Qty", "Unit Price", "USD", "Amount"],
      ["No.", "Description", "Qty", "Unit Price", "USD", "Amount"],
      lampRows,
    ],
    [
      "a header cell over 24 characters",
      ["No.", "Description", "Qty", "Unit Price (FOB Shenzhen)", "USD", "Amount"],
      ["No.", "Description", "Qty", "Unit Price (FOB Qingdao)", "USD", "Amount"],
      lampRows,
    ],
    [
      "a three-letter word that is no currency",
      ["No.", "Description", "Qty", "Unit Price", "PCS", "Amount"],
      ["No.", "Description", "Qty", "Unit Price", "USD", "Amount"],
      lampRows,
    ],
    [
      "a currency in lower case",
      ["No.", "Description", "Qty", "Unit Price", "usd", "Amount"],
      ["No.", "Description", "Qty", "Unit Price", "USD", "Amount"],
      lampRows,
    ],
    [
      "a header cut by a blank line",
      ["Lily Chen 2026-11-02 10:00", "No.", "Description", "Qty", "", "Unit Price", "USD", "Amount"],
      ["Lily Chen 2026-11-02 10:00", "No.", "Description", "Qty", "Unit Price", "USD", "Amount"],
      lampRows,
    ],
  ])("%s makes no table", (_, broken, whole, rows) => {
    expect(tablesOf([...broken, ...rows])).toEqual([]);
    expect(tablesOf([...whole, ...rows])).toHaveLength(1);
  });

  it("a header whose last cells another person wrote is no header", () => {
    const chat = (second: string) => [
      "Tom: please quote the lamps",
      "Lily: No.",
      "Lily: Description",
      "Lily: Qty",
      `${second}: Unit Price`,
      `${second}: USD`,
      `${second}: Amount`,
      ...lampRows.map((line) => `${second}: ${line}`),
    ];
    expect(tablesOf(chat("Tom"))).toEqual([]);
    expect(tablesOf(chat("Lily"))).toEqual([lamps]);
  });

  it("a price cell in another person's reply ends the table at the row before", () => {
    expect(
      tablesOf([
        "Tom: please quote the lamps",
        "Lily: No.",
        "Lily: Description",
        "Lily: Qty",
        "Lily: Unit Price",
        "Lily: USD",
        ...["1", "Desk lamp", "500 pcs", "9.80", "2", "Floor lamp"].map((line) => `Lily: ${line}`),
        ...["200 pcs", "19.50"].map((line) => `Tom: ${line}`),
      ]),
    ).toEqual([[["Desk lamp", 500, "pcs", 9.8, "USD"]]]);
  });

  it("a header at the very end of the chat, with no rows under it, is no table", () => {
    expect(
      tablesOf(["Tom: please quote", "Lily: No.", "Lily: Description", "Lily: Qty", "Lily: Unit Price"]),
    ).toEqual([]);
  });
});

describe("the cell that numbers a header of three cells", () => {
  it.each([
    "No.",
    "No",
    "S/N",
    "SN",
    "Sr No",
    "Sr.No.",
    "SrNo",
    "#",
    "Item No.",
    "Item No",
    "ItemNo",
    "Item no.",
  ])("%j with Description and Unit Price heads a table", (code) => {
    expect(
      tablesOf([
        code,
        "Description",
        "Unit Price",
        "USD",
        "1",
        "Desk lamp",
        "9.80",
        "2",
        "Floor lamp",
        "19.50",
      ]),
    ).toEqual([
      [
        ["Desk lamp", null, null, 9.8, "USD"],
        ["Floor lamp", null, null, 19.5, "USD"],
      ],
    ]);
  });

  it("an Item column alone names the product", () => {
    expect(tablesOf(["Item", "Qty", "Unit Price", "USD", "1", "Desk lamp", "500 PCS", "9.80"])).toEqual([
      [["Desk lamp", 500, "pcs", 9.8, "USD"]],
    ]);
  });
});

describe("where a stacked row starts and ends", () => {
  it("cites the row's name, count and price on their own lines, and keeps the other lines of the row with it", () => {
    const lines = [
      "QUOTATION",
      "No.",
      "Description",
      "Qty",
      "Unit Price",
      "USD",
      "Amount",
      "1",
      "Desk lamp; LED 9W",
      "black, touch dimmer",
      "500 pcs",
      "9.80",
      "4,900.00",
      "2",
      "Floor lamp (oak), 1.6 m",
      "200 sets",
      "19.50",
      "3,900.00",
      "Payment: 30% deposit",
    ];
    expect(citedOf(lines)).toEqual([
      {
        position: 1,
        name: "Desk lamp",
        count: "500 pcs",
        price: "9.80",
        priceLine: 12,
        wrapped: ["LED 9W", "black, touch dimmer", "500 pcs", "9.80", "4,900.00"],
      },
      {
        position: 2,
        name: "Floor lamp",
        count: "200 sets",
        price: "19.50",
        priceLine: 17,
        wrapped: ["200 sets", "19.50", "3,900.00"],
      },
    ]);
  });

  it("a count that is the next row's number, with a price after it, stays in its row", () => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "USD",
        "Amount",
        "1",
        "Display sample set",
        "2",
        "15.00",
        "30.00",
        "2",
        "Desk lamp",
        "500 pcs",
        "9.80",
        "4,900.00",
      ]),
    ).toEqual([
      [
        ["Display sample set", 2, null, 15, "USD"],
        ["Desk lamp", 500, "pcs", 9.8, "USD"],
      ],
    ]);
  });

  it("rows that do not start at 1 make no table", () => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "USD",
        "2",
        "Desk lamp",
        "500 pcs",
        "9.80",
        "3",
        "Floor lamp",
        "200 pcs",
        "19.50",
      ]),
    ).toEqual([]);
  });

  it.each([
    ["a description that names nothing", "(as per drawing)"],
    ["a description of no word", "N/A"],
    ["no description at all", null],
  ])("a row with %s is no product", (_, cell) => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "USD",
        "1",
        ...(cell === null ? [] : [cell]),
        "500 pcs",
        "9.80",
      ]),
    ).toEqual([]);
    expect(
      tablesOf(["No.", "Description", "Qty", "Unit Price", "USD", "1", "Desk lamp", "500 pcs", "9.80"]),
    ).toEqual([[["Desk lamp", 500, "pcs", 9.8, "USD"]]]);
  });

  it("a count of 2 closing the last row, before the buyer's reply, is the row's count", () => {
    expect(
      tablesOf([
        "Tom: please quote the display set",
        "Lily: No.",
        "Lily: Description",
        "Lily: Unit Price",
        "Lily: USD",
        "Lily: Qty",
        "Lily: 1",
        "Lily: Display sample set",
        "Lily: 15.00",
        "Lily: 2",
        "Tom: ok, 2 sets",
      ]),
    ).toEqual([[["Display sample set", 2, null, 15, "USD"]]]);
  });

  it("a row with a figure too few or too many is no product", () => {
    const header = ["No.", "Description", "MOQ", "Qty", "Unit Price", "USD"];
    expect(tablesOf([...header, "1", "Desk lamp", "500 pcs", "9.80"])).toEqual([]);
    expect(tablesOf([...header, "1", "Desk lamp", "100", "500 pcs", "9.80", "4,900.00"])).toEqual([]);
    expect(tablesOf([...header, "1", "Desk lamp", "100", "500 pcs", "9.80"])).toEqual([
      [["Desk lamp", 500, "pcs", 9.8, "USD"]],
    ]);
  });

  it("a row with one figure more than its header under an amount column is no product", () => {
    const header = ["No.", "Description", "Qty", "Unit Price", "USD", "Amount"];
    expect(tablesOf([...header, "1", "Desk lamp", "500 pcs", "9.80", "4,900.00", "25"])).toEqual([]);
    expect(tablesOf([...header, "1", "Desk lamp", "500 pcs", "9.80", "4,900.00"])).toEqual([
      [["Desk lamp", 500, "pcs", 9.8, "USD"]],
    ]);
  });
});

describe("a row whose unit price is left blank beside its amount", () => {
  it.each([
    ["1,200 pcs", "30,600.00", 1200, "pcs", 25.5],
    ["3 sets", "100.00", 3, "sets", 33.3333],
    ["7 pcs", "10.00", 7, "pcs", 1.4286],
  ])("%s for %s is %d %s at %d each", (count, amount, quantity, unit, price) => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "AED",
        "Amount",
        "1",
        "Extension socket, 3-way",
        count,
        amount,
      ]),
    ).toEqual([[["Extension socket", quantity, unit, price, "AED"]]]);
  });

  it("cites the amount it was worked out from", () => {
    expect(
      citedOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "Amount",
        "1",
        "Extension socket",
        "1,200 pcs",
        "30,600.00",
      ]),
    ).toEqual([
      {
        position: 1,
        name: "Extension socket",
        count: "1,200 pcs",
        price: "30,600.00",
        priceLine: 9,
        wrapped: ["1,200 pcs", "30,600.00"],
      },
    ]);
  });

  it.each([
    ["a count of nought", ["No.", "Description", "Qty", "Unit Price", "Amount"], ["0 pcs", "100.00"]],
    [
      "an amount that is not the last column",
      ["No.", "Description", "Qty", "Unit Price", "Amount", "MOQ"],
      ["500 pcs", "4,900.00", "100"],
    ],
    ["no count column", ["No.", "Description", "MOQ", "Unit Price", "Amount"], ["500", "4,900.00"]],
  ])("with %s no price is worked out", (_, header, figures) => {
    expect(tablesOf([...header, "1", "Desk lamp", ...figures])).toEqual([]);
  });
});

describe("prices a buyer would not order at", () => {
  it.each([
    ["nought", "0.00", "0.00"],
    ["below nought", "-5.00", "-2,500.00"],
  ])("a unit price of %s is no product", (_, price, amount) => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "USD",
        "Amount",
        "1",
        "Desk lamp",
        "500 pcs",
        price,
        amount,
      ]),
    ).toEqual([]);
  });

  it("a price in whole numbers with no currency is read bare", () => {
    expect(
      tablesOf(["No.", "Description", "Qty", "Rate", "1", "Steel water bottle, 750 ml", "1,000 nos", "450"]),
    ).toEqual([[["Steel water bottle", 1000, "pcs", 450, null]]]);
  });

  it("a yen price in whole numbers is read under its currency", () => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "JPY",
        "1",
        "Silicone spatula",
        "2,000 pcs",
        "168",
      ]),
    ).toEqual([[["Silicone spatula", 2000, "pcs", 168, "JPY"]]]);
  });
});

describe("price tiers copied a cell to a line", () => {
  const header = ["No.", "Description", "Quantity", "Unit Price", "(SAR)"];

  it.each([
    ["500-999 pcs", "1000 pcs and above"],
    ["500–999 pcs", "1,000 pcs and up"],
    ["500~999 pcs", "1000 pcs or more"],
    ["500 to 999 pcs", "1000+ pcs"],
    ["500 - 999", "1000 above"],
    ["500-999pcs", "1000 pcs +"],
    ["500-999 PCS", "1000 PCS AND ABOVE"],
  ])("%j and %j start at 500 and 1000", (first, second) => {
    expect(tiersOf([...header, "1", "Air fryer 5.5L", first, second, "118.00", "109.50"])).toEqual([
      [
        [
          "Air fryer 5.5L",
          [
            [500, 118, "118.00"],
            [1000, 109.5, "109.50"],
          ],
        ],
      ],
    ]);
  });

  it.each(["3000 pcs and above", "3000+ pcs", "3,000 pcs or more", "3000-5000 pcs"])(
    "one tier %j is the price from that count",
    (tier) => {
      expect(tiersOf([...header, "1", "Air fryer 5.5L", tier, "101.00"])).toEqual([
        [["Air fryer 5.5L", [[3000, 101, "101.00"]]]],
      ]);
    },
  );

  it("the row's price is its first tier's, and it orders no count yet", () => {
    expect(
      tablesOf([...header, "1", "Air fryer 5.5L", "500-999 pcs", "1000+ pcs", "118.00", "109.50"]),
    ).toEqual([[["Air fryer 5.5L", null, null, 118, "SAR"]]]);
    expect(
      citedOf([...header, "1", "Air fryer 5.5L", "500-999 pcs", "1000+ pcs", "118.00", "109.50"]),
    ).toEqual([
      {
        position: 1,
        name: "Air fryer 5.5L",
        count: null,
        price: "118.00",
        priceLine: 10,
        wrapped: ["500-999 pcs", "1000+ pcs", "118.00", "109.50"],
      },
    ]);
  });

  it("an MOQ before the tiers is no tier", () => {
    expect(
      tiersOf([
        "No.",
        "Description",
        "MOQ",
        "Quantity",
        "Unit Price",
        "USD",
        "1",
        "Air fryer 5.5L",
        "300",
        "500-999 pcs",
        "1000+ pcs",
        "18.00",
        "16.50",
        "2",
        "Electric kettle",
        "500",
        "1000-1999 pcs",
        "2000+ pcs",
        "6.80",
        "6.20",
      ]),
    ).toEqual([
      [
        [
          "Air fryer 5.5L",
          [
            [500, 18, "18.00"],
            [1000, 16.5, "16.50"],
          ],
        ],
        [
          "Electric kettle",
          [
            [1000, 6.8, "6.80"],
            [2000, 6.2, "6.20"],
          ],
        ],
      ],
    ]);
  });

  it("rows with one price each have no tiers", () => {
    expect(tiersOf(["No.", "Description", "Qty", "Unit Price", "USD", "Amount", ...lampRows])).toEqual([
      [
        ["Desk lamp", []],
        ["Floor lamp", []],
      ],
    ]);
  });

  it.each([
    ["tiers priced on request", ["500-999 pcs", "1000+ pcs", "price on request"]],
    ["fewer prices than tiers", ["500-999 pcs", "1000-2999 pcs", "3000+ pcs", "118.00", "109.50"]],
    ["a price that is no figure of money", ["500-999 pcs", "1000+ pcs", "-118", "-109"]],
  ])("%s price no tier", (_, cells) => {
    expect(
      tiersOf(["No.", "Description", "Quantity", "Unit Price", "1", "Air fryer 5.5L", ...cells]),
    ).toEqual([]);
  });
});

describe("several tables in one chat", () => {
  it("a quotation and its revision are two tables, each read once", () => {
    const quote = (price: string) => [
      "No.",
      "Description",
      "Qty",
      "Unit Price",
      "USD",
      "1",
      "Desk lamp",
      "500 pcs",
      price,
    ];
    expect(tablesOf([...quote("9.80"), "Tom: can you do better?", ...quote("9.20")])).toEqual([
      [["Desk lamp", 500, "pcs", 9.8, "USD"]],
      [["Desk lamp", 500, "pcs", 9.2, "USD"]],
    ]);
  });

  it("a table of spare parts right under the main table is read as well", () => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "USD",
        "Amount",
        ...lampRows,
        "Spare parts",
        "No.",
        "Description",
        "Unit Price",
        "USD",
        "1",
        "Lamp shade, linen",
        "3.20",
      ]),
    ).toEqual([lamps, [["Lamp shade", null, null, 3.2, "USD"]]]);
  });

  it("a stacked header whose rows are all unreadable makes no table, and the next one still counts", () => {
    expect(
      tablesOf([
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "USD",
        "Payment: 30% deposit",
        "No.",
        "Description",
        "Qty",
        "Unit Price",
        "USD",
        "1",
        "Desk lamp",
        "500 pcs",
        "9.80",
      ]),
    ).toEqual([[["Desk lamp", 500, "pcs", 9.8, "USD"]]]);
  });
});
