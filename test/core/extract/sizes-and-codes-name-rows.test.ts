/**
 * Call notes under a quote pasted from a PDF: the table heads its price column "EUR/pc", and the notes name
 * each row by its size as the trade rounds it ("60x60 panel" for "panel 595x595 mm") or by the figures its
 * model code spells ("LP-6060-40"); Czech, Dutch, Finnish and Turkish buyers count pieces in their own word.
 */
import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const quote = [
  "CALL NOTES - Sunlite Lighting Co., Ltd.",
  "Pasted from their quote:",
  "Item        | Spec                          | MOQ | EUR/pc",
  "LP-6060-40  | panel 595x595 mm, 40W          | 300 | 14.90",
  "LP-30120-40 | panel 295x1195 mm, 40W         | 300 | 15.60",
  "DRV-40F     | driver 40W, 1050 mA            | 300 | 3.20",
];

describe("a quote's price column headed by its currency per piece", () => {
  it.each([
    ["EUR/pc", "EUR"],
    ["USD per set", "USD"],
    ["€/unit", "EUR"],
    ["RMB/pcs", "CNY"],
  ])("%s prices the rows, in %s", (header, currency) => {
    const draft = draftOf([
      "Supplier: our quote",
      `Item | Spec | MOQ | ${header}`,
      "Ceiling panel | 595x595 mm | 300 | 14.90",
      "LED driver | 40W | 300 | 3.20",
      "Buyer: ok, we take 500 of each",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([14.9, 3.2]);
    expect(draft.currency).toBe(currency);
  });

  it("a bare currency per hour or per kilo is no price column", () => {
    const draft = draftOf([
      "Supplier: our costs",
      "Item | Spec | EUR/kg",
      "Ceiling panel | 595x595 mm | 14.90",
    ]);
    expect(draft.items.every((item) => item.unitPrice === null)).toBe(true);
  });
});

describe("notes naming a row of the quote by its size or its code's figures", () => {
  it("the size in centimetres names the row sized in millimetres, and counts and prices it", () => {
    const rows = itemRowsOf([
      ...quote,
      "Today on phone:",
      "- 60x60 panel: we need 1200 ks. He said 14.20 is final. OK 14.20 agreed.",
      "- 30x120 panel: only 400 ks, he gave 15.10 for us, agreed.",
      "- drivers DRV-40F: we need 1600 ks, 2.95 agreed",
    ]);
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([
      [1200, 14.2],
      [400, 15.1],
      [1600, 2.95],
    ]);
  });

  it("a size no row has names none of them", () => {
    const rows = itemRowsOf([...quote, "Today on phone:", "- 45x45 panel: we need 1200 ks, 14.20 agreed."]);
    expect(rows.slice(0, 2).map(([, quantity]) => quantity)).toEqual([null, null]);
  });

  it("the figures a model code spells name its row", () => {
    const rows = itemRowsOf([
      "Supplier: quote",
      "Item | Spec | USD/pc",
      "FP-4050 | frame 40x50 | 3.10",
      "FP-3040 | frame 30x40 | 2.40",
      "Buyer: 30x40 we take 800 pcs at 2.30",
      "Supplier: ok 2.30 for 800",
    ]);
    expect(rows[1]).toEqual([expect.stringContaining("FP-3040"), 800, 2.3]);
    expect(rows[0]![1]).toBeNull();
  });
});

describe("pieces counted in the buyer's own word", () => {
  it.each(["ks", "stuks", "kpl", "adet"])("1200 %s is 1200 pieces", (word) => {
    const draft = draftOf([
      `Buyer: we need 1200 ${word} of the LED panel 600x600`,
      `Supplier: ok, 14.20 USD each for 1200 ${word}`,
      "Buyer: agreed",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unit])).toEqual([[1200, "pcs"]]);
  });
});

describe("a mode of transport turned down beside the one chosen", () => {
  it.each([
    ["shipping NOT by sea this time: by train to Praha", "rail"],
    ["by truck, not by air", "truck"],
    ["we go by air instead of sea", "air"],
  ])("%j is %s", (line, method) => {
    expect(draftOf([`Buyer: ${line}`, "Supplier: ok"]).shipping.method).toBe(method);
  });

  it("two modes weighed, neither turned down, settle none", () => {
    expect(draftOf(["Buyer: by sea or by train, which is cheaper?"]).shipping.method).toBeNull();
  });
});

describe("a buyer's notes stating the price agreed", () => {
  it.each([
    ["- drivers: we need 1600 pcs, 2.95 agreed", 2.95],
    ["- drivers: 1600 pcs at 2.95 agreed", 2.95],
    ["- drivers: 1600 pcs at 2.95 agreed?", null],
  ])("%j", (line, price) => {
    const rows = itemRowsOf([
      "Supplier: our quote",
      quote[2]!,
      quote[3]!,
      quote[5]!,
      "Buyer: notes of the call",
      line,
    ]);
    expect(rows[1]).toEqual([expect.stringContaining("DRV-40F"), 1600, price]);
  });
});
