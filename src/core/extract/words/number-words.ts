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

/** The value of a number in digits or in words ("30", "thirty", "twenty-five"), or NaN. */
export function numberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const words = text.toLowerCase().split(/[- ]/);
  const ten = tens.indexOf(words[0]!);
  if (ten >= 0) return (ten + 2) * 10 + (words[1] ? units.indexOf(words[1]) + 1 : 0);
  const teen = teens.indexOf(words[0]!);
  if (teen >= 0) return teen + 10;
  const unit = units.indexOf(words[0]!);
  return unit >= 0 ? unit + 1 : Number.NaN;
}
