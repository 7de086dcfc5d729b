/**
 * Numbers written as words, as voice-note transcripts and spoken-style chats write them ("thirty days",
 * "twenty-five days", "forty five days").
 */
const units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const teens = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/**
 * Regex alternation of a number ten to ninety-nine in words (no capture groups). Below ten a word is too
 * often no figure of the order ("need one week for the box printing", "two days' notice").
 */
export const numberWordPattern = `(?:(?:${tens.join("|")})(?:[- ](?:${units.join("|")}))?|${teens.join("|")})`;

/** Every number word one to ninety with its value: the words a spoken figure is built from. */
export const numberWordValues: ReadonlyMap<string, number> = new Map([
  ...units.map((word, i) => [word, i + 1] as const),
  ...teens.map((word, i) => [word, i + 10] as const),
  ...tens.map((word, i) => [word, (i + 2) * 10] as const),
]);

/** Regex alternation of the number words two to nine: a few weeks or months ("six weeks"), never "one". */
export const fewWordPattern = units.slice(1).join("|");

/** Regex alternation of the number words one to nine, and of ten to nineteen and the tens. */
export const unitWordPattern = units.join("|");
export const tensAndTeensPattern = [...teens, ...tens].join("|");

/** The value of a number in digits or in words ("30", "thirty", "twenty-five"), or NaN. */
export function numberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [first, second] = text.toLowerCase().split(/[- ]/);
  const value = numberWordValues.get(first!);
  if (value === undefined) return Number.NaN;
  // "twenty-five": a tens word adds the unit after it.
  return value >= 20 && second ? value + units.indexOf(second) + 1 : value;
}
