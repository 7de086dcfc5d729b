/**
 * A row of a proforma invoice whose unit price cell is blank ("-") but whose amount is written is priced by the
 * amount over its count, as a buyer checking the PI would work it out.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const invoice = (header: string, third: string) => [
  "PROFORMA INVOICE",
  "PI No.: KT-2607-R2",
  header,
  "1 | Round tea tin 100 g, double lid | 5,000 | pcs | 4.35 | 21,750.00",
  "2 | Round tea tin 200 g, double lid | 3,000 | pcs | 5.60 | 16,800.00",
  third,
  "TOTAL: RMB 42,150.00",
  "Payment: 30% deposit, balance against B/L copy",
];

describe("a PI row priced only by its amount", () => {
  it.each([
    [
      "No. | Description | Qty | Unit | Unit Price (RMB) | Amount (RMB)",
      "3 | Mini tea tin 50 g, slip lid | 2,000 | pcs | - | 3,600.00",
    ],
    [
      "No. | Description | Qty | Unit | Price | Total",
      "3 | Mini tea tin 50 g, slip lid | 2,000 | pcs |  | 3,600.00",
    ],
  ])("under '%s' the row '%s' is priced at the amount over the count", (header, third) => {
    expect(itemRowsOf(invoice(header, third))).toEqual([
      ["Round tea tin 100 g", 5000, 4.35],
      ["Round tea tin 200 g", 3000, 5.6],
      ["Mini tea tin 50 g", 2000, 1.8],
    ]);
  });

  it("a row with its own price keeps it, whatever its amount says", () => {
    const rows = itemRowsOf(
      invoice(
        "No. | Description | Qty | Unit | Unit Price (RMB) | Amount (RMB)",
        "3 | Mini tea tin 50 g, slip lid | 2,000 | pcs | 1.75 | 3,600.00",
      ),
    );
    expect(rows[2]).toEqual(["Mini tea tin 50 g", 2000, 1.75]);
  });
});
