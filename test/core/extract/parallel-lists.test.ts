/**
 * Labels and counts in two slash lists of the same length ("S/M/L: 300/400/200 pcs", "For 3 / 5 / 7 gallon
 * we'd take 4,000 / 6,000 / 3,000 pcs") count each label at its place; a measure short or written out
 * ("7 gal", "7 gallon") names the same item.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("two slash lists, labels then counts", () => {
  it("sizes by letter", () => {
    const rows = itemRowsOf([
      "Supplier: hiking sock S USD 1.20, M USD 1.30, L USD 1.40",
      "Buyer: we take S/M/L: 300/400/200 pairs",
      "Supplier: ok confirmed",
    ]);
    expect(rows).toEqual([
      ["hiking sock S", 300, 1.2],
      ["hiking sock M", 400, 1.3],
      ["hiking sock L", 200, 1.4],
    ]);
  });

  it("numbers with their measure after the list, counted in a sentence of their own words", () => {
    const rows = itemRowsOf([
      "Supplier: Our price list for planter pots, per pc:",
      "2 gallon USD 0.40 / 3 gallon USD 0.55 / 5 gallon USD 0.80",
      "Buyer: For 2 / 3 / 5 gallon we'd take 1,000 / 2,500 / 800 pcs.",
      "Supplier: ok confirmed",
    ]);
    expect(rows.map(([name, quantity]) => [name, quantity])).toEqual([
      ["planter pot 2 gallon", 1000],
      ["planter pot 3 gallon", 2500],
      ["planter pot 5 gallon", 800],
    ]);
  });

  it("a measure written short prices the item named in full", () => {
    const rows = itemRowsOf([
      "Supplier: Our price list for planter pots, per pc:",
      "2 gallon USD 0.40 / 3 gallon USD 0.55",
      "Buyer: So per pc: 2 gal 0.38, 3 gal 0.52. Confirm?",
      "Supplier: Confirmed.",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([0.38, 0.52]);
  });

  it.each([
    ["lists of different lengths", "Buyer: S/M/L: 300/400 pcs"],
    ["bare numbers as labels", "Buyer: 2/3/5: 300/400/200 pcs"],
    ["prices, not counts", "Buyer: S/M/L: 3.00/3.40/3.75"],
    ["a date after the labels", "Buyer: S/M/L samples sent on 12/05/2026"],
  ])("%s count nothing by place", (_, line) => {
    const rows = itemRowsOf(["Supplier: hiking sock S USD 1.20, M USD 1.30, L USD 1.40", line]);
    expect(rows.map(([, quantity]) => quantity)).not.toEqual([300, 400, 200]);
    expect(rows.every(([, quantity]) => quantity !== 2026 && quantity !== 12)).toBe(true);
  });
});
