/**
 * A count said for every item of the order ("put all three items 600 pcs in the order link", "600 pcs for all
 * items") counts each of them; a count beside one item still counts that one alone.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const quote = [
  "Buyer: We want a calibrated tamper, a distribution tool and a tamping mat.",
  "Supplier: Calibrated tamper 58.5 mm: USD 6.80",
  "Supplier: Distribution tool 58 mm: USD 3.90",
  "Supplier: Silicone tamping mat: USD 1.10",
  "Buyer: OK all three prices agreed.",
];

describe("a count for every item", () => {
  it.each([
    "Please put all three items 600 pcs in the order link.",
    "Order 600 pcs for all items please.",
    "Every item: 600 pcs.",
  ])("'%s' counts each item", (line) => {
    expect(itemRowsOf([...quote, `Buyer: ${line}`]).map(([, quantity]) => quantity)).toEqual([600, 600, 600]);
  });

  it("a count beside one item counts that one", () => {
    const rows = itemRowsOf([
      ...quote,
      "Buyer: 600 pcs of the tamper, 300 pcs distribution tool, 300 pcs mat.",
    ]);
    expect(rows.map(([, quantity]) => quantity)).toEqual([600, 300, 300]);
  });
});
