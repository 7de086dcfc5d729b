/**
 * Lines counted by variants the chat listed by kind ("3 scents: Black Ice, New Car, Vanilla") are the
 * product in each variant, not products named by the variant's words; the kind itself is no product.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("lines counted by listed variants", () => {
  it("scents name variants of the product the chat asked about", () => {
    const rows = itemRowsOf([
      "Buyer: Interested in your hanging car air freshener with our logo, 3 scents: Ocean Breeze, Green Tea, Vanilla.",
      "Supplier: Price is USD 0.15/pc any scent.",
      "Buyer: We need 4000 pcs Ocean Breeze, 3000 pcs Green Tea, 2000 pcs Vanilla.",
      "Supplier: ok confirmed",
    ]);
    expect(rows.map(([name]) => name)).toEqual([
      expect.stringMatching(/air freshener Ocean Breeze$/),
      expect.stringMatching(/air freshener Green Tea$/),
      expect.stringMatching(/air freshener Vanilla$/),
    ]);
    expect(rows.map(([, quantity]) => quantity)).toEqual([4000, 3000, 2000]);
  });

  it("products counted apart keep their own names", () => {
    const rows = itemRowsOf([
      "Supplier: silicone spatula USD 0.80, turner USD 0.90, ladle USD 1.10",
      "Buyer: 2000 spatula, 1500 turner, 1500 ladle",
      "Supplier: ok",
    ]);
    expect(rows.map(([name]) => name)).toEqual([
      expect.stringMatching(/spatula$/),
      expect.stringMatching(/turner$/),
      expect.stringMatching(/ladle$/),
    ]);
  });
});
