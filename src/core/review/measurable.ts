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
  // (Shore hardness is a scale: "Shore A", "Shore 00"; "seen from the shore" is a coast.)
  "shore\\s?(?:a|d|00|oo)",
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
  /(?<![\d.,])\d[\d,]*(?:\.\d+)?\s*(?:US\$|\$|€|£|¥|usd|eur|rmb|cny|gbp|dollars?|euros?|yuan)(?!\w)/gi,
  /(?<![\d.,])\d[\d,]*(?:\.\d+)?\s*(?:-\s*\d+\s*)?(?:pcs|pc|pieces?|sets?|units?|pairs?|rolls?|dozens?|orders?|samples?|个|件|套)(?!\w)(?!\s*(?:per|\/|in\s+(?:a|one|each)|each\s+(?:carton|box|bag)))/gi,
  /(?<!\d)\d+(?:\s*(?:-|to|~)\s*\d+)?\s*(?:(?:working|business|calendar)\s+)?(?:days?|weeks?|months?|hours?\s+ago|years?)\b(?!\s+(?:warranty|guarantee))/gi,
  /(?<![\d.])\d+(?:\.\d+)?\s*%/g,
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?\b/g,
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?\b/gi,
  /\b(?:moq|order|po|pi|invoice|iphone|galaxy|pixel|model|usb|type)\s*(?:[-#:]\s*)?\d\w*/gi,
  // A list marker: "1、", "2)", "3）" number a clause, they measure nothing.
  /(?<![\d.,])\d{1,2}\s*[、)）]/g,
  // A number said as a price without its currency: "price like 1.50", "target price 2.3".
  /\b(?:price|prices|cost|budget)\s+(?:(?:like|around|about|of|is|at|max|below|under)\s+){0,2}\d[\d,]*(?:\.\d+)?/gi,
  /\b(?:the\s+)?\d+(?:st|nd|rd|th)\b/gi,
  // A hotel's stars grade a hotel, not the goods: "calidad hotel 5 estrellas", "like a 5 star hotel".
  /\bhotel\s(?:de\s)?\d\s?-?\s?(?:stars?|estrellas|étoiles)|\b\d\s?-?\s?(?:stars?|estrellas|étoiles)\shotel\b/gi,
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

/** A split of a whole in two shares ("50/50", "60/40" of colours or sizes): the numbers add up to 100. */
const sharePattern = /(?<![\d./])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d./])/g;
const withoutShares = (text: string) =>
  text.replace(sharePattern, (split, a: string, b: string) => (Number(a) + Number(b) === 100 ? " " : split));

/** True when the text carries a spec-like number or a standard/code (prices, quantities, dates ignored). */
export function isMeasurable(text: string): boolean {
  if (standardPattern.test(text) || markPattern.test(text) || blendPattern.test(text)) return true;
  let rest = withoutShares(text);
  for (const pattern of nonSpecNumbers) rest = rest.replace(pattern, " ");
  return /\d/.test(rest);
}

// Number patterns start only where a number starts (a one-character look-behind) and read a bounded run of
// digits and separators, so a long run of digits can never be re-read from each of its characters.

/** Units that make a number a product measure ("1.5 mm", "3000 mAh", "180 gsm", "600D", "IP65"). */
const unitPattern =
  /(?<![\d.,])\d(?:[\d.,/-]{0,40}\d)?(?:\s*-)?\s*(?:mm|cm|m|km|inch(?:es)?|in|"|ft|ml|l|litres?|liters?|oz|g|grams?|kg|lbs?|gsm|g\/m2|g\/cm3|kg\/m3|mah|wh|w|kw|v|a|hz|khz|db|db\(a\)|°c|°f|c|k|lumens?|lm|rpm|pa|kpa|psi|n|kn|d|denier|ply|layers?|stitches|spi|hours?|h|mins?|minutes|grit|mesh|tpi|needles?|gu|degrees?|gb|tb|mp|fps|nits?|°)(?![a-z])/i;
const dimensionPattern = /(?<![\d.,])\d[\d.,]{0,40}\s*[x×*]\s*\d/i;
const gradePattern = /\b(?:sus\s*)?(?:201|202|304|316l?|430|18\/8|18\/10|\dcr\d\w*)\b/i;
const blendPattern =
  /\d+\s*%\s*(?:cotton|polyester|nylon|spandex|elastane|wool|silk|linen|bamboo|viscose|rayon|polyamide|acrylic|recycled|pu|pvc|tpu|lycra)/i;
const perPackPattern =
  /(?<!\d)\d+(?:\s*(?:pcs|pieces|sets|units|pairs|rolls))?\s*(?:per|\/|in\s+(?:a|one|each))\s*(?:\w+\s+){0,2}(?:carton|ctn|box|bag|polybag|case|pack|tube)/i;

/**
 * Stricter than isMeasurable: true only for a product measure (number with a unit, dimensions, a grade,
 * a blend, a pack count) or a standard. Order quantities and sizes without a unit ("sizes 24-35") are not.
 */
export function isMeasurableSpec(text: string): boolean {
  if (standardPattern.test(text) || markPattern.test(text)) return true;
  let rest = text;
  for (const pattern of nonSpecNumbers) rest = rest.replace(pattern, " ");
  return (
    unitPattern.test(rest) ||
    dimensionPattern.test(rest) ||
    gradePattern.test(rest) ||
    blendPattern.test(text) ||
    perPackPattern.test(text)
  );
}
