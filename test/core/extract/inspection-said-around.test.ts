/**
 * Inspection terms said in the ways buyers writing English as a second language put them: the need put first
 * ("Inspection we don't need this time") and a colleague named with a few words before the role ("Our own QC
 * colleague from the Hong Kong office will make the inspection before shipment").
 */
import { describe, expect, it } from "vitest";
import { findInspection } from "../../../src/core/extract/inspection.ts";

describe("an inspection turned down with the need put first", () => {
  it.each([
    "Ok. Inspection we don't need this time, please send photos and video before loading.",
    "QC we do not need for this order.",
  ])("%j declines it", (text) => {
    expect(findInspection(text, "buyer")).toMatchObject({ required: false });
  });

  it("an inspection the buyer says it needs is no decline", () => {
    expect(findInspection("Inspection we need before loading, QIMA please.", "buyer")).toMatchObject({
      required: true,
      by: "third_party",
    });
  });
});

describe("the buyer's own colleague sent to inspect", () => {
  it.each([
    "Our own QC colleague from the Hong Kong office will make the inspection before shipment.",
    "My quality team colleague will inspect the goods at your factory.",
  ])("%j is the buyer's inspection", (text) => {
    expect(findInspection(text, "buyer")).toMatchObject({ required: true, by: "buyer" });
  });

  it("a colleague checking a price inspects nothing", () => {
    expect(findInspection("Our sales colleague will check the price with the boss.", "buyer")).toBeNull();
  });
});
