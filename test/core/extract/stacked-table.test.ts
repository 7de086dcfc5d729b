/**
 * A quotation or proforma invoice copied out of a PDF comes one cell to a line: the header's cells stacked,
 * then each row as its number, its description lines and its figures. The buyer reads it as the table it was.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { stackedTables } from "../../../src/core/extract/stacked-table.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const invoice = [
  "DONGGUAN HEXIN SMART ELECTRONICS CO., LTD.",
  "PROFORMA INVOICE",
  "PI No.: HX-PI-261118-02",
  "Item",
  "Description",
  "MOQ",
  "Order Qty",
  "Unit Price",
  "AED",
  "Amount",
  "AED",
  "1",
  "WiFi smart plug 13A, UK type",
  "BS 1363, Tuya app, 2.4GHz",
  "1,000",
  "3,000 pcs",
  "18.40",
  "55,200.00",
  "2",
  "USB-C PD 20W wall charger,",
  "UK plug, FCC/CE",
  "2,000",
  "4,000 pcs",
  "9.75",
  "39,000.00",
  "3",
  "3-way extension socket 1.5m",
  "with 2 USB-A, 13A fused",
  "500",
  "1,200 pcs",
  "30,600.00",
  "Sample charge (3 models), refundable",
  "350.00",
  "TOTAL AED 124,800.00",
  "Payment: 50% T/T deposit, 50% balance before shipment",
];

const quotation = [
  "Foshan Shunde Hanchu Electric Appliance Co., Ltd.",
  "QUOTATION",
  "No.",
  "Description",
  "Quantity",
  "Unit Price",
  "(SAR)",
  "1",
  "Air fryer 5.5L, digital touch",
  "panel, 1700W, 220-240V 60Hz,",
  "500-999 pcs",
  "1000-2999 pcs",
  "3000 pcs and above",
  "118.00",
  "109.50",
  "101.00",
  "2",
  "Electric kettle 1.7L, 304",
  "stainless steel inner, 2200W",
  "1000-1999 pcs",
  "2000 pcs and above",
  "39.80",
  "36.20",
  "Trade term: FOB Shenzhen",
];

describe("a proforma invoice copied a cell to a line", () => {
  it("orders each row's count at its price, in the currency under the price's header", () => {
    const draft = draftOf(invoice);
    expect(draft.currency).toBe("AED");
    expect(draft.items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice])).toEqual([
      ["WiFi smart plug 13A", 3000, "pcs", 18.4],
      ["USB-C PD 20W wall charger", 4000, "pcs", 9.75],
      // No unit price under its header: the amount over the count.
      ["3-way extension socket 1.5m", 1200, "pcs", 25.5],
    ]);
  });

  it("cites the line each figure stands on", () => {
    const draft = draftOf(invoice);
    const cited = (field: string) => draft.evidence.filter((e) => e.field === field).map((e) => e.quote);
    expect(cited("items[0].unitPrice")).toContain("18.40");
    expect(cited("items[0].quantity")).toContain("3,000 pcs");
    expect(cited("items[2].unitPrice")).toContain("30,600.00");
    const line = draft.evidence.find((e) => e.field === "items[1].unitPrice")?.line;
    expect(line).toBe(invoice.indexOf("9.75") + 1);
  });

  it("reads the MOQ column as no count of the order", () => {
    const [table] = stackedTables(clausesOf(parseTranscript(invoice.join("\n"))));
    expect(table?.map((row) => row.quantity?.value)).toEqual([3000, 4000, 1200]);
  });

  it("as a quotation, its rows stay offers until someone accepts them", () => {
    const quoted = invoice.map((line) => (line === "PROFORMA INVOICE" ? "QUOTATION" : line));
    const rows = itemRowsOf(quoted.filter((line) => !line.startsWith("PI No.")));
    expect(rows.map(([name]) => name)).toEqual([
      "WiFi smart plug 13A",
      "USB-C PD 20W wall charger",
      "3-way extension socket 1.5m",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([null, null, null]);
  });
});

describe("a quotation of price tiers copied a cell to a line", () => {
  it("prices each item at the tier of the count the chat orders", () => {
    const draft = draftOf([
      ...quotation,
      "Faisal: We confirm 1200 pcs air fryer and 2000 pcs kettle as per the tier prices.",
      "Cindy: Confirmed sir, 1200 air fryer + 2000 kettle. PI today.",
    ]);
    expect(draft.currency).toBe("SAR");
    expect(draft.items.map((item) => [item.name, item.quantity, item.unitPrice])).toEqual([
      ["Air fryer 5.5L", 1200, 109.5],
      ["Electric kettle 1.7L", 2000, 36.2],
    ]);
  });

  it("reads each tier with its price, and the description's figures as none", () => {
    const [table] = stackedTables(clausesOf(parseTranscript(quotation.join("\n"))));
    expect(table?.map((row) => row.tiers.map((tier) => [tier.min, tier.price]))).toEqual([
      [
        [500, 118],
        [1000, 109.5],
        [3000, 101],
      ],
      [
        [1000, 39.8],
        [2000, 36.2],
      ],
    ]);
  });

  it("orders nothing while the chat chooses no count", () => {
    const draft = draftOf(quotation);
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe("lines that only look like a stacked header", () => {
  it.each([
    [["Description", "Price", "1", "nice soft cotton", "2"]],
    [["Item", "Quantity", "Price", "1", "2", "3"]],
    [["Quantity", "Unit Price", "Amount", "1", "Tote bag", "500", "1.20", "600.00"]],
  ])("%j makes no table", (lines) => {
    expect(stackedTables(clausesOf(parseTranscript(lines.join("\n"))))).toEqual([]);
  });
});

describe("a proforma invoice pasted as a table with bars", () => {
  it("states the order its rows make", () => {
    expect(
      itemRowsOf([
        "PROFORMA INVOICE No. PI-2611",
        "Item | Description | Order Qty | Unit Price USD | Amount USD",
        "1 | Bamboo cutting board 38x28 | 1,500 pcs | 3.40 | 5,100.00",
        "2 | Bamboo utensil set | 2,000 sets | 2.15 | 4,300.00",
      ]),
    ).toEqual([
      ["Bamboo cutting board 38x28", 1500, 3.4],
      ["Bamboo utensil set", 2000, 2.15],
    ]);
  });
});
