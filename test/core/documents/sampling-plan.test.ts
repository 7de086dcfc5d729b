import { describe, expect, it } from "vitest";
import { codeLetterFor, samplingPlanFor } from "../../../src/core/documents/sampling-plan.ts";

/**
 * Published values of ISO 2859-1 (= ANSI/ASQ Z1.4) Table 1 and Table 2-A, single sampling, normal
 * inspection, general level II unless stated: lot size -> code letter -> sample size, Ac/Re per AQL.
 */
const published: Array<{
  lot: number;
  letter: string;
  sample: number;
  plans: Record<string, [number, number, number?]>;
}> = [
  // [accept, reject, sample size when an arrow leads to another plan]
  {
    lot: 2000,
    letter: "K",
    sample: 125,
    plans: { "2.5": [7, 8], "4": [10, 11], "1.5": [5, 6], "0.65": [2, 3], "0.1": [0, 1] },
  },
  { lot: 500, letter: "H", sample: 50, plans: { "2.5": [3, 4], "4": [5, 6], "1": [1, 2], "0.25": [0, 1] } },
  { lot: 1000, letter: "J", sample: 80, plans: { "2.5": [5, 6], "4": [7, 8], "6.5": [10, 11] } },
  {
    lot: 5000,
    letter: "L",
    sample: 200,
    plans: { "2.5": [10, 11], "4": [14, 15], "0.4": [2, 3], "0.1": [0, 1, 125] },
  },
  { lot: 20000, letter: "M", sample: 315, plans: { "2.5": [14, 15], "4": [21, 22], "1": [7, 8] } },
  { lot: 100000, letter: "N", sample: 500, plans: { "2.5": [21, 22], "4": [21, 22, 315], "1.5": [14, 15] } },
  { lot: 300000, letter: "P", sample: 800, plans: { "1": [14, 15], "2.5": [21, 22, 500] } },
  { lot: 100, letter: "F", sample: 20, plans: { "2.5": [1, 2], "4": [2, 3], "1": [0, 1, 13] } },
  { lot: 50, letter: "D", sample: 8, plans: { "2.5": [0, 1, 5], "4": [1, 2, 13], "6.5": [1, 2] } },
  { lot: 200, letter: "G", sample: 32, plans: { "1": [1, 2, 50], "2.5": [2, 3], "4": [3, 4] } },
];

describe("ISO 2859-1 sampling plans (general inspection level II)", () => {
  for (const { lot, letter, sample, plans } of published)
    it(`lot ${lot}: code letter ${letter}, sample ${sample}, and the accept/reject numbers of Table 2-A`, () => {
      expect(codeLetterFor(lot)).toBe(letter);
      for (const [aql, [accept, reject, arrowSample]] of Object.entries(plans)) {
        const plan = samplingPlanFor({ lotSize: lot, aql: Number(aql) });
        expect({ aql, accept: plan.accept, reject: plan.reject, sample: plan.sampleSize }).toEqual({
          aql,
          accept,
          reject,
          sample: arrowSample ?? sample,
        });
        expect(plan.codeLetter).toBe(letter);
      }
    });

  it("AQL 0 (critical defects) accepts none: the lot's sample, accept 0, reject 1", () => {
    expect(samplingPlanFor({ lotSize: 2000, aql: 0 })).toMatchObject({
      sampleSize: 125,
      accept: 0,
      reject: 1,
    });
  });

  it("reads the range bounds of Table 1 exactly", () => {
    expect([8, 9, 15, 16, 1200, 1201, 3200, 3201, 500000, 500001].map((lot) => codeLetterFor(lot))).toEqual([
      "A",
      "B",
      "B",
      "C",
      "J",
      "K",
      "K",
      "L",
      "P",
      "Q",
    ]);
  });

  it("gives the code letters of the other inspection levels", () => {
    expect(codeLetterFor(2000, "I")).toBe("H");
    expect(codeLetterFor(2000, "III")).toBe("L");
    expect(codeLetterFor(2000, "S-4")).toBe("G");
    expect(codeLetterFor(2000, "S-1")).toBe("C");
  });

  it("inspects the whole lot when the sample would be as large as it", () => {
    expect(samplingPlanFor({ lotSize: 3, aql: 2.5 })).toMatchObject({ sampleSize: 3, accept: 0, reject: 1 });
  });

  it("refuses an AQL that is not a column of the table", () => {
    expect(() => samplingPlanFor({ lotSize: 2000, aql: 3 })).toThrow(/not a column/);
  });
});
