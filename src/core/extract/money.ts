/**
 * Money as suppliers write it: `$2.35`, `US$1.35`, `1.85 USD/pc`, `6.5 RMB/pc`, `€1.95 per mug`,
 * `58元`, `1,250.50 usd`, `8k`; and bare numbers ("can you do 1.60?") for the negotiation to judge.
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
};

const currencyCodes: Array<[RegExp, string]> = [
  [/^(us\$|u\.s\.\$|usd|us dollars?|dollars?|bucks|\$|美元|美金)$/i, "USD"],
  [/^(€|eur|euros?)$/i, "EUR"],
  [/^(¥|￥|rmb|cny|yuan|元|人民币|块)$/i, "CNY"],
  [/^(£|gbp|pounds?)$/i, "GBP"],
  [/^(hk\$|hkd)$/i, "HKD"],
  [/^(a\$|aud)$/i, "AUD"],
  [/^(c\$|cad)$/i, "CAD"],
];

/** ISO 4217 code for a currency word or sign, or null. */
export function currencyCode(token: string): string | null {
  const trimmed = token.trim();
  for (const [pattern, code] of currencyCodes) if (pattern.test(trimmed)) return code;
  return null;
}

const number = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const prefix = String.raw`US\$|U\.S\.\$|HK\$|A\$|C\$|USD|EUR|GBP|RMB|CNY|HKD|AUD|CAD|\$|€|£|¥|￥|人民币|美元`;
const suffix = String.raw`usd|us dollars?|dollars?|bucks|eur|euros?|rmb|cny|yuan|gbp|pounds|元|美元|美金|人民币|块|€|\$`;
const unitWord = String.raw`pcs|pc|pieces?|sets?|units?|pairs?|rolls?|boxes|box|bottles?|mugs?|bags?|items?|meters?|m|kg|dozen|个|件|套|只|双|卷|[a-z]+`;
const perUnit = String.raw`\s*(?:\/\s*|\bper\s+|\ba\s+|\bfor\s+(?:one|each|1)\s+|\beach\b)(${unitWord})?|\s*(each)\b`;

const prefixed = new RegExp(String.raw`(?<![\w$])(${prefix})\s?(${number})(\s?[kK]\b)?(?:${perUnit})?`, "gi");
const suffixed = new RegExp(
  String.raw`(?<![\w.,])(${number})(\s?[kK]\b)?\s?(${suffix})(?![a-z])(?:${perUnit})?`,
  "gi",
);
const bareNumber = new RegExp(String.raw`(?<![\w.,:/$€£¥#-])(${number})(\s?[kK]\b)?(?![\w:%/.,-]*\d)`, "g");

/** Words right after a bare number that make it a measurement, count or time rather than money. */
const notMoneyAfter =
  /^\s*(%|pcs|pc|pieces?|sets?|units?|pairs?|rolls?|days?|weeks?|months?|years?|hours?|h\b|mins?|minutes?|mm|cm|m\b|km|inch|inches|in\b|"|ml|l\b|liters?|litres?|g\b|gsm|kg|oz|lbs?|mah|w\b|v\b|watts?|volts?|hz|x\b|×|\*|ply|-\s*[a-z]|lux|lm\b|lumens?|momme|colou?rs?|cartons?|ctns?|boxes|layers?|sides|times|am\b|pm\b|st\b|nd\b|rd\b|th\b|jan\w*|feb\w*|mar\w*|apr\w*|may\b|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|个|件|套|只|天|周|月|年|号|日|层|色|(?!(?:less|plus|dollars|bucks|yes|thanks|us|sounds|works|seems|looks|makes|gives|takes|does|goes|comes|gets|means|includes|costs|needs|fits|suits|helps|stays|remains|is|was|has|bucks|cents|tops|max|obo|firm|cash|as|its|this|plus)\b)[a-z]{2,}s\b|[a-z]+-[a-z]+)/i;
const notMoneyBefore =
  /(\bx|×|\*|moq|qty|quantity|size|no\.?|model|#|item|hrc|aql|level|grade|ip|pantone|ral|iso|en|astm|version|v|day|days|on|top|page|line|order|number|room|rooms|bedroom|bedrooms|year|since|from|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\s*$/i;

/** A product or model word right before an integer ("iPhone 16", "PB 380") makes it a name, not a price. */
const modelWordBefore = /(?:^|\s)([a-z]+[A-Z][\w-]*|[A-Z][A-Z][\w-]*|[A-Z][a-z]+)\s$/;
const commonWords =
  /^(OK|Ok|Okay|Deal|Yes|Fine|Agreed|Best|Price|Final|At|Only|Just|How|About|Then|So|Maybe|And|Or|Say|Is|Do|Take|Offer|Accept|Pay|Sell|Total|Lowest|Good|Great|Sure|Hi|Hello|Well|Around|Now|Still|Yeah|Alright|Would|Could|Can|Will|What|Make|Meet|Let|Done|Perfect|Okey|USD|RMB|EUR|CNY)$/;

function numeric(raw: string, thousands: string | undefined): number {
  const value = Number(raw.replace(/,/g, ""));
  return thousands ? value * 1000 : value;
}

function normaliseUnit(unit: string | undefined): string | null {
  if (!unit) return null;
  const u = unit.toLowerCase();
  if (/^(pcs|pc|pieces?|个|件|只|each)$/.test(u)) return "pcs";
  if (/^(sets?|套)$/.test(u)) return "sets";
  if (/^(pairs?|双)$/.test(u)) return "pairs";
  if (/^(rolls?|卷)$/.test(u)) return "rolls";
  if (/^units?$/.test(u)) return "units";
  return u;
}

// Several extractors read the money of the same sentence; remember the last few answers (pure input -> output).
const recent = new Map<string, MoneyMention[]>();

/** Every money mention in a text, currency-marked ones first claimed, then bare numbers. */
export function findMoney(text: string): MoneyMention[] {
  const known = recent.get(text);
  if (known) return known.map((m) => ({ ...m }));
  const found = scanMoney(text);
  if (recent.size >= 64) recent.delete(recent.keys().next().value!);
  recent.set(text, found);
  return found.map((m) => ({ ...m }));
}

function scanMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);
  for (const m of text.matchAll(prefixed)) {
    const start = m.index;
    const end = start + m[0].length;
    found.push({
      value: numeric(m[2]!, m[3]),
      currency: currencyCode(m[1]!),
      start,
      end,
      perUnit: normaliseUnit(m[4] ?? m[5] ?? (/\beach\b/i.test(m[0]) ? "each" : undefined)),
      bare: false,
    });
    taken.push([start, end]);
  }
  for (const m of text.matchAll(suffixed)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    found.push({
      value: numeric(m[1]!, m[2]),
      currency: currencyCode(m[3]!),
      start,
      end,
      perUnit: normaliseUnit(m[4] ?? m[5] ?? (/\beach\b/i.test(m[0]) ? "each" : undefined)),
      bare: false,
    });
    taken.push([start, end]);
  }
  for (const m of text.matchAll(bareNumber)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    const after = text.slice(end);
    const before = text.slice(Math.max(0, start - 12), start);
    if (notMoneyAfter.test(after) || notMoneyBefore.test(before)) continue;
    const model = modelWordBefore.exec(text.slice(Math.max(0, start - 24), start));
    if (model && !commonWords.test(model[1]!) && !m[1]!.includes(".")) continue;
    if (/^\s*[-–~]\s*\d/.test(after) || /\d\s*[-–~]\s*$/.test(before)) continue;
    const per = /^\s*(?:\/\s*|per\s+)(pcs|pc|piece|set|unit|pair|roll)\b/i.exec(after);
    found.push({
      value: numeric(m[1]!, m[2]),
      currency: null,
      start,
      end: per ? end + per[0].length : end,
      perUnit: normaliseUnit(per?.[1]),
      bare: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
