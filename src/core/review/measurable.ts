/**
 * What makes a phrase measurable: a number with a unit, a standard, a grade or a code ("3000 mAh",
 * "Pantone 2945 C", "AQL 2.5", "IPX7", "LFGB certified"). Prices, order quantities, lead times, percentages
 * and dates carry numbers too but say nothing about the product, so they are removed before looking.
 */

/** Standards, certifications and code systems that make a spec checkable without a number. */
export const standardWords: readonly string[] = [
  "pantone",
  "ral",
  "pms",
  "aql",
  "iso",
  "astm",
  "iec",
  "en71",
  "lfgb",
  "fda",
  "rohs",
  "cpsia",
  "oeko-tex",
  "oekotex",
  "bsci",
  "gots",
  "ista",
  "shore",
  "gsm",
  "hrc",
  "ipx",
  "bpa-free",
  "sus",
  "tritan",
  "ncs",
  "cmyk",
];

/** Number-bearing text that is not a product spec: money, order quantities, lead times, shares, dates, times. */
const nonSpecNumbers: readonly RegExp[] = [
  /(?:US\$|\$|€|£|¥|RMB|USD|EUR|CNY|GBP)\s*\d[\d,]*(?:\.\d+)?/gi,
  /\d[\d,]*(?:\.\d+)?\s*(?:US\$|\$|€|£|¥|usd|eur|rmb|cny|gbp|dollars?|euros?|yuan)\b/gi,
  /\d[\d,]*(?:\.\d+)?\s*(?:-\s*\d+\s*)?(?:pcs|pc|pieces?|sets?|units?|pairs?|rolls?|dozens?|orders?|samples?|个|件|套)\b(?!\s*(?:per|\/|in\s+(?:a|one|each)|each\s+(?:carton|box|bag)))/gi,
  /\d+\s*(?:-|to|~)?\s*\d*\s*(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?|hours?\s+ago|years?)\b(?!\s+(?:warranty|guarantee))/gi,
  /\d+(?:\.\d+)?\s*%/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?\b/gi,
  /\b(?:moq|order|po|pi|invoice|iphone|galaxy|pixel|model|usb|type)\s*[-#]?\s*\d+\w*/gi,
  /\b(?:the\s+)?\d+(?:st|nd|rd|th)\b/gi,
];

/** Short marks that are ordinary words in lower case ("reach out"), so only their capitals count. */
export const standardMarks: readonly string[] = [
  "CE",
  "UL",
  "REACH",
  "FCC",
  "CPC",
  "GRS",
  "FSC",
  "SGS",
  "UKCA",
  "ETL",
];

const standardPattern = new RegExp(`(?:^|[^a-z])(?:${standardWords.join("|")})(?![a-z])`, "i");
const markPattern = new RegExp(`(?:^|[^A-Za-z])(?:${standardMarks.join("|")})(?![A-Za-z])`);

/** True when the text carries a spec-like number or a standard/code (prices, quantities, dates ignored). */
export function isMeasurable(text: string): boolean {
  if (standardPattern.test(text) || markPattern.test(text)) return true;
  let rest = text;
  for (const pattern of nonSpecNumbers) rest = rest.replace(pattern, " ");
  return /\d/.test(rest);
}
