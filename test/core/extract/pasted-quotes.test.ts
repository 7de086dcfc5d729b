/**
 * Quotes pasted the way suppliers send them: a table copied from a PDF (cells set apart by spaces, long
 * cells wrapped onto the next line), a revised quote pasted under the first, a table of sizes priced per
 * thousand, and proforma-invoice lines "name count x price = amount" with no currency on the line.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { findMoney } from "../../../src/core/extract/money.ts";
import { quoteTableRows } from "../../../src/core/extract/quote-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const rowsOf = (lines: string[]) =>
  quoteTableRows(clausesOf(parseTranscript(lines.join("\n")))).map((row) => [
    row.name,
    row.price.value,
    row.quantity?.value ?? null,
    row.quantity?.unit ?? null,
  ]);

/** Each item as [the product cell it is named from, count, price]; the card may add the row's size to the name. */
const named = (rows: Array<[string, number | null, number | null]>) =>
  rows.map(([name, count, price]) => {
    const cell = ["Bamboo bath mat", "Cotton bath towel", "Soap dish"].find((product) =>
      name.startsWith(product),
    );
    return [cell ?? name, count, price];
  });

const pdfQuote = [
  "Supplier: our quotation copied from the PDF",
  "QUOTATION  Ningbo Reedway Houseware Co., Ltd.",
  "Currency: USD     Price term: FOB Ningbo",
  "No.  Item                      Specification                     Qty           Unit Price   Amount",
  "1    Bamboo bath mat           60 x 40 cm, carbonised, non-slip  1,200 pcs     4.80         5,760.00",
  "                               + anti-slip silicone dots, 4 rubber feet",
  "2    Cotton bath towel         70 x 140 cm, 500 gsm              2,400 pcs     3.15         7,560.00",
  "3    Soap dish                 ceramic, 12 cm                    800 sets      1.25         1,000.00",
  "                                                                 TOTAL USD     14,320.00",
  "Lead time: 30 days after deposit",
];

describe("a quote table copied from a PDF, its cells set apart by spaces", () => {
  it("reads each row's product, price and count with its unit, across a wrapped cell", () => {
    expect(rowsOf(pdfQuote)).toEqual([
      ["Bamboo bath mat", 4.8, 1200, "pcs"],
      ["Cotton bath towel", 3.15, 2400, "pcs"],
      ["Soap dish", 1.25, 800, "sets"],
    ]);
  });

  it("orders the three products at the quoted prices once the buyer accepts the quote", () => {
    expect(named(itemRowsOf([...pdfQuote, "Buyer: quotation accepted, please send the PI"]))).toEqual([
      ["Bamboo bath mat", 1200, 4.8],
      ["Cotton bath towel", 2400, 3.15],
      ["Soap dish", 800, 1.25],
    ]);
  });

  it("a revised quote pasted under the first changes the counts and prices of the same products", () => {
    const revised = [
      "Supplier: revised quotation v2 as discussed",
      "No.  Item                      Specification      Qty           Unit Price   Amount",
      "1    Bamboo bath mat           same as v1         1,500 pcs     4.60         6,900.00",
      "2    Cotton bath towel         same as v1         2,400 pcs     3.05         7,320.00",
      "3    Soap dish                 same as v1         800 sets      1.25         1,000.00",
      "Buyer: v2 is ok, we confirm",
    ];
    expect(named(itemRowsOf([...pdfQuote, ...revised]))).toEqual([
      ["Bamboo bath mat", 1500, 4.6],
      ["Cotton bath towel", 2400, 3.05],
      ["Soap dish", 800, 1.25],
    ]);
  });

  it("a line of prose with wide spaces in it is no table", () => {
    expect(rowsOf(["Supplier: price  is  good,  quality  is  good", "Buyer: ok  thanks  friend"])).toEqual(
      [],
    );
  });
});

describe("a table whose rows are sizes of one product, priced per thousand", () => {
  const sizes = [
    "Supplier: quote for your shipping boxes, price per 1000pcs in usd",
    "| inner size mm | qty | price/1000pcs |",
    "| 300x200x100 | 4000 | 350 |",
    "| 400x300x150 | 2000 | 520 |",
  ];

  it("names each row by the product and its size, and prices one box, not a thousand", () => {
    expect(rowsOf(sizes)).toEqual([
      ["300x200x100 mm", 0.35, 4000, null],
      ["400x300x150 mm", 0.52, 2000, null],
    ]);
  });

  it("reads a counter per thousand as the price of one, and a size named alone as its row", () => {
    const rows = itemRowsOf([
      ...sizes,
      "Buyer: can you do 330 and 500 per thousand? and make 400x300x150 2500 pcs",
      "Supplier: ok 330 and 500, 2500 pcs fine",
      "Buyer: confirmed",
    ]);
    expect(rows).toEqual([
      ["shipping box 300x200x100 mm", 4000, 0.33],
      ["shipping box 400x300x150 mm", 2500, 0.5],
    ]);
  });
});

describe("a price list set out in spaced columns, its rows sizes of the chat's product", () => {
  it("reads each length as a row, the currency from the note above it, and counts listed in the rows' order", () => {
    expect(
      itemRowsOf([
        "Mila 2026-11-09 15:02",
        "Hello friend, this is Mila from Ningbo Greenleaf Garden Co., Ltd. Thanks for your inquiry about ceramic planters. Price list below, USD per pc, MOQ 200 pcs each size:",
        "Diameter     Height    Glaze              Price",
        "12 cm        11 cm     matte white        2.10",
        "16 cm        14 cm     matte white        2.85",
        "20 cm        18 cm     matte white        3.60",
        "Jonas 2026-11-09 16:11",
        "Hi Mila, thanks. We'd need 600 / 400 / 300 pcs. Can you do 1.95 / 2.70 / 3.40?",
        "Mila 2026-11-10 09:03",
        "ok 1.95 / 2.70 / 3.40 for your quantity.",
        "Jonas 2026-11-10 09:10",
        "Confirmed.",
      ]),
    ).toEqual([
      ["ceramic planter 12 cm", 600, 1.95],
      ["ceramic planter 16 cm", 400, 2.7],
      ["ceramic planter 20 cm", 300, 3.4],
    ]);
  });
});

describe("the currency a price list's note names", () => {
  it.each(["Price list below, USD per pc:", "price list, EUR per set"])(
    "%j prices bare figures in it",
    (note) => {
      const draft = draftOf([
        `Supplier: ${note}`,
        "Supplier: walnut tray 12.40",
        "Buyer: ok 200 pcs, confirmed",
      ]);
      expect(draft.currency).toBe(note.includes("EUR") ? "EUR" : "USD");
    },
  );
});

describe("proforma lines: a name, its count, 'x' a bare price, '=' their amount", () => {
  const invoice = [
    "Buyer: we need 1500 silicone spatulas and 800 bamboo utensil holders",
    "Supplier: spatula 0.95, holder 2.40, all prices in USD",
    "Buyer: ok",
    "Supplier: PI no. KT2291 as below",
    "silicone spatula 1500 pcs x 0.95 = 1425",
    "bamboo utensil holder 800 pcs (20ctns) x 2.40 = 1920",
    "total USD 3345 FOB Xiamen",
    "Buyer: PI correct, deposit today",
  ];

  it("orders each line at its price, and the invoice's number names no product", () => {
    expect(itemRowsOf(invoice)).toEqual([
      ["silicone spatula", 1500, 0.95],
      ["bamboo utensil holder", 800, 2.4],
    ]);
    expect(
      draftOf(invoice)
        .items.map((item) => item.name)
        .join(" "),
    ).not.toContain("KT2291");
  });

  it("reads 'x' after a count as times a price, and after a size as a size", () => {
    expect(findMoney("silicone spatula 1500 pcs x 0.95 = 1425").map((m) => m.value)).toEqual([0.95, 1425]);
    expect(findMoney("bath mat 60 x 40 cm").map((m) => m.value)).toEqual([]);
  });

  it("a line whose amount does not check out is no order line of its own", () => {
    const names = itemRowsOf([
      "Supplier: packing list below",
      "lunch box 600 pcs x 12 = 50 ctns",
      "water bottle 400 pcs x 20 = 20 ctns",
    ]).map(([name]) => name);
    expect(names).not.toEqual(["lunch box", "water bottle"]);
  });
});

describe("a pasted table read as one quote, whoever the chat's layout makes each line's speaker", () => {
  const pasted = [
    "[pasted from quotation Q-118.pdf]",
    "No. | Description | Qty | Unit Price | Amount (EUR)",
    "1 | Oak serving board, large | 300 pcs | EUR 9.40/pc | 2,820.00",
    "2 | Acacia salad bowl | 200 pcs | EUR 12.10/pc | 2,420.00",
    "3 | Olive wood spoon set | 500 sets | EUR 3.25/set | 1,625.00",
    "Anna: ok for all three, please send the PI",
  ];

  it("orders every row of the table, each at its own count and price", () => {
    expect(itemRowsOf(pasted)).toEqual([
      ["Oak serving board", 300, 9.4],
      ["Acacia salad bowl", 200, 12.1],
      ["Olive wood spoon set", 500, 3.25],
    ]);
  });

  it("a paste with no speaker at all, each line its own message, still lists every row as a product", () => {
    const letter = [
      "[pasted from QT-2207.pdf]",
      "JIANGMEN EVERBRIGHT KITCHENWARE CO., LTD.",
      "No. 6 Industrial Road, Heshan, Guangdong   Tel +86 750 000 0000",
      "QUOTATION                                   No.: QT-2207",
      "To: Harbour Home Ltd, Bristol               Date: 02 June 2027",
      "No. | Description | Size (mm) | Pcs/Ctn | Qty | Unit Price | Amount (GBP)",
      "1   | Enamel pie dish, cream | 240x40 | 24 | 1,200 pcs | GBP 3.10/pc | 3,720.00",
      "2   | Cast iron skillet | 260 dia | 6 | 600 pcs | GBP 7.85/pc | 4,710.00",
      "3   | Silicone trivet set | 180x180 | 40 | 900 sets | GBP 1.40/set | 1,260.00",
      "Terms:",
      "- Price term: FOB Shenzhen",
      "Ruth Evans (email, 3 June): Thanks, please hold the prices while we check.",
      "Lily Chen (email, 3 June): Sure Ruth, valid 30 days.",
    ];
    const names = draftOf(letter).items.map((item) => item.name.replace(/\s\d.*$/, ""));
    expect(names).toEqual(["Enamel pie dish", "Cast iron skillet", "Silicone trivet set"]);
  });

  it("a 'Qty tier' column lists the counts prices break at, not the count ordered", () => {
    const tiers = [
      "Supplier: our price list",
      "Item | Description | Qty tier | Unit price (USD)",
      "1 | LED strip 5050 RGB, 5 m/roll | 500 rolls | 3.95",
      "2 | 12V 5A power adapter | 500 pcs | 2.85",
    ];
    expect(rowsOf(tiers).map(([name, price, count]) => [name, price, count])).toEqual([
      ["LED strip 5050 RGB", 3.95, null],
      ["12V 5A power adapter", 2.85, null],
    ]);
  });

  it("a product named with a type number and an abbreviation after it ('LED strip 5050 RGB') is called 'the strip'", () => {
    const rows = itemRowsOf([
      "Supplier: quotation",
      "Item | Description | Unit price (USD)",
      "1 | LED strip 5050 RGB | 3.95",
      "2 | 12V 5A power adapter | 2.85",
      "Buyer: we take 1000 rolls of the strip at 3.60 and 800 adapters at 2.65",
      "Supplier: ok confirmed",
    ]);
    expect(rows).toEqual([
      ["LED strip 5050 RGB", 1000, 3.6],
      ["12V 5A power adapter", 800, 2.65],
    ]);
  });
});

describe("the supplier of a pasted quotation", () => {
  it("is the letterhead's company, written in capitals, not the addressee after 'To:'", () => {
    const draft = draftOf([
      "[pasted from Q-3390.pdf]",
      "XIAMEN BLUEPEAK OUTDOOR PRODUCTS CO., LTD.",
      "QUOTATION                          No.: Q-3390",
      "To: Fernhill Camping Supplies Ltd, Bristol",
      "Item | Qty | Unit price (USD)",
      "Folding camp chair | 400 pcs | 7.20",
      "Camping table | 200 pcs | 14.50",
    ]);
    expect(draft.supplier).toBe("XIAMEN BLUEPEAK OUTDOOR PRODUCTS CO., LTD.");
  });
});
