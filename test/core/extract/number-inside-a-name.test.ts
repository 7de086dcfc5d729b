/**
 * A number inside a product's name, the name going on after it ("vase 15cm matte white"), names the product; it
 * counts nothing, so the counts said for the sizes are theirs ("15cm 40箱, 20cm 30箱 → 960pcs + 360pcs").
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("a number inside a product's name", () => {
  it("counts nothing: each size takes the count said for it", () => {
    const rows = itemRowsOf([
      "Supplier: the vases price: 15cm matte white 14.5元/个, 20cm blue glaze 24元/个",
      "Buyer: too high. 15cm 12 rmb, 20cm 21 rmb?",
      "Supplier: 15cm 13元, 20cm 22.5元. 这是最低了",
      "Buyer: ok that works",
      "Buyer: qty: 15cm 40箱, 20cm 30箱 → 960pcs + 360pcs",
      "Supplier: 好的",
    ]);
    const counts = Object.fromEntries(
      rows.map(([name, quantity]) => [name.includes("15cm") ? "15cm" : name, quantity]),
    );
    expect(counts["15cm"]).toBe(960);
    expect(rows.map(([, quantity]) => quantity)).not.toContain(15);
  });
});

describe("a lab volume is no count", () => {
  it.each(["200 µl", "200 μl", "200 ul"])("'%s filter tips' counts no 200 tips", (volume) => {
    const rows = itemRowsOf([
      `Supplier: ${volume} filter tips sterile, 96 tips/rack: USD 2.10/rack`,
      "Buyer: 2.00?",
      "Supplier: ok 2.00",
    ]);
    expect(rows.map(([, quantity]) => quantity)).not.toContain(200);
  });
});
