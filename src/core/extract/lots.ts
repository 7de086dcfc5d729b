/**
 * Order lines counted apart: a sentence that gives two or more products each a count of its own
 * ("2000 spatula, 1500 turner, 1500 ladle", "60 pcs of the 36V and 40 pcs of the 48V", "8oz 50000pcs,
 * 12oz 30000pcs, lids for both 80000pcs") orders as many items, told apart by the words beside each
 * count. Sizes counted apart ("size split S 300 / M 500 / L 400") split one item's count unless each of
 * them is also priced apart; colours counted apart ("1,500 grey and 1,000 navy") are lines of their own.
 */
import { escapeRegex, matchesOf } from "../matches.ts";
import type { Clause } from "./clauses.ts";
import { findMoney } from "./money.ts";
import { nounPhrases } from "./noun-phrases.ts";
import { isCodeLabel, isColourWord, isNonProductWord, isPairedShade } from "./words/non-product.ts";
import {
  countUnitOf,
  englishCountWords,
  isDozenWord,
  isPackageWord,
  measureUnitOf,
  measureWordSource,
  pieceCountForms,
  piecesIn,
} from "./words/units.ts";

/** One count with the words that tell its product from the others in the same sentence. */
export type Lot = {
  /** The words read beside the count, joined by one space. */
  label: string;
  count: number;
  clause: number;
  start: number;
  end: number;
  unit: string | null;
};

/** Where a sentence breaks into the parts that each carry one count. */
// ("y" in lower case only: "Model Y" is a name, "original y green tea" two.)
// A count followed by a short word and the next count ("s 400 m 600 l 300") ends a part where no mark does.
// A comma before three digits groups thousands, even with the unit written on ("3,000pcs").
const partBreak =
  /,(?!\d{3}(?!\d))|[;，；、]|:(?!\d)|\s(?:[Aa][Nn][Dd]|y|[Uu]nd|et|&|\+|\/)\s|\s\/|\/\s|和|(?<=\d)\s(?=(?:[xX]{0,3}[sSlL]|[mM]|\d[xX][lL])\s\d)/gu;
/** A garment size written in letters: "S", "m", "XL", "2XL". */
const sizeLetters = /^(?:[xX]{0,3}[sSlL]|[mM]|\d[xX][lL])$/;
/** A count as written: "1500", "15,000", "10k". */
const countToken = /^(?:\d{1,3}(?:,\d{3})+|\d{1,7}|\d{1,4}[kK]|\d{1,3}\.\d{1,2}[kK])$/;
/** Words that end a label read backward or forward from the count: verbs, pronouns, trade words. */
const labelStop =
  /^(?:i|we|you|it|us|me|my|our|your|them|these|those|we'd|i'd|is|are|be|was|would|will|can|could|do|take|want|need|order|ordering|buy|get|make|like|remains?|kindly|increase|reduce|change|start|quantity|quantities|qty|total|price|prices|usd|rmb|eur|bulk|for|at|with|per|each|all|only|then|also|so|ok|okay|please|pls|x|of|the|a|an|to|from|about|approx|around|more|than|plus|first|now|just|final|para|un|una|de|del|el|la|los|las|says?|said|told|thinks?|offers?|quotes?|confirms?|agrees?|boss|manager)$/i;
/** Words after a count that make it no order line: a rate, a pack, a time, a share. */
const notALine =
  /^(?:per|each|every|in|into|a|an|to|days?|weeks?|months?|years?|hours?|minutes?|seconds?|working|%|percent|times|colou?rs?|designs?|styles?|sizes?|versions?|mm|cm|m|km|inch|inches|ft|ml|l|µl|μl|ul|cl|oz|g|kg|lb|lbs|gsm|w|kw|v|mah|wh|hz|°c|usd|rmb|eur|cny|gbp|dollars?|yuan|元|ply|micron|momme|denier|mil|gauge|awg|tpi|k|lm|lm\/w|n|lumens?|modes?|leds?|watts?|volts?|c|f)$/i;
/** A sentence about the minimum, the samples or a hypothetical counts no order lines. */
// ("min." before a space has no word boundary after its dot, so it stands outside the bounded words.)
// ("handle load tested: M 5 kg, L 8 kg", "rated 120 kg": what a size holds or weighs is a spec, no lot; an order
// "at your tier prices" still orders.)
const notOrdering =
  /\b(?:moq|minimum|at least|samples?|if|tier(?! prices?\b)|per carton|per ctn|load|loads|capacity|rated|weighs?|weight)\b|\bmin\./i;
/**
 * A month, in full or cut short: a number beside it is a date ("25 September", "Dec 20"), not a count.
 * (Only these words: "decor", "market" or "novelty" beside a count are goods. Words come without their dot.)
 */
const month =
  /^(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/i;
/**
 * A word before a number that makes it a code or a reference ("model 3", "item 12", "# 7"); the code labels
 * ("Pantone 485", "no. 7", "size 20") are read by isCodeLabel.
 */
const numberLabel = /^(?:item|model|#)$/i;
/**
 * A whole number that could count an order line ("800", "15,000"), not the parts of a price ("1.85"): a
 * sentence with fewer than two is passed over unread, which is most of them. A range ("20-25"), a share
 * ("30%") or a time ("25 days", not "500 day-packs") never counts a line, so it is not counted here either:
 * the sentences of payment and lead time are then passed over too.
 */
const wholeNumber = /(?<![\d.,])\d[\d,]*(?![\d,]|\.\d|-\d|\s?%|\s?(?:days?|weeks?|months?)\b(?!-))/g;
/** A label word: letters, a measure led by digits ("8oz", "36V", "100-piece") or a part number ("6204-2RS"). */
const labelWord =
  /^(?:[\p{L}][\p{L}\d'./-]*|\d[\d.]*-?[\p{L}][\p{L}\d.-]*|\d{3,6}-(?=[\p{L}\d]{0,5}\p{Lu})[\p{L}\d-]{1,13})$/u;

const gluedCount = new RegExp(String.raw`^(\d{1,3}(?:,\d{3})+|\d{1,7})(${englishCountWords})$`, "i");

const bare = (token: string) => token.replace(/^[("“'[]+/, "").replace(/[,.;:!?)"”'\]]+$/, "");

/**
 * "600 x 50W and 300 x 100W": a count times a variant told by its power, capacity or colour is that variant's
 * line (a count times a length or a plain number is a size: "600 x 400 mm").
 */
function timesVariant(word: string | undefined): boolean {
  if (word === undefined) return false;
  const bareWord = word.replace(/[,.;:!?]+$/, "");
  return /^\d+(?:\.\d+)?(?:w|kw|v|ah|mah|wh|l|ml|oz|gb|tb)$/i.test(bareWord) || isColourWord(bareWord);
}

/** A unit a size is written in apart from its figure ("5 ml", "1.0 L", "8 oz", "26 cm"). */
const spacedUnit = /^(?:ml|l|oz|cl|g|kg|cm|mm|inch|in|gal|w|v)$/i;

/** The words of one part that name its count's product, read after the count first, else before it. */
function labelOf(words: string[], at: number, unit: boolean): string | null {
  if (/^[x×*]$/i.test(words[at + 1] ?? "") && timesVariant(words[at + 2]))
    return words[at + 2]!.replace(/[,.;:!?]+$/, "");
  const after: string[] = [];
  let i = at + 1;
  if (unit) i++;
  const next = words[i] ?? "";
  // "1500 M": a size letter in capitals labels the count; "1500 m" measures it.
  const sizeLetter = /^[A-Z]{1,3}$/.test(next) && isNonProductWord(next);
  // "600 in black and 400 in a custom colour teal": a count in a colour is that colour's line.
  const inColour = /^in$/i.test(next) && words.slice(i + 1, i + 5).some((word) => isColourWord(bare(word)));
  if (!sizeLetter && !inColour && (notALine.test(next) || month.test(next))) return null;
  if (inColour) {
    i++;
    while (i < words.length && /^(?:a|an|the)$/i.test(words[i]!)) i++;
  }
  const skipped = i;
  while (i < words.length && /^(?:of|the)$/i.test(words[i]!)) i++;
  // "800 rolls of the 2835", "2000 of A": a code or a letter after "of" names a variant the chat listed.
  if (i > skipped && /^(?:\d{3,6}|[A-Z])$/.test(words[i] ?? "")) return words[i]!;
  for (; i < words.length && after.length < 4; i++) {
    const word = words[i]!;
    // ("20,000 pcs 5 ml and 10,000 pcs 10 ml": a size written apart from its unit labels the count as "5ml" does.)
    if (
      after.length === 0 &&
      /^\d{1,4}(?:\.\d{1,2})?$/.test(word) &&
      spacedUnit.test(bare(words[i + 1] ?? ""))
    ) {
      after.push(word, bare(words[i + 1]!));
      i++;
      continue;
    }
    // "Model 3", "Series 5": a short number after a capitalised word is part of the name.
    const modelNumber = /^\d{1,3}$/.test(word) && /^[A-Z]/.test(after.at(-1) ?? "");
    if (!modelNumber && (labelStop.test(word) || !labelWord.test(word) || countUnitOf(word))) break;
    after.push(word);
  }
  if (after.length > 0) return after.join(" ");
  // A name before a bare number is a model ("iPhone 16"): only a count with its unit is labelled before it,
  // or a size letter, which names no model ("qty s 400 m 600 l 300"). (A size word may lead a total:
  // "small 1,350 / medium 1,440".)
  if (!unit) {
    const previous = words[at - 1] ?? "";
    if (sizeLetters.test(previous)) return previous;
    // "cat 300 @0.72", "moon 300 at $0.72": a count priced straight after it is a count of the words before it
    // (a short number after a capitalised word stays a model's: "Galaxy 24 @ 3.10").
    const priced = /^@/.test(next) || (/^at$/i.test(next) && /^[$€£¥]?\d/.test(words[at + 2] ?? ""));
    if (priced && (/^\d{3,}/.test(words[at]!) || !/^\p{Lu}/u.test(previous))) {
      const before = wordsBefore(words, at - 1);
      if (before) return before.join(" ");
    }
    // "matte black 3000, nude pink 5000": colours or sizes before a count of hundreds label it; no model
    // is named by colours, and the count must be priced apart by colour to stand (confirmed).
    const colours = /^\d{3,}/.test(words[at]!) ? wordsBefore(words, at - 1) : null;
    const label = colours?.join(" ") ?? "";
    // ("Sage 500": a shade that names one only beside a colour is read so here, confirmed by the colours beside it.)
    const shade = colours?.length === 1 && isPairedShade(label);
    return colours &&
      (colours.length > 1 || isColourWord(colours[0]!) || shade) &&
      (sizeOrColour(label) || shade)
      ? label
      : null;
  }
  // "lids for both 80000pcs": what the count is shared by is no part of the label.
  let last = at - 1;
  while (last > 0 && /^(?:both|all|each|for|of)$/i.test(words[last]!)) last--;
  return wordsBefore(words, last)?.join(" ") ?? null;
}

/** Up to four label words read backward from a word, or null when none is one. */
function wordsBefore(words: readonly string[], last: number): string[] | null {
  const before: string[] = [];
  for (let k = last; k >= 0 && before.length < 4; k--) {
    const word = words[k]!;
    // "30206 tapered roller 1000 pcs": a part number opening the part is the label's first word.
    if (k === 0 && before.length > 0 && /^\d{4,6}$/.test(word)) {
      before.unshift(word);
      break;
    }
    if (labelStop.test(word) || !labelWord.test(word) || countUnitOf(word)) break;
    before.unshift(word);
  }
  return before.length > 0 ? before : null;
}

/** The counted parts of one sentence: each part with one count and the words that label it. */
/** A list of words or numbers set apart by slashes: "S/M/L", "3 / 5 / 7 / 10", "4,000 / 6,000 / 3,000". */
const slashList = /[^\s/]+(?:\s?\/\s?[^\s/]+)+/g;
const wholeCount = /^(?:\d{1,3}(?:,\d{3})+|\d{1,7})$/;
/** Words between the two lists that say the second counts the first ("S/M/L: 300/400/200", "we'd take"). */
const countsFollow = /[:=]|\b(?:qty|quantit|take|order|need|want|split|each|pcs)/i;
const measureAfterList = new RegExp(String.raw`^ ?(${measureWordSource})\b`, "i");

/**
 * Two lists of the same length, labels then counts ("S/M/L: 300/400/200 pcs", "For 3 / 5 / 7 / 10 gallon we'd
 * take 4,000 / 6,000 / 3,000 / 1,000 pcs"): each label with the count at its place. Numbers as labels need
 * their measure after the list ("10 gallon"), and the counts a count word after them or words between the
 * lists that say they count the labels.
 */
function parallelLots(text: string, clause: number): Lot[] {
  const lists = matchesOf(slashList, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    items: m[0].split("/").map((item) => bare(item.trim())),
  }));
  for (let i = 0; i + 1 < lists.length; i++) {
    const labels = lists[i]!;
    const counts = lists[i + 1]!;
    if (labels.items.length !== counts.items.length || labels.items.length > maxLots) continue;
    if (!counts.items.every((item) => wholeCount.test(item))) continue;
    const measure = measureAfterList.exec(text.slice(labels.end, labels.end + 12));
    const numeric = labels.items.every((item) => /^\d+(?:\.\d+)?$/.test(item));
    if (numeric ? !measure : !labels.items.every((item) => /^[\p{L}][\p{L}\d-]{0,11}$/u.test(item))) continue;
    const between = text.slice(labels.end + (measure?.[0].length ?? 0), counts.start);
    if (between.length > 40 || /\d/.test(between)) continue;
    const unitWord = /^ ?([\p{L}]+)/u.exec(text.slice(counts.end, counts.end + 12))?.[1] ?? "";
    const unit = countUnitOf(unitWord);
    if (!unit && !countsFollow.test(between)) continue;
    const suffix = measure ? ` ${measure[1]!.toLowerCase()}` : "";
    let at = counts.start;
    return labels.items.map((label, k) => {
      const start = text.indexOf(counts.items[k]!, at);
      at = start + counts.items[k]!.length;
      return {
        label: `${label}${suffix}`,
        count: Number(counts.items[k]!.replace(/,/g, "")),
        clause,
        start,
        end: at,
        unit,
      };
    });
  }
  return [];
}

function lotsIn(text: string, clause: number): Lot[] {
  if (text.includes("/")) {
    const parallel = parallelLots(text, clause);
    if (parallel.length > 0) return parallel;
  }
  // What is in brackets qualifies a count ("1,500 straps (500 each black, navy, sand)"): no line of its own.
  // Nor does the sum a list of counts ends in ("S 300, M 500, XL 200 = 1400 pcs"); a product stays
  // ("10 colours x 300 = 3000 pcs").
  const plain = text
    .replace(/\([^()]{0,80}\)/g, (m) => " ".repeat(m.length))
    .replace(
      /(?<![x×*]\s?)(\b\d[\d,]* ?)=\s*\d[\d,.]*/g,
      (m, lead: string) => lead + " ".repeat(m.length - lead.length),
    );
  const moneys = findMoney(plain).filter((money) => !money.bare);
  const lots: Lot[] = [];
  let from = 0;
  const breaks = [...matchesOf(partBreak, plain), { index: plain.length, 0: "" } as RegExpExecArray];
  for (const cut of breaks) {
    const partStart = from;
    const tokens = wordsIn(plain.slice(from, cut.index), partStart);
    from = cut.index + cut[0].length;
    const words = tokens.map((token) => token.word);
    // The count of a part: the number with a count unit after it, else its one plain number.
    const numbers = tokens
      .map((token, i) => ({ ...token, i }))
      .filter(({ word, at, i }) => {
        // (A price with its sign, "$1500", is one word and no count.)
        if (!countToken.test(word)) return false;
        if (moneys.some((money) => at >= money.start && at < money.end)) return false;
        const previous = words[i - 1] ?? "";
        return (
          !month.test(previous) &&
          !numberLabel.test(previous) &&
          !isCodeLabel(previous) &&
          !/^[x×*@]$/i.test(previous) &&
          (!/^[x×*]$/i.test(words[i + 1] ?? "") || timesVariant(words[i + 2]))
        );
      });
    // ("2000 kg of 30s, 1500 kg of 40s": goods sold by measure are counted in it.)
    // (Not "M": "1000 M" is a size letter; "1000 m" is metres.)
    const counts = (word: string) =>
      countUnitOf(word) !== null || (word !== "M" && measureUnitOf(word) !== null);
    const withUnit = numbers.filter(({ i }) => counts(words[i + 1] ?? ""));
    const chosen = withUnit.length === 1 ? withUnit[0] : numbers.length === 1 ? numbers[0] : undefined;
    if (!chosen) continue;
    const next = words[chosen.i + 1] ?? "";
    // "500 dz kids": a count of dozens is twelve times as many pieces.
    // ("1.2k chairs": thousands with a decimal, counting goods it names; "1.5k pairs" is left to the count readers.)
    if (/\.\d+k$/i.test(chosen.word) && countUnitOf(next) !== null) continue;
    const thousands = /k$/i.test(chosen.word) ? 1000 : 1;
    const count =
      Math.round(Number(chosen.word.replace(/,/g, "").replace(/k$/i, "")) * thousands) *
      (isDozenWord(next) ? piecesIn(next) : 1);
    // "120 cases wine glass": a package counted is read like a unit, the goods named after it.
    const unit = counts(next) || isPackageWord(next) || isDozenWord(next);
    // A small number without its unit is a spec ("2 colours", "8 modes"), seldom an order line.
    if (count < (unit ? 2 : 10)) continue;
    let label = labelOf(words, chosen.i, unit);
    // "gel polish 10 colours x 300 = 3000 pcs": the words leading the part name it when none follow the count.
    const firstNumber = words.findIndex((word) => /\d/.test(word));
    // (Several numbers in a part: the one chosen has its unit.)
    if (!label && numbers.length > 1) label = labelOf(words.slice(0, firstNumber), firstNumber, true);
    if (!label) continue;
    // ("lids both": "for", "all" and "each" already end a label read after its count.)
    const trimmed = label.replace(/ both$/i, "");
    const unitWord = unit ? tokens[chosen.i + 1]! : null;
    const countUnit = unitWord ? (countUnitOf(unitWord.word) ?? measureUnitOf(unitWord.word)) : null;
    lots.push({
      label: trimmed,
      count,
      clause,
      start: chosen.at,
      end: unitWord ? unitWord.at + unitWord.word.length : chosen.at + chosen.word.length,
      unit: countUnit,
    });
  }
  return lots;
}

/** The words of a part with their offsets; a count written onto its unit ("50000pcs") is read as two words. */
function wordsIn(part: string, offset: number): Array<{ word: string; at: number }> {
  const found: Array<{ word: string; at: number }> = [];
  for (const m of matchesOf(/\S+/g, part)) {
    // ('15" pizza stones', "12'' peel": a number with an inch mark is a size, kept apart from counts.)
    if (/^\d+(?:\.\d+)?(?:"|''|”|″)/.test(m[0])) {
      found.push({ word: `${/^\d+(?:\.\d+)?/.exec(m[0])![0]}in`, at: offset + m.index });
      continue;
    }
    const word = bare(m[0]);
    const glued = gluedCount.exec(word);
    if (glued) {
      found.push({ word: glued[1]!, at: offset + m.index });
      found.push({ word: glued[2]!, at: offset + m.index + glued[1]!.length });
    } else found.push({ word, at: offset + m.index });
  }
  return found;
}

const labelKey = (label: string) =>
  label
    .toLowerCase()
    .split(" ")
    .map((word) => word.replace(/(?<=[a-z]{3})e?s$/, ""))
    .join(" ");

/** A label made only of sizes, colours and measures ("S", "large", "black", "18 inch", "rose gold"). */
function sizeOrColour(label: string): boolean {
  const words = label.split(" ");
  return words.every(
    (word) =>
      isNonProductWord(word) ||
      isColourWord(word) ||
      (words.length > 1 && isPairedShade(word)) ||
      /^\d/.test(word) ||
      /^(?:inch|cm|mm|ft|feet)$/i.test(word),
  );
}

/** Whether a label stands right before its own price somewhere in the chat ("S 0.52", "large size 0.24 USD"). */
function pricedLabel(clauses: readonly Clause[], label: string, others: readonly string[]): number | null {
  const word = new RegExp(
    // ("5L" is not the end of "2.5L".)
    String.raw`(?<![\w.-])${escapeRegex(label)}(?![\w-])`,
    "gi",
  );
  for (const clause of clauses) {
    if (clause.sample || !clause.text.toLowerCase().includes(label.toLowerCase())) continue;
    const moneys = findMoney(clause.text);
    for (const m of matchesOf(word, clause.text)) {
      const end = m.index + m[0].length;
      // A bare number counts as a price only with decimals ("S 0.52"), not as a spec ("35E cell").
      const money = moneys.find(
        (money) =>
          money.start >= end &&
          money.start - end <= 60 &&
          (!money.bare || /\d\.\d/.test(clause.text.slice(money.start, money.end))),
      );
      if (!money) continue;
      const between = clause.text.slice(end, money.start).toLowerCase();
      if (
        others.some((other) =>
          new RegExp(String.raw`(?<![\w-])${other.toLowerCase()}(?![\w-])`).test(between),
        )
      )
        continue;
      return money.value;
    }
  }
  return null;
}

/** Words that give goods in for nothing, said after them: "gift boxes free of charge", "remote included". */
export const givenFreeWords = "free of charge|for free|included|inclusive|at no (?:extra )?(?:charge|cost)";
/** Words before goods given free that make them more of an ordered line ("2% spare boxes free of charge"). */
export const spareWords = "spare|extra|replacement|backup";

/**
 * An accessory the supplier puts in with the goods ("adapter included", "incl. gift box"): no line of its own.
 * (Spares given free, "2% spare boxes free of charge", are more of an ordered line, not the line itself.)
 */
function includedFree(clauses: readonly Clause[], lot: Lot): boolean {
  const word = lot.label.split(" ").at(-1)!;
  const stem = escapeRegex(word.toLowerCase().replace(/(?<=\w{3})(?:ies|es|s)$/, ""));
  const included = new RegExp(
    String.raw`(?<![\w-]|\b(?:${spareWords})\s)${stem}\w*\s+(?:(?:is|are)\s+)?(?:${givenFreeWords}|free)\b|\b(?:incl\.?|including|includes|with free|free)\s+(?:\w+\s+)?${stem}`,
    "i",
  );
  return clauses.some((clause) => clause.text.toLowerCase().includes(stem) && included.test(clause.text));
}

/** Whether a word of the lot's label appears in another sentence of the chat. */
function namedElsewhere(clauses: readonly Clause[], lot: Lot): boolean {
  const patterns = lot.label.split(" ").flatMap((word) => {
    // A letter ("A", "B") is matched as written, a word by its stem ("bunnies" in "bunny").
    if (/^[A-Z]$/.test(word)) return [new RegExp(String.raw`(?<![\w-])${word}(?![\w-])`)];
    // "500-piece" is "500pc" further on.
    const count = pieceCountForms(word);
    if (count) return [new RegExp(String.raw`(?<![\w.,-])${count.source}(?![\w-])`, "i")];
    const stem = word.toLowerCase().replace(/(?<=\w{3})(?:ies|es|s)$/, "");
    // (A label holds no stop word: reading it stopped there.)
    return stem.length >= 2 ? [new RegExp(String.raw`(?<![\w-])${escapeRegex(stem)}`, "i")] : [];
  });
  return clauses.some(
    (clause, index) => index !== lot.clause && patterns.some((pattern) => pattern.test(clause.text)),
  );
}

/**
 * The order lines of the chat: the sentence counting the most products apart, each with a label of
 * its own. Sizes and colours count as products only when each is priced apart too.
 */
export function countedLots(clauses: readonly Clause[]): Lot[] {
  const groups: Lot[][] = [];
  clauses.forEach((clause, index) => {
    if (clause.sample || notOrdering.test(clause.text)) return;
    // Two order lines need two whole numbers: most sentences are passed over here.
    if (matchesOf(wholeNumber, clause.text).length < 2) return;
    const lots = lotsIn(clause.text, index);
    const labels = new Set(lots.map((lot) => labelKey(lot.label)));
    if (lots.length >= 2 && labels.size === lots.length && lots.length <= maxLots) groups.push(lots);
  });
  groups.push(...listedLineGroups(clauses));
  // The sentences counting the most lines first; each check reads the whole chat, so only a few are checked.
  const ranked = groups.sort((a, b) => b.length - a.length).slice(0, checkedGroups);
  return ranked.find((lots) => confirmed(clauses, lots)) ?? [];
}

/**
 * A list written one line per lot ("Yellow (X-light) 1200", "Red (light) 1200", ... on lines of one message):
 * consecutive lines of a message that each hold one label and one count, and nothing more, are read as one
 * sentence counting them apart. A line with more words is prose, and ends the list.
 */
export function listedLineGroups(clauses: readonly Clause[]): Lot[][] {
  let groups = lineGroups.get(clauses);
  if (!groups) {
    groups = readLineGroups(clauses);
    lineGroups.set(clauses, groups);
  }
  return groups;
}

/** The list-line groups of each chat, read once (the items and the negotiation both ask). */
const lineGroups = new WeakMap<readonly Clause[], Lot[][]>();

function readLineGroups(clauses: readonly Clause[]): Lot[][] {
  const groups: Lot[][] = [];
  let run: Lot[] = [];
  const close = () => {
    const labels = new Set(run.map((lot) => labelKey(lot.label)));
    if (run.length >= 2 && labels.size === run.length && run.length <= maxLots) groups.push(run);
    run = [];
  };
  clauses.forEach((clause, index) => {
    const previous = clauses[index - 1];
    if (previous && (previous.message !== clause.message || previous.line + 1 !== clause.line)) close();
    const lots = isListLine(clause) ? lotsIn(clause.text, index) : [];
    if (lots.length === 1) run.push(lots[0]!);
    else close();
  });
  close();
  return groups;
}

/** A short line of one label and one count: at most five words and one whole number, no price, no minimum. */
function isListLine(clause: Clause): boolean {
  const text = clause.text;
  return (
    !clause.sample &&
    text.length <= 48 &&
    text.split(/\s+/).length <= 5 &&
    matchesOf(wholeNumber, text).length === 1 &&
    !notOrdering.test(text)
  );
}

/** Most order lines one sentence is read for, and most sentences whose lines are checked against the chat. */
const maxLots = 8;
const checkedGroups = 4;

/**
 * Whether the chat bears the lines out. Sizes and colours are items apart only when each is priced apart
 * ("S 8.50 usd, L 12.80 usd"); other lines when each is talked about again (priced, specified,
 * confirmed): a word counted once and never again is an aside, not an order line.
 */
function confirmed(clauses: readonly Clause[], lots: readonly Lot[]): boolean {
  // "1,500 grey and 1,000 navy", "3000 silver + 2000 space grey": colours counted apart are lines of their
  // own, priced apart or at one shared price; sizes counted so stay one line unless priced apart
  // ("S 150, M 450, L 450"), as buyers list a size run on one order line.
  if (colourLabels(lots.map((lot) => lot.label))) return true;
  if (!lots.every((lot) => sizeOrColour(lot.label)))
    return lots.every((lot) => namedElsewhere(clauses, lot) && !includedFree(clauses, lot));
  const labels = lots.map((lot) => lot.label);
  const prices = lots.map((lot) =>
    pricedLabel(
      clauses,
      lot.label,
      labels.filter((other) => other !== lot.label),
    ),
  );
  if (prices.every((price) => price !== null) && new Set(prices).size >= 2) return true;
  // ("2 sizes: 120x180 cm and 160x230 cm" ... "EUR 18.90 / EUR 30.00" ... "80 pcs of the small + 60 of the large":
  // prices quoted as a list of as many amounts as the sizes counted price them apart, in the order named.)
  return clauses.some((clause) => !clause.sample && slashPrices(clause.text) === lots.length);
}

/** Amounts a list gives in a row, parted by slashes only ("3.40 / 2.70 / 6.50"): how many, or 0. */
function slashPrices(text: string): number {
  if (!text.includes("/")) return 0;
  const amounts = findMoney(text).filter(
    (money) => !money.bare || /[.,]\d/.test(text.slice(money.start, money.end)),
  );
  let longest = 0;
  let run = 1;
  const values = new Set<number>();
  for (let i = 1; i < amounts.length; i++) {
    const [before, after] = [amounts[i - 1]!, amounts[i]!];
    // (An amount read with the slash after it, as if per something, ends where the next begins.)
    const gap = text.slice(before.end, after.start);
    const joined =
      /^\s?\/\s?$/.test(gap) || (/^\s?$/.test(gap) && /\/\s?$/.test(text.slice(before.start, before.end)));
    run = joined ? run + 1 : 1;
    if (joined) values.add(before.value).add(after.value);
    longest = Math.max(longest, run);
  }
  return longest >= 2 && values.size >= 2 ? longest : 0;
}

/**
 * Labels that are colours of one product ("grey", "navy"; "silver" beside "space grey"): a metal or a
 * flower names a shade beside a colour, alone it may name the material or the scent.
 */
export function colourLabels(labels: readonly string[]): boolean {
  return labels.some(colourLabel) && labels.every((label) => colourLabel(label) || isPairedShade(label));
}

/** A label that names a shade: a colour word, with the words before it naming which ("space grey", "sage green"). */
function colourLabel(label: string): boolean {
  const words = label.split(" ");
  const last = words.at(-1)!;
  return (
    (isColourWord(last) || (words.length > 1 && isPairedShade(last))) &&
    words.length <= 3 &&
    words.every((word) => /^\p{L}+$/u.test(word))
  );
}

/** The counts of one sentence with their labels ("300 S and 200 L"), none in talk of minimums or samples. */
export function labelledCounts(text: string): Lot[] {
  if (!/\d/.test(text) || notOrdering.test(text)) return [];
  const lots = lotsIn(text, -1);
  const last = lots[lots.length - 1];
  return last && pricedListAfter.test(text.slice(last.end, last.end + 48)) ? [] : lots;
}

/**
 * "S 54, M 66, L 80 per dozen", "S 4.5, M 5.5 usd": a list of numbers beside labels that ends in a rate or
 * a currency prices its labels, it counts none of them.
 */
const pricedListAfter =
  /^(?:[ ,]+(?:and |& )?[\p{L}\d-]{1,8} \d+(?:\.\d+)?)* ?(?:\/ ?|per |each\b|usd\b|rmb\b|eur\b|cny\b|gbp\b|dollars?\b|yuan\b|元|块)/iu;

/** A list of a product's variants by kind: "3 scents: Black Ice, New Car, Vanilla", "flavours: mint, lemon". */
const variantKinds =
  /\b(?:scents?|flavou?rs?|fragrances?|colou?rs?|colou?rways?|designs?|styles?|patterns?|prints?|shades?|versions?|finishes)\s?[:：]\s?([^.;!?\n]{2,160})/gi;

/** The variants each chat lists by kind, lower case, read once per chat (every lot of it asks). */
const listedVariants = new WeakMap<readonly Clause[], ReadonlySet<string>>();

/** Whether the chat lists the label among a product's variants, so it names a variant, not a product. */
export function listedAsVariant(clauses: readonly Clause[], label: string): boolean {
  let variants = listedVariants.get(clauses);
  if (!variants) {
    variants = new Set(
      clauses
        .filter((clause) => /[:：]/.test(clause.text))
        .flatMap((clause) => matchesOf(variantKinds, clause.text))
        .flatMap((m) =>
          m[1]!
            .toLowerCase()
            .split(/\s*(?:,|\/|\band\b|&)\s*/)
            .map((variant) => variant.trim()),
        ),
    );
    listedVariants.set(clauses, variants);
  }
  return variants.has(label);
}

/**
 * Whether a label names a product by itself ("turner", "farm puzzle") rather than telling variants of one
 * apart ("36V", "small", "8oz"): the tagger reads a noun of the label as the head of a phrase beside the count.
 */
export function labelNamesProduct(clauses: readonly Clause[], lot: Lot): boolean {
  if (sizeOrColour(lot.label) || lot.label.split(" ").every((word) => /^\d/.test(word))) return false;
  const label = lot.label.toLowerCase();
  if (listedAsVariant(clauses, label)) return false;
  // The label follows its count ("2000 spatula") or leads it ("leash 600 pcs").
  const beside = nounPhrases(clauses[lot.clause]!.text).some((phrase) =>
    phrase.start >= lot.start
      ? phrase.start < lot.start + 40 && label.includes(phrase.head)
      : phrase.end <= lot.start && phrase.end > lot.start - 40 && label.endsWith(phrase.head),
  );
  if (beside || label.includes(" ")) return beside;
  // ("250 hampers", the tagger reading the plural as a verb: the quote named it "Laundry hamper with lid".)
  const one = label.replace(/(?:es|s)$/, "");
  return (
    one.length >= 4 &&
    clauses.some(
      (clause, index) =>
        index !== lot.clause &&
        clause.text.toLowerCase().includes(one) &&
        nounPhrases(clause.text).some((phrase) => phrase.head === one || phrase.head === label),
    )
  );
}
