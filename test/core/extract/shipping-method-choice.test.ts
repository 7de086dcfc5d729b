/**
 * The shipping mode an order gets: one mode named is the choice; a mode weighed against another, put as
 * one heading of a list of options or offered in a numbered list is not, whatever the spacing; a mode
 * chosen is cited from its line and argued under its own field.
 */
import { describe, expect, it } from "vitest";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { shippingMethodRule } from "../../../src/core/extract/rules/shipping-method.ts";
import { findShippingModes } from "../../../src/core/extract/shipping.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { emptyDraft } from "../../../src/core/schemas.ts";
import { draftOf } from "../../helpers/read-chat.ts";
import { termClause as clause } from "../../helpers/term-clause.ts";

const now = new Date("2026-11-02T10:00:00Z");
const mode = (text: string) => shippingMethodRule.find(clause(text), now)[0]?.value ?? null;

/** Every statement in the sentences, the last applied: the mode written and the fields it cites. */
function settle(texts: string[]) {
  const draft = emptyDraft();
  const mentions = texts.flatMap((text) => shippingMethodRule.find(clause(text), now));
  const last = mentions.at(-1);
  const evidence = { field: "shipping.method", line: 1, quote: "", source: "rules" as const };
  const written = last
    ? shippingMethodRule.apply(last.value, { draft, mentions, statedCount: () => 0, evidence })
    : [];
  return { method: draft.shipping.method, cited: written.map((e) => e.field) };
}

describe("a mode weighed against another settles none", () => {
  it.each([
    "Can you ship by sea, or do you suggest something else?",
    "by sea or by  air",
    "air/sea freight is possible",
  ])("'%s' settles none", (text) => {
    expect(mode(text)).toBeNull();
  });

  it.each([
    ["Goods go by sea, packed with foam or air cushions", "sea"],
    ["Air or train would be too dear, so we ship by sea", "sea"],
    ["Can you ship by sea?", "sea"],
  ])("'%s': the other words are no other mode, %s", (text, expected) => {
    expect(mode(text)).toBe(expected);
  });
});

describe("one heading of a list of options is not the choice", () => {
  it.each([
    "By  sea freight: 30 days, USD 800",
    "Sea  freight: 30 days LCL",
    "Air freight : 5-12 days, USD 6/kg",
  ])("'%s' settles none", (text) => {
    expect(mode(text)).toBeNull();
  });

  it("a mode followed by a colon later in a sentence of its own is the choice", () => {
    expect(mode("We ship by sea: 30 days to Hamburg")).toBe("sea");
  });
});

describe("a numbered or bulleted list of modes offers them all", () => {
  it.each([
    [["1. By air 8 days", "2. By sea 30 days", "OK, ship by sea, 25-30 days"], "sea"],
    [["1. By air 8 days", "2. By sea 30 days", "Follow-up: we ship by sea"], "sea"],
    [["Samples went by air last time.", "1. By sea 30 days"], "sea"],
  ])("%j: the mode chosen after the list, or the one mode listed, is %s", (texts, expected) => {
    expect(settle(texts)).toEqual({ method: expected, cited: ["shipping.method"] });
  });

  it("a list of two modes leaves the mode empty and cites nothing", () => {
    expect(settle(["1. By air 8 days", "2. By sea 30 days"])).toEqual({ method: null, cited: [] });
  });
});

describe("the mode in the order", () => {
  it("is cited from the line that names it", () => {
    const { draft } = extractWithConflicts(
      parseTranscript("Buyer: Hello, we need 500 mugs.\nSupplier: We ship by sea."),
      { now },
    );
    expect(draft.shipping.method).toBe("sea");
    expect(draft.evidence.filter((e) => e.field === "shipping.method").map((e) => e.line)).toEqual([2]);
  });

  it("two sides that never agree on it show a conflict under the shipping mode", () => {
    const { conflicts } = extractWithConflicts(
      parseTranscript("Supplier: We ship by sea.\nBuyer: We need it by air.\nSupplier: Sorry, by sea only."),
      { now },
    );
    expect(conflicts.find((c) => c.field === "shipping.method")?.values.map((v) => v.value)).toEqual([
      "air",
      "sea",
    ]);
  });
});

describe("an abbreviation's full stop ends no sentence", () => {
  it("'sample US$30 incl. express' ships the samples, not the order", () => {
    const draft = draftOf([
      "Buyer: Need quote for 500 phone tripods, maybe 1000.",
      "Supplier: tripod US$5.20 at 500 pcs, US$4.60 at 1000 pcs.",
      "Buyer: Can you send 1 sample first?",
      "Supplier: Sure dear, sample US$30 incl. express. Waiting your news",
    ]);
    expect(draft.shipping.method).toBeNull();
  });
});

describe("a container as a measure of the order", () => {
  it.each([
    "MOQ is one 20ft container, around 120 benches or 350 chairs, or mix",
    "a 40HQ container holds 1200 chairs",
    "minimum order one container",
  ])("'%s' settles no mode", (line) => {
    const draft = draftOf([
      "Buyer: do you do ex works or FOB Semarang?",
      `Supplier: ${line}`,
      "Buyer: ok thanks",
    ]);
    expect(draft.shipping.method).toBeNull();
  });

  it("'we ship it in one 40HQ container' is by sea", () => {
    const draft = draftOf([
      "Buyer: how do you ship?",
      "Supplier: we ship it in one 40HQ container",
      "Buyer: ok",
    ]);
    expect(draft.shipping.method).toBe("sea");
  });
});

describe("a forwarder named 'Express'", () => {
  it.each([
    ["Shipping by sea, FOB Taichung is fine. Our forwarder is Nippon Express.", ["sea"]],
    ["Our agent Kintetsu World Express collects at Ningbo, by sea", ["sea"]],
    ["Purolator Express to Calgary CAD 145 for everything", ["express"]],
    ["DHL Express to Berlin, USD 380", ["express"]],
  ])("%j names the mode %j", (text, methods) => {
    expect(findShippingModes(text).map((m) => m.method)).toEqual(methods);
  });
});

describe("the haul to the port under a term that hands the goods over there", () => {
  it.each([
    ["FOB Shenzhen ok, we truck to Yantian port", []],
    ["FCA Ningbo, our truck to the terminal is free", []],
    ["a truck to the port", ["truck"]],
    ["DAP Almaty by truck", ["truck"]],
  ])("%j names the modes %j", (text, methods) => {
    expect(findShippingModes(text).map((m) => m.method)).toEqual(methods);
  });
});
