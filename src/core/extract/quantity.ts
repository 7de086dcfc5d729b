/**
 * Quantities: "800 pcs", "2,000pcs", "600 sets", "1000件", "3000 mugs". Each is classed as an order
 * quantity, a MOQ, a pack count ("100 pcs per carton", "3 pcs set") or a sample count by its context.
 */
import { escapeRegex, matchesOf } from "../matches.ts";
import { remembered } from "./memo.ts";
import { readOneSpaced } from "./spacing.ts";
import {
  countUnitOf,
  countWords,
  dozenWords,
  measuredAfter,
  pieceCountForms,
  piecesIn,
} from "./words/units.ts";

/**
 * `estimate`: "about 500 pcs" in an inquiry is not yet a quantity ordered. `hypothetical`: "what if
 * 2,000 pcs?", "$1.10 if you take 3,000 pcs" asks or offers on a condition, it orders nothing.
 */
/** "increment": a count added to the one already ordered ("I add 100 more gravel tyres"). */
/** "split": one part of the order shipped its own way ("1500 pcs by air for launch, 1500 by sea"). */
export type QuantityKind = "order" | "moq" | "pack" | "estimate" | "hypothetical" | "increment" | "split";

/** A count of goods; `unit` is normalised (pcs, sets, pairs, rolls, units) or null for a product noun. */
export type QuantityMention = {
  value: number;
  unit: string | null;
  start: number;
  end: number;
  kind: QuantityKind;
  /** Set for a count after a multiplication sign ("WT-5 x 600 @ $12.40"): an order line, never a tier row. */
  times?: true;
  /** The least count of a range or an open end ("500-999 pcs", "3000+ pcs"): where a tier row starts. */
  from?: number;
};

/** The low end of a range of counts right before a count ("500-" of "500-999 pcs"). */
const rangeLow = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+) ?[-–~] ?$/;

/** A count with "more" straight after it ("100 more tyres", "200 pcs more"): added to the count, not one. */
const moreAfter = /^\d[\d,.]*\s?[kK]?\s(?:(?:pcs|pieces|units|sets|pairs|rolls)\s)?more\b/i;

/** "1.200 pcs" is the European way of writing 1,200: no count of goods has three decimals. */
const dottedThousands = String.raw`[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,]|\s?[kK]\b)`;
const number = String.raw`${dottedThousands}|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?`;
const dottedWhole = new RegExp(`^(?:${dottedThousands})$`);

/** A count as written, thousands marks dropped; "k" multiplies by a thousand. */
function countOf(raw: string, thousands?: string): number {
  const digits = dottedWhole.test(raw) ? raw.replace(/\./g, "") : raw;
  return Number(digits.replace(/,/g, "")) * (thousands ? 1000 : 1);
}
// ("15个工作日": a count word before a span of time counts days, not goods.)
const unitQuantity = new RegExp(
  String.raw`(?<![\w.$€£¥])(${number})(\s?[kK])?\+?\s?(${countWords})(?![a-zA-Z]|工作|天|月|星期|礼拜|小时|周|钟)`,
  "gi",
);
/** What a count standing alone follows: the start, a mark, or a word of ordering. */
const listOpens =
  /(?:^|[,;:(] ?|\b(?:take|order|need|want|buy|get|make|qty|quantity|quantities|confirm|confirmed|is|are|be|for|go|stay|stays|remain|remains) )$/i;
/** "300 and 200 pcs", "4000 + 3000 pcs", "300 / 500 / 250 pcs": a bare count listed before a counted one shares its unit. */
const sharedUnitBefore = /(?<![\w.,$€£¥])(\d{1,3}(?:,\d{3})+|\d{2,7}) ?(?:,? ?and|&|\+|\/|,) ?$/i;
/** Any word for a dozen in a text: a quick look before the count pattern is run. */
const dozenMention = new RegExp(`(?:${dozenWords})`, "i");
/** "100 dozen", "100 dozen pairs": twelve of the unit after it, or of pieces. */
const dozensQuantity = new RegExp(
  String.raw`(?<![\w.$€£¥])(${number})\s?(${dozenWords})\.?(?:\s(?:of\s)?(${countWords}))?(?![a-zA-Z])(?!\s(?:weight|wt)\b)`,
  "gi",
);

/** "MOQ", "minimum order (quantity)", "at least", "起订量" / "最小起订量" (no word boundary in Chinese). */
const moqBefore = /\b(?:moq|m\.o\.q|minimum(?:\sorder)?|min\.?\s*order|at least|starting from)\b|起订/i;
/** The dot of "M.O.Q." or "min. order" ends no sentence part. */
const abbreviationDot = /\b(?:m\.o\.q\.?|min\.)/gi;
const packAfter =
  /^\s*(?:\/|per|in\s(?:an?|one|each|1)|each|a|to\sa|into\s(?:a|one))\s*(?:export\s|master\s|inner\s|outer\s|shipping\s|(?:poly|opp|pe|pvc|zip|kraft|paper|plastic|gift|colou?r|printed|clear|mesh)[\s-]?)?(carton|ctn|box|bag|polybag|pack|package|case|display|tube|set|kit|blister|bundle|pallet|master|inner)\b/i;
/**
 * "1 pc in opp bag", "2 pairs in PE bag": a handful of pieces in a bag or box with no article before it is how
 * each is packed (an order of 2,000 pcs "in colour box" is still the order).
 */
const fewPackedIn =
  /^\s*in\s(?:opp|pe|poly|plastic|pvc|paper|kraft|zip\w*|clear|individual|separate|single|retail|gift|colou?r|white|brown)?\s?(?:bag|polybag|box|pouch|sleeve|blister|tube)\b/i;
const fewPieces = 12;
/**
 * "1,000 pcs per reel", "1,200 pcs per power", "2 pcs per 5-ply carton", "5000 pcs/month", "20,000 pairs
 * a year", "800 pairs of slides a quarter": a count per something else splits, packs or rates the order; it is never the order itself.
 */
// (The sentence is read one-spaced, so a space in these patterns stands for any run of white space.)
const perSomething =
  /^\s*(?:per\b|\/)\s*\d*-?[a-z\u4e00-\u9fff]|^ for (?:each|every) [a-z]|^(?: of [a-z-]+(?: [a-z-]+)?)? (?:a|an|each|every|per) (?:year|month|week|season|quarter)\b|^ (?:yearly|annually|monthly|weekly)\b/i;
/** "between 5,000 and 20,000 pairs": either end of a span of counts is a guess at the volume, not an order. */
const spanBefore = /\bbetween (?:[\d.,]+ ?k? (?:[a-z]+ )?and )?$/i;
/** A hedge earlier in the sentence ("Maybe we start with 500 pcs each, maybe 1,000") makes the count a guess. */
const hedgeBefore =
  /\b(?:maybe|perhaps|probably|possibly|might|may be|(?:we|i) may|vielleicht|eventuell|quizás|quizas|tal vez|peut-être)(?![\p{L}])/iu;
/**
 * A span of counts in words ("500 to 1000 pieces", "500 bis 1000 Stück", "300 a 500 piezas"): a guess, not an order.
 * ("raise PB-75 to 5,000", "from 300 to 500 pcs": a code's digits and a change of count are no span.)
 */
const spanWordsBefore = /(?<![\w.,-])(?<!\bfrom\s)\d[\d.,]*\s?[kK]?\s(?:to|bis|a|à|hasta|até|do)\s$/;
/** "500 Pieces (Min. Order)": a listing's minimum order written after its count. */
const moqAfter = /^\s*\(?(?:min\.?|minimum)\s?(?:order|qty|quantity)\b/i;
/**
 * "1 pc = 1 goggle", "1 set = 4 pcs", "12 pcs = 1 dozen": a count that defines a unit by another counts no
 * order. ("2,000 pcs = 200 cartons" restates the order in the cartons it fills: it is the order.)
 */
const unitDefinition = /^ ?(?:=|equals?\b) ?\d+ ?(?!usd|rmb|eur|cny|gbp|dollars?|yuan)\p{L}/iu;
const inCartonsAfter = /^ ?= ?(?!1 )\d[\d,]* ?(?:cartons?|ctns?|boxes|cases)\b(?! ?[x×*])/i;
/** The count after such a sign: "1 set = 4 pcs" (a total, "total = 500 pcs", still orders). */
// ("600 each = 1.800 pcs": three colours of 600 each come to the total after the sign, which orders.)
const unitDefined = /\d ?(?!each\b)\p{L}+ ?(?:=|equals?) ?$/iu;
const packBefore = /\b(per|each|every|in one|in each|packs? of|sets? of|kit of)\s(?:\w+\s)?$/i;
/** A count in brackets after a pack says what the pack holds: "2 box per carton (1 pair)", "per ctn (48 pairs)". */
const packBracketBefore =
  /(?:\bper\s|\/\s?)(?:carton|ctn|box|bag|polybag|case|pallet|pack|bundle|blister)s?\s?\(\s?$/i;
/**
 * A count a thing holds, right after the thing: "12 x 12 x 12 cm with 6 shapes", "gift box with 6 pcs", "tray
 * containing 24 cups". (After a verb, "go with 500 pcs" orders them: only a size or a holder's word holds.)
 */
const contentBefore =
  /(?:\d\s?(?:cm|mm|m|in|inch|ml|l|g|kg|oz)|\b(?:box|set|kit|pack|case|cube|tray|bag|carton|ctn|tin|jar|holder|stand|rack|board|sheet|bundle|pouch|display|blister|sorter|puzzle|bucket|bottle)(?:es|s)?)\.?\s(?:with|w\/|containing|holding|incl\.?|including)\s$/i;
const setCount = /^\s*(?:in\s)?(?:(?:a|one|1|per|\/)\s*)?(set|kit|pack)\b/i;

/** What a factory can make, not what is ordered: "Monthly capacity 300,000 pcs", "daily output: 5000 sets". */
const capacityBefore = /\b(?:capacity|output)\b[^\d.;!?]{0,12}$/i;
/** A condition just before the count, within its sentence part. */
const conditionBefore = /\b(?:if|in case|suppose|supposing|provided)\b[^,.;?!]{0,40}$/i;

/** "qty 600", "Quantity: 1,200": a count under its label, with no unit word. */
const labelledQuantity = new RegExp(
  // (No word boundary stands before a Chinese label: "数量：300".)
  String.raw`(?:\b(?:qty|quantity|order quantity)|数量)[ \t]?[:：=]?[ \t]?(${number})`,
  "gi",
);
/**
 * What makes a labelled number no count: more digits, a percentage or money after it, or another amount
 * sharing a currency after a slash ("500/1000 qty: 35 / 8.6 RMB": prices for those counts).
 */
const notACount =
  /^(?:[.,]?\d|[ \t]?(?:%|usd|rmb|eur|dollars?|\$|元)|[ \t]?\/[ \t]?\d+(?:\.\d+)?[ \t]?(?:usd|rmb|eur|cny|gbp|dollars?|\$|元|¥))/i;

/** A count word after the product and its code ("400 bedding set BS-Q 套"): the count's unit. */
const unitAfterName = new RegExp(
  String.raw`^\s*(?:[A-Z]{1,4}-?[A-Z\d][\w-]{0,12}\s*)?(${countWords})(?![a-zA-Z])`,
  "i",
);

/** "Walkie talkie WT-5 x 600 @ $12.40", "dock × 600": a count after a name and a multiplication sign. */
// ("5.50 blk x 500 and 5.80 brn x 300": a word joining the next line is no measure of this count.)
const timesCount =
  /\s[x×]\s?(\d{1,3}(?:,\d{3})+|\d+)(?!\d|[.,]\d|\s?(?:[x×*]|mm|cm|m|ft|in|inch|ml|l|g|kg|oz|"|(?!(?:and|plus)\s)\p{L}))/giu;
/** "cat 300 @0.72", "300 at $0.72": a bare count priced straight after it orders that many. */
const atPriceCount =
  /(?<![\w.,$€£¥#:/-])(\d{1,3}(?:,\d{3})+|\d{2,7}) ?(?:@|at\b) ?(?:(?:us\$|usd|rmb|eur|[$€£¥]) ?\d|\d+[.,]\d)/giu;
/** A measure standing as a name's last word ("18 inch", "500 ml"): no noun goods are counted by. */
const measureNoun =
  /^(?:mm|cm|ft|in|inch|inches|ml|kg|oz|mah|\d+(?:[.,]\d+)?\s?(?:mm|cm|m|in|inch|ml|l|g|kg|oz|w|v))$/i;
/** A number or a measure: the token before "x" in a size ("38 x 28", "50cm x 70cm"), never a product's name. */
const sizeToken = /^(?:[\d.,]+|[\d.,]+(?:mm|cm|m|ft|in|inch|ml|l|g|kg|oz|"))$/i;

/**
 * A noun (or a name ending in one) with its plurals as a regex source, and the stem every form starts
 * with: "knife" -> "kni(?:fe|ves|fes)", "battery" -> "batter(?:y|ies)", "mug" -> "mug(?:e?s)?".
 */
export function pluralForms(noun: string): { stem: string; source: string } {
  let known = pluralCache.get(noun);
  if (!known) {
    known = formsOf(noun);
    if (pluralCache.size > 500) pluralCache.clear();
    pluralCache.set(noun, known);
  }
  return known;
}

const pluralCache = new Map<string, { stem: string; source: string }>();

function formsOf(noun: string): { stem: string; source: string } {
  return withSpellings(pluralsOf(noun));
}

/**
 * British and American spellings of one word are one word: "organiser" is the "organizer", "grey" the
 * "gray", "colour" the "color", "centre" the "center". The stem is cut before the first letter that
 * may differ, so a quick look for it finds both.
 */
function withSpellings(forms: { stem: string; source: string }): { stem: string; source: string } {
  const base = escapeRegex(forms.stem);
  if (!forms.source.startsWith(base)) return forms;
  const parting = spellingPoint.exec(forms.stem);
  if (!parting || parting.index < 3) return forms;
  return {
    stem: forms.stem.slice(0, parting.index),
    source:
      escapeRegex(forms.stem.slice(0, parting.index)) +
      spellingOf(parting[0]) +
      escapeRegex(forms.stem.slice(parting.index + parting[0].length)) +
      forms.source.slice(base.length),
  };
}

/** Where the two spellings of a word part: "-ise/-ize", "-our/-or", "grey/gray", "-re/-er". */
const spellingPoint =
  /i[sz](?=e|er|ing|ation)|(?<=col|flav|arm|hum|od)ou?r(?![a-z])|gr[ae]y|(?<=cent|met|lit|fib)(?:re|er)(?![a-z])/;

/** Both spellings of what a spelling point found, as a pattern source. */
function spellingOf(part: string): string {
  if (/^i[sz]$/.test(part)) return "i[sz]";
  if (/^gr[ae]y$/.test(part)) return "gr[ae]y";
  if (/^(?:re|er)$/.test(part)) return "(?:re|er)";
  return "ou?r";
}

function pluralsOf(noun: string): { stem: string; source: string } {
  // "1000-piece puzzle" is also written "1000pc puzzle" and "the 1000 piece".
  const lead = pieceCountForms(noun);
  if (lead) {
    const rest = noun.slice(lead.length).trimStart();
    if (!rest) return { stem: lead.stem, source: lead.source };
    return { stem: lead.stem, source: String.raw`${lead.source}\s${formsOf(rest).source}` };
  }
  const forms = (cut: number, endings: string) => ({
    stem: noun.slice(0, -cut),
    source: `${escapeRegex(noun.slice(0, -cut))}(?:${endings})`,
  });
  if (/[^aeiou]y$/i.test(noun)) return forms(1, "y|ies");
  if (/[a-z]fe$/i.test(noun)) return forms(2, "fe|ves|fes");
  if (/[a-z][^f]f$/i.test(noun)) return forms(1, "f|ves|fs");
  return { stem: noun, source: `${escapeRegex(noun)}(?:e?s)?` };
}

const nounPatterns = new Map<string, RegExp>();

/**
 * A word between a count and its goods: no word that prices or divides the count. "2.5k of the double layer EVA
 * cat litter mat": after "of the" the goods' whole name may stand (up to five words), else up to three words.
 */
const nounWord = String.raw`(?!per\b|each\b|a\b|an\b|for\b|at\b|usd\b|rmb\b|eur\b|dollars?\b)[A-Za-z][\w-]*`;

/** A noun's pattern, built once per noun; the cache is emptied past 500 nouns, however many a paste names. */
function perNoun(cache: Map<string, RegExp>, noun: string, build: () => RegExp): RegExp {
  let pattern = cache.get(noun);
  if (!pattern) {
    pattern = build();
    if (cache.size > 500) cache.clear();
    cache.set(noun, pattern);
  }
  return pattern;
}

function nounPattern(noun: string): RegExp {
  return perNoun(
    nounPatterns,
    noun,
    () =>
      new RegExp(
        String.raw`(?<![\w.$€£¥/-])(${dottedThousands}|\d{1,3}(?:,\d{3})+|\d+\.\d+(?=\s?[kK]\s)|\d+)(\s?[kK])?\s((?:of\s(?:the\s)?(?:${nounWord}\s){0,5}?|(?:${nounWord}\s(?:\d{1,3}\s)?){0,3}?))${pluralForms(noun).source}\b`,
        "gi",
      ),
  );
}

const raisedPatterns = new Map<string, RegExp>();
/**
 * The goods' count changed by name, the number after "to": "can we bump scarves to 200?", "increase the beanies
 * to 400", "take the tees up to 1,200".
 */
function raisedPattern(noun: string): RegExp {
  return perNoun(
    raisedPatterns,
    noun,
    () =>
      new RegExp(
        String.raw`\b(?:bump|raise|increase|up|change|make|take|push|move|go)\s(?:up\s)?(?:the\s)?(?:qty\sof\s|quantity\sof\s)?(?:the\s)?${pluralForms(noun).source}\s(?:qty\s|quantity\s)?(?:up\s)?to\s(${dottedThousands}|\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]?\d|\s?(?:%|usd|eur|dollars?|[$€£¥]|days?\b|weeks?\b|months?\b|mm\b|cm\b|kg\b|ml\b))`,
        "gi",
      ),
  );
}

/** The words a list's part names its goods by: one to four plain words ("loaf pan", "baking mat"). */
const goodsWords = String.raw`[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*){0,3}`;
/** One part of a list naming goods and counting them bare: "loaf pan 1500", "Quantities: muffin 2000". */
const namedCountPart = new RegExp(
  String.raw`^(?:\s?(?:quantities|quantity|qty|and)\s?:)?\s?(?:and\s)?(${goodsWords})\s?:?\s(\d{1,3}(?:,\d{3})+|\d{2,7})\s?$`,
  "i",
);
/** The part the counted one stands in, up to its count: the goods' words alone ("baking mat "). */
const namedPartEnd = new RegExp(String.raw`^\s?(?:and\s)?${goodsWords}\s?:?\s?$`);
/** Words that make a part a price or a term, never goods: "usd 2000", "MOQ 500", "sample 10". */
const notGoodsPart =
  /\b(?:usd|rmb|eur|cny|price|prices|moq|minimum|sample|samples|total|deposit|balance|fee|freight|per|model|style|item|art|size|type|no|ref|code|version|year|qty|quantity|quantities|then|later|now|also|only|more|first|next|about|around|approx|maybe)\b/i;

/**
 * The bare counts of a list's earlier parts, each after its goods' name ("muffin mould 2000, loaf pan 1500, "),
 * when the part the counted one stands in names goods too ("baking mat 3000 pcs"): read back from the counted
 * one to the first part that is not such a pair.
 */
function namedCountsBefore(text: string, at: number): Array<{ value: number; start: number; end: number }> {
  const from = Math.max(text.lastIndexOf(".", at), text.lastIndexOf(";", at), text.lastIndexOf("?", at)) + 1;
  const parts = text.slice(from, at).split(",");
  const last = parts.pop() ?? "";
  if (!namedPartEnd.test(last)) return [];
  if (notGoodsPart.test(last.replace(/^\s?and\s/, ""))) return [];
  const counts: Array<{ value: number; start: number; end: number }> = [];
  let end = at - last.length - 1;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    const m = namedCountPart.exec(part);
    if (!m || notGoodsPart.test(m[1]!)) break;
    const start = end - part.length + part.lastIndexOf(m[2]!);
    counts.unshift({ value: countOf(m[2]!), start, end: start + m[2]!.length });
    end -= part.length + 1;
  }
  return counts;
}

/** Quantities in a text. `nouns` are product head nouns (singular) counted as goods, e.g. "mug". */
export function findQuantities(text: string, nouns: readonly string[] = []): QuantityMention[] {
  // (A copy each time: readers re-unit and trim the mentions they are given.)
  return counted(`${nouns.join("\u0001")}\u0000${text}`).map((q) => ({ ...q }));
}

/** A sentence's quantities, read once per sentence and product nouns: the key is the nouns, a NUL, the text. */
const counted = remembered((key: string): QuantityMention[] => {
  const cut = key.indexOf("\u0000");
  const nouns = cut > 0 ? key.slice(0, cut).split("\u0001") : [];
  return readOneSpaced(key.slice(cut + 1), (read) => quantitiesIn(read, nouns));
});

/** Quantities in a sentence whose white space runs are single spaces. */
function quantitiesIn(text: string, nouns: readonly string[]): QuantityMention[] {
  const found: QuantityMention[] = [];
  // Every count is written in digits: a sentence without one holds none.
  if (!/\d/.test(text)) return found;
  const push = (value: number, unit: string | null, start: number, end: number) => {
    const before = text.slice(0, start);
    const after = text.slice(end);
    // MOQ governs the rest of its sentence part ("MOQ 1000 pcs for logo, 500 pcs for neutral packing").
    const ends = before.replace(abbreviationDot, (abbreviation) => abbreviation.replace(/\./g, " "));
    const clauseStart = Math.max(ends.lastIndexOf("."), ends.lastIndexOf(";"), ends.lastIndexOf("?"));
    const sameClause = before.slice(clauseStart + 1);
    let kind: QuantityKind = "order";
    const approximate =
      /\b(about|around|approx\.?|approximately|roughly|circa|maybe|estimated?)\s*$|~\s*$/i.test(before);
    const moq = moqBefore.exec(sameClause);
    if (
      (moq && !/\b(need|take|order|want|buy|will)\b/i.test(sameClause.slice(moq.index + moq[0].length))) ||
      moqAfter.test(after)
    )
      kind = "moq";
    else if (
      (unitDefinition.test(after) && (value === 1 || !inCartonsAfter.test(after))) ||
      unitDefined.test(before.slice(-40)) ||
      packAfter.test(after) ||
      (value <= fewPieces && fewPackedIn.test(after)) ||
      perSomething.test(after) ||
      packBefore.test(before.slice(-24)) ||
      packBracketBefore.test(before.slice(-24)) ||
      contentBefore.test(before.slice(-32)) ||
      (unit === "pcs" && setCount.test(after))
    )
      kind = "pack";
    else if (
      approximate ||
      capacityBefore.test(sameClause.slice(-32)) ||
      hedgeBefore.test(sameClause) ||
      spanBefore.test(sameClause) ||
      spanWordsBefore.test(before.slice(-20))
    )
      kind = "estimate";
    else if (moreAfter.test(text.slice(start, start + 24))) kind = "increment";
    // "up to 6,000 stitches", "up to 5 colours": a limit the spec allows, not a count ordered.
    else if (/\bup to\s?$/i.test(before)) kind = "estimate";
    else if (conditionBefore.test(sameClause)) kind = "hypothetical";
    found.push({ value, unit, start, end, kind });
  };
  for (const m of matchesOf(unitQuantity, text)) {
    // (Every count word is in the unit table.)
    const unit = countUnitOf(m[3]!)!;
    // "300 / 500 / 250 pcs", "300, 500 and 250 pcs": every bare count of the list shares the unit.
    const listed: Array<{ value: number; start: number; end: number }> = [];
    let at = m.index;
    for (;;) {
      const before = sharedUnitBefore.exec(text.slice(Math.max(0, at - 16), at));
      if (!before) break;
      const start = at - before[0].length;
      listed.unshift({ value: countOf(before[1]!), start, end: start + before[1]!.length });
      at = start;
    }
    // Only a number that stands alone: "the 2835", "iPhone 16", "CT-120" are names.
    if (listed.length > 0 && listOpens.test(text.slice(Math.max(0, at - 12), at)))
      for (const count of listed) push(count.value, unit, count.start, count.end);
    // "muffin mould 2000, loaf pan 1500, baking mat 3000 pcs": each name's bare count, listed before the counted
    // one, shares its unit.
    if (listed.length === 0)
      for (const count of namedCountsBefore(text, m.index)) push(count.value, unit, count.start, count.end);
    push(countOf(m[1]!, m[2]), unit, m.index, m.index + m[0].length);
    // "500-999 pcs 4.60", "3000+ pcs 3.90": a tier row starts at the range's low end, or at the count itself.
    const low = rangeLow.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const counted = found[found.length - 1];
    if (counted?.start === m.index) {
      if (low) counted.from = countOf(low[1]!);
      else if (/^[\d.,]+(?:\s?[kK])?\+/.test(m[0])) counted.from = counted.value;
    }
  }
  // (No count word follows a number straight before "dozen": these never overlap the counts above.)
  for (const m of dozenMention.test(text) ? matchesOf(dozensQuantity, text) : []) {
    const unit = m[3] ? countUnitOf(m[3]) : "pcs";
    push(Math.round(countOf(m[1]!) * piecesIn(m[2]!)), unit, m.index, m.index + m[0].length);
  }
  for (const m of matchesOf(labelledQuantity, text)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (notACount.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) continue;
    if (found.some((q) => start < q.end && start + m[1]!.length > q.start)) continue;
    push(countOf(m[1]!), null, start, start + m[1]!.length);
  }
  for (const m of /[x×]\s?\d/i.test(text) ? matchesOf(timesCount, text) : []) {
    const start = m.index + m[0].length - m[1]!.length;
    const previous =
      text
        .slice(Math.max(0, m.index - 24), m.index)
        .split(/\s/)
        .pop() ?? "";
    if (previous === "" || sizeToken.test(previous)) continue;
    // ("等一下 x3": a word of another script said three times; goods counted so are named in letters or figures.)
    if (!/[a-z\d]/i.test(previous)) continue;
    // ("battery 2600 mAh x2.": a few after a measure are how many of that part; "50 ml x 6000" counts jars.)
    if (/^(?:mah|wh|ml|l|g|kg|oz|w|v|mm|cm|m)$/i.test(previous) && Number(m[1]!.replace(/,/g, "")) < 10)
      continue;
    if (found.some((q) => start < q.end && start + m[1]!.length > q.start)) continue;
    // "1000 pcs x 5 = USD 5000": a count of goods times a number then its sum is times the price, no count.
    const counted = found.some((q) => q.unit !== null && q.end <= m.index && m.index - q.end <= 2);
    if (counted && /^\s?=/.test(text.slice(start + m[1]!.length))) continue;
    push(Number(m[1]!.replace(/,/g, "")), null, start, start + m[1]!.length);
    found[found.length - 1]!.times = true;
  }
  for (const m of /\d ?(?:@|at\b)/i.test(text) ? matchesOf(atPriceCount, text) : []) {
    const start = m.index;
    if (found.some((q) => start < q.end && start + m[1]!.length > q.start)) continue;
    push(countOf(m[1]!), null, start, start + m[1]!.length);
  }
  for (const noun of nouns) {
    if (noun.length < 3 || !text.toLowerCase().includes(pluralForms(noun.toLowerCase()).stem)) continue;
    // ("18 inch 100g" named by its size: "18 inch" is a length, not 18 of it.)
    if (measureNoun.test(noun)) continue;
    const pattern = nounPattern(noun);
    for (const m of nounCounts(pattern, text)) {
      if (found.some((q) => m.index < q.end && m.index + m[1]!.length > q.start)) continue;
      // ("30 g jar", "12 oz tumbler", "2 x 3 m tarp": a measure or a size after the number, no count of the goods.)
      if (/\b(x|mm|cm|ml|ft|inch|oz|mah)\b/i.test(m[3] ?? "") || measuredAfter(` ${m[3] ?? ""}`)) continue;
      if (namePart(text, m.index, m[3] ?? "")) continue;
      const value = countOf(m[1]!, m[2]);
      const unitWord = unitAfterName.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
      push(value, unitWord ? countUnitOf(unitWord[1]!) : null, m.index, m.index + m[0].length);
    }
    if (!/\bto\s\d/i.test(text)) continue;
    for (const m of matchesOf(raisedPattern(noun), text)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (found.some((q) => start < q.end && start + m[1]!.length > q.start)) continue;
      push(countOf(m[1]!), null, start, start + m[1]!.length);
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "1 table or 4 chairs per carton", "6 mugs, 12 cups or 24 saucers per box": counts listed as alternatives
  // before a pack count pack the same way. ("500 chairs, 4 chairs per carton" orders 500: a comma alone lists
  // no alternative.)
  let alternative = false;
  for (let i = found.length - 2; i >= 0; i--) {
    const next = found[i + 1]!;
    const join = text.slice(found[i]!.end, next.start);
    const joined: boolean = alternativeJoin.test(join) || (alternative && /^, ?$/.test(join));
    alternative = next.kind === "pack" && found[i]!.kind === "order" && joined;
    if (alternative) found[i]!.kind = "pack";
  }
  // "1500 pcs by air FCA Shenzhen for launch, 1500 by sea": counts each sent by its own mode split the order.
  const modes = found.map((q) => shippedBy.exec(text.slice(q.end, q.end + 16))?.[1]?.toLowerCase() ?? null);
  if (modes.some((mode) => mode !== null) && new Set(modesOf(text)).size >= 2)
    found.forEach((q, i) => {
      if (modes[i] !== null && q.kind === "order") q.kind = "split";
    });
  return found;
}

/** A mode a part of the order is sent by, after its count and an optional unit: " pcs by air", " via sea". */
const sentBy = String.raw`\s?(?:[a-z]{2,6}\s)?(?:by|via)\s(air|sea|rail|train|truck|express|courier)\b`;
/** The mode a count is sent by, right after it: "1500 pcs by air", "1500 via sea". */
const shippedBy = new RegExp(`^${sentBy}`, "i");
const countShipped = new RegExp(String.raw`\d[\d,.]*[kK]?${sentBy}`, "gi");
/** The modes the sentence sends counts by ("1500 pcs by air ..., 1500 by sea": air and sea). */
const modesOf = (text: string) => matchesOf(countShipped, text).map((m) => m[1]!.toLowerCase());

/**
 * The counts of a noun. The pattern reads case-blind, so a number it took for a brand's model number
 * ("1000 cups 200 lids" is no "cups 200" model) sends the search back to start at that number.
 */
function nounCounts(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  while (from < text.length) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) break;
    const model = / (\d{1,3}) /.exec(` ${m[3] ?? ""}`);
    const brand = model && (m[3] ?? "").slice(0, model.index).trimEnd().split(" ").pop();
    if (model && !(brand && /^(?:\p{Lu}|\p{Ll}+\p{Lu})/u.test(brand))) {
      from = m.index + m[1]!.length + (m[2]?.length ?? 0) + 1 + model.index;
      continue;
    }
    found.push(m);
    from = m.index + m[0].length;
  }
  pattern.lastIndex = 0;
  return found;
}

/**
 * "Pixel 9 Pro case", "the Galaxy 24 cover", "iPhone 16 cases": a number after a brand's word is part of
 * the model's name. A brand's word is written in camel case, or capitalised inside a sentence, or
 * capitalised at its start with a capitalised word after the number ("Pixel 9 Pro"); a capitalised
 * ordering word ("Order 500 Pro cases") is never a brand.
 */
function namePart(text: string, start: number, between: string): boolean {
  const before = /(?:^|([\p{L}\d,]) )(\p{L}[\p{L}\d]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const word = before[2]!;
  if (/^\p{Ll}+\p{Lu}/u.test(word)) return true;
  if (!/^\p{Lu}\p{Ll}/u.test(word) || orderingWord.test(word)) return false;
  return before[1] !== undefined || /^\p{Lu}/u.test(between);
}

/** Capitalised words that start an order, never a brand's name. */
const orderingWord =
  /^(?:take|order|need|want|buy|get|make|qty|quantity|confirm|confirmed|total|please|yes|ok|okay|and|then|so|about|around|only|just|first|with|for|of|add|plus|also|final|send|ship|do|we|i)$/i;

/** What offers counts as alternatives ("1 table or 4 chairs"). */
const alternativeJoin = /^ ?(?:\/|or) ?$/i;
