/**
 * Count units, written once: every pattern that reads "800 pcs", "$2/set" or "1000件" is built from
 * this table, so a unit accepted in one place is accepted in all of them.
 */

/** A count unit: the name the draft uses and the words suppliers and buyers write for it. */
type CountUnit = { unit: "pcs" | "sets" | "pairs" | "rolls" | "units"; english: string[]; chinese: string[] };

const countUnits: readonly CountUnit[] = [
  { unit: "pcs", english: ["pcs", "pc", "pieces", "piece"], chinese: ["个", "件", "只", "個", "隻"] },
  { unit: "sets", english: ["sets", "set"], chinese: ["套"] },
  { unit: "pairs", english: ["pairs", "pair"], chinese: ["双", "雙"] },
  { unit: "rolls", english: ["rolls", "roll"], chinese: ["卷"] },
  { unit: "units", english: ["units", "unit"], chinese: [] },
];

const byLength = (a: string, b: string) => b.length - a.length;

/** Regex alternation of the English count words, longest first ("pieces|piece|pcs|pc|..."). */
export const englishCountWords = countUnits
  .flatMap((u) => u.english)
  .sort(byLength)
  .join("|");

/** Regex alternation of every count word, English and Chinese. */
export const countWords = [
  ...countUnits.flatMap((u) => u.english).sort(byLength),
  ...countUnits.flatMap((u) => u.chinese),
].join("|");

const unitOfWord = new Map<string, CountUnit["unit"]>(
  countUnits.flatMap((u) => [...u.english, ...u.chinese].map((word) => [word, u.unit] as const)),
);

/** The draft's unit for a count word ("piece" -> "pcs", "套" -> "sets"), or null when it is none. */
export function countUnitOf(word: string): CountUnit["unit"] | null {
  return unitOfWord.get(word.toLowerCase()) ?? null;
}

/** Words for twelve of a count unit ("100 dozen", "USD 19.20 per dozen", "9.60/doz pairs"). */
export const dozenWords = "dozens|dozen|doz";
/** How many pieces a dozen holds: counts and prices in dozens are read in pieces. */
export const dozen = 12;

/** Packages goods are counted and priced in ("300 cartons", "per case", "/ctn"): not count units, but counted. */
const packageWord = /^(?:cartons?|ctns?|cases?|bales?|drums?|pallets?)$/i;

/** Whether a word names a package goods are counted or priced in. */
export function isPackageWord(word: string): boolean {
  return packageWord.test(word);
}
