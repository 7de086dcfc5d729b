/**
 * Goods whose noun no list of product words holds ("welding machine", "inverter") are named by where they stand:
 * right before their count and price ("PI v1: MMA-250 IGBT inverter welding machine, 400 units x USD 68.00"). Such
 * a name beats a guess from a later sentence ("we need the machines loaded", "the cable good quality").
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const read = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n"), { roles: { Helen: "supplier", Obinna: "buyer" } }), {
    now: new Date("2026-08-21T12:00:00Z"),
  });

describe("goods named right before their count and price", () => {
  it.each([
    [
      "Dear Obinna, please find PI v1: MMA-250 IGBT inverter welding machine, 400 units x USD 68.00 = USD 27,200.00.",
      "MMA-250 IGBT inverter welding machine",
    ],
    ["Quote: 5kW hybrid solar inverter, 50 units at USD 410 each.", "5kW hybrid solar inverter"],
  ])("%j names the order's goods", (offer, name) => {
    const draft = read([
      `Helen: ${offer}`,
      "Obinna: We need the machines loaded before 20th September. The casing must be solid and the cable good quality.",
      "Helen: Ok noted.",
    ]);
    expect(draft.items.map((item) => item.name)).toEqual([name]);
  });

  it("a sentence with no count before its price names nothing by position", () => {
    const draft = read([
      "Helen: Price is USD 68.00, MOQ 100.",
      "Obinna: The cable must be good quality.",
      "Helen: ok",
    ]);
    expect(draft.items.map((item) => item.name)).not.toContain("Price is");
  });
});
