/**
 * A price table pasted into a sourcing chat, read cell by cell: rows split at bars, at wide gaps or tabs, or at
 * the commas of an exported CSV (quoted cells keeping their commas); the words each column is headed by (a unit
 * price beside a total, the latest quote beside an earlier one, a code beside the description, a count with its
 * unit, a status that drops a row); the words and figures each row cites; the order of several tables in one
 * chat; and a proforma invoice or sales contract whose rows state the order.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { droppedTableRows, quoteTableRows, quoteTables } from "../../../src/core/extract/quote-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const clausesFrom = (lines: readonly string[]) => clausesOf(parseTranscript(lines.join("\n")));

/** Every table of the chat, each row as [name, number, count, unit, price, currency]. */
const tablesOf = (lines: readonly string[]) =>
  quoteTables(clausesFrom(lines)).map((rows) =>
    rows.map((row) => [
      row.name,
      row.position,
      row.quantity?.value ?? null,
      row.quantity?.unit ?? null,
      row.price.value,
      row.price.currency,
    ]),
  );

/** The first table's rows as [name, count, unit, price]. */
const rowsOf = (lines: readonly string[]) =>
  quoteTableRows(clausesFrom(lines)).map((row) => [
    row.name,
    row.quantity?.value ?? null,
    row.quantity?.unit ?? null,
    row.price.value,
  ]);

/** The words each row of the first table cites as its evidence: its name cell, its price and its count. */
const citedOf = (lines: readonly string[]) => {
  const clauses = clausesFrom(lines);
  return quoteTableRows(clauses).map((row) => {
    const line = clauses[row.clause]!.text;
    const priced = clauses[row.price.clause ?? row.clause]!.text;
    const counted = row.quantity ? clauses[row.quantity.clause ?? row.clause]!.text : "";
    return {
      name: line.slice(row.start, row.start + row.name.split(" ")[0]!.length),
      price: priced.slice(row.price.start, row.price.end),
      count: row.quantity ? counted.slice(row.quantity.start, row.quantity.end) : null,
    };
  });
};

/** The lines of the rows a table's status column takes out of the order. */
const droppedOf = (lines: readonly string[]) => {
  const clauses = clausesFrom(lines);
  return [...droppedTableRows(clauses)].map((at) => clauses[at]!.text);
};

describe("a quotation exported as CSV", () => {
  it("reads a quoted name cell whole, and cites its name, price and count where they stand", () => {
    const sheet = [
      "Supplier: quotation sheet attached as text",
      '"Item name","Qty","Unit price","Remark"',
      '"Silicone spatula, 28 cm","2,000",0.68,"food grade, LFGB"',
      '"Baking mat, 42 x 29.5 cm",1500,1.20,ok',
    ];
    expect(rowsOf(sheet)).toEqual([
      ["Silicone spatula", 2000, null, 0.68],
      ["Baking mat", 1500, null, 1.2],
    ]);
    expect(citedOf(sheet)).toEqual([
      { name: "Silicone", price: "0.68", count: "2,000" },
      { name: "Baking", price: "1.20", count: "1500" },
    ]);
  });

  it("reads a sheet of four columns, and passes over a line whose commas are a sentence's", () => {
    expect(
      rowsOf([
        "Supplier: our prices",
        "Item,Qty,Unit price,Remark",
        "Silicone spatula,2000,0.68,ok",
        "Baking mat, large, 1500, 1.20, ok",
        "Whisk,1000,0.45,ok",
      ]),
    ).toEqual([
      ["Silicone spatula", 2000, null, 0.68],
      ["Whisk", 1000, null, 0.45],
    ]);
  });

  it("a row of three cells and a header of three cells is no CSV table", () => {
    expect(rowsOf(["Item,Qty,Unit price", "Silicone spatula,2000,0.68", "Whisk,1000,0.45"])).toEqual([]);
  });

  it("a sentence with three commas is no row", () => {
    expect(
      tablesOf([
        "Supplier: Item, qty, unit price, all as before",
        "Supplier: spatula, 2000, 0.68, ok",
        "Supplier: whisk, 1000, 0.45, ok",
      ]),
    ).toEqual([]);
  });
});

describe("CSV cells as exports write them", () => {
  it("a blank line-number column still makes each line a row", () => {
    expect(rowsOf(["Line,Item,Qty,Unit price", ",Silicone spatula,2000,0.68", ",Whisk,1000,0.45"])).toEqual([
      ["Silicone spatula", 2000, null, 0.68],
      ["Whisk", 1000, null, 0.45],
    ]);
  });

  it("a space padding a quoted name or a count is no part of it", () => {
    const sheet = [
      "Item,Qty,Unit price,Remark",
      '" Silicone spatula, 28 cm",2000 ,0.68,ok',
      "Whisk,1000 ,0.45,ok",
    ];
    expect(rowsOf(sheet)).toEqual([
      ["Silicone spatula", 2000, null, 0.68],
      ["Whisk", 1000, null, 0.45],
    ]);
    expect(citedOf(sheet).map((row) => row.name)).toEqual(["Silicone", "Whisk"]);
  });

  it("cites a count and a price padded inside their quotes where their figures start", () => {
    expect(
      citedOf([
        '"Item","Qty","Unit price","Remark"',
        '"Silicone spatula"," 2,000"," 0.68","food grade"',
        '"Whisk"," 1,000"," 0.45","304 steel"',
      ]),
    ).toEqual([
      { name: "Silicone", price: "0.68", count: "2,000" },
      { name: "Whisk", price: "0.45", count: "1,000" },
    ]);
  });

  it("inch marks in a name are no quotes around it", () => {
    expect(
      rowsOf([
        "Code,Item,Qty,Unit price",
        'BT-12,Baking tray 12" x 8",500,1.20',
        'BT-14,Baking tray 14" x 10",300,1.60',
      ]),
    ).toEqual([
      ['Baking tray 12" x 8" BT-12', 500, null, 1.2],
      ['Baking tray 14" x 10" BT-14', 300, null, 1.6],
    ]);
  });

  it("a size in inches is no code of the row", () => {
    expect(
      quoteTableRows(
        clausesFrom([
          "Code,Item,Size,Qty,Unit price",
          'BT-12,Baking tray,12"x8",500,1.20',
          'BT-14,Baking tray,14"x10",300,1.60',
        ]),
      ).map((row) => [row.name, row.codes]),
    ).toEqual([
      ["Baking tray BT-12", ["BT-12"]],
      ["Baking tray BT-14", ["BT-14"]],
    ]);
  });

  it("three columns are too few for a CSV table, even with a comma quoted in a cell", () => {
    expect(
      tablesOf([
        'Item,"Colour, finish",Unit price',
        'Steel hook,"black, matte",0.40',
        'Steel rail,"grey, glossy",2.10',
      ]),
    ).toEqual([]);
  });

  it("figures with thousands in a table of bars are no CSV cells", () => {
    expect(
      rowsOf([
        "Item | MOQ | Qty | Unit price | Amount",
        "Enamel mug | 1,000 | 1,500 | 2.40 | 3,600.00",
        "Bamboo coaster | 2,000 | 3,000 | 0.85 | 2,550.00",
      ]),
    ).toEqual([
      ["Enamel mug", 1500, null, 2.4],
      ["Bamboo coaster", 3000, null, 0.85],
    ]);
    expect(
      rowsOf([
        "Item\tMOQ\tQty\tUnit price\tAmount",
        "Enamel mug\t1,000\t1,500\t2.40\t3,600.00",
        "Bamboo coaster\t2,000\t3,000\t0.85\t2,550.00",
      ]),
    ).toEqual([
      ["Enamel mug", 1500, null, 2.4],
      ["Bamboo coaster", 3000, null, 0.85],
    ]);
  });
});

describe("a table copied from a PDF or a spreadsheet, its cells set apart by spaces or tabs", () => {
  it("reads tab-separated cells and cites each one where it stands", () => {
    const sheet = [
      "Supplier: copied from our Excel",
      "Item\tQty\tUnit price\tAmount",
      "Silicone spatula, 28 cm\t2000 pcs\t0.68\t1360.00",
      "Baking mat\t1500 sets\t1.20\t1800.00",
    ];
    expect(rowsOf(sheet)).toEqual([
      ["Silicone spatula", 2000, "pcs", 0.68],
      ["Baking mat", 1500, "sets", 1.2],
    ]);
    expect(citedOf(sheet)).toEqual([
      { name: "Silicone", price: "0.68", count: "2000 pcs" },
      { name: "Baking", price: "1.20", count: "1500 sets" },
    ]);
  });

  it("a run of tabs is one gap between two cells", () => {
    expect(
      rowsOf(["Item\t\tQty\tUnit price", "Enamel mug\t1500\t2.40", "Bamboo coaster\t3000\t0.85"]),
    ).toEqual([
      ["Enamel mug", 1500, null, 2.4],
      ["Bamboo coaster", 3000, null, 0.85],
    ]);
  });

  it("cites the cells of a row spaced out like a PDF's", () => {
    expect(
      citedOf([
        "Item                 Qty         Unit Price   Amount",
        "  Enamel mug 350 ml    1,500 pcs   2.40         3,600.00",
        "  Bamboo coaster       3,000 pcs   0.85         2,550.00",
      ]),
    ).toEqual([
      { name: "Enamel", price: "2.40", count: "1,500 pcs" },
      { name: "Bamboo", price: "0.85", count: "3,000 pcs" },
    ]);
  });

  it("a line with one wide gap is no row: it is read as a wrapped line of the row above", () => {
    const clauses = clausesFrom([
      "Item              Qty      Unit Price",
      "Bamboo coaster    3000     0.85",
      "natural colour    round",
      "Glass jar         800      1.10",
    ]);
    expect(
      quoteTableRows(clauses).map((row) => [row.name, row.wrapped.map((at) => clauses[at]!.text)]),
    ).toEqual([
      ["Bamboo coaster", ["natural colour    round"]],
      ["Glass jar", []],
    ]);
  });

  it("a line of a wrapped cell between two rows of a spaced table does not end it", () => {
    expect(
      rowsOf([
        "Item              Qty      Unit Price",
        "Enamel mug        1500     2.40",
        "with logo print",
        "Bamboo coaster    3000     0.85",
      ]),
    ).toEqual([
      ["Enamel mug", 1500, null, 2.4],
      ["Bamboo coaster", 3000, null, 0.85],
    ]);
  });

  it("the wrapped line is kept with the row it belongs to", () => {
    const clauses = clausesFrom([
      "Item              Qty      Unit Price",
      "Enamel mug        1500     2.40",
      "with logo print",
      "Bamboo coaster    3000     0.85",
      "Payment: 30% deposit",
    ]);
    expect(quoteTableRows(clauses).map((row) => row.wrapped.map((at) => clauses[at]!.text))).toEqual([
      ["with logo print"],
      [],
    ]);
  });
});

describe("a table of bars", () => {
  it("keeps the numbers of rows drawn with bars at both ends", () => {
    expect(
      tablesOf([
        "| # | Item | Qty | Unit price |",
        "| 7 | Enamel mug | 1500 | 2.40 |",
        "| 9 | Bamboo coaster | 3000 | 0.85 |",
      ])[0]?.map((row) => [row[0], row[1]]),
    ).toEqual([
      ["Enamel mug", 7],
      ["Bamboo coaster", 9],
    ]);
  });

  it("reads a row whose count cell is left empty, with no count", () => {
    expect(rowsOf(["Item | Qty | Unit price", "Enamel mug | 1500 | 2.40", "Glass jar | | 1.10"])).toEqual([
      ["Enamel mug", 1500, null, 2.4],
      ["Glass jar", null, null, 1.1],
    ]);
  });

  it("reads rows that lost their closing bar and open with the number the header lacks", () => {
    expect(
      tablesOf([
        "| Item | Qty | Unit price |",
        "| 1 | Enamel mug | 1500 | 2.40",
        "| 2 | Bamboo coaster | 3000 | 0.85",
      ]),
    ).toEqual([
      [
        ["Enamel mug", 1, 1500, null, 2.4, null],
        ["Bamboo coaster", 2, 3000, null, 0.85, null],
      ],
    ]);
  });
});

describe("borders drawn around a table", () => {
  it.each([
    ["|:-----|----:|-----------:|"],
    ["+======+=====+======+"],
    ["|------+-----+------|"],
    ["┌──────┬─────┬──────┐"],
  ])("a rule %j between the header and the rows neither ends the table nor is a row", (rule) => {
    expect(
      rowsOf([
        "Supplier: quote",
        rule,
        "| Item | Qty | Unit price |",
        rule,
        "| Enamel mug | 1500 | 2.40 |",
        "| Bamboo coaster | 3000 | 0.85 |",
        rule,
      ]),
    ).toEqual([
      ["Enamel mug", 1500, null, 2.4],
      ["Bamboo coaster", 3000, null, 0.85],
    ]);
  });

  it("a line of two dashes is no rule: it ends the table", () => {
    expect(
      rowsOf([
        "| Item | Qty | Unit price |",
        "| Enamel mug | 1500 | 2.40 |",
        "--",
        "| Bamboo coaster | 3000 | 0.85 |",
        "| Glass jar | 800 | 1.10 |",
      ]),
    ).toEqual([]);
  });
});

describe("which column holds the price", () => {
  it("the unit price, not the total price beside it", () => {
    expect(
      rowsOf([
        "Item | Qty | Total price | Unit price",
        "Silicone spatula | 2000 | 1360.00 | 0.68",
        "Baking mat | 1500 | 1800.00 | 1.20",
      ]),
    ).toEqual([
      ["Silicone spatula", 2000, null, 0.68],
      ["Baking mat", 1500, null, 1.2],
    ]);
  });

  it.each([
    ["quote | revised quote | our counter offer", [0.36, 1.95]],
    ["1st quote | 2nd quote", [0.36, 1.95]],
    ["offer | latest offer", [0.36, 1.95]],
    ["quotation | supplier's quote", [0.36, 1.95]],
    ["first quote | new quote", [0.36, 1.95]],
    ["quoted | offered", [0.36, 1.95]],
  ])("with no price column, the last quote of %j prices the row", (columns, prices) => {
    expect(
      rowsOf([
        `item | qty | ${columns}`,
        "Steel hook | 500 | 0.40 | 0.36 | 0.30",
        "Steel rail | 200 | 2.10 | 1.95 | 1.80",
      ]).map((row) => row[3]),
    ).toEqual(prices);
  });

  it("a quote column of a line's amount is no price", () => {
    expect(
      rowsOf([
        "item | qty | quote | quote amount",
        "Steel hook | 500 | 0.40 | 200.00",
        "Steel rail | 200 | 2.10 | 420.00",
      ]).map((row) => row[3]),
    ).toEqual([0.4, 2.1]);
  });

  it.each([
    ["exchange rate", "Rate (USD)"],
    ["tax rate", "Rate"],
  ])("a %j column is no price, the rate beside it is", (other, rate) => {
    expect(
      rowsOf([
        `Item | Qty | ${other} | ${rate}`,
        "Cotton kurta | 500 | 83.2 | 6.40",
        "Linen scarf | 300 | 83.2 | 3.10",
      ]).map((row) => row[3]),
    ).toEqual([6.4, 3.1]);
  });

  it("a row with no unit price yet is no product, whatever last year's price was", () => {
    expect(
      rowsOf([
        "Item | Qty | Unit price | Last year price",
        "Steel hook | 500 | 0.40 | 0.42",
        "Steel rail | 200 | 2.10 | 2.30",
        "Steel bar | 100 | TBC | 1.10",
      ]),
    ).toEqual([
      ["Steel hook", 500, null, 0.4],
      ["Steel rail", 200, null, 2.1],
    ]);
  });

  it("cites the figure of a price cell that names its trade term", () => {
    expect(
      citedOf([
        "Item | Qty | Unit price",
        "Glass jar (250 ml) | 800 | FOB 1.10",
        "Cork lid | 800 | FOB 0.20",
      ]),
    ).toEqual([
      { name: "Glass", price: "1.10", count: "800" },
      { name: "Cork", price: "0.20", count: "800" },
    ]);
  });

  it.each(["supplier quote", "suppliers quote", "supplier's offer"])(
    "a %j column prices the row when no price column does",
    (column) => {
      expect(
        rowsOf([`item | qty | ${column}`, "Steel hook | 500 | 0.40", "Steel rail | 200 | 2.10"]).map(
          (row) => row[3],
        ),
      ).toEqual([0.4, 2.1]);
    },
  );

  it.each(["price/1000pcs", "price / 1000 pcs", "FOB USD per 1,000", "price per 100 pcs"])(
    "a price column %j is per that many pieces",
    (column) => {
      const rows = quoteTableRows(
        clausesFrom([`item | qty | ${column}`, "Steel hook | 5000 | 40.00", "Steel rail | 2000 | 210.00"]),
      );
      const lot = column.includes("100 pcs") ? 100 : 1000;
      expect(rows.map((row) => [row.price.value, row.price.lot])).toEqual([
        [40 / lot, lot],
        [210 / lot, lot],
      ]);
    },
  );

  it("beside a settled column, the open price is the latest quote, not an earlier one", () => {
    const clauses = clausesFrom([
      "item | qty | price | quote 2 | final",
      "Steel hook | 500 | 0.40 | 0.36 | 0.35",
      "Steel rail | 200 | 2.10 | 1.95 | –",
    ]);
    expect(quoteTableRows(clauses).map((row) => [row.price.value, row.price.settled ?? false])).toEqual([
      [0.35, true],
      [1.95, false],
    ]);
  });

  it("a blank 'final price' leaves the row at the quote beside it", () => {
    const clauses = clausesFrom([
      "item | qty | quote | final price",
      "Steel hook | 500 | 0.40 | 0.35",
      "Steel rail | 200 | 2.10 | –",
    ]);
    expect(
      quoteTableRows(clauses).map((row) => [row.name, row.price.value, row.price.settled ?? false]),
    ).toEqual([
      ["Steel hook", 0.35, true],
      ["Steel rail", 2.1, false],
    ]);
  });

  it("with no quote beside the settled column, a row still open has no price", () => {
    expect(
      rowsOf([
        "item | qty | final",
        "Steel hook | 500 | 0.35",
        "Steel rail | 200 | –",
        "Steel bar | 100 | 1.20",
      ]),
    ).toEqual([
      ["Steel hook", 500, null, 0.35],
      ["Steel bar", 100, null, 1.2],
    ]);
  });
});

describe("which column names the product", () => {
  it.each([
    ["Item code | Description", "Steel hook A-1", ["A-1"]],
    ["Item no | Product name", "Steel hook A-1", ["A-1"]],
    ["SKU | Item", "Steel hook A-1", ["A-1"]],
    ["Ref | Goods", "Steel hook A-1", ["A-1"]],
    ["Item code | Article", "Steel hook A-1", ["A-1"]],
    ["Product number | Description", "Steel hook A-1", ["A-1"]],
  ])("under %j the description names the row, with the code beside it", (head, name, codes) => {
    const clauses = clausesFrom([
      `${head} | Qty | Price`,
      "A-1 | Steel hook | 500 | 0.40",
      "B-2 | Steel rail | 200 | 2.10",
    ]);
    expect(quoteTableRows(clauses).map((row) => [row.name, row.codes])[0]).toEqual([name, codes]);
  });

  it("a name cell's words in brackets are no part of the name", () => {
    expect(
      rowsOf([
        "Item | Qty | Unit price",
        "Glass jar (250 ml) | 800 | 1.10",
        "Cork lid, natural | 800 | 0.20",
      ]).map((row) => row[0]),
    ).toEqual(["Glass jar", "Cork lid"]);
  });

  it.each([
    ["Capacity", "250ml", "500ml"],
    ["Colour code", "RAL9005", "RAL7035"],
  ])("a code under %j tells the rows apart", (column, first, second) => {
    expect(
      rowsOf([
        `Item | ${column} | Qty | Price`,
        `Glass jar | ${first} | 800 | 1.10`,
        `Glass jar | ${second} | 600 | 1.40`,
      ]).map((row) => row[0]),
    ).toEqual([`Glass jar ${first}`, `Glass jar ${second}`]);
  });

  it("a row whose item column holds only its number, beside no description, is no product", () => {
    expect(
      rowsOf(["Item | Size | Colour | Price", "1 | DN15 | black | 4.20", "2 | DN20 | grey | 5.10"]),
    ).toEqual([]);
  });

  it("a code column alone names the row", () => {
    expect(rowsOf(["Item No | Qty | Price", "Steel hook | 500 | 0.40", "Steel rail | 200 | 2.10"])).toEqual([
      ["Steel hook", 500, null, 0.4],
      ["Steel rail", 200, null, 2.1],
    ]);
  });

  it.each([
    ["Ctn", "40x30x25cm"],
    ["Ctns", "40x30x25cm"],
    ["Carton", "40x30x25cm"],
    ["Cartons", "40x30x25cm"],
    ["Remark", "RAL9005"],
    ["Remarks", "RAL9005"],
    ["Note", "RAL9005"],
    ["Notes", "RAL9005"],
  ])("a %j column's cells are no codes of the row", (column, cell) => {
    expect(
      quoteTableRows(
        clausesFrom([
          `Item | ${column} | Qty | Price`,
          `Steel hook | ${cell} | 500 | 0.40`,
          `Steel rail | ${cell} | 200 | 2.10`,
        ]),
      ).map((row) => [row.name, row.codes]),
    ).toEqual([
      ["Steel hook", []],
      ["Steel rail", []],
    ]);
  });

  it("figures under packing, weight and carton columns are no codes", () => {
    expect(
      quoteTableRows(
        clausesFrom([
          "Item | Model | Packing | Weight | CBM | Ctns | Price",
          "Steel hook | SH-01 | 50pcs/ctn | 12kg | 0.05 | 10 | 0.40",
          "Steel rail | SR-02 | 20pcs/ctn | 15kg | 0.08 | 10 | 2.10",
        ]),
      ).map((row) => row.codes),
    ).toEqual([["SH-01"], ["SR-02"]]);
  });

  it("a row numbered 1 to 999 keeps its number, a longer number is its place", () => {
    expect(
      tablesOf([
        "No | Item | Price",
        "12 | Steel hook | 0.40",
        "1000 | Steel rail | 2.10",
        "x1 | Steel bar | 1.20",
      ])[0]?.map((row) => [row[0], row[1]]),
    ).toEqual([
      ["Steel hook", 12],
      ["Steel rail", 2],
      ["Steel bar", 3],
    ]);
  });

  it("a size column's unit is not said twice", () => {
    expect(
      rowsOf([
        "| inner size mm | qty | price |",
        "| 300x200x100 mm | 4000 | 0.35 |",
        "| 400x300x150 | 2000 | 0.52 |",
      ]).map((row) => row[0]),
    ).toEqual(["300x200x100 mm", "400x300x150 mm"]);
  });

  it("a row named by its code alone takes its size from the size column", () => {
    const clauses = clausesFrom([
      "Item | Size | Qty | Price",
      "PB-25 | 25 mm (1 inch) | 500 | 0.40",
      "PB-32 | 32 mm | 300 | 0.55",
      "PB-40 | n/a | 200 | 0.70",
    ]);
    expect(quoteTableRows(clauses).map((row) => [row.name, row.sized])).toEqual([
      ["PB-25 25 mm", true],
      ["PB-32 32 mm", true],
      ["PB-40", true],
    ]);
  });

  it.each([
    "Dimension",
    "Dimensions",
    "Dim",
    "Dims",
    "Length",
    "Lengths",
    "Width",
    "Widths",
    "Diameter",
    "Capacity",
  ])("a %j column names each row of a table with no product column by its size", (column) => {
    expect(
      quoteTableRows(
        clausesFrom([`${column} | Qty | Price`, "20x30 | 500 | 0.40", "30x40 | 200 | 0.62"]),
      ).map((row) => [row.name, row.sized]),
    ).toEqual([
      ["20x30", true],
      ["30x40", true],
    ]);
  });

  it("a size column before the code column still sizes each row", () => {
    expect(
      quoteTableRows(
        clausesFrom([
          "Size | Item | Qty | Price",
          "25 mm | PB-25 | 500 | 0.40",
          "32 mm | PB-32 | 300 | 0.55",
        ]),
      ).map((row) => [row.name, row.sized]),
    ).toEqual([
      ["PB-25 25 mm", true],
      ["PB-32 32 mm", true],
    ]);
  });

  it("a product named in one word with its size in it is no code", () => {
    expect(
      quoteTableRows(
        clausesFrom([
          "Item | Size | Qty | Price",
          "Kettle1.7L | 1.7 L | 500 | 6.80",
          "Kettle2.0L | 2.0 L | 300 | 7.40",
        ]),
      ).map((row) => [row.name, row.sized]),
    ).toEqual([
      ["Kettle1.7L", false],
      ["Kettle2.0L", false],
    ]);
  });

  it("a row named in words is no size of another product", () => {
    expect(
      quoteTableRows(
        clausesFrom([
          "Item | Size | Qty | Price",
          "Steel hook | 25 mm | 500 | 0.40",
          "Steel rail | 1 m | 200 | 2.10",
        ]),
      ).map((row) => [row.name, row.sized]),
    ).toEqual([
      ["Steel hook", false],
      ["Steel rail", false],
    ]);
  });
});

describe("rows that say they are the same as another", () => {
  it("a description that only mentions 'same as item 1' later in it names its own product", () => {
    expect(
      rowsOf([
        "Item | Description | Size | Unit price",
        "1 | Gate valve, brass | DN15 | 4.20",
        "2 | Check valve, body same as item 1 | DN15 | 3.90",
      ]).map((row) => row[0]),
    ).toEqual(["Gate valve DN15", "Check valve DN15"]);
  });

  it("'same as item 12' with no row 12 takes the row just before, not another", () => {
    expect(
      rowsOf([
        "Item | Description | Size | Unit price",
        "1 | Gate valve | DN15 | 4.20",
        "2 | Check valve | DN15 | 3.90",
        "3 | Ball valve | DN15 | 5.30",
        "4 | same as item 12 | DN20 | 5.10",
      ]).map((row) => row[0]),
    ).toEqual(["Gate valve DN15", "Check valve DN15", "Ball valve DN15", "Ball valve DN20"]);
  });
});

describe("the count each row orders", () => {
  it.each([
    ["Qty (rolls)", "rolls"],
    ["Order qty, pcs", "pcs"],
    ["Quantity (sets)", "sets"],
    ["Qty", null],
  ])("a header %j counts its rows in %s", (head, unit) => {
    expect(
      rowsOf([`Item | ${head} | Price`, "Packing tape | 2000 | 0.86", "Masking tape | 800 | 0.45"]).map(
        (row) => row[2],
      ),
    ).toEqual([unit, unit]);
  });

  it.each(["UOM", "U/M", "Units", "Unit"])("a %j column names each row's unit", (column) => {
    expect(
      rowsOf([
        `Item | Qty | ${column} | Unit price`,
        "Oak shelf brackets | 300 | pairs | 2.10",
        "Wall anchor kit | 200 | sets | 0.90",
      ]).map((row) => row[2]),
    ).toEqual(["pairs", "sets"]);
  });

  it.each([
    ["Unit price | UOM", "2.10 | pairs", "0.90 | sets"],
    ["Price per unit | UOM", "2.10 | pairs", "0.90 | sets"],
  ])("a unit column after %j names each row's unit", (columns, first, second) => {
    expect(
      rowsOf([
        `Item | Qty | ${columns}`,
        `Oak shelf brackets | 300 | ${first}`,
        `Wall anchor kit | 200 | ${second}`,
      ]).map((row) => [row[2], row[3]]),
    ).toEqual([
      ["pairs", 2.1],
      ["sets", 0.9],
    ]);
  });

  it("a count column first in the row counts in the unit its header names", () => {
    expect(
      rowsOf([
        "Qty (sets) | Description | Unit price | Amount",
        "200 | Wall anchor kit | 0.90 | 180.00",
        "300 | Shelf bracket kit | 2.10 | 630.00",
      ]),
    ).toEqual([
      ["Wall anchor kit", 200, "sets", 0.9],
      ["Shelf bracket kit", 300, "sets", 2.1],
    ]);
  });

  it("a count header naming a year counts with no unit", () => {
    expect(
      rowsOf(["Item | Qty 2026 | Price", "Steel hook | 5000 | 0.40", "Steel rail | 2000 | 2.10"]),
    ).toEqual([
      ["Steel hook", 5000, null, 0.4],
      ["Steel rail", 2000, null, 2.1],
    ]);
  });

  it("a unit written in the count cell comes before the unit column's", () => {
    expect(
      rowsOf([
        "Item | Qty | UOM | Unit price",
        "Oak shelf | 300 pcs | pairs | 2.10",
        "Wall anchor | 200 | sets | 0.90",
      ]).map((row) => row[2]),
    ).toEqual(["pcs", "sets"]);
  });

  it.each(["Qty breaks", "Qty break", "Quantity range", "Qty tiers", "Qty tier"])(
    "a %j column lists no count of the order",
    (head) => {
      expect(
        rowsOf([`Item | ${head} | Price`, "Packing tape | 2000 | 0.86", "Masking tape | 800 | 0.45"]).map(
          (row) => row[1],
        ),
      ).toEqual([null, null]);
    },
  );

  it.each([
    ["900 -> 700", 700, "700"],
    ["400 → 500", 500, "500"],
    ["1,000 pcs => 800", 800, "800"],
    ["900pcs -> 700", 700, "700"],
    ["800", 800, "800"],
  ])("a count cell %j orders %d, citing %j", (cell, count, cited) => {
    const sheet = ["item | qty | price", `Enamel plate | ${cell} | 2.80`, "Enamel mug | 1200 | 2.30"];
    expect(rowsOf(sheet)[0]?.[1]).toBe(count);
    expect(citedOf(sheet)[0]?.count).toBe(cited);
  });

  it("a count of nought or words is no count", () => {
    expect(
      rowsOf(["item | qty | price", "Enamel plate | 0 | 2.80", "Enamel mug | TBC | 2.30"]).map(
        (row) => row[1],
      ),
    ).toEqual([null, null]);
  });
});

describe("rows that fall short of their header", () => {
  it("a row one cell short is read, a row two short is passed over", () => {
    expect(
      rowsOf([
        "Item | Qty | Unit price | Amount",
        "Enamel mug | 1500 | 2.40",
        "Bamboo coaster | 3000 | 0.85 | 2,550.00",
        "Glass jar | 1.10",
      ]),
    ).toEqual([
      ["Enamel mug", 1500, null, 2.4],
      ["Bamboo coaster", 3000, null, 0.85],
    ]);
  });

  it.each([
    ["Gate valve DN15", "Gate valve DN20"],
    ["12V adapter", "24V adapter"],
  ])("a row one cell longer whose name is %j reads as it stands", (first, second) => {
    expect(
      rowsOf([
        "Item | Qty | Unit price | Amount",
        `${first} | 200 | 4.20 | 840.00 | ok`,
        `${second} | 100 | 5.10 | 510.00 | ok`,
      ]),
    ).toEqual([
      [first, 200, null, 4.2],
      [second, 100, null, 5.1],
    ]);
  });

  it("a row left blank but for its number is no product", () => {
    expect(
      rowsOf([
        "| Item | Description | Unit price |",
        "| 1 | Steel hook | 0.40 |",
        "| 2 | Steel rail | 2.10 |",
        "| 3 | – |",
      ]),
    ).toEqual([
      ["Steel hook", null, null, 0.4],
      ["Steel rail", null, null, 2.1],
    ]);
  });

  it("rows numbered past 9 in a cell the header lacks keep their numbers", () => {
    expect(
      tablesOf([
        "Item | Qty | Unit price",
        "12 | Enamel mug | 1500 | 2.40",
        "13 | Bamboo coaster | 3000 | 0.85",
      ]),
    ).toEqual([
      [
        ["Enamel mug", 12, 1500, null, 2.4, null],
        ["Bamboo coaster", 13, 3000, null, 0.85, null],
      ],
    ]);
  });

  it("a row two cells longer than its header is passed over", () => {
    expect(
      rowsOf([
        "Item | Qty | Unit price",
        "Enamel mug | 1500 | 2.40",
        "1 | Glass jar | 800 | 1.10 | extra",
        "Bamboo coaster | 3000 | 0.85",
      ]),
    ).toEqual([
      ["Enamel mug", 1500, null, 2.4],
      ["Bamboo coaster", 3000, null, 0.85],
    ]);
  });
});

describe("a status column that takes rows out of the order", () => {
  it.each([
    "dropped",
    "DROPPED (warping)",
    "cancelled",
    "canceled",
    "cancel",
    "removed – lacquer smell",
    "deleted",
    "declined",
    "rejected",
    "not ordered",
    "on hold",
    "sample only",
    "samples only",
  ])("a row marked %j is no item, and is listed as dropped", (status) => {
    const sheet = [
      "Buyer: our tracker",
      "item | qty | price | status",
      "Steel hook | 500 | 0.40 | ok",
      `Steel rail | 200 | 2.10 | ${status}`,
      "Steel bar | 100 | 1.20 | agreed",
    ];
    expect(rowsOf(sheet).map((row) => row[0])).toEqual(["Steel hook", "Steel bar"]);
    expect(droppedOf(sheet)).toEqual([`Steel rail | 200 | 2.10 | ${status}`]);
  });

  it.each(["State", "Remarks", "Remark", "Comments", "Notes"])("a %j column drops rows as well", (column) => {
    const sheet = [
      `item | qty | price | ${column}`,
      "Steel hook | 500 | 0.40 | ok",
      "Steel rail | 200 | 2.10 | cancelled",
      "Steel bar | 100 | 1.20 | ok",
    ];
    expect(droppedOf(sheet)).toEqual(["Steel rail | 200 | 2.10 | cancelled"]);
  });

  it("a status saying the row was dropped earlier and is back is no drop", () => {
    expect(
      droppedOf([
        "item | qty | price | status",
        "Steel hook | 500 | 0.40 | ok",
        "Steel rail | 200 | 2.10 | back in, was dropped",
      ]),
    ).toEqual([]);
  });

  it("a row with its status cell left off stays in the order", () => {
    const sheet = [
      "item | qty | price | status",
      "Steel hook | 500 | 0.40 | ok",
      "Steel rail | 200 | 2.10",
      "Steel bar | 100 | 1.20 | dropped",
    ];
    expect(rowsOf(sheet).map((row) => row[0])).toEqual(["Steel hook", "Steel rail"]);
    expect(droppedOf(sheet)).toEqual(["Steel bar | 100 | 1.20 | dropped"]);
  });

  it("with no status column nothing is dropped", () => {
    expect(
      droppedOf([
        "item | qty | price | colour",
        "Steel hook | 500 | 0.40 | black",
        "Steel rail | 200 | 2.10 | removed",
      ]),
    ).toEqual([]);
  });
});

describe("several tables in one chat", () => {
  it("a revised table pasted right under the first is a table of its own", () => {
    expect(
      tablesOf([
        "Supplier: quotation v1 and v2",
        "Item | Qty | Unit price",
        "Enamel mug | 1500 | 2.40",
        "Bamboo coaster | 3000 | 0.85",
        "Item | Qty | Unit price",
        "Enamel mug | 2000 | 2.30",
        "Bamboo coaster | 3000 | 0.80",
      ]),
    ).toEqual([
      [
        ["Enamel mug", 1, 1500, null, 2.4, null],
        ["Bamboo coaster", 2, 3000, null, 0.85, null],
      ],
      [
        ["Enamel mug", 1, 2000, null, 2.3, null],
        ["Bamboo coaster", 2, 3000, null, 0.8, null],
      ],
    ]);
  });

  it("a packing list with no price column is no table, the price table under it is", () => {
    expect(
      tablesOf([
        "Packing list below",
        "Item | Qty | Cartons",
        "Steel hook | 500 | 10",
        "Steel rail | 200 | 8",
        "Item | Qty | Unit price",
        "Steel hook | 500 | 0.40",
        "Steel rail | 200 | 2.10",
      ]),
    ).toEqual([
      [
        ["Steel hook", 1, 500, null, 0.4, null],
        ["Steel rail", 2, 200, null, 2.1, null],
      ],
    ]);
  });

  it("a header with no rows under it gives way to the next header", () => {
    expect(
      tablesOf([
        "Item | Qty | Unit price",
        "Item | Qty | FOB price",
        "Enamel mug | 1500 | 2.40",
        "Bamboo coaster | 3000 | 0.85",
      ]),
    ).toEqual([
      [
        ["Enamel mug", 1, 1500, null, 2.4, null],
        ["Bamboo coaster", 2, 3000, null, 0.85, null],
      ],
    ]);
  });

  it("a text line between a header and its rows parts them", () => {
    expect(
      tablesOf([
        "Item | Qty | Unit price",
        "please see below",
        "Enamel mug | 1500 | 2.40",
        "Bamboo coaster | 3000 | 0.85",
      ]),
    ).toEqual([]);
  });

  it("a table copied a cell to a line and a table of bars are listed in the order they were pasted", () => {
    const stacked = [
      "No.",
      "Description",
      "Qty",
      "Unit Price",
      "USD",
      "1",
      "Desk lamp, LED",
      "500 pcs",
      "9.80",
    ];
    const barred = ["Item | Qty | Unit price (USD)", "Desk lamp | 600 | 9.60", "Floor lamp | 200 | 19.20"];
    const clauses = clausesFrom([...stacked, "Tom: ok, and the floor lamp?", ...barred]);
    expect(
      quoteTables(clauses).map((rows) =>
        rows.map((row) => [
          row.name,
          row.quantity?.value,
          row.price.value,
          row.price.currency,
          row.codes,
          row.sized,
        ]),
      ),
    ).toEqual([
      [["Desk lamp", 500, 9.8, "USD", [], false]],
      [
        ["Desk lamp", 600, 9.6, null, [], false],
        ["Floor lamp", 200, 19.2, null, [], false],
      ],
    ]);
    expect(quoteTableRows(clauses).map((row) => row.name)).toEqual(["Desk lamp"]);
    expect(
      quoteTableRows(clausesFrom([...barred, "Tom: and the desk lamp alone?", ...stacked])).map(
        (row) => row.name,
      ),
    ).toEqual(["Desk lamp", "Floor lamp"]);
  });

  it("a table copied a cell to a line cites each figure on its own line, and its tiers only where it lists them", () => {
    const clauses = clausesFrom([
      "No.",
      "Description",
      "Quantity",
      "Unit Price",
      "(SAR)",
      "1",
      "Air fryer 5.5L",
      "500-999 pcs",
      "1000+ pcs",
      "118.00",
      "109.50",
      "Tom: and the kettle alone?",
      "Cindy: No.",
      "Cindy: Description",
      "Cindy: Qty",
      "Cindy: Unit Price",
      "Cindy: (SAR)",
      "Cindy: 1",
      "Cindy: Electric kettle",
      "Cindy: 1,000 pcs",
      "Cindy: 39.80",
    ]);
    expect(
      quoteTables(clauses).map((rows) =>
        rows.map((row) => ({
          name: row.name,
          price: clauses[row.price.clause!]!.text.slice(row.price.start, row.price.end),
          tiers: row.tiers?.map((tier) => [tier.min, tier.price]),
          wrapped: row.wrapped.length,
        })),
      ),
    ).toEqual([
      [
        {
          name: "Air fryer 5.5L",
          price: "118.00",
          tiers: [
            [500, 118],
            [1000, 109.5],
          ],
          wrapped: 4,
        },
      ],
      [{ name: "Electric kettle", price: "39.80", tiers: undefined, wrapped: 2 }],
    ]);
  });
});

describe("a document that states the order", () => {
  const rows = ["Item | Qty | Unit price", "Enamel mug | 1500 | 2.40", "Bamboo coaster | 3000 | 0.85"];
  const settled = (lines: readonly string[]) =>
    quoteTableRows(clausesFrom(lines)).map((row) => row.price.settled ?? false);

  it.each([
    "PROFORMA INVOICE",
    "Pro-forma Invoice",
    "PRO FORMA",
    "Proforma",
    "PI No.: HX-2611",
    "PI number 2611",
    "PI #2611",
    "PI#2611",
    "SALES CONTRACT",
    "SALES  CONTRACT",
    "Sales Confirmation SC-88",
    "Sales  Confirmation",
    "ORDER CONFIRMATION",
    "Order  Confirmation",
    "形式发票",
    "销售合同",
  ])("under %j the rows' prices are the order's", (title) => {
    expect(settled([title, ...rows])).toEqual([true, true]);
  });

  it.each(["QUOTATION", "Price list", "Invoice address: Hamburg"])("under %j they stay offers", (title) => {
    expect(settled([title, ...rows])).toEqual([false, false]);
  });

  it("a row of printed order forms is no title over the table", () => {
    expect(
      settled([
        "Supplier: quote for your printed forms",
        "Item | Qty | Unit price",
        "Delivery note pads, A5 | 2000 | 0.40",
        "Order confirmation pads, A5 | 2000 | 0.45",
      ]),
    ).toEqual([false, false]);
  });

  it("a title sixteen lines above the first row still heads it, seventeen lines above no longer", () => {
    const letterhead = (lines: number) => Array.from({ length: lines }, (_, i) => `Address line ${i + 1}`);
    expect(settled(["PROFORMA INVOICE", ...letterhead(14), ...rows])).toEqual([true, true]);
    expect(settled(["PROFORMA INVOICE", ...letterhead(15), ...rows])).toEqual([false, false]);
  });

  it("the title of a first document does not settle a quotation pasted under it", () => {
    expect(
      quoteTables(
        clausesFrom([
          "PROFORMA INVOICE",
          ...rows,
          ...Array.from({ length: 14 }, (_, i) => `Note ${i + 1}: see attached`),
          "QUOTATION",
          ...rows,
        ]),
      ).map((table) => table.map((row) => row.price.settled ?? false)),
    ).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});
