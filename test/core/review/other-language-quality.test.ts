/**
 * Buyers in France and Germany write their requirements in their own language: a judging adjective after a
 * modal or a copula, or graded by a degree word, is a vague term unless its clause carries a measure.
 */
import { describe, expect, it } from "vitest";
import { attributeOfQuote } from "../../../src/core/review/find-attribute-clauses.ts";
import { findOtherLanguageQuality } from "../../../src/core/review/find-other-language-quality.ts";

const quotes = (text: string) => findOtherLanguageQuality(3, text).map((term) => term.quote);

describe("French and German requirements", () => {
  it.each([
    [
      "Parfait. Le tissu doit être respirant et la coupe bien ajustée, style pro.",
      ["tissu doit être respirant", "coupe bien ajustée"],
    ],
    ["Die Oberfläche soll schön glatt sein, bitte.", ["Oberfläche soll schön glatt sein"]],
    [
      "Die Griffe müssen stabil sein und die Pfanne sehr glatt.",
      ["Griffe müssen stabil sein", "Pfanne sehr glatt"],
    ],
    ["Les couleurs doivent être vives pour la boutique.", ["couleurs doivent être vives"]],
  ])("%s", (text, found) => expect(quotes(text)).toEqual(found));

  it.each([
    // a measure in the clause anchors it
    "Le tissu doit être 160 g/m² et respirant",
    "Die Oberfläche soll glatt sein, Ra 0,8 µm",
    // the deal judged, not the product
    "Der Preis ist gut, danke",
    "Le prix est très bien",
    // an adjective with no modal or degree word, a line in English
    "Tissu respirant, coupe pro.",
    "The fabric must be breathable and the fit snug.",
  ])("%s is left alone", (text) => expect(quotes(text)).toEqual([]));

  it("gives the attribute judged to a quote from elsewhere", () =>
    expect(attributeOfQuote("die Oberfläche soll schön glatt sein")).toBe("finish"));
});

describe("Indonesian, Malay, Tagalog and Vietnamese requirements", () => {
  it.each([
    ["Pak, tasnya harus kuat dan warna harus cerah ya", ["tasnya harus kuat", "warna harus cerah"]],
    ["Kainnya tidak mudah luntur ya, untuk seragam sekolah", ["Kainnya tidak mudah luntur"]],
    [
      "Ate, yung tela dapat makapal po, hindi madaling mapunit",
      ["tela dapat makapal", "hindi madaling mapunit"],
    ],
    ["Em ơi, vải phải bền và màu rất đẹp nhé", ["vải phải bền", "màu rất đẹp"]],
  ])("%s", (text, found) => expect(quotes(text)).toEqual(found));

  it.each([
    // a measure in the clause anchors it
    "Kainnya harus tebal 280 gsm ya, untuk seragam",
    // the deal judged, not the product
    "Harga harus bagus ya, kita ambil 3000",
    // a line in English
    "The bag must be strong and the colour bright.",
  ])("%s is left alone", (text) => expect(quotes(text)).toEqual([]));
});
