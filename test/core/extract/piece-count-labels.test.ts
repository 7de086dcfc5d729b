/**
 * Products told apart by how many pieces they hold ("1000-piece", "500pc", "the 500 piece") are items
 * apart, whichever way the chat writes the label, and a price said before its item ("1.65 for 500pc")
 * goes to that item. A count of goods ("1000 pcs") is never such a label.
 */
import { describe, expect, it } from "vitest";
import { pieceCountForms } from "../../../src/core/extract/words/units.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const items = itemRowsOf;

describe("piece-count labels", () => {
  it.each([
    ["1000-piece", "1000"],
    ["500pc", "500"],
    ["500 piece puzzle", "500"],
    ["300-pc", "300"],
  ])("%s is known by %s", (label, stem) => {
    expect(pieceCountForms(label)?.stem).toBe(stem);
  });

  it.each(["1000 pcs", "500 pieces", "2pc", "1000-piecework", "piece"])("%s is no label", (text) => {
    expect(pieceCountForms(text)).toBeNull();
  });

  it("reads two puzzles told apart by their piece counts, priced after 'for'", () => {
    expect(
      items([
        "Buyer: we would like 2,000 pcs of the 1000-piece puzzle and 1,500 pcs of the 500-piece.",
        "Buyer: could you do 2.25 and 1.60?",
        "Supplier: Best we can do is 2.35 dollars for 1000pc and 1.65 for 500pc, FOB Shenzhen.",
        "Buyer: OK, agreed.",
      ]),
    ).toEqual([
      ["1000-piece puzzle", 2000, 2.35],
      ["500-piece puzzle", 1500, 1.65],
    ]);
  });

  it("takes the label written with a space as the same item", () => {
    const read = items([
      "Buyer: we need 800 pcs of the 200-piece wooden puzzle and 600 pcs of the 100-piece",
      "Supplier: 200 piece is USD 1.90, 100 piece is USD 1.20",
      "Buyer: ok deal",
    ]);
    expect(read).toHaveLength(2);
    expect(read.map((item) => item[2])).toEqual([1.9, 1.2]);
    expect(read.map((item) => item[1])).toEqual([800, 600]);
  });
});
