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
    "Buyer: 3000 spice jars and 3000 bamboo lids. Label set we skip for now.",
    "Buyer: 3000 spice jars and 3000 bamboo lids. The label set we pass this time.",
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

describe("the supplier giving a product for free, word by word", () => {
  it("a name of several words given free is that product ('the jar label set free of charge')", () => {
    expect(
      names([...quote, "Buyer: 3000 of each.", "Supplier: OK, and the jar label set free of charge."]),
    ).toEqual(["spice jar 100 ml", "bamboo lid"]);
  });

  it("spares given free are more of a line, not the line ('spare lids free of charge')", () => {
    expect(
      names([...quote, "Buyer: 3000 of each.", "Supplier: OK, 2% spare lids free of charge."]),
    ).toHaveLength(3);
  });

  const pouches = [
    "Supplier: tea pouch USD 0.12/pc, coffee pouch USD 0.14/pc, allen key USD 0.05/pc, hex key USD 0.06/pc.",
    "Buyer: 2000 of each.",
  ];
  it("a word two products share names neither ('the pouch is free of charge')", () => {
    expect(names([...pouches, "Supplier: the pouch is free of charge."])).toHaveLength(4);
  });

  it.each([
    ["tea pouch", "Supplier: tea pouch free of charge for you."],
    ["allen key", "Supplier: the allen key is free of charge."],
  ])("a word ending or starting like 'a' or 'all' still names the %s", (free, line) => {
    expect(names([...pouches, line])).not.toContain(free);
  });
});

describe("a modifier of a name, turned down", () => {
  const gifts = [
    "Supplier: Gift boxes USD 1.28/pc, kraft paper bags USD 0.64/pc.",
    "Buyer: 5000 gift boxes and 3000 kraft paper bags.",
  ];

  it("after a verb or a determiner it names the product ('drop the paper', 'please drop kraft paper bags')", () => {
    expect(names([...gifts, "Buyer: Sorry, drop the paper, boxes only."])).toEqual(["gift box"]);
    expect(names([...gifts, "Buyer: Sorry, please cancel kraft paper bags."])).toEqual(["gift box"]);
  });

  it("as another product's head it names none of ours ('Tissue paper not needed')", () => {
    expect(names([...gifts, "Tissue paper not needed."])).toHaveLength(2);
    expect(names([...gifts, "Buyer: Tissue paper not needed."])).toHaveLength(2);
  });
});

describe("a list turned down, joined by nothing or by ', and'", () => {
  it.each([
    "Buyer: Spice jar bamboo lid not for now, only the label set.",
    "Buyer: Spice jar, and bamboo lid not for now, only the label set.",
  ])("'%s' turns down both", (reply) => {
    expect(names([...quote, reply])).toEqual(["jar label set"]);
  });
});

describe("ordered again, only later and only near the name", () => {
  it("an order word in the very sentence that turns it down orders nothing", () => {
    expect(
      names([...quote, "Buyer: 3000 of each, label set not for now, the label set we order next season."]),
    ).toHaveLength(2);
  });

  it("a count far from the name in a later sentence orders nothing", () => {
    expect(
      names([
        ...quote,
        "Buyer: 3000 spice jars and 3000 bamboo lids. Label set not for now.",
        "Buyer: The label set photo looks nice, thank you very much my friend, 3000 spice jars confirmed.",
      ]),
    ).toHaveLength(2);
  });
});
