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

describe("each way of turning a product down, after it or before it", () => {
  it.each([
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set: not needed.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set - not required.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. The label set is not needed this time.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label sets are not required.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set not this time.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set not now.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. The label set I won't take.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. The label set we would not order.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. The label set we dont want for now.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set cancelled.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set dropped.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set removed.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set no need for now.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. We will not buy the label set.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. We won't order any label set.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Please cancel the label set.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Skip your label set.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. No need for label set.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. Delete the label set.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. I do not want the label set.",
  ])("'%s'", (reply) => {
    expect(names([...quote, reply])).toEqual(["spice jar 100 ml", "bamboo lid"]);
  });

  it.each([
    ["a later mention with no count", "Buyer: The label set photo looks nice though.", 2],
    ["a later count", "Buyer: Change: 2000 label sets after all.", 3],
    ["a later 'add'", "Buyer: Please add the label set again.", 3],
  ])("after turning it down, %s", (_, later, count) => {
    expect(
      names([...quote, "Buyer: 3000 spice jars and 3000 bamboo lids. Label set not for now.", later]),
    ).toHaveLength(count);
  });

  it("the count in the very sentence that turns it down does not order it again", () => {
    expect(names([...quote, "Buyer: Label set not for now, 3000 spice jars and 3000 bamboo lids."])).toEqual([
      "spice jar 100 ml",
      "bamboo lid",
    ]);
  });
});

describe("a list turned down together", () => {
  it.each([
    "Buyer: Spice jar & bamboo lid & label set not for now.",
    "Buyer: Spice jar, bamboo lid or label set, not now.",
    "Buyer: The spice jar, the bamboo lid and the label set not for now.",
  ])("'%s' turns down all three, so the items stay", (reply) => {
    expect(names([...quote, reply])).toHaveLength(3);
  });

  it("only the product right before the words is turned down when something else stands between", () => {
    expect(names([...quote, "Buyer: 3000 spice jars, bamboo lid ok, label set not for now."])).toEqual([
      "spice jar 100 ml",
      "bamboo lid",
    ]);
  });
});

describe("who turns it down", () => {
  it.each([
    ["the supplier", "Supplier: Label set not for now."],
    ["a sentence about samples", "Buyer: The sample of the label set not for now."],
  ])("%s turns nothing down", (_, line) => {
    expect(names([...quote, "Buyer: 3000 of each.", line])).toHaveLength(3);
  });

  it("the only product of an order is never turned down", () => {
    expect(
      names(["Supplier: Spice jar 100 ml USD 0.62/pc.", "Buyer: Spice jar not for now, maybe next month."]),
    ).toHaveLength(1);
  });
});
