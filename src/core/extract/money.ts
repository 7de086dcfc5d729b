/**
 * Money as suppliers write it: `$2.35`, `US$1.35`, `1.85 USD/pc`, `6.5 RMB/pc`, `€1.95 per mug`,
 * `58元`, `1,250.50 usd`, `8k`; and bare numbers ("can you do 1.60?") for the negotiation to judge.
 *
 * A range is one amount, however its currency is written ("USD 1.10-1.20", "1.10 - 1.20 usd",
 * "$1.10-$1.20", "US$1.10~1.20/pc", "from $2 to $3"): its `value` is the upper end and `range` holds
 * both ends. What a range settles is the reader's call: the negotiation takes no range as an offer
 * (nobody can accept "1.10-1.20"), and a fee or a minimum given as a range is not a fee or minimum agreed.
 */

/** A price or amount found in a text; `currency` is null for a bare number. */
export type MoneyMention = {
  value: number;
  currency: string | null;
  start: number;
  end: number;
  /** The unit after "/", "per" or "each" ("pc" -> "pcs"), or null. */
  perUnit: string | null;
  bare: boolean;
  /** Both ends when the amount is a range ("1.10-1.20"); `value` is then the upper end. */
  range?: [number, number];
  /** The round lot a price was written for ("usd 52/1000 sheets"): `value` is already the price of one. */
  lot?: number;
};

import { matchesOf } from "../matches.ts";
import { remembered } from "./memo.ts";
import { currencyAfter, currencyBefore, currencyCode } from "./words/currencies.ts";
import { monthNames, monthWords, otherLanguageMonthAfter } from "./words/dates.ts";
import {
  countUnitOf,
  countWords,
  dozen,
  dozenWords,
  englishCountWords,
  isDozenWord,
  piecesIn,
  soldByWords,
} from "./words/units.ts";

export { currencyCode };

/** Words that say an amount is rough ("about RM 38,400", "cca 390 000 Kč", "~ 870"): a conversion, an estimate. */
export const roughly = String.raw`(?:about|around|approx\.?|approximately|roughly|ca\.?|cca|circa|almost|nearly|~|≈)`;

/**
 * Digits as either side writes them: "1,250.50" and "1250.5", and the European way, "1.250,50" and "4,10"
 * (a comma before one or two digits that end the number is a decimal comma: no thousands group is that short),
 * and "1.250.000" (two dots or more between groups of three part thousands: no decimal has two points).
 */
const number = String.raw`\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d,]|\.\d)|\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d)|\d+(?:\.\d+)?`;
const prefix = currencyBefore;
const suffix = currencyAfter;
const unitWord = String.raw`${countWords}|boxes|box|bottles?|mugs?|bags?|items?|meters?|m|kg|dozen|[a-z]+`;
// ("EUR 18.90 / EUR 30.00": a slash before another amount lists it, it prices nothing per a currency.)
// ("per mould" is per mould, not per "m" with letters left over: the unit is a whole word.)
const perUnit = String.raw`\s*(?:\/\s*(?!(?:${prefix})\s?\d)|\bper\s+|\ba\s+|\bfor\s+(?:one|each|1)\s+|\beach\b)(?:(${unitWord})(?![a-z]))?|\s*(each)\b`;

// A sign may follow a word with no space ("offer of$1.5"); a currency word may not.
const prefixed = new RegExp(
  String.raw`(?:(?<![\w$])|(?<=[a-z])(?=[$€£¥]))(${prefix})\s?(${number})(\s?[kK]\b)?(?:${perUnit})?`,
  "gi",
);
/**
 * South Africa's rand written "R325", "R 1,250" or "R2 400" (a space between thousands): a capital R, three
 * figures or more, or two with what it is per ("R45 per unit"), and no letter or measure after. "R7s" is a lamp
 * base, "R10 anti-slip" a tile's rating, "ECE R90" and "BW-R60" a regulation and a model.
 */
const randed = new RegExp(
  String.raw`(?<![\w$/-]|\bECE\s|\bUN\s)R\s?(\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,]?\d)|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{3,}(?:[.,]\d{1,2})?|\d{2}(?:[.,]\d{1,2})?(?=${perUnit}))(?![\d.,]?\d|[a-zA-Z"-]|\s?(?:mm|cm|x\b|×))(?:${perUnit})?`,
  "g",
);
// ("cca 390 000 Kč", "12 500 PLN": Europe groups thousands with a space before the currency it names after; not
// after a code's dash, "CT-120 255元".)
const suffixed = new RegExp(
  String.raw`(?<![\w.,])((?<![-/#]\s?)\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d{1,2})?(?![\d.,])|${number})(\s?[kK]\b)?\s?(${suffix})(?![a-z])(?:${perUnit})?`,
  "gi",
);
// ("your 3PL", "4K screen", "5G": a number written onto letters names something; "8k" is eight thousand.)
const bareNumber = new RegExp(
  String.raw`(?<![\w.,:/$€£¥#-])(${number})(\s?[kK]\b)?(?![\w:%/.,-]*\d)(?!(?<=\d)[A-Za-z])`,
  "g",
);

/** A word that a date follows ("ship date 15.09.", "by 28.01.", "latest 3.11."). */
const dateWordBefore = /\b(?:date|by|until|till|before|latest|deadline|on|from|etd|eta)\s?:?\s$/i;
/** A month after a number makes it a date ("5 May", "12 Sept"); "may" alone only as a whole word. */
const monthAfter = monthNames
  .map((m) => (m === "may" ? String.raw`may\b` : String.raw`${m.slice(0, 3)}\w*`))
  .join("|");
/** A month before a number makes it a day ("Oct 12"), except "may", which is more often the verb. */
const monthBefore = monthWords
  .split("|")
  .filter((m) => m !== "may")
  .join("|");

/**
 * Words right after a bare number that make it a measurement, count or time rather than money; a count
 * of a product's parts or options is one too ("6 thread colours", "5 step dimming", "3 piece set", "10
 * replaceable pins"), and so is an age or a least number said with a plus ("Age grading 8+ on box").
 */
const notMoneyAfter = new RegExp(
  String.raw`^(?:'?s|a|ah)\b|^\+(?![\d.])|^\s*(%|${countWords}|(?:working|business|calendar|natural|production|work)\s+days?|days?|weeks?|months?|years?|hours?|h\b|mins?|minutes?|mm|cm|m\b|km|cbm|m3\b|m³|cubic\b|hq\b|hc\b|gp\b|tons?\b|tonnes?\b|ft\b|feet\b|inch|inches|in\b|"|ml|l\b|liters?|litres?|g\b|gsm|kg|oz|lbs?|mah|w\b|v\b|watts?|volts?|hz|(?:x\b|×|\*)(?!\s?\d[\d,]*\s?(?:${countWords})\b)|ply|-\s*[a-z]|(?:step|panel|thread|tone|piece|speed|port|pin|gang|tier|slot|zone|core|hole|row|pocket|channel|mode|level|shade|style|design|person|seater|wheel|blade|burner|drawer|shelf|stage|needle|stitch)\b|lux|lm\b|lumens?|momme|ohms?|Ω|dbi?\b|db\b|nm\b|kn\b|n\b|mpa|kpa|pa\b|bar\b|psi|rpm|ah\b|wh\b|kwh|kw\b|mw\b|[kmg]hz|gb\b|mb\b|tb\b|mbps|fps|µm|μm|um\b|(?:[a-z]+[\s-])?colou?rs?|cartons?|ctns?|dozens?\b|doz\b|gross\b|boxes|layers?|sides|times|am\b|pm\b|st\b|nd\b|rd\b|th\b|${monthAfter}|${otherLanguageMonthAfter}|天|周|月|年|号|日|层|色|(?!(?:less|plus|dollars|bucks|yes|thanks|us|sounds|works|seems|looks|makes|gives|takes|does|goes|comes|gets|means|includes|costs|needs|fits|suits|helps|stays|remains|is|was|has|bucks|cents|tops|max|obo|firm|cash|as|its|this|plus)\b)[a-z]{2,}s\b|[a-z]+-[a-z]+|[a-z]{3,}(?:able|ible|less|proof|ful|ive)\s[a-z]{2,}s\b)`,
  "i",
);
const notMoneyBefore = new RegExp(
  // Whole words only: "then 35" is a price, "EN 71" is not; "no." labels a number, "no no 520" does not;
  // a measurement just before ("12V 2A") makes the next number one too.
  String.raw`(?:×|\*|#|\bno\.|\d\s?[vx]|\b(?:x|moq|qty|quantity|size|model|item|hrc|aql|level|grade|ip|pantone|pms|(?:cool|warm)\s(?:gray|grey)|ral|iso|en|astm|version|v|rev\.?|revision|day|days|on|top|page|line|point|question|option|step|order|number|room|rooms|bedroom|bedrooms|year|since|from|instead\sof|${monthBefore}))\s*$`,
  "i",
);

/**
 * "40000 rolls x 0.058", "500pcs (5ctns) x 0.52": a count of goods times a number is a price per piece, where
 * "23 x 33" is a size. (The window read back is short: a count, its unit and a bracket at most.)
 */
const countTimes = new RegExp(
  String.raw`(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{1,7})\s?(?:${englishCountWords})\.?(?:\s?\([^()]{1,24}\))?\s?[x×*]\s?$`,
  "i",
);
/** The count a number at `start` is multiplied by ("40000 rolls x 0.058"), else null. */
function countTimesAt(text: string, start: number): number | null {
  const m = countTimes.exec(text.slice(Math.max(0, start - 48), start));
  return m ? Number(m[1]!.replace(/,/g, "")) : null;
}
const timesACount = (text: string, start: number) => countTimesAt(text, start) !== null;

/**
 * A bare number times the count before it, followed by their product ("40000 rolls x 0.058 = 2320"): a
 * line of a proforma invoice, priced even where no currency is written on it. The sum is what tells it
 * from a size ("23 x 33") or a pack ("100 pcs x 5 ctns").
 */
export function multipliesOut(text: string, price: MoneyMention, next: MoneyMention | undefined): boolean {
  const count = countTimesAt(text, price.start);
  if (
    count === null ||
    !next ||
    !/^\s*=\s*$/.test(text.slice(price.end, next.start).replace(/[a-z$€£¥]+/gi, ""))
  )
    return false;
  return Math.abs(count * price.value - next.value) <= Math.max(1, next.value * 0.005);
}

/** A product or model word right before an integer ("iPhone 16", "PB 380") makes it a name, not a price. */
const modelWordBefore = /(?:^|\s)([a-z]+[A-Z][\w-]*|[A-Z][A-Z][\w-]*|[A-Z][a-z]+)\s$/;
const commonWords =
  /^(OK|Ok|Okay|Deal|Yes|Fine|Agreed|Best|Price|Final|At|Only|Just|How|About|Then|So|Maybe|And|Or|Say|Is|Do|Take|Offer|Accept|Pay|Sell|Total|Lowest|Good|Great|Sure|Hi|Hello|Well|Around|Now|Still|Yeah|Alright|Would|Could|Can|Will|What|Make|Meet|Let|Done|Perfect|Okey|USD|RMB|EUR|CNY)$/;

const rangeDash = String.raw`\s*(?:-{1,2}|–|~|to)\s*`;
/** The upper end after a currency-marked lower end ("-1.20", " - $1.20", "~1.20", " to US$1.20"). */
const rangeTail = new RegExp(
  String.raw`^${rangeDash}(?:${prefix})?\s?(${number})(\s?[kK]\b)?(?:\s?(?:${suffix})(?![a-z]))?`,
  "i",
);
/** The lower end before a currency-marked upper end ("1.10 - " before "1.20 usd", "from 2 to " before "$3"). */
const rangeHead = new RegExp(
  String.raw`(?<![\w.,])(${number})(\s?[kK]\b)?(?:\s?(?:${suffix}))?${rangeDash}$`,
  "i",
);
const perUnitAfter = new RegExp(String.raw`^(?:${perUnit})`, "i");

/**
 * A bare number that is a measurement or a list number, not an amount: one with a sign or a tolerance
 * ("+4 dBm", "Shore A 75 ±3", "-40 °C"), one with a unit symbol or a unit written in mixed case ("85 °C",
 * "4 dBm", "20 kN"), and a list number opening a line ("6.", "2)").
 */
function isMeasureOrListNumber(text: string, start: number, raw: string, after: string): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  // ("1000+ 2.10": a plus written onto a count and a space after it is the count's "and up", no sign of this number.)
  if (/[+±]\s?$/.test(before) && !/\d\+\s$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  if (/^\s*(?:±|\+\/-|\+-|°|℃|[a-z]+[A-Z][a-zA-Z]*\b|[A-Z]{2,}[a-z]+\b)/.test(after)) return true;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return (
    /^[\s>*-]*$/.test(text.slice(lineStart, start)) && /^\d{1,2}$/.test(raw) && /^[.)](?:\s|$)/.test(after)
  );
}

const perCountUnit = new RegExp(
  String.raw`^\s*(?:\/\s*|per\s+|a\s+(?=do|(?:pairs?|sets?|pieces?|pcs?|units?|rolls?)\b))(${englishCountWords}|${dozenWords}|cartons?|ctns?|cases?|${soldByWords})(?![A-Za-z\d])`,
  "i",
);
/** The count unit a dozen is of ("per dozen pairs"), after the price as read. */
const dozenOf = new RegExp(String.raw`^\.?\s?(?:of\s)?(${englishCountWords})\b`, "i");

/** The price of one of a lot priced together ("19.20 per dozen", "52/1000 sheets"), to a millionth. */
export function priceOfOne(lotPrice: number, lotSize: number): number {
  return Math.round((lotPrice / lotSize) * 1e6) / 1e6;
}

/** A price for a dozen ("USD 19.20 per dozen", "28.80/doz") is read as the price of one of the twelve. */
function perOne(text: string, money: MoneyMention): MoneyMention {
  if (!money.perUnit || !isDozenWord(money.perUnit)) return money;
  const of = dozenOf.exec(text.slice(money.end, money.end + 16));
  return {
    ...money,
    value: priceOfOne(money.value, piecesIn(money.perUnit)),
    end: money.end + (of?.[0].length ?? 0),
    perUnit: (of && countUnitOf(of[1]!)) ?? "pcs",
  };
}

/** Currencies written with the dollar sign, besides the US dollar: their code after it says whose ("$2.490 CLP"). */
export const dollarSignCurrencies = [
  "CLP",
  "MXN",
  "ARS",
  "COP",
  "UYU",
  "CAD",
  "AUD",
  "NZD",
  "SGD",
  "HKD",
  "TWD",
];
/** The dollars and pesos written "$" with their code after: "$2.490 CLP", "$ 45 CAD". */
// (On the same line only: "$2.50" ending one line and "CAD 3.30" opening the next are two amounts.)
const dollarCodeAfter = new RegExp(String.raw`^[ \t\u00a0]?(${dollarSignCurrencies.join("|")})\b`, "i");

/**
 * Currencies counted in whole units, whose prices are written with a dot between thousands ("$2.490 CLP",
 * "Rp 15.000", "250.000 VND"): no price in them has three decimals.
 */
const wholeUnitCurrencies = new Set([
  "CLP",
  "COP",
  "ARS",
  "PYG",
  "UYU",
  "IDR",
  "VND",
  "KRW",
  "JPY",
  "HUF",
  "ISK",
]);

/** An amount in a currency of whole units with its thousands parted by dots, read whole; else null. */
export function wholeUnits(raw: string, currency: string | null): number | null {
  if (currency === null || !wholeUnitCurrencies.has(currency) || !/^\d{1,3}(?:\.\d{3})+$/.test(raw))
    return null;
  return Number(raw.replace(/\./g, ""));
}

function numeric(raw: string, thousands: string | undefined): number {
  // ("Rp 1.250.000", "2.400.000 VND": dots between two groups of thousands or more part thousands, whatever the currency.)
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(raw)) return Number(raw.replace(/\./g, "")) * (thousands ? 1000 : 1);
  const european = /,\d{1,2}$/.test(raw);
  const value = Number(european ? raw.replace(/\./g, "").replace(",", ".") : raw.replace(/,/g, ""));
  return thousands ? value * 1000 : value;
}

function normaliseUnit(unit: string | undefined): string | null {
  if (!unit) return null;
  const u = unit.toLowerCase();
  // "each" prices one piece; any other word after "/" or "per" is kept as written ("mug", "box").
  return u === "each" ? "pcs" : (countUnitOf(u) ?? u);
}

// Several extractors read the money of the same sentence: it is scanned once (pure input -> output).
const scanned = remembered((text: string) => scanMoney(text));

/** A day and a month written "28.01": a day to 31, a month to 12. */
const dayAndMonth = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])$/;

/** An international telephone number: a plus, a country code, then two to six groups of figures set apart. */
const phoneNumber =
  /(?<![\w+])\+\d{1,3}(?:(?:[\s-]?\(\d{1,5}\)\d{0,5}|[\s-]\d{1,5}){2,6}|[\s-]?\d{8,12})(?![\d.,]?\d)/g;

/** Every money mention in a text, currency-marked ones first claimed, then bare numbers. */
export function findMoney(text: string): MoneyMention[] {
  // (A copy each time: readers widen and re-price the mentions they are given.)
  return scanned(text).map((m) => ({ ...m }));
}

/** A currency-marked amount widened to the range it ends or starts, when it is one. */
function asRange(text: string, money: MoneyMention): MoneyMention {
  if (money.perUnit === null) {
    const tail = rangeTail.exec(text.slice(money.end, money.end + 40));
    if (tail) {
      const high = numeric(tail[1]!, tail[2]);
      const end = money.end + tail[0].length;
      if (high > money.value && !notMoneyAfter.test(text.slice(end))) {
        const per = perUnitAfter.exec(text.slice(end));
        return {
          ...money,
          value: high,
          end: end + (per?.[0].length ?? 0),
          perUnit: normaliseUnit(
            per?.[1] ?? per?.[2] ?? (per && /\beach\b/i.test(per[0]) ? "each" : undefined),
          ),
          range: [money.value, high],
        };
      }
    }
  }
  const head = rangeHead.exec(text.slice(Math.max(0, money.start - 30), money.start));
  if (head) {
    const low = numeric(head[1]!, head[2]);
    if (low < money.value)
      return { ...money, start: money.start - head[0].length, range: [low, money.value] };
  }
  return money;
}

/**
 * A round lot after a price ("per 1000 pcs", "/1,000pcs", "per 100", "72/1000, ..."): the price is for that
 * many pieces, or of the things named after it ("usd 52/1000 sheets"). ("per thousand" is read with the price,
 * as the word it is per.)
 */
/** Words that may follow a lot without measuring it ("122 per 100 also", "per 1000 ok"). */
const lotEndWords = "(?:also|too|only|and|or|ok|okay|is|fine|please|pls|deal|each)";
/** The round lots a price is put per: a hundred, a thousand, ten thousand ("10000+" is a tier's count and up). */
const roundLots = "100|1,?000|10,?000";
const lotAfter = new RegExp(
  String.raw`^\s*(?:(?:\/|per)\s*)?(${roundLots})(?!\s?\+)(?:\s*(${englishCountWords}|[a-z]{3,}s)\b|(?!\s*(?!${lotEndWords}\b)[a-z]|\s*[\d%]|[.,]\d))`,
  "i",
);

/** A price for a round lot of pieces ("USD 8.50 per 1000 pcs"), divided down to the price of one. */
function perPiece(text: string, money: MoneyMention): MoneyMention {
  // "17 USD per thousand": the lot was read as the word priced per.
  if (money.perUnit && /^thousand$/i.test(money.perUnit))
    return { ...money, value: priceOfOne(money.value, 1000), perUnit: "pcs" };
  const written = text.slice(money.start, money.end);
  const after = text.slice(money.end, money.end + 30);
  const lot = lotAfter.exec(after);
  if (!lot || !(/(?:\/|\bper)\s*$/i.test(written) || /^\s*(?:\/|per\b)/i.test(after))) return money;
  // "$2.90 / 1,000 pcs $2.55": a tier table's next row, not a lot.
  if (/^\s*(?:[:=@-]\s*)?(?:[$€£¥]|us\$|usd|rmb|cny|eur|\d)/i.test(after.slice(lot[0].length))) return money;
  const size = Number(lot[1]!.replace(/,/g, ""));
  return {
    ...money,
    value: priceOfOne(money.value, size),
    end: money.end + lot[0].length,
    perUnit: normaliseUnit(lot[2]) ?? "pcs",
    lot: size,
  };
}

/** The unit a matched amount is per: the word after "/" or "per" (group `at`), "each" after it, or none. */
function unitOf(m: RegExpExecArray, at: number): string | null {
  return normaliseUnit(m[at] ?? m[at + 1] ?? (/\beach\b/i.test(m[0]) ? "each" : undefined));
}

function scanMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  // Every amount is written in digits: a sentence without one holds none.
  if (!/\d/.test(text)) return found;
  // ("+55 31 9 0000-0000", "+86 138-2567-0000": the figures of a telephone number are no amounts.)
  const taken: Array<[number, number]> = text.includes("+")
    ? matchesOf(phoneNumber, text).map((m) => [m.index, m.index + m[0].length] as [number, number])
    : [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);
  const add = (read: MoneyMention) => {
    const money = perOne(text, perPiece(text, read));
    const widened = asRange(text, money);
    if (overlaps(widened.start, widened.end)) return;
    found.push(widened);
    taken.push([widened.start, widened.end]);
  };
  for (const m of matchesOf(prefixed, text)) {
    // "Spinning reel RS4000": capitals run into the figure are a model code; rupees are "Rs 385", "Rs.385", "RS 385".
    if (m[1] === "RS" && /^RS\d/.test(m[0])) continue;
    const start = m.index;
    let end = start + m[0].length;
    // ("$2.490 CLP + IVA": the code after a dollar sign says whose dollars or pesos.)
    const code = m[1] === "$" && unitOf(m, 4) === null ? dollarCodeAfter.exec(text.slice(end)) : null;
    if (code) end += code[0].length;
    // ("$ 45 cad per box": what it is per may follow the code.)
    const perAfterCode = code ? perUnitAfter.exec(text.slice(end)) : null;
    if (perAfterCode) end += perAfterCode[0].length;
    const currency = code ? code[1]!.toUpperCase() : currencyCode(m[1]!);
    add({
      value: wholeUnits(m[2]!, currency) ?? numeric(m[2]!, m[3]),
      currency,
      start,
      end,
      perUnit: perAfterCode ? unitOf(perAfterCode, 1) : unitOf(m, 4),
      bare: false,
    });
  }
  for (const m of matchesOf(randed, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    add({
      value: numeric(m[1]!.replace(/[ \u00a0]/g, ""), undefined),
      currency: "ZAR",
      start,
      end,
      perUnit: unitOf(m, 2),
      bare: false,
    });
  }
  for (const m of matchesOf(suffixed, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const currency = currencyCode(m[3]!);
    const figures = m[1]!.replace(/[ \u00a0]/g, "");
    add({
      value: wholeUnits(figures, currency) ?? numeric(figures, m[2]),
      currency,
      start,
      end,
      perUnit: unitOf(m, 4),
      bare: false,
    });
  }
  for (const m of matchesOf(bareNumber, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const after = text.slice(end);
    const before = text.slice(Math.max(0, start - 12), start);
    if (notMoneyAfter.test(after) || (notMoneyBefore.test(before) && !timesACount(text, start))) continue;
    // ("we need it for the 9.9 sale", "11.11 campaign": a shopping day named by its date is no amount.)
    if (/^\s?(?:sales?|campaign|promo(?:tion)?|festival|shopping\sday)\b/i.test(after)) continue;
    // ("video of 10 random sets": a number of pieces taken at random counts them.)
    if (/^\s(?:random|sample)\s/i.test(after)) continue;
    const model = modelWordBefore.exec(text.slice(Math.max(0, start - 24), start));
    // ("Pro Max 122 per 100": a number put per a round lot is its price, whatever name stands before it.)
    if (model && !commonWords.test(model[1]!) && !m[1]!.includes(".") && !lotAfter.test(after)) continue;
    if (/^\s*[-–~]\s*\d/.test(after) || /\d\s*[-–~]\s*$/.test(before)) continue;
    if (isMeasureOrListNumber(text, start, m[0], after)) continue;
    // "then 28.01. is the shipping date": a day and month as Europe writes them, the sentence going on after.
    // ("latest ship date 15.09. For payment ...": after a word of dates, whatever follows.)
    if (
      dayAndMonth.test(m[0]) &&
      /^\.(?:\s|$)/.test(after) &&
      (/^\.\s+\p{Ll}/u.test(after) || dateWordBefore.test(before))
    )
      continue;
    // ("2.30 a pair", "2.10 a set": a price with its cents put per a count word; "6 a set" counts what a set holds.)
    const counted = perCountUnit.exec(after);
    const per =
      counted && /^\s*a\s/i.test(counted[0]) && !/[.,]\d/.test(m[1]!) && !/do/i.test(counted[1]!)
        ? null
        : counted;
    const read = perOne(text, {
      value: numeric(m[1]!, m[2]),
      currency: null,
      start,
      end: per ? end + per[0].length : end,
      perUnit: normaliseUnit(per?.[1]),
      bare: true,
    });
    // "iPhone 16 can do 112 per 100": a bare amount put per a round lot is that lot's price too.
    // (Only with "per": "15.20 / 1000+ 14.30" is a tier table's next row.)
    const lotted = per || !/^\s*per\b/i.test(after) ? read : perPiece(text, read);
    found.push(lotted);
    if (lotted !== read) taken.push([lotted.start, lotted.end]);
  }
  return withLotHeader(
    text,
    sharedLots(
      text,
      found.sort((a, b) => a.start - b.start),
    ),
  );
}

/**
 * "78 / 72 / 88 per 100", "EUR 38 and EUR 52 per 1000 sheets": amounts listed before one put per a lot, written
 * the same way (bare, or in its currency), are put per it too.
 */
function sharedLots(text: string, found: MoneyMention[]): MoneyMention[] {
  for (let i = found.length - 1; i > 0; i--) {
    const lotted = found[i]!;
    if (lotted.lot === undefined) continue;
    for (let k = i - 1; k >= 0; k--) {
      const before = found[k]!;
      const sameWay = before.bare ? lotted.bare : !lotted.bare && before.currency === lotted.currency;
      if (!sameWay || before.lot !== undefined || before.perUnit) break;
      // (An amount read with the slash after it, "USD 41 /", ends where the next begins.)
      const gap = text.slice(before.end, found[k + 1]!.start);
      const slashed = /^\s*$/.test(gap) && /\/\s*$/.test(text.slice(before.start, before.end));
      if (!slashed && !/^\s*(?:\/|,|&|and)\s*$/i.test(gap)) break;
      found[k] = {
        ...before,
        value: priceOfOne(before.value, lotted.lot),
        perUnit: lotted.perUnit,
        lot: lotted.lot,
      };
    }
  }
  return found;
}

/**
 * "Price per 100 pcs: iPhone 16 USD 118, Galaxy S25 USD 122", "Prices per dozen: ...": a lot named before the
 * prices of a sentence is the lot each of them is for.
 */
const lotHeader = new RegExp(
  // ("Price per 1000 sheets FOB Shanghai: ...": the terms may stand between the lot and the colon.)
  String.raw`\bper ?(${roundLots}|dozen|doz)\b(?: (?:${englishCountWords}|[a-z]{3,}s))?(?: (?:EXW|FCA|FOB|CFR|CIF|CPT|CIP|DAP|DDP)(?: [A-Z][a-z]{2,})?)?[ )]?[:：]`,
  "i",
);

/**
 * "press on nails price as below, all per 100 boxes": a line that names the lot its list's prices are for,
 * pricing nothing itself. The lot's size, or null.
 */
const lotAnnounced = new RegExp(
  String.raw`\b(?:all\s+|prices?\s+(?:are\s+)?|price\s+is\s+)?per\s*(${roundLots}|dozen|doz)\b(?:\s*(?:${englishCountWords}))?`,
  "i",
);

export function announcedLot(text: string): number | null {
  const lot = lotAnnounced.exec(text);
  if (!lot) return null;
  // (An amount written right before it is priced per that lot itself: "USD 85 per 100 boxes".)
  if (findMoney(text).some((money) => money.end >= lot.index - 2 && money.start < lot.index)) return null;
  return lotSize(lot[1]!);
}

/** How many pieces a lot word holds: "100", "1,000", "dozen" (from the unit table's words for a dozen). */
const lotSize = (word: string) => (isDozenWord(word) ? piecesIn(word) : Number(word.replace(/,/g, "")));

/** The prices of a list whose lot was named on the line announcing it, each divided down to one. */
export function inAnnouncedLot(found: MoneyMention[], size: number): MoneyMention[] {
  return found.map((money) =>
    money.bare || money.perUnit || money.lot !== undefined
      ? money
      : {
          ...money,
          value: priceOfOne(money.value, size),
          perUnit: "pcs",
          ...(size === dozen ? {} : { lot: size }),
        },
  );
}

function withLotHeader(text: string, found: MoneyMention[]): MoneyMention[] {
  const header = lotHeader.exec(text);
  if (!header) return found;
  const size = lotSize(header[1]!);
  const from = header.index + header[0].length;
  return [
    ...found.filter((money) => money.start < from),
    ...inAnnouncedLot(
      found.filter((money) => money.start >= from),
      size,
    ),
  ];
}
