import { describe, expect, it } from "vitest";
import { isMeasurable, isMeasurableSpec } from "../../../src/core/review/measurable.ts";

describe("isMeasurable and isMeasurableSpec", () => {
  it.each([
    "3000 mAh",
    "Pantone 2945 C",
    "304 stainless steel",
    "5-ply export carton",
    "AQL 2.5",
    "IPX7",
    "GSM 180",
    "LFGB certified",
    "HRC 52-54",
    "keeps cold 24 hours",
    "100 pcs per carton",
    "900 x 400 x 4 mm",
    "98% cotton 2% elastane",
    "combed cotton 200 needle",
  ])("reads %j as a product measure", (text) => {
    expect(isMeasurable(text)).toBe(true);
    expect(isMeasurableSpec(text)).toBe(true);
  });

  it.each([
    "price 1.85 USD/pc",
    "$2.80 x 500 pcs",
    "30% deposit, 70% balance",
    "ship 25 days after deposit",
    "MOQ 500 pcs",
    "on 2026-10-12 at 09:14",
    "we will reach out",
  ])("does not read %j as a spec", (text) => {
    expect(isMeasurableSpec(text)).toBe(false);
  });

  it("counts neither order quantities without a pack nor sizes without a unit as specs", () => {
    expect(isMeasurableSpec("we take 1000 pairs, 2 designs")).toBe(false);
    expect(isMeasurableSpec("kids rain boots, sizes 24-35 mixed")).toBe(false);
  });
});
