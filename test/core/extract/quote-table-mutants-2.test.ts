/**
 * Quote tables and proforma invoices pasted into a chat, as the draft order reads them: a PI copied from a PDF
 * whose descriptions wrap (rows numbered in tens, two spaces after the number, four columns, the count run into
 * the price at the start of the figures' line, a paste cut off in its last row), a dropped row whose figures
 * are no offer, a count and a price run into one cell however they are typed, the price a long row cites, and
 * columns of count tiers (two tiers, tiers the supplier left blank).
 */
import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const evidenceOf = (lines: readonly string[], field: string) =>
  draftOf(lines).evidence.find((e) => e.field === field);

describe("a PI copied from a PDF whose descriptions wrap", () => {
  // An ERP numbers its lines in tens; two spaces after the number; no Amount column.
  const erpInvoice = [
    "Supplier: Hi Tom, PI attached as text, please check.",
    "PROFORMA INVOICE No. HX-2611-08",
    "Item  Description                                      Qty          Unit price",
    "10  Kraft lunch box 1000 ml, PE lined, printed 1C",
    "                                                       6,000 pcs    USD 0.21",
    "20  Kraft soup cup 16 oz with vented PP lid,",
    "    lid printed 1C                                     4,000 pcs    USD 0.18",
    "Buyer: ok confirmed",
  ];

  it("reads rows numbered in tens, with only the count and price on the line under each name", () => {
    expect(itemRowsOf(erpInvoice)).toEqual([
      ["Kraft lunch box 1000 ml", 6000, 0.21],
      ["Kraft soup cup 16 oz with vented PP lid", 4000, 0.18],
    ]);
  });

  it("cites the count on the line under the name, where it is written", () => {
    const quantity = evidenceOf(erpInvoice, "items[0].quantity");
    expect(quantity?.line).toBe(5);
    expect(quantity?.quote).toContain("6,000 pcs");
  });

  const glassInvoice = (lastRow: string[]) => [
    "Dear Marta, PI below, please sign and return.",
    "PROFORMA INVOICE   No.: GL-2611   Date: Nov. 2, 2026",
    "Item  Description                                         Qty          Unit price   Amount",
    "1     Borosilicate glass food container 1040 ml, bamboo lid",
    "      3,000 pcs USD 3.85     USD 11,550.00",
    "2     Glass meal prep container 2 compartments, PP lid,",
    "      BPA free, 620 ml                                     1,500 sets   USD 2.40     USD 3,600.00",
    ...lastRow,
  ];

  it("splits a count run into the price at the start of the figures' line", () => {
    const lines = [...glassInvoice([]), "Buyer: signed, deposit today"];
    expect(itemRowsOf(lines)).toEqual([
      ["Borosilicate glass food container 1040 ml", 3000, 3.85],
      ["Glass meal prep container 2 compartments", 1500, 2.4],
    ]);
  });

  it("reads the rows above a last row the paste cut off before its figures", () => {
    const lines = glassInvoice(["3     Glass storage jar 800 ml, bamboo lid, gift box"]);
    expect(itemRowsOf(lines)).toEqual([
      ["Borosilicate glass food container 1040 ml", 3000, 3.85],
      ["Glass meal prep container 2 compartments", 1500, 2.4],
    ]);
  });

  it("takes the figures of a dropped row for no offer on the product it resembles", () => {
    const lines = [
      "Dear Marta, updated PI below.",
      "PROFORMA INVOICE   No.: GL-2611   Date: Nov. 2, 2026",
      "Item  Description                                         Qty          Unit price   Status",
      "1     Borosilicate glass food container 1040 ml, bamboo lid,",
      "      airtight silicone seal, gift box                    3,000 pcs    USD 3.85     confirmed",
      "2     Borosilicate glass food container 640 ml,",
      "      glass food container with bamboo lid                 1,500 pcs    USD 2.40     DROPPED",
      "3     Glass storage jar 800 ml, bamboo lid                  2,000 pcs    USD 1.95     confirmed",
      "Buyer: ok, signed",
    ];
    expect(itemRowsOf(lines)).toEqual([
      ["Borosilicate glass food container 1040 ml", 3000, 3.85],
      ["Glass storage jar 800 ml", 2000, 1.95],
    ]);
  });
});

describe("a count and a price run into one cell", () => {
  const sheet = (cells: string) => [
    "PROFORMA INVOICE No. TW-88",
    "Item  Description                              Qty         Unit price   Amount",
    "1    Bamboo fibre dish towel 40x60 cm          4,000 pcs   USD 0.62     USD 2,480.00",
    `2    Cotton oven mitt, pair                    ${cells}    USD 2,900.00`,
    "Buyer: confirmed, go ahead.",
  ];

  it.each([
    ["a count with no unit", "2,000 USD 1.45"],
    ["a unit with no space", "2,000pairs USD 1.45"],
    ["a dollar sign", "2,000 pairs $1.45"],
    ["a code with no space", "2,000 pairs USD1.45"],
  ])("is split under its columns with %s ('%s')", (_, cells) => {
    expect(itemRowsOf(sheet(cells))).toEqual([
      ["Bamboo fibre dish towel 40x60 cm", 4000, 0.62],
      ["Cotton oven mitt", 2000, 1.45],
    ]);
  });

  it("a long row's price is quoted where it stands", () => {
    const lines = [
      "PROFORMA INVOICE No. TW-88",
      `Item  Description${" ".repeat(105)}Qty         Unit price   Amount`,
      "1    Bamboo fibre dish towel 40x60 cm, waffle weave, hemmed edges, hanging loop, 2 colours, OEKO-TEX" +
        "        4,000 pcs   USD 0.62     USD 2,480.00",
      "2    Cotton oven mitt, pair, 100% cotton canvas shell, silicone grip print, polyester filling, hanging" +
        " loop, 2 colours     2,000 pairs USD 1.45    USD 2,900.00",
      "Buyer: confirmed, go ahead.",
    ];
    expect(itemRowsOf(lines)[1]).toEqual(["Cotton oven mitt", 2000, 1.45]);
    expect(evidenceOf(lines, "items[1].unitPrice")?.quote).toContain("USD 1.45");
  });
});

describe("columns of count tiers", () => {
  it("with two tiers, the count ordered chooses the second", () => {
    const lines = [
      "Supplier: quote below, FOB Xiamen, USD per piece:",
      "Supplier: Item | 300-999 pcs | 1000+ pcs",
      "Supplier: SP-10 silicone spatula | 0.95 | 0.82",
      "Supplier: WH-22 wooden whisk    | 1.40 | 1.25",
      "Buyer: we take 1200 spatulas and 600 whisks, prices as per table",
      "Supplier: ok confirmed",
    ];
    expect(itemRowsOf(lines)).toEqual([
      ["SP-10 silicone spatula", 1200, 0.82],
      ["WH-22 wooden whisk", 600, 1.4],
    ]);
  });

  it("a tier the supplier left blank quotes no price for a count in it", () => {
    const lines = [
      "Supplier: quote below, FOB Xiamen, USD per piece:",
      "Supplier: Item | 300-499 pcs | 500-999 pcs | 1000+ pcs",
      "Supplier: SP-10 silicone spatula | 0.95 | 0.82 | 0.74",
      "Supplier: WH-22 wooden whisk    | 1.40 | - | -",
      "Buyer: we take 1200 spatulas and 600 whisks, prices as per table",
    ];
    expect(itemRowsOf(lines)).toEqual([
      ["SP-10 silicone spatula", 1200, 0.74],
      ["WH-22 wooden whisk", 600, null],
    ]);
  });
});
