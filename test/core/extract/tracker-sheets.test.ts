/**
 * A buyer's purchase tracker pasted from a spreadsheet: one row per product with the rounds of the
 * negotiation in columns ("Quote 1 | Our counter | Quote 2 | Final | Status"). The settled column is the
 * price of the order, a count changed in its cell ("800 -> 600") counts by its last figure, the quantity
 * column's header may carry the unit ("Qty (rolls)"), and a row whose status drops it or keeps it as a
 * sample only is no item.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { quoteTableRows } from "../../../src/core/extract/quote-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const rows = (lines: readonly string[]) =>
  draftOf(lines).items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice]);

describe("a pasted tracker is read by its columns", () => {
  it("takes the settled column's price, skips dropped and sample-only rows, reads a changed count", () => {
    expect(
      rows([
        "Buyer: our tracker, pls check",
        "Buyer: product | size | MOQ | qty | quote 1 | our bid | quote 2 | final | status",
        "Buyer: Enamel camping mug | 350 ml | 500 | 1200 | 2.60 | 2.10 | 2.35 | 2.30 | OK",
        "Buyer: Enamel plate | 22 cm | 500 | 900 -> 700 | 3.10 | 2.50 | 2.90 | 2.80 | OK",
        "Buyer: Enamel bowl | 16 cm | 500 | 500 | 2.20 | 1.80 | 2.05 | - | DROPPED",
        "Buyer: Enamel kettle | 1.5 L | 100 | 5 | 9.80 | - | - | - | SAMPLE ONLY",
        "Supplier: ok all correct",
      ]),
    ).toEqual([
      ["Enamel camping mug", 1200, null, 2.3],
      ["Enamel plate", 700, null, 2.8],
    ]);
  });

  it("reads the unit from the quantity header and the price from 'Final' after quotes and counters", () => {
    expect(
      rows([
        "| # | Item | Width | Qty (rolls) | Quote USD/roll | Our counter | Final | Status |",
        "|---|------|-------|-------------|----------------|-------------|-------|--------|",
        "| 1 | Kraft packing tape, 48 mm | 48 mm | 2000 | 0.95 | 0.80 | 0.86 | agreed |",
        "| 2 | Clear packing tape, 72 mm | 72 mm | 1000 | 1.30 | 1.10 | 1.18 | agreed |",
        "| 3 | Masking tape, 24 mm | 24 mm | 800 | 0.55 | 0.45 | - | cancelled |",
      ]),
    ).toEqual([
      ["Kraft packing tape", 2000, "rolls", 0.86],
      ["Clear packing tape", 1000, "rolls", 1.18],
    ]);
  });

  it("names a row its item column gives only a code by that code, its size and the chat's product", () => {
    const draft = draftOf([
      "Buyer: SILICONE SPATULAS - order sheet",
      "Buyer: Item | Size | Colour | Qty (pcs) | Quote | Agreed | Status",
      "Buyer: SP-10 | 21 cm | grey | 3,000 | 0.66 | 0.61 | ok",
      "Buyer: SP-12 | 28 cm | grey | 2,000 | 0.84 | 0.79 | ok",
      "Buyer: Prices in EUR per piece.",
      "Supplier: confirmed",
    ]);
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["SILICONE spatula SP-10 21 cm", 3000, 0.61],
      ["SILICONE spatula SP-12 28 cm", 2000, 0.79],
    ]);
    expect(draft.currency).toBe("EUR");
  });

  it("prices a row whose settled cell is still blank by the supplier's latest quote, not the buyer's counter", () => {
    expect(
      tableOf([
        "item | qty | 1st quote | our counter | agreed | status",
        "Steel hook | 500 | 0.40 | 0.30 | 0.35 | agreed",
        "Steel rail | 200 | 2.10 | 1.80 | – | open",
      ]).map((row) => [row[1], row[2]]),
    ).toEqual([
      [0.35, true],
      [2.1, false],
    ]);
  });

  it.each([
    ["Prices in USD per piece.", "USD"],
    ["All prices are in EUR", "EUR"],
    ["prices quoted in GBP, ex works", "GBP"],
    ["Currency: AUD", "AUD"],
  ])("a note '%s' gives the currency of bare figures", (note, currency) => {
    const draft = draftOf([
      "Buyer: item | qty | price",
      "Buyer: Steel hook | 500 | 0.40",
      "Buyer: Steel rail | 200 | 2.10",
      `Buyer: ${note}`,
      "Supplier: ok confirmed",
    ]);
    expect(draft.currency).toBe(currency);
  });

  it("with no settled column, the latest quote column prices the row", () => {
    const found = rows([
      "Buyer: item | qty | quote 1 | quote 2 | remarks",
      "Buyer: Silicone spatula | 3000 | 0.62 | 0.58 | new mould",
      "Buyer: Silicone whisk | 2000 | 0.80 | 0.74 |",
      "Supplier: yes these are our prices",
    ]);
    expect(found.map((row) => row[3])).toEqual([0.58, 0.74]);
  });
});

/** The rows of the first table in the chat: name, price, whether the price is the settled one, count, unit. */
const tableOf = (lines: readonly string[]) =>
  quoteTableRows(clausesOf(parseTranscript(lines.join("\n")))).map((row) => [
    row.name,
    row.price.value,
    row.price.settled ?? false,
    row.quantity?.value ?? null,
    row.quantity?.unit ?? null,
  ]);

const tracker = (header: string, ...rows: string[]) => [`item | qty | ${header}`, ...rows];

describe("the columns of a tracker, word by word", () => {
  it.each(["final", "Final", "agreed", "confirmed price", "deal", "settled"])(
    "a '%s' column is the settled price, beside a unit price and a quote",
    (settled) => {
      expect(
        tableOf([
          `item | qty | unit price | quote 2 | ${settled}`,
          "Steel hook | 500 | 0.40 | 0.36 | 0.35",
          "Steel rail | 200 | 2.10 | 1.95 | 1.90",
        ]),
      ).toEqual([
        ["Steel hook", 0.35, true, 500, null],
        ["Steel rail", 1.9, true, 200, null],
      ]);
    },
  );

  it.each(["final qty", "agreed quantity", "final amount", "final total", "agreed date", "final status"])(
    "a '%s' column is no price: the unit price column is",
    (other) => {
      expect(
        tableOf([
          `item | qty | unit price | ${other}`,
          "Steel hook | 500 | 0.40 | 0.35",
          "Steel rail | 200 | 2.10 | 1.90",
        ]).map((row) => [row[1], row[2]]),
      ).toEqual([
        [0.4, false],
        [2.1, false],
      ]);
    },
  );

  it.each(["quote", "quoted", "quotes", "quotation", "offer", "offered"])(
    "with no price column, the last '%s' column prices the row, unsettled",
    (quote) => {
      expect(
        tableOf([
          `item | qty | ${quote} 1 | our counter | ${quote} 2`,
          "Steel hook | 500 | 0.40 | 0.30 | 0.36",
          "Steel rail | 200 | 2.10 | 1.80 | 1.95",
        ]).map((row) => [row[1], row[2]]),
      ).toEqual([
        [0.36, false],
        [1.95, false],
      ]);
    },
  );

  it.each(["status", "state", "remark", "remarks", "comment", "comments", "note", "notes"])(
    "a '%s' column that drops a row takes it out",
    (status) => {
      expect(
        tableOf(
          tracker(
            `price | ${status}`,
            "Steel hook | 500 | 0.40 | ok",
            "Steel shelf | 100 | 5.60 | dropped",
            "Steel rail | 200 | 2.10 | fine",
          ),
        ).map((row) => row[0]),
      ).toEqual(["Steel hook", "Steel rail"]);
    },
  );

  it.each([
    "DROPPED (too dear)",
    "cancelled",
    "canceled",
    "cancel",
    "removed",
    "deleted",
    "declined",
    "rejected",
    "not ordered",
    "on hold",
    "sample only",
    "samples only",
  ])("the status '%s' takes a row out; 'ok' or a remark keeps it", (status) => {
    expect(
      tableOf(
        tracker(
          "price | status",
          "Steel hook | 500 | 0.40 | ok",
          `Steel shelf | 100 | 5.60 | ${status}`,
          "Steel rail | 200 | 2.10 | keep, dropped price 2.20 to 2.10",
        ),
      ).map((row) => row[0]),
    ).toEqual(["Steel hook", "Steel rail"]);
  });

  it.each([
    ["800 -> 600", 600],
    ["800 → 600", 600],
    ["800 => 600", 600],
    ["800->600", 600],
    ["800 pcs -> 600", 600],
    ["1,000 -> 1,200", 1200],
  ])("a count changed in its cell ('%s') counts %i", (cell, count) => {
    expect(
      tableOf(tracker("price", `Steel hook | ${cell} | 0.40`, "Steel rail | 200 | 2.10")).map(
        (row) => row[3],
      ),
    ).toEqual([count, 200]);
  });

  it.each([
    ["Qty (rolls)", "rolls"],
    ["Qty, sets", "sets"],
    ["qty pairs", "pairs"],
    ["Qty", null],
  ])("the quantity header '%s' gives the rows' unit %s", (header, unit) => {
    expect(
      tableOf([`item | ${header} | price`, "Steel hook | 500 | 0.40", "Steel rail | 200 pcs | 2.10"]).map(
        (row) => row[4],
      ),
    ).toEqual([unit, "pcs"]);
  });
});

describe("where a tracker's header words must stand", () => {
  const rows = ["Steel hook | 500 | 0.40 | 0.35", "Steel rail | 200 | 2.10 | 1.90"];
  const prices = (header: string, lines = rows) => tableOf([header, ...lines]).map((row) => [row[1], row[2]]);

  it("a settled word opens its column: 'not agreed' is no settled price", () => {
    expect(prices("item | qty | unit price | not agreed")).toEqual([
      [0.4, false],
      [2.1, false],
    ]);
  });

  it("a count's word anywhere after the settled word makes the column no price ('final order qty')", () => {
    expect(prices("item | qty | unit price | final order qty")).toEqual([
      [0.4, false],
      [2.1, false],
    ]);
  });

  it("a quote word opens its column: 'our counter offer' is no quote", () => {
    expect(prices("item | qty | quote 1 | our counter offer")).toEqual([
      [0.4, false],
      [2.1, false],
    ]);
  });

  it("a status word opens its column: 'qc remarks' saying 'rejected once' drops nothing", () => {
    expect(
      tableOf([
        "item | qty | price | qc remarks",
        "Steel hook | 500 | 0.40 | rejected once, fixed",
        "Steel rail | 200 | 2.10 | ok",
      ]).map((row) => row[0]),
    ).toEqual(["Steel hook", "Steel rail"]);
  });

  it("the quantity column is the one a count word opens, not 'sample qty' or 'qty tier'", () => {
    expect(
      tableOf([
        "item | sample qty | qty | price",
        "Steel hook | 5 | 500 | 0.40",
        "Steel rail | 3 | 200 | 2.10",
      ]).map((row) => row[3]),
    ).toEqual([500, 200]);
    expect(
      tableOf(["item | qty tier | price", "Steel hook | 500 | 0.40", "Steel rail | 200 | 2.10"]).map(
        (row) => row[3],
      ),
    ).toEqual([null, null]);
  });

  it("a count cell is a number with its unit, written on or apart, and nothing before it", () => {
    expect(
      tableOf(tracker("price", "Steel hook | 500pcs | 0.40", "Steel rail | approx 200 | 2.10")).map((row) => [
        row[3],
        row[4],
      ]),
    ).toEqual([
      [500, "pcs"],
      [null, null],
    ]);
  });

  it("a header with no product column, or a figure for a cell, is no header; '1st offer' is a word", () => {
    expect(tableOf(["code | qty | price", "SH-1 | 500 | 0.40", "SR-2 | 200 | 2.10"])).toEqual([]);
    expect(prices("item | qty | 1st offer | final")).toEqual([
      [0.35, true],
      [1.9, true],
    ]);
  });

  it("a quantity column first gives its unit, and a price per 100 is divided out", () => {
    expect(
      tableOf(["Qty (sets) | item | price/100pcs", "500 | Steel hook | 40.00", "200 | Steel rail | 210.00"]),
    ).toEqual([
      ["Steel hook", 0.4, false, 500, "sets"],
      ["Steel rail", 2.1, false, 200, "sets"],
    ]);
  });
});
