/**
 * A supplier's line that opens with its product and specs, then gives "price" after the comma ("COB LED strip 24V
 * 5m/roll 2700K, price USD 9.80/roll"): the opening phrase is the product priced.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { findItemCandidates } from "../../../src/core/extract/items.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const candidates = (line: string) =>
  findItemCandidates(
    clausesOf(parseTranscript(["Buyer: hi, need a quote", `Supplier: ${line}`, "Buyer: ok"].join("\n"))),
  )
    .filter((candidate) => candidate.strong)
    .map((candidate) => candidate.name);

describe("a product, its specs, a comma, then its price", () => {
  it.each([
    ["COB LED strip 24V 5m/roll 2700K, price USD 9.80/roll.", "COB LED strip"],
    ["Hi Derek! Silicone bib, price 1.85 usd", "Silicone bib"],
    ["Bamboo serving tray 38x28 cm, price USD 3.40/pc", "Bamboo serving tray"],
  ])("'%s' prices '%s'", (line, name) => expect(candidates(line)).toContain(name));

  it.each([
    "we need mugs, lids and straws, price USD 2?",
    "ok thanks, price USD 2.10 is fine",
    "Payment 30% deposit, price USD 2.10 FOB",
  ])("'%s' names no product by its opening", (line) =>
    expect(candidates(line).filter((name) => /^(?:we|ok|payment)/i.test(name))).toEqual([]),
  );
});
