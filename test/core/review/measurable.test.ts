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

  it.each([
    "colours black and tortoise, 50/50",
    "sizes S/M/L split 60/40",
    "we need premium quality, price like 1.50",
    "1、质量以卖方样品为准",
    "2) packing to be strong",
  ])("does not read shares, bare prices or list markers in %j as a measure", (text) => {
    expect(isMeasurable(text)).toBe(false);
  });

  it("still reads a steel grade written with a slash as one", () => {
    expect(isMeasurable("18/8 stainless steel")).toBe(true);
  });

  it("counts neither order quantities without a pack nor sizes without a unit as specs", () => {
    expect(isMeasurableSpec("we take 1000 pairs, 2 designs")).toBe(false);
    expect(isMeasurableSpec("kids rain boots, sizes 24-35 mixed")).toBe(false);
  });
});

describe("isMeasurable both ways", () => {
  it.each([
    ["a colour system", "colour to match Pantone, PMS or RAL card"],
    ["RAL", "RAL 9005 matt black"],
    ["PMS", "PMS Warm Red"],
    ["an inspection level", "AQL per our QC sheet"],
    ["ISO", "tested to ISO"],
    ["ASTM", "ASTM compliant"],
    ["IEC", "IEC approved adapter"],
    ["EN71", "toys pass EN71"],
    ["LFGB", "LFGB food contact"],
    ["FDA", "FDA grade silicone"],
    ["RoHS", "RoHS compliant"],
    ["CPSIA", "CPSIA tested"],
    ["OEKO-TEX", "OEKO-TEX fabric"],
    ["Oekotex", "oekotex cotton"],
    ["BSCI", "BSCI audited factory"],
    ["GOTS", "GOTS organic cotton"],
    ["ISTA", "ISTA drop test"],
    ["Shore hardness", "Shore A hardness"],
    ["GSM", "heavy GSM fleece"],
    ["HRC", "HRC hardened blade"],
    ["IPX", "IPX waterproof"],
    ["BPA-free", "BPA-free bottle"],
    ["SUS", "SUS steel"],
    ["Tritan", "Tritan plastic"],
    ["NCS", "NCS colour code"],
    ["CMYK", "print in CMYK"],
    ["CE", "CE marked"],
    ["UL", "UL listed plug"],
    ["REACH", "REACH compliant dye"],
    ["FCC", "FCC certified"],
    ["CPC", "with CPC certificate"],
    ["GRS", "GRS recycled polyester"],
    ["FSC", "FSC paper"],
    ["SGS", "SGS report"],
    ["UKCA", "UKCA marked"],
    ["ETL", "ETL listed"],
    ["a blend", "95% cotton"],
    ["a number that is a measure", "wall 2 mm"],
    ["a pack count", "12 pcs per carton"],
    ["a warranty in years", "2 years warranty"],
  ])("reads %s as measurable: %j", (_what, text) => {
    expect(isMeasurable(text)).toBe(true);
  });

  it.each([
    ["plain words", "good quality please"],
    ["a mark in lower case", "we will reach out, ce la vie"],
    ["a standard word inside another word", "the iron is sturdy, generally flat"],
    ["a price with a sign before", "price US$2.80"],
    ["a price with a code before", "RMB 18.50 each"],
    ["a price with a code after", "2.80 usd"],
    ["a price in words", "18 yuan"],
    ["an order quantity", "we need 1,000 pcs"],
    ["a quantity range", "500-800 sets"],
    ["a lead time", "ship in 25 working days"],
    ["a lead time range", "15 to 20 days"],
    ["a share", "30% deposit"],
    ["a slashed date", "deliver by 12/10/2026"],
    ["an ISO date", "on 2026-10-12"],
    ["a time of day", "call at 09:14"],
    ["a day and month", "by 12th Oct"],
    ["a month and day", "by October 12"],
    ["an MOQ", "MOQ 500"],
    ["an order number", "order #4512"],
    ["a phone model", "iPhone 16 case"],
    ["an ordinal", "the 3rd batch"],
  ])("does not read %s as measurable: %j", (_what, text) => {
    expect(isMeasurable(text)).toBe(false);
  });
});

describe("isMeasurableSpec: each kind of product measure", () => {
  it.each([
    "2.5 mm wall",
    "12 inch",
    "500 ml",
    "350 g",
    "5000 mAh",
    "65 W",
    "220 V",
    "30 dB",
    "600D polyester",
    "3-ply",
    "40x60",
    "201 stainless",
    "18/8 steel",
    "316L",
    "20 pcs in each box",
    "10 sets per carton",
  ])("%j", (text) => {
    expect(isMeasurableSpec(text)).toBe(true);
  });

  it.each(["sizes 24-35", "2 colours", "1000 pcs", "good quality", "ship in 25 days", "USD 2.80 each"])(
    "not %j",
    (text) => {
      expect(isMeasurableSpec(text)).toBe(false);
    },
  );
});
