/**
 * The real-language corpus as a regression set: the order fields the rules read right from real
 * supplier and buyer texts may only go up, and no value is ever invented where a text leaves a field
 * open. The floor is the figure reached when the test was written (`npm run eval -- --real`).
 */
import { describe, expect, it } from "vitest";
import { realCasesFile, scoreRealCases } from "../../helpers/real-cases.ts";

/** Fields read right when the floor was last raised (of 189 labelled). */
const floor = 163;

describe("real supplier and buyer language", () => {
  const cases = scoreRealCases(realCasesFile);
  const scores = cases.flatMap((c) => c.scores);

  it("scores the labelled cases of the corpus", () => {
    expect(cases.length).toBeGreaterThan(80);
    expect(scores.length).toBeGreaterThan(150);
  });

  it(`reads at least ${floor} labelled fields right`, () => {
    expect(scores.filter((s) => s.ok).length).toBeGreaterThanOrEqual(floor);
  });

  it("invents no value where a text leaves the field open", () => {
    const invented = cases.flatMap((c) =>
      c.scores.filter((s) => s.invented).map((s) => `${c.id} ${s.field}`),
    );
    expect(invented).toEqual([]);
  });
});
