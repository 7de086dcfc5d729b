/**
 * Goods described in brackets between their name and their price ("travel set (3 bottles x 100ml) 12元/套",
 * "Knife block (natural bamboo, 5 slots): USD 6.80/pc"): the name stands before the brackets.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-03T12:00:00Z");
const rows = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((i) => [
    i.name,
    i.quantity,
    i.unitPrice,
  ]);

describe("a description in brackets before the price", () => {
  it("leaves the goods before it named, each priced apart", () => {
    expect(
      rows([
        "Supplier: Hi Marco, 500ml glass bottle 3.1元/个, travel set (3 bottles x 100ml) 12元/套. MOQ 1000 each.",
        "Buyer: We need 3000 bottles and 1000 sets. 2.8 and 11?",
        "Supplier: 2.9 and 11.5 ok",
        "Buyer: ok confirmed",
      ]),
    ).toEqual([
      ["500ml glass bottle", 3000, 2.9],
      ["travel set", 1000, 11.5],
    ]);
  });

  it("with a colon after the brackets too", () => {
    expect(
      rows([
        "Supplier: for the picnic blanket (waterproof back, 150 x 180 cm): USD 7.40/pc, MOQ 300",
        "Buyer: 600 pcs at 7.00?",
        "Supplier: 7.20 final",
        "Buyer: ok 7.20",
      ]),
    ).toEqual([["picnic blanket", 600, 7.2]]);
  });
});
