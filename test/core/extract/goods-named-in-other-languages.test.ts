/**
 * Goods one side names in Spanish, Portuguese, French or German and the other counts in English ("plato 10.5
 * inch" quoted, "120 plates" ordered): the English word names the same item.
 */
import { describe, expect, it } from "vitest";
import { keysOf } from "../../../src/core/extract/items.ts";
import { productTranslations } from "../../../src/core/extract/words/product-translations.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("goods named in another language", () => {
  it("counts the item the buyer names in English", () => {
    expect(
      itemRowsOf([
        "Supplier: Hola Dana! Mug 12 oz $9.50, plato 10.5 inch $14.00, USD",
        "Buyer: 240 mugs and 120 plates. Can you do $9 on the mugs?",
        "Supplier: ok $9.25 for you",
        "Buyer: Deal, 9.25 mugs and 14.00 plates",
      ]),
    ).toEqual([
      ["Mug 12 oz", 240, 9.25],
      ["plato 10.5 inch", 120, 14],
    ]);
  });

  it.each(Object.entries(productTranslations))("%s is also named %s", (word, english) =>
    expect(keysOf(`${word} 20 cm`)).toContain(english),
  );

  it("an English name gains no other word", () =>
    expect(keysOf("ceramic plate 20 cm")).not.toContain("plato"));
});
