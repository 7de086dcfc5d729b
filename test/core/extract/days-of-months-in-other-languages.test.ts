/**
 * A day before a month named in Spanish, Portuguese, French, German or Indonesian ("el 5 de diciembre", "5
 * décembre", "5. Dezember") is a date, never a bare amount a later "ok" could settle as the price.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { findMoney } from "../../../src/core/extract/money.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

describe("a day of a month named in another language", () => {
  it.each([
    "tiene que salir a más tardar el 5 de diciembre",
    "embarque até 12 de março",
    "livraison avant le 5 décembre",
    "Versand bis 5. Dezember",
    "kirim sebelum 5 Desember",
  ])("'%s' holds no amount", (text) => {
    expect(findMoney(text)).toEqual([]);
  });

  it("an amount before another word with 'de' is still one", () => {
    expect(findMoney("USD 5 de descuento").map((m) => m.value)).toEqual([5]);
  });

  it("the day said when the goods must leave leaves the agreed prices alone", () => {
    const draft = extractDraft(
      parseTranscript(
        [
          "Supplier: Belt LB-35 USD 5.20/pc, MOQ 200",
          "Buyer: 4.80 for 400 belts?",
          "Supplier: ok 4.80 for 400 pcs",
          "Buyer: Lo más importante: tiene que salir de China a más tardar el 5 de diciembre",
          "Supplier: ok we arrange, latest ship Dec 5",
        ].join("\n"),
      ),
      { now: new Date("2026-11-10T12:00:00Z") },
    );
    expect(draft.items.map((i) => i.unitPrice)).toEqual([4.8]);
  });
});
