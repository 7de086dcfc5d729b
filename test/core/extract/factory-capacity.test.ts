/**
 * A supplier's signature or pitch states what the factory can make ("Monthly capacity 300,000 pcs", "daily output:
 * 5000 sets"): a capacity, never the count the buyer orders.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("a factory's capacity", () => {
  it.each(["Monthly capacity 300,000 pcs", "daily output: 5000 sets", "Production capacity 80,000 pairs"])(
    "%j counts no order",
    (text) => {
      expect(findQuantities(text, []).every((q) => q.kind !== "order")).toBe(true);
    },
  );

  it("leaves the order's count to the buyer's message", () => {
    const rows = itemRowsOf([
      "Buyer: we need 1,000 pcs sports bra, price?",
      "Supplier: Sports bra USD 4.30/pc. Vivian | Sales | Monthly capacity 300,000 pcs",
      "Buyer: ok 4.30 confirmed",
    ]);
    expect(rows[0]?.[1]).toBe(1000);
  });
});
