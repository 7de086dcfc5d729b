/**
 * Count units, written once: every pattern that reads "800 pcs", "$2/set" or "1000件" is built from
 * this table, so a unit accepted in one place is accepted in all of them.
 */

/** A count unit: the name the draft uses and the words suppliers and buyers write for it. */
type CountUnit = { unit: "pcs" | "sets" | "pairs" | "rolls" | "units"; english: string[]; chinese: string[] };

const countUnits: readonly CountUnit[] = [
  // (条 / 條 count long things, leashes, towels, cables; 支 sticks and tubes; 把 things held by a handle; 片 and 张 / 張 flat ones.)
  {
    unit: "pcs",
    // ("500 nos": Indian trade English counts pieces in numbers.)
    // (And the piece of buyers who write their own language: "500 Stück", "300 piezas", "200 pièces", "100 sztuk",
    // Czech and Slovak "1200 ks", Dutch "400 stuks", Finnish "300 kpl", Turkish "500 adet".)
    english: [
      "pcs",
      "pc",
      "pieces",
      "piece",
      "nos",
      "stück",
      "stk",
      "piezas",
      "pièces",
      "pezzi",
      "peças",
      "sztuk",
      "szt",
      "ks",
      "stuks",
      "kpl",
      "adet",
    ],
    chinese: ["个", "件", "只", "個", "隻", "条", "條", "支", "把", "片", "张", "張"],
  },
  { unit: "sets", english: ["sets", "set"], chinese: ["套"] },
  { unit: "pairs", english: ["pairs", "pair", "prs"], chinese: ["双", "雙"] },
  { unit: "rolls", english: ["rolls", "roll"], chinese: ["卷"] },
  { unit: "units", english: ["units", "unit"], chinese: ["台"] },
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

const draftUnits = new Set<string>(countUnits.map((u) => u.unit));

/** Whether a unit is one the draft names ("pcs", "sets", "pairs", "rolls", "units"), as prices carry it. */
export function isDraftUnit(unit: string | null | undefined): unit is CountUnit["unit"] {
  return unit != null && draftUnits.has(unit);
}

/**
 * Words for a dozen of a count unit, or a dozen dozens ("100 dozen", "USD 19.20 per dozen", "9.60/doz pairs",
 * "150 gross", "USD 9.80 per gross").
 */
export const dozenWords = "dozens|dozen|doz|dz|gross";
/** How many pieces a dozen holds: counts and prices in dozens are read in pieces. */
export const dozen = 12;

const dozenWord = new RegExp(String.raw`^(?:${dozenWords})$`, "i");

/** Whether a word is a word for twelve ("dozen", "doz") or a gross: a price per it or a count of it is in them. */
export function isDozenWord(word: string): boolean {
  return dozenWord.test(word);
}

/** How many pieces a word for a dozen holds: twelve, or a gross's twelve dozens. */
export function piecesIn(dozenWordAsWritten: string): number {
  return /^gross$/i.test(dozenWordAsWritten) ? dozen * dozen : dozen;
}

/** Packages goods are counted and priced in ("300 cartons", "per case", "/ctn"): not count units, but counted. */
const packageWord = /^(?:cartons?|ctns?|cases?|bales?|drums?|pallets?)$/i;

/** Whether a word names a package goods are counted or priced in. */
export function isPackageWord(word: string): boolean {
  return packageWord.test(word);
}

/**
 * Words a price is quoted per that measure, time or ship rather than count goods ("per kg", "per watt",
 * "per container", "per month"): a price per reel or per bottle counts reels or bottles; these do not.
 */
const notCounted =
  /^(?:kgs?|g|grams?|tons?|tonnes?|lbs?|m|m2|m3|sqm|cbm|meters?|metres?|yards?|yds?|ft|foot|feet|inch(?:es)?|litres?|liters?|l|ml|watts?|w|wp|kw|kwh|hours?|days?|weeks?|months?|years?|containers?|shipments?|orders?|trips?|items?|each|colou?rs?|designs?|models?|styles?|sizes?|persons?|people)$/i;

/** Whether goods can be counted in the word a price is quoted per ("reel", "bottle", "box"; not "kg"). */
export function isCountedPer(word: string): boolean {
  return /^[a-z]{3,}$/i.test(word) && !notCounted.test(word);
}

/**
 * A label that counts a product's own parts ("1000-piece", "500pc", "1000 piece"): the number the label
 * is known by, and a pattern source for every way a chat writes it. "1000 pcs" and "1000 pieces" are
 * counts of goods, never the label, so the plural forms are left out.
 */
const pieceCountLabel = /^(\d{2,5})[\s-]?(?:piece|pc)(?=\s|$)/i;

/** The piece-count label a name opens with: its length as written, its number, and its pattern source. */
export function pieceCountForms(name: string): { length: number; stem: string; source: string } | null {
  const count = pieceCountLabel.exec(name);
  if (!count) return null;
  return { length: count[0].length, stem: count[1]!, source: String.raw`${count[1]}[\s-]?(?:piece|pc)` };
}

/**
 * Measures a number is written in ("230°C", "12 mm", "3000 mAh", "50ft"), written once: a number followed by
 * one of them is a size, a rating or a temperature, never a count of goods.
 */
const measureWords = [
  "mm|cm|m|km|µm|μm|um|nm|inch|inches|ft|feet|foot|yards?|yds?",
  // ("200 µl filter tips", "10 μL", "5 cl": the volumes a lab or a bar measures in.)
  "ml|l|µl|μl|ul|cl|dl|litres?|liters?|oz|gal|gallons?",
  "mg|g|grams?|kg|kgs|lbs?|tons?|tonnes?|gsm",
  "w|kw|watts?|v|volts?|amps?|mah|wh|kwh|hz|db|dbm|lm|lumens?|lux|bar|psi|mpa",
].join("|");
/** Regex alternation of the measure words, for patterns that read a measure as a label ("320gsm", "36V"). */
export const measureWordSource = measureWords;
const measureAfter = new RegExp(String.raw`^\s?(?:°|℃|℉|"|(?:${measureWords})(?![\p{L}\d]))`, "iu");

/** Whether the text right after a number makes it a measure ("°C, heat resistant", " mm thick", "ft hose"). */
export function measuredAfter(textAfterNumber: string): boolean {
  return measureAfter.test(textAfterNumber);
}

/**
 * Goods sold by measure, not by count: cloth by the metre, powders and screws by the kilogram. The draft's
 * name for each and the words written for it; a quantity in one is an order only where the price is per it.
 */
const measureUnits: ReadonlyArray<{ unit: string; words: string[] }> = [
  { unit: "metres", words: ["metres", "metre", "meters", "meter", "mtrs", "mtr", "mts", "m", "米"] },
  { unit: "kg", words: ["kgs", "kg", "kilograms", "kilogram", "kilos", "kilo", "公斤"] },
  { unit: "yards", words: ["yards", "yard", "yds", "yd", "码"] },
  { unit: "litres", words: ["litres", "litre", "liters", "liter", "ltrs", "ltr"] },
  { unit: "tons", words: ["tons", "ton", "tonnes", "tonne", "吨"] },
];

const measureOfWord = new Map<string, string>(
  measureUnits.flatMap((m) => [m.unit, ...m.words].map((word) => [word, m.unit] as const)),
);

/** Regex alternation of every word of a measure goods are sold by, longest first. */
export const soldByWords = [...measureOfWord.keys()].sort(byLength).join("|");

/** The draft's unit for a measure word ("metre" -> "metres", "kgs" -> "kg"), or null when it is none. */
export function measureUnitOf(word: string | null | undefined): string | null {
  return word ? (measureOfWord.get(word.toLowerCase()) ?? null) : null;
}
