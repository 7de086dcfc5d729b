/**
 * ISO 2859-1 single sampling plans for normal inspection, kept as the standard's own tables:
 * Table 1 (lot size -> sample size code letter, per inspection level) and Table 2-A (code letter ->
 * sample size, and per AQL the acceptance/rejection numbers or an arrow to the plan to use instead).
 * ANSI/ASQ Z1.4 and MIL-STD-105E print the same tables.
 * @see ../../../../shared/design.md "Trade Assurance facts" (default: level II, AQL 0 / 2.5 / 4.0)
 */
import { z } from "zod";

export const InspectionLevel = z.enum(["S-1", "S-2", "S-3", "S-4", "I", "II", "III"]);
export type InspectionLevel = z.infer<typeof InspectionLevel>;

export const CodeLetter = z.enum([
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "J",
  "K",
  "L",
  "M",
  "N",
  "P",
  "Q",
  "R",
]);
export type CodeLetter = z.infer<typeof CodeLetter>;

/** Upper bounds of the lot size ranges of Table 1 (the last range, 500,001 and over, has none). */
const lotSizeUpperBounds = [8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10000, 35000, 150000, 500000];

/** Table 1: one code letter per lot size range (2-8, 9-15, ..., 500,001 and over), per level. */
const codeLetterTable: Record<InspectionLevel, string> = {
  "S-1": "AAAABBBBCCCCDDD",
  "S-2": "AAABBBCCCDDDEEE",
  "S-3": "AABBCCDDEEFFGGH",
  "S-4": "AABCCDEEFGGHJJK",
  I: "AABCCDEFGHJKLMN",
  II: "ABCDEFGHJKLMNPQ",
  III: "BCDEFGHJKLMNPQR",
};

/** Table 2-A: the sample size of each code letter. */
export const sampleSizes: Record<CodeLetter, number> = {
  A: 2,
  B: 3,
  C: 5,
  D: 8,
  E: 13,
  F: 20,
  G: 32,
  H: 50,
  J: 80,
  K: 125,
  L: 200,
  M: 315,
  N: 500,
  P: 800,
  Q: 1250,
  R: 2000,
};

/** The AQL columns of Table 2-A this product supports (percent nonconforming items). */
export const tableAqls = [0.065, 0.1, 0.15, 0.25, 0.4, 0.65, 1, 1.5, 2.5, 4, 6.5, 10] as const;

/**
 * Table 2-A, one line per AQL column, one cell per code letter A..R: "Ac/Re", "v" (use the first
 * plan below the arrow) or "^" (use the first plan above it).
 */
const table2A: Record<string, string> = {
  "0.065": "v v v v v v v v v v 0/1 ^ v 1/2 2/3 3/4",
  "0.1": "v v v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6",
  "0.15": "v v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8",
  "0.25": "v v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11",
  "0.4": "v v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15",
  "0.65": "v v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22",
  "1": "v v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^",
  "1.5": "v v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^",
  "2.5": "v v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^",
  "4": "v 0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^",
  "6.5": "0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^",
  "10": "^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 ^ ^ ^ ^ ^ ^",
};

export const SamplingPlan = z.object({
  lotSize: z.number().int().positive(),
  level: InspectionLevel,
  aql: z.number().nonnegative(),
  /** The code letter Table 1 gives for the lot. */
  codeLetter: CodeLetter,
  /** The code letter whose plan is used (differs from codeLetter where Table 2-A points by an arrow). */
  planLetter: CodeLetter,
  /** Units to draw; the whole lot when the sample would be as large as the lot (100% inspection). */
  sampleSize: z.number().int().positive(),
  accept: z.number().int().nonnegative(),
  reject: z.number().int().positive(),
});
export type SamplingPlan = z.infer<typeof SamplingPlan>;

const letters = CodeLetter.options;

/** Table 1: the sample size code letter for a lot. */
export function codeLetterFor(lotSize: number, level: InspectionLevel = "II"): CodeLetter {
  if (!Number.isInteger(lotSize) || lotSize < 1) throw new RangeError(`lot size must be a whole number >= 1`);
  const range = lotSizeUpperBounds.findIndex((upper) => lotSize <= upper);
  const letter = codeLetterTable[level][range === -1 ? lotSizeUpperBounds.length : range];
  return CodeLetter.parse(letter);
}

/** The column of Table 2-A for an AQL, or null for an AQL the table does not have. */
function columnOf(aql: number): string[] | null {
  const column = table2A[String(aql)];
  return column ? column.split(" ") : null;
}

/** True for AQL 0 (zero tolerance, e.g. critical defects) and for the AQLs of Table 2-A. */
export function isSupportedAql(aql: number): boolean {
  return aql === 0 || columnOf(aql) !== null;
}

/**
 * The sampling plan for a lot: code letter from Table 1, then Table 2-A's cell for the AQL, following
 * its arrows. AQL 0 means no defect of that class is accepted: the lot's sample, accept 0, reject 1.
 * Where the sample would be as large as the lot, the whole lot is inspected (the standard's rule).
 */
export function samplingPlanFor(input: {
  lotSize: number;
  aql: number;
  level?: InspectionLevel;
}): SamplingPlan {
  const level = input.level ?? "II";
  const codeLetter = codeLetterFor(input.lotSize, level);
  const start = letters.indexOf(codeLetter);
  const finish = (index: number, accept: number, reject: number): SamplingPlan => {
    const planLetter = letters[index] ?? codeLetter;
    return {
      lotSize: input.lotSize,
      level,
      aql: input.aql,
      codeLetter,
      planLetter,
      sampleSize: Math.min(sampleSizes[planLetter], input.lotSize),
      accept,
      reject,
    };
  };
  if (input.aql === 0) return finish(start, 0, 1);
  const column = columnOf(input.aql);
  if (!column) throw new RangeError(`AQL ${input.aql} is not a column of ISO 2859-1 Table 2-A`);
  // Arrows only ever point one way from a cell, so walking in that direction ends on a plan.
  const direction = column[start] === "v" ? 1 : column[start] === "^" ? -1 : 0;
  // The top row of the 10 column has an up arrow with nothing above it: follow the table downwards.
  const step = direction === -1 && !column.slice(0, start).some((cell) => cell.includes("/")) ? 1 : direction;
  let index = start;
  while (!column[index]?.includes("/")) index += step;
  const [accept, reject] = (column[index] ?? "0/1").split("/").map(Number);
  return finish(index, accept ?? 0, reject ?? 1);
}
