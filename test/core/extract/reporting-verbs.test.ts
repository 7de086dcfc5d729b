/**
 * A verb of saying or confirming before a count's label is no word of it ("Boss says M3 Mini 20.40 at 600
 * pcs", "We confirm PG-101 100 dz"), and the tagger's reading of "says" as a plural noun makes no phrase.
 */
import { describe, expect, it } from "vitest";
import { labelledCounts } from "../../../src/core/extract/lots.ts";
import { nounPhrases } from "../../../src/core/extract/noun-phrases.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("verbs of saying before a label", () => {
  it.each([
    ["We confirm PG-101 100 dz and PG-310 60 dz.", ["PG-101", "PG-310"]],
    ["Manager agrees TR-20 500 pcs and TR-30 300 pcs", ["TR-20", "TR-30"]],
  ])("%s", (text, labels) => expect(labelledCounts(text).map((lot) => lot.label)).toEqual(labels));

  it("'Boss says M3 Mini' is a person and a product", () =>
    expect(nounPhrases("Boss says M3 Mini 20.40 at 600 pcs.").map((p) => p.name)).toEqual([
      "Boss",
      "M3 Mini",
    ]));

  it("lines confirmed by code keep their own names", () => {
    const rows = itemRowsOf([
      "Supplier: PG-101 self-cleaning slicker brush USD 20.40/dz, PG-310 nail clipper with safety guard USD 14.40/dz",
      "Buyer: We confirm PG-101 100 dz and PG-310 60 dz.",
      "Supplier: ok",
    ]);
    expect(rows.map(([name, quantity]) => [name.toLowerCase().includes("confirm"), quantity])).toEqual([
      [false, 1200],
      [false, 720],
    ]);
  });
});
