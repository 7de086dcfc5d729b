/**
 * The words around a product's first mention are often talk: a greeting ("good day!", "nice weekend"),
 * a sentence adverb ("Mainly leashes and beds", "Especially the floor lamp"). The card names the goods,
 * never the small talk before them; a product phrase that already holds a variant's words is its name.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const names = (lines: readonly string[]) => draftOf(lines).items.map((item) => item.name);

describe("small talk is no part of a product's name", () => {
  it.each([
    ["good morning!", "Supplier: Hi Tom, good morning!"],
    ["nice weekend", "Supplier: Hope you had a nice weekend. Here is our offer."],
    ["great news!", "Supplier: great news! boss approved special price"],
    ["happy new year", "Supplier: Happy new year friend"],
  ])("a greeting (%s) before the list", (_, greeting) => {
    const found = names([
      greeting,
      "Supplier: Thanks for your inquiry on panels and downlights",
      "Supplier: 1) LED panel light 600x600mm 40W -- 9.20 usd/pc",
      "Supplier: 2) LED downlight 12W -- 3.10 usd/pc",
      "Buyer: ok 400 panels and 900 downlights",
      "Supplier: confirmed",
    ]);
    expect(found).toHaveLength(2);
    for (const name of found) {
      expect(name).not.toMatch(/morning|weekend|news|year|boss|offer|friend/i);
    }
    // (The list's " -- " separates the name from its price.)
    expect(found).toEqual(["LED panel light 600x600mm 40W", "LED downlight 12W"]);
  });

  it.each(["Mainly", "Especially", "Mostly", "Probably"])(
    "a sentence adverb (%s) before the product",
    (adverb) => {
      const found = names([
        `Buyer: we run a few gift shops. ${adverb} ceramic mugs for now`,
        "Supplier: ceramic mug 350ml 1.45 usd, MOQ 500",
        "Buyer: 800 pcs at 1.35?",
        "Supplier: ok 1.35",
      ]);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^ceramic mug/);
    },
  );

  it("names a variant by the chat's product phrase that holds its words, in the chat's order", () => {
    const found = names([
      "Supplier: Thanks for your inquiry on LED panel, downlight and strip",
      "Supplier: 1) LED panel light 600x600mm 40W -- 100-499 pcs 9.80 / 500+ pcs 8.90",
      "Supplier: 2) LED downlight 12W -- 100-499 pcs 3.60 / 500+ pcs 3.25",
      "Buyer: 600 panels at 8.45 and 1200 downlights at 3.10 please",
      "Supplier: ok for both",
    ]);
    expect(found[0]).toMatch(/^LED panel light\b/);
    expect(found[1]).toMatch(/downlight/);
  });
});
