/**
 * Buyers in France and Germany write their requirements in their own language: a judging adjective after a
 * modal or a copula, or graded by a degree word, is a vague term unless its clause carries a measure.
 */
import { describe, expect, it } from "vitest";
import { attributeOfQuote } from "../../../src/core/review/find-attribute-clauses.ts";
import { findFrenchGermanQuality } from "../../../src/core/review/find-french-german-quality.ts";

const quotes = (text: string) => findFrenchGermanQuality(3, text).map((term) => term.quote);

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
