/**
 * Orders written the way engineering buyers and their suppliers write them: rows numbered in words
 * ("Pos. 1", "Item 2:"), lines told apart by a size alone ("8x12x10" quoted, "8x12x10 mm" ordered), tiers up
 * to "10000+ pcs" set apart by slashes, and the currency said once for a whole offer ("revised offer in EUR:").
 */
import { describe, expect, it } from "vitest";
import { withPositionLabel } from "../../../src/core/extract/position-labels.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

describe("rows numbered in words", () => {
  it.each([
    ["- Pos. 1", "- Pos. 2"],
    ["Pos.1", "Pos.2"],
    ["Position 1:", "Position 2:"],
    ["Item 1:", "Item 2:"],
    ["Line 1 -", "Line 2 -"],
  ])("'%s' opens a row whose name starts after it", (first, second) => {
    expect(
      itemRowsOf([
        "Supplier: Revised offer: bronze bush 8x12x10 EUR 0.16, flange bush 12x18x15 EUR 0.44",
        "Buyer: We order herewith:",
        `${first} bronze bush 8x12x10 mm: 12,000 pcs`,
        `${second} flange bush 12x18x15 mm: 2,500 pcs`,
        "Supplier: Thank you, all confirmed.",
      ]),
    ).toEqual([
      ["bronze bush 8x12x10 mm", 12000, 0.16],
      ["flange bush 12x18x15 mm", 2500, 0.44],
    ]);
  });

  it("reads the label as a list marker and quotes the line as written", () => {
    const read = withPositionLabel("- Pos. 3 flange bush: 2.500 pcs");
    expect(read?.text).toBe("3) flange bush: 2.500 pcs");
    // The name's first letter stands where it was written.
    expect(read?.original(read.text.indexOf("flange"))).toBe("- Pos. 3 ".length);
    const draft = draftOf([
      "Supplier: flange bush EUR 0.44",
      "Buyer: We order:",
      "- Pos. 3 flange bush: 2,500 pcs",
      "Supplier: confirmed",
    ]);
    const quantity = draft.evidence.find((e) => e.field === "items[0].quantity");
    expect(quantity?.quote).toBe("- Pos. 3 flange bush: 2,500 pcs");
  });

  it.each([
    "Item 1205 is out of stock",
    "Position the logo 2 cm from the top",
    "Line 3 of the PI has the wrong price",
  ])("leaves '%s' as it is: a code, a verb or a sentence about a row", (sentence) => {
    const read = withPositionLabel(sentence);
    if (sentence.startsWith("Line 3")) expect(read?.text).toBe("3) of the PI has the wrong price");
    else expect(read).toBeNull();
  });
});

describe("lines told apart by a size", () => {
  it("prices the line ordered as '8x12x10 mm' by the quote's '8x12x10'", () => {
    expect(
      itemRowsOf([
        "Supplier: price: bush 8x12x10: 0.16 EUR, bush 10x14x12: 0.23 EUR",
        "Buyer: We order:",
        "- bush 8x12x10 mm: 12,000 pcs",
        "- bush 10x14x12 mm: 6,000 pcs",
        "Supplier: ok confirmed",
      ]),
    ).toEqual([
      ["bush 8x12x10 mm", 12000, 0.16],
      ["bush 10x14x12 mm", 6000, 0.23],
    ]);
  });

  it("still tells sizes by their unit where only the unit differs in use ('500 ml' and '750 ml')", () => {
    expect(
      itemRowsOf([
        "Supplier: bottle 500 ml USD 1.20, bottle 750 ml USD 1.50",
        "Buyer: We order:",
        "- bottle 500 ml: 1,000 pcs",
        "- bottle 750 ml: 2,000 pcs",
        "Supplier: ok confirmed",
      ]),
    ).toEqual([
      ["bottle 500 ml", 1000, 1.2],
      ["bottle 750 ml", 2000, 1.5],
    ]);
  });
});

describe("tiers to a count and up, set apart by slashes", () => {
  it.each([
    "1-4999 pcs EUR 0.21 / 5000-9999 pcs EUR 0.18 / 10000+ pcs EUR 0.16",
    "1-4999 pcs 0.21 EUR / 5000-9999 pcs 0.18 EUR / 10000+ pcs 0.16 EUR",
  ])("'%s' prices 12,000 pcs at the last tier, no price per ten thousand", (tiers) => {
    expect(
      itemRowsOf([`Supplier: bush price: ${tiers}`, "Buyer: We order 12,000 pcs.", "Supplier: ok confirmed"]),
    ).toEqual([["bush", 12000, 0.16]]);
  });

  it("still reads a price put per ten thousand ('USD 52 / 10000 pcs')", () => {
    const [item] = draftOf([
      "Supplier: paper straws USD 52 / 10000 pcs",
      "Buyer: We order 50,000 pcs.",
      "Supplier: ok confirmed",
    ]).items;
    expect([item?.quantity, item?.unitPrice]).toEqual([50000, 0.0052]);
  });
});

describe("the currency said once for an offer", () => {
  it.each(["revised offer in EUR:", "we quote in EUR:", "Quotation in EUR:"])(
    "'%s' prices the bare tier figures under it",
    (header) => {
      const draft = draftOf([
        `Supplier: ${header}`,
        "Supplier: bush: 1-4999 pcs 0.21 / 5000-9999 pcs 0.18 / 10000+ pcs 0.16",
        "Buyer: We order 12,000 pcs.",
        "Supplier: ok confirmed",
      ]);
      expect(draft.currency).toBe("EUR");
      expect(draft.items.map((item) => item.unitPrice)).toEqual([0.16]);
    },
  );
});
