/**
 * A product of the quote the buyer turns down is no item of the order ("the straw set we do not take
 * for now"), unless the buyer orders it again later; a product the supplier declines to make, a spec
 * dropped from a product, or every product turned down leaves the items as they were.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const names = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((item) => item.name.toLowerCase());

const quote = [
  "Supplier: Our offer: spice jar 100 ml USD 0.62/pc, bamboo lid USD 0.18/pc, jar label set USD 0.05/pc.",
];

describe("a product the buyer turns down", () => {
  it.each([
    "Buyer: 3000 spice jars and 3000 bamboo lids. The label set we do not take for now.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set not for now.",
    "Buyer: 3000 spice jars and 3000 bamboo lids, please drop the label set.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. We don't need the label set.",
    "Buyer: 3000 spice jars and 3000 bamboo lids; remove the label set.",
  ])("'%s' leaves it out of the order", (reply) => {
    expect(names([...quote, reply, "Supplier: ok noted."])).toEqual(["spice jar 100 ml", "bamboo lid"]);
  });

  it("ordered again later, it stays", () => {
    expect(
      names([
        ...quote,
        "Buyer: 3000 spice jars and 3000 bamboo lids. The label set we do not take for now.",
        "Buyer: Sorry, my boss says we take the label set too, 3000 sets.",
      ]),
    ).toHaveLength(3);
  });

  it.each([
    ["the supplier declines", "Supplier: The label set we do not take orders for under 5000."],
    ["a spec of it is dropped", "Buyer: 3000 of each. For the bamboo lid we don't need the logo."],
    ["every product is turned down", "Buyer: Spice jar, bamboo lid and label set not for now, thanks."],
  ])("when %s, the items stay", (_, reply) => {
    expect(names([...quote, reply])).toHaveLength(3);
  });
});
