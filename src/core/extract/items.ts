/**
 * What is being bought: product names found where buyers and suppliers name them ("quote for the
 * XXL gaming mouse pad", "1000 luggage straps at US$1.35", "iPhone 16 Pro is 7.2 RMB/pc"), merged
 * into one item unless two names are priced apart in the same sentence.
 */

import { escapeRegex, matchesOf } from "../matches.ts";
import {
  acceptanceQualifiers,
  genericQualifiers,
  intensifiers,
  strictQualifiers,
} from "../review/vocabulary.ts";
import type { Clause } from "./clauses.ts";
import { countedLots, type Lot, labelNamesProduct, listedAsVariant } from "./lots.ts";
import { codedItems, isModelCode, namedCodes, partNumber, soleCodedName } from "./model-codes.ts";
import { findMoney, type MoneyMention, multipliesOut } from "./money.ts";
import { nounPhrases, reportingVerb } from "./noun-phrases.ts";
import { offeredApart } from "./offered-apart.ts";
import { listMark } from "./outline.ts";
import { companyWordAfter, firstProductPhrase, isProductHead, openingMessages } from "./product-nouns.ts";
import { findQuantities, pluralForms } from "./quantity.ts";
import { quoteTableRows, type TableRow } from "./quote-table.ts";
import { isFeeContext } from "./shipping.ts";
import { currencyCode } from "./words/currencies.ts";
import { isMaterialWord } from "./words/materials.ts";
import {
  isColourWord,
  isNonProductWord,
  isPairedShade,
  isPartWord,
  isSizeWord,
  isVerbOfTrade,
  variantLabelWords,
} from "./words/non-product.ts";
import { englishOf } from "./words/product-translations.ts";
import {
  countUnitOf,
  englishCountWords,
  isCountedPer,
  isDraftUnit,
  isPackageWord,
  measureWordSource,
  soldByWords,
} from "./words/units.ts";

export type ItemCandidate = {
  name: string;
  clause: number;
  start: number;
  strong: boolean;
  /** The phrase states its own count and price ("ceramic mug 1200 pcs, total USD 1,176"): an order line. */
  counted?: boolean;
  /** The number it is listed under ("(2) 24V COB LED strip", "2 | Wireless charging holder"). */
  position?: number;
  /** Its row of a pasted quote table, whose cells give its price and count. */
  row?: TableRow;
};

/**
 * A product of the order and the phrases that refer to it in the chat. `labels` are the words that tell
 * it from the order's other products ("36v", "small", "turner"): keys of their own, which a count may
 * name too ("15,000 small").
 */
export type ItemRef = {
  name: string;
  keys: string[];
  head: string;
  clause: number;
  start: number;
  labels?: string[];
  /** The number it is listed under: "item 2", "item (2)" name it. */
  position?: number;
  /** Its row of a pasted quote table. */
  row?: TableRow;
  /** The line of notes it heads, the lines under which speak of it (see outline.ts). */
  headingLine?: number;
};

// ("2500 metres of cotton poplin": goods sold by measure are counted in it.)
const lead = String.raw`(?:(?:our|your|the|a|an|some|these|those|this|custom|customized|new|about|around|\d[\d,.]*[kK]?\s*(?:${englishCountWords}|${soldByWords})(?:\s+of)?)\s+)*`;
/** "For 800 spades we can offer ...": a count before the goods a price is then offered for. */
const countOffered = String.raw`(?:\d{1,3}(?:,\d{3})+|\d{2,6})(?=\s[a-z][\w-]*(?:\s[a-z][\w-]*){0,3}\s(?:we|i)\s(?:can\s|could\s)?(?:offer|quote|give|do|make)\b)`;
/** Product-naming phrases, each behind a cheap test so most sentences skip the full pattern. */
const triggers: Array<[RegExp, RegExp, boolean]> = [
  [
    /inquir|enquir|interest/i,
    new RegExp(
      String.raw`\b(?:inquiry|enquiry|interest|interested)\s+(?:in|about|for|on|of)\s+${lead}`,
      "gi",
    ),
    true,
  ],
  [
    /quot|price|offer|pricing|rate/i,
    new RegExp(
      String.raw`\b(?:quote|quotation|price list|prices?|sample price|offer|pricing|rates?)\s+(?:for|of|on)\s+${lead}`,
      "gi",
    ),
    true,
  ],
  [
    /look|search|need|want|buy|sourc|have|make|sell/i,
    new RegExp(
      String.raw`\b(?:looking for|look for|searching for|search for|we need|i need|need|we want|i want|buy|source|sourcing|do you have|do you make|do you sell|you sell|you make)\s+${lead}`,
      "gi",
    ),
    false,
  ],
  [
    // ("we saw your CNC aluminium pedals PD-M86 on alibaba": the listing a buyer opens with.)
    /\b(?:saw|seen|found|liked?)\syour\b/i,
    new RegExp(String.raw`\b(?:saw|seen|found|liked?)\s+your\s+${lead}`, "gi"),
    false,
  ],
  [
    /^\s*(subject|re|fw|aw|quot|inquir|enquir|rfq|order|po|offer)/i,
    /^(?:subject:\s*)?(?:(?:re|fw|fwd|aw)\s*:\s*)*(?:quotation|quote|inquiry|enquiry|rfq|order|po|offer)\b\s*(?:for\s+)?[:#-]?\s*/gi,
    true,
  ],
  [
    /follow|regard|about|sample|for /i,
    new RegExp(
      String.raw`\b(?:(?:following up on|follow up on|regarding|about|samples? of)\s+(?:the|your|our|a)|for\s+(?:the|your|a|${countOffered}))\s+${lead}`,
      "gi",
    ),
    false,
  ],
  [
    /item|product|article|description|model/i,
    // ("Product 1: Garden hand trowel, ..." in Alibaba's order details: the product's number before the colon.)
    // ("- Item A: LED outdoor wall sconce, 12W" in minutes: a lettered item too.)
    /\b(?:item|product|article|description|model)(?:\s?#?\d{1,2}|\s[A-H])?\s*[:：]\s*/gi,
    true,
  ],
  // "for our 3D printers", "to our warehouse": what the goods are for or where they go, not the goods.
  [/\bour /i, /(?<!\b(?:for|to|in|at|from|by|of|with|into)\s)\bour\s+(?=[a-z0-9])/gi, false],
  [/这款|这个|此款|产品/, /(?:这款|这个|此款|产品)\s*/g, true],
];
export const stopWord =
  /^(with|in|at|from|is|are|was|were|price|prices|please|and|or|that|which|we|i|you|it|by|on|per|each|about|moq|x|but|if|so|as|like|including|includes|would|could|can|will|have|has|this|these|those|of|for|to|than|then|only|also|too|now|today|asap|ready|made|using|without|within|after|before|via|under|over|what|how|when|where|is|be|your|our|my|their|his|her|do|does|did|cost|costs|quote|quotation|moq|pcs|pc|pieces|units|sets|usd|rmb|cny|eur|give|make|offer|accept|take|pay|sell|say|says|said|think|hope|need|want|get|got|send|reduce|lower|best|just|still|maybe|ok|okay|deal|sorry|dear|friend|yes|no|not|very|really|here|there|all|meet|go|come|buy|order|agree|settle|ship|deliver|do|can|let|let's|lets|us|need|want|like|get|pick|proceed|confirm|accept|happy|fine|great|stay|stays|remain|remains)$/i;
const generic =
  /^(quote|quotation|project|projects|price|prices|order|orders|sample|samples|product|products|item|items|goods|one|ones|stuff|things?|more|better|discount|bulk|it|them|something|help|information|info|details?|deposit|payment|shipping|inspection|logo|pi|invoice|catalog|catalogue|list|help|same|lead|time|budget|target|team|shop|store|forwarder|agent|account|money|moment|answer|reply|update|confirmation|photos?|pictures?|video|contract|terms|cif|fob|exw|ddp|dap|tier|quantity|qty|pcs|sets|units|you|me|us|best|lowest|final|total|unit|cost|deal|quality|freight|colors?|colours?|size|material|packing|packaging|factory|company|cost|side|price list|pricing|amount|rate|rates|sum|value|party|inspector|auditor|spec|specs|specification|specifications)$/i;
/** A count, a tier of counts ("1000-1999", "5000+") or a word confirming one ("Confirmed 5000"). */
const countingWord = /^(?:\d[\d.,]*(?:[-–~]\d[\d.,]*|\+)?|confirmed|ok|okay|total|only|approx|about)$/i;
/** Words that name a product only with a noun before them ("tool set" yes, "sets" alone no). */
const unitLike =
  /^(rolls?|pairs?|pieces?|sets?|units?|boxes|cartons?|ctns?|cases?|bales?|drums?|pallets?|meters?|dozens?|kinds?|designs?|models?|styles?|versions?|kits?|packs?)$/i;

/** A size before the product noun ("18 cm soup bowl", "3 inch paring knife", "380 ml mug") is part of its name. */
const measureUnits = "mm|cm|m|inch|inches|in|ml|l|oz|g|kg|w|kw|v|ft|gal|gallon|litre|liter|mil|gsm";
const leadingMeasure = new RegExp(`^(?:${measureUnits})$`, "i");
/** A figure and its unit, spaced or not ("8 oz", "600ml"), as a pattern's source: the figure is group 1, the unit 2. */
const figureAndUnit = String.raw`(\d{1,4}(?:\.\d{1,2})?)\s?(${measureUnits})`;

function sizeLed(words: readonly string[]): boolean {
  return (
    words.length > 2 &&
    /^\d[\d.,]*$/.test(words[0]!) &&
    leadingMeasure.test(words[1]!) &&
    !measuredLead(words)
  );
}

/**
 * "500 kg screws", "3000 m canvas": hundreds of kilograms or metres before a name are how much is ordered,
 * not a size of the product ("25 kg bag", "2 m cable"); both words go.
 */
function measuredLead(words: readonly string[]): boolean {
  return (
    words.length > 2 &&
    Number(words[0]!.replace(/,/g, "")) >= 100 &&
    /^(?:kg|kgs|m|metres?|meters?|tons?|yards?)$/i.test(words[1]!)
  );
}

/** Drops a count (with its measure, "500 kg") opening a name's words. */
function dropLeadingCount(words: string[]): void {
  if (measuredLead(words)) words.shift();
  words.shift();
}

function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Read a product phrase forward from `start`: up to 7 tokens, stopping at punctuation and function words. */
function phraseFrom(text: string, start: number): string | null {
  const words: string[] = [];
  const rest = text.slice(start).split(/[，。；、：！？]/)[0] ?? "";
  const raw = rest.split(/\s+/);
  for (let i = 0; i < raw.length && words.length < 8; i++) {
    const token = raw[i]!;
    if (words.length === 0 && /^(the|a|an|our|your|this|these|some)$/i.test(token)) continue;
    const clean = token.replace(/[,.;:!?)"”']+$/, "").replace(/^[("“']+/, "");
    if (clean === "") break;
    if (/^(for|to)$/i.test(clean)) {
      const next = raw[i + 1] ?? "";
      // "case for iPhone 16", "USB-C to USB-C": a model name may follow.
      if (!/^[A-Z0-9]|^[a-z]+[A-Z]/.test(next)) break;
    } else if (stopWord.test(clean)) break;
    if (
      /^\d+([.,]\d+)?$/.test(clean) &&
      (countUnitOf((raw[i + 1] ?? "").replace(/[,.;:!?)]+$/, "")) || /^(usd|rmb|%)/i.test(raw[i + 1] ?? ""))
    )
      break;
    // A measurement after the product noun ends the name ("cutting board 38x28 cm"); a model number does not ("iPhone 16").
    const previous = words[words.length - 1];
    if (previous && /^\d/.test(clean) && !/[A-Z]/.test(previous) && /[a-z]{3,}$/.test(previous)) break;
    if (/^[$€£¥]/.test(clean) || /%$/.test(clean)) break;
    words.push(clean);
    if (clean !== token.replace(/^[("“']+/, "")) break;
  }
  while (
    words.length > 0 &&
    /^(for|to|of|order|quote|quotation|inquiry|enquiry|price|prices|pricing)$/i.test(words[words.length - 1]!)
  )
    words.pop();
  const name = words.join(" ");
  return acceptable(name) ? name : null;
}

/**
 * Where the subject before a price starts: after a separator, a determiner or a count ("1000 pcs"). A
 * slash inside a word is part of the name ("linen cotton blend 55/45 EUR 3.30", "jersey C95/S5 180gsm"), no separator.
 */
const subjectSeparators = new RegExp(
  String.raw`[,:;，、]|\band\b|&|\b(?:our|your|the|this|these|my|at|is|are)\b|\d[\d,.]*\s*(?:${englishCountWords})\b|(?!(?<=\w)\/\w)[^\w\s.'-]`,
  "gi",
);

/**
 * Read a product phrase backward from `end` (the subject of "X is 6.5 RMB/pc"), never before `floor`
 * (the end of the amount before it: a name does not run across another price).
 */
const comparison = /^(?:more|less|expensive|cheaper|pricier|costlier)$/i;

function phraseBefore(text: string, at: number, floor = 0): string | null {
  // "Gift box (paper, magnetic lid, logo hot stamp) USD 0.85/pc": what the brackets describe stands before them.
  const from = Math.max(floor, at - 90);
  const bracketed = /\([^()]{1,80}\)\s*$/.exec(text.slice(from, at));
  const end = bracketed ? from + bracketed.index : at;
  // A product name sits within a few words of its price: look no further back than that.
  const before = text.slice(Math.max(floor, end - 90), end);
  // The subject starts after the last separator, determiner or number ("1000 pcs", "our", "the").
  const separators = matchesOf(subjectSeparators, before);
  const last = separators[separators.length - 1];
  let segment = last ? before.slice(last.index + last[0].length) : before;
  segment = segment
    .trim()
    .replace(/^(?:hi|hello|dear|ok|okay|yes|so|also|then|price of|price for)\b[\s,]*/i, "");
  let words = tokens(segment).slice(-7);
  while (words.length > 0 && (stopWord.test(words[0]!) || (/^\d[\d,]*$/.test(words[0]!) && !sizeLed(words))))
    dropLeadingCount(words);
  // "Boss says ok pruner £2.05": who said it and that it was taken come before the name, they are none of it.
  const said = words.findLastIndex(
    (word) => reportingVerb.test(word.toLowerCase()) || /^(?:ok|okay)$/i.test(word),
  );
  if (said >= 0) words = words.slice(said + 1);
  // "jute more expensive 1.65": a comparison after the name says how its price compares, it names nothing.
  const compared = words.findIndex((word, i) => i > 0 && comparison.test(word));
  if (compared > 0) words = words.slice(0, compared);
  const name = words.join(" ");
  return acceptable(name) ? name : null;
}

/**
 * Function words of the languages buyers mix into English (Hindi and Urdu, Indonesian and Malay, Tagalog, Spanish)
 * that no product's name holds: a phrase with one is a clause of the chat.
 */
const otherLanguageClauseWord =
  /^(?:hai|hain|mein|bhi|chahiye|yahan|wahan|nahi|nahin|kya|thoda|bahut|abhi|yaar|wala|wali|yang|kita|kami|saya|ambil|juga|sudah|tolong|dong|po|yung|ang|mga|lang|pero|kasi|naman|por|que|para|era|tu|hablaron|podemos|quiero|tenemos)$/i;

const clauseWord =
  /^(i|i'm|im|i'd|i'll|i've|you|you're|we|we're|they|he|she|can't|cant|won't|don't|doesn't|cannot|can|could|would|will|should|shall|must|go|going|asking|asked|quoted|offered|mentioned|listed|as|is|are|was|were|be|been|am)$/i;

/** Words that judge a price or the goods ("good", "very nice", "special"): alone they name nothing. */
const judgementWords = new Set(
  [
    ...genericQualifiers,
    ...strictQualifiers,
    ...acceptanceQualifiers,
    ...intensifiers,
    "special",
    "last",
  ].map((word) => word.toLowerCase()),
);

function acceptable(name: string): boolean {
  const words = tokens(name);
  if (words.length === 0 || words.length > 8) return false;
  // "we can do for you good price 3.2": the judgement before "price" is read where a name would stand.
  if (words.every((word) => judgementWords.has(word.toLowerCase()))) return false;
  // ("mmm is 8,30 per pair", "hmm 2.10?": a sound of thinking names nothing.)
  if (words.some((word) => interjection.test(word))) return false;
  const last = words[words.length - 1]!.replace(/e?s$/i, "");
  if (generic.test(words[words.length - 1]!) || generic.test(last)) return false;
  if (words.length === 1 && unitLike.test(words[0]!)) return false;
  // ("OK 90 THB for 400 pcs": a currency's code or word alone names no goods.)
  if (words.length === 1 && currencyCode(words[0]!) !== null) return false;
  // "1000-1999 boxes", "5000+ cartons", "Confirmed 5000 boxes": a count or a tier before its unit counts the
  // goods, it names none.
  if (
    words.length > 1 &&
    unitLike.test(words[words.length - 1]!) &&
    words.slice(0, -1).every((word) => countingWord.test(word)) &&
    words.some((word) => /\d/.test(word))
  )
    return false;
  // "a full kit order", "the complete set": the order's parts taken together, no product of their own.
  if (/^(?:full|complete|whole|entire)\s(?:kits?|sets?|orders?)$/i.test(name)) return false;
  // "per carton", "each set": a rate names what goods are packed or priced by, never the goods.
  if (/^(?:per|each|every)$/i.test(words[0]!)) return false;
  if (/\b(EXW|FOB|CIF|DDP|DAP|CFR|FCA|by sea|by air|deposit|payment|balance|days?|weeks?)\b/i.test(name))
    return false;
  // A product is named by nouns and their modifiers: a pronoun or an auxiliary verb makes it a clause
  // ("can't go as low as", "I'm asking"), not a name; so does another language's ("Yahan Lahore mein local
  // candle", "gift box bhi chahiye", "kita ambil wrap", "Tu precio de octubre era").
  if (words.some((word) => clauseWord.test(word) || otherLanguageClauseWord.test(word))) return false;
  // "mm hard enamel cat pin" from "25 mm hard enamel cat pin": the size's number was read as a count.
  if (/^(?:mm|cm|inch|inches|ml|oz|kg|ft|gal|gallon|litre|liter)$/i.test(words[0]!)) return false;
  // "revise to", "Kindly increase M-301": a name neither ends in a function word nor opens with an instruction.
  if (words.length > 1 && (stopWord.test(words[words.length - 1]!) || isVerbOfTrade(words[0]!))) return false;
  // "boss agreed AUD 14.40 per throw": a name never ends in the verb the sentence settles with.
  if (
    /^(?:agreed|confirmed|accepted|approved|offered|quoted|said|asked|decided|replied|opened|countered|came|dropped|lowered|raised|started)$/i.test(
      words.at(-1)!,
    )
  )
    return false;
  // "black/red full set": colours and a size label before a count unit describe a set, they name no product.
  const described = (word: string) => word.split("/").every((part) => isColourWord(part) || isSizeWord(part));
  if (words.length > 1 && countUnitOf(words[words.length - 1]!) && words.slice(0, -1).every(described))
    return false;
  return words.some(
    (word) => /^[A-Za-z][A-Za-z-]{2,}$/.test(word) && !generic.test(word) && !stopWord.test(word),
  );
}

/** Sounds of thinking or surprise typed as words: "mmm", "hmm", "umm", "ahh", "ohh", "wow", "erm" (not "mm"). */
const interjection = /^(?:m{3,}|h+m+|u+m{2,}|a+h{2,}|o+h{2,}|w+o+w+|e+r+m+|uh+|huh)$/i;

/** Singular of the last word: "bags" -> "bag", "boxes" -> "box", "glasses" -> "glass". */
export function singular(word: string): string {
  // A code or an abbreviation is no plural: "6204-2RS", "ABS", "LEDS".
  if (/\d/.test(word) || /^[A-Z]{2,}$/.test(word)) return word;
  // ("sizes", "prizes", "glazes" keep their "e"; "buzzes" does not.)
  if (/(ches|shes|xes|sses|zzes)$/i.test(word)) return word.slice(0, -2);
  if (/[^aeiou]ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(scar|shel)ves$/i.test(word)) return `${word.slice(0, -3)}f`;
  if (/(ss|us|is|'s)$/i.test(word)) return word;
  // Nouns that end in "s" in the singular: "canvas", "lens", "series".
  if (/^(?:canvas|atlas|bias|gas|lens|chassis|series|species|news)$/i.test(word)) return word;
  if (/[a-z]s$/i.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

function tidy(name: string): string {
  const words = tokens(name);
  // ("Ceramic mug 350ml - $2.40/pc": the dash before the price is no word of the name.)
  while (words.length > 1 && /^[-–—:|/]+$/.test(words[words.length - 1]!)) words.pop();
  // A count or its unit before the name ("000 pcs mug" from a split "2,000 pcs") is no part of it.
  while (words.length > 1 && ((/^[\d,.]+$/.test(words[0]!) && !sizeLed(words)) || countUnitOf(words[0]!)))
    dropLeadingCount(words);
  // "100 more gravel tyres", "another 200 mugs": how many are added is no part of the name.
  while (words.length > 1 && /^(?:more|additional|another|further)$/i.test(words[0]!)) words.shift();
  // "Style TR-20 cargo trousers", "3 seater sofa model CF-3302": the label of a code is no part of the name.
  for (let i = words.length - 2; i >= 0; i--) {
    const labelsCode =
      /^(?:style|model|modelo|item|art\.?|ref\.?)$/i.test(words[i]!) && /^[A-Z]+-?\d/.test(words[i + 1]!);
    if (words.length > 2 && labelsCode) words.splice(i, 1);
  }
  // A trailing size ("dog leash 1.5 m", "board 38x28 cm") describes the product; it is not its name.
  const unit = /^(mm|cm|m|ft|feet|inch|inches|in|ml|l|oz|"|g|kg)$/i;
  for (;;) {
    const last = words[words.length - 1] ?? "";
    const before = words[words.length - 2] ?? "";
    if (words.length > 3 && unit.test(last) && /^\d[\d.,x×*]*$/.test(before)) words.splice(-2, 2);
    else if (words.length > 2 && /^\d[\d.,x×*]*(mm|cm|m|ft|inch|in|ml|l|oz|"|g|kg)$/i.test(last)) words.pop();
    // ("tea towel 45 x 65 cm": the size's first number and its "x" go with it.)
    else if (words.length > 3 && /^[x×*]$/i.test(last) && /^\d[\d.,]*$/.test(before)) words.splice(-2, 2);
    else break;
  }
  const core = words.findIndex((w, i) => i > 0 && /^(for|with)$/i.test(w));
  const headIndex = core > 0 ? core - 1 : words.length - 1;
  words[headIndex] = singular(words[headIndex]!);
  return words.join(" ");
}

const partNumberWord = new RegExp(`^${partNumber}$`);
/** (The words of `keysOf` are in lower case.) */
const anyCasePartNumber = new RegExp(`^${partNumber}$`, "i");

/** The head noun of a name ("clear TPU case for iPhone 16" -> "case"). */
export function headOf(name: string): string {
  const named = tokens(name);
  // A model code or a rating after the noun ("desk lamp DL-220", "solar inverter 5kW") is not the head.
  // Nor is a size written apart ("school backpack 16 inch", "jar 120 ml").
  for (;;) {
    const last = named[named.length - 1]!;
    if (
      named.length > 1 &&
      (/^[A-Z]{1,4}(?:-[A-Z]{0,2})?\d[\w-]*$/.test(last) ||
        // A part number led by digits ("oil filter OE 15400-PLM-A02", "bearing 6204-2RS").
        partNumberWord.test(last) ||
        /^\d[\d.]*[a-z]{1,4}$/i.test(last) ||
        // "rib 1x1", "mesh 2x2": a construction after the noun.
        /^\d+[x×*]\d+$/i.test(last) ||
        // "LED strip 5050 RGB": a type number or a capitalised abbreviation after the noun.
        (/^(?:\d+|[A-Z]{2,4})$/.test(last) && named.slice(0, -1).some((word) => /^[a-z]{3,}$/i.test(word))) ||
        // "skillet 26 cm pre-seasoned": a participle after the noun describes it (no "bed", "shed", "seed").
        /^[a-z-]*[a-z]{2}[^e\W]ed$/i.test(last))
    )
      named.pop();
    else if (
      named.length > 2 &&
      leadingMeasure.test(last) &&
      /^\d[\d.,]*(?:[x×*]\d[\d.,]*)*$/.test(named[named.length - 2]!)
    )
      named.splice(-2, 2);
    // "wall sign 600 x 400 mm": the measure went first, the "x" of the size goes next, then its number.
    else if (named.length > 2 && /^[x×*]$/.test(last)) named.pop();
    // "Fire station 612 pcs": the pieces a set holds, counted after the noun, are not the head.
    else if (named.length > 2 && countUnitOf(last) && /^\d[\d.,]*$/.test(named[named.length - 2]!))
      named.splice(-2, 2);
    else break;
  }
  const words = named.map((word) => word.toLowerCase());
  const core = words.findIndex((w, i) => i > 0 && (w === "for" || w === "with" || w === "+"));
  // "door plate 200x80 mm with gold letters", "chain necklace 45 cm + 5 cm extender": the words before "with"
  // or "+" are read as a name of their own.
  if (core > 0) return headOf(named.slice(0, core).join(" "));
  return singular(words[words.length - 1] ?? "");
}

/** The words that link a subject to the price after it ("is", "price:", "at only", "costs just", "you said"). */
const linkBefore =
  /\s*(?:\bprice\s+(?:(?:\bis|\bare|:|=|\bat|@|\bfor|\bcosts?)\s*)?|(?:\bis|\bare|:|=|\bat|@|\bfor|\bcosts?)\s*|\b(?:you|he|she|they|u)\s+(?:said|quoted|offered|gave)\s+)?(?:\b(?:only|now|just)\s+)?$/i;

/**
 * "COB LED strip 24V 5m/roll 2700K, price USD 9.80/roll", "Silicone bib, price 1.85": a sentence that opens with its
 * product and specs, then gives "price" after the comma. The name is the opening phrase, up to its first measure.
 */
function openingBeforePrice(text: string, at: number, link: string): string | null {
  if (!/\bprice\b/i.test(link)) return null;
  const opening = text.slice(0, at);
  if (!/,\s*$/.test(opening)) return null;
  const from = greetingLead.exec(opening)?.[0].length ?? 0;
  const head = opening.replace(/,\s*$/, "");
  // (Only a sentence whose first part it is: "we need mugs, lids, price?" lists, it opens with no product.)
  if (/[,;:]/.test(head.slice(from))) return null;
  const name = phraseFrom(head, from);
  return name && namesGoods({ name, head: headOf(name) }) ? name : null;
}

/**
 * A name, its count, then its price: "ceramic mug 1200 pcs, total USD 1,176", "steering wheel cover
 * 800 pcs x 3.10 = USD 2,480", "cordless drill 400 pcs for total USD 7,200".
 */
const countThenPrice = new RegExp(
  String.raw`(?<![\w.,])(\d[\d,]*)\s*(?:${englishCountWords})(?:\s*,)?(?:\s*(?:(?:for\s+)?(?:a\s+)?(?:in\s+)?total(?:\s+(?:of|is|price))?(?:\s*:)?|x\s*\d[\d.]*\s*=|at|@|(?:\([^()]{1,24}\)\s*)?[x×*]))?\s*$`,
  "i",
);

/**
 * An amount that states a price: one with its currency, or a bare one put per a count unit ("strip 3.28/roll,
 * controller 0.58/set": the chat's currency is understood). A bare number alone may be a count or a size.
 */
const isPriced = (money: MoneyMention) => !money.bare || isDraftUnit(money.perUnit);

/**
 * Which amounts of a sentence are prices. "SD-22 saddle 8.90, GR-7 grips 2.30 a pair": in a list of goods each
 * priced in its part, a figure with cents closing its part is a price as its neighbours are.
 */
function pricedAmong(text: string, monies: readonly MoneyMention[]): (money: MoneyMention) => boolean {
  const listPriced = monies.some(isPriced);
  return (money) =>
    isPriced(money) ||
    (listPriced &&
      /^\d{1,5}\.\d{2}$/.test(text.slice(money.start, money.end)) &&
      /^\s*(?:[,;]|$)/.test(text.slice(money.end)));
}

/** "1000 luggage straps at US$1.35", "500 pcs of mugs for $2": a counted name with its price. */
const countedThenPriced = new RegExp(
  String.raw`(?<![\w.])\d[\d,]*(?:\s*(?:${englishCountWords}))?\s+(?:of\s+)?((?:[A-Za-z][\w.-]*\s+){0,4}?[A-Za-z][\w-]*)\s+(?:at|@|for|in)\s+(?:(?:a\s+)?total\s+(?:of\s+)?)?(?=[$€£¥]|US\$|USD|RMB|EUR|\d)`,
  "gi",
);
/** "2000 pcs of Bamboo Board": a count, then the name. */
const countedName = new RegExp(
  String.raw`(?<![\w.])\d[\d,]*\s*(?:${englishCountWords})\s+(?:of\s+)?(?=[A-Za-z])`,
  "gi",
);

/**
 * "5 m per reel", "100 pcs/bag": a word that holds a measure or a count of the goods is their package,
 * even where a price is quoted per it ("USD 3.40 per reel"). Amounts of money hold nothing.
 */
function holdsGoods(text: string, word: string): boolean {
  if (!/per|\//i.test(text)) return false;
  const packed = new RegExp(
    String.raw`\d\s?[a-z]{1,6}\s?(?:per|/)\s?${escapeRegex(singular(word.toLowerCase()))}s?\b`,
    "gi",
  );
  return matchesOf(packed, text).some((m) => !/^\d[\d.,]*\s?(?:usd|eur|rmb|cny|gbp)\b/i.test(m[0]));
}

/** "Hi Daniel 👋 ", "Dear Ms. Chen, ": a greeting that opens a line, the name it greets and the marks after. */
const greetingLead =
  /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\b[\s,!]*(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?(?:\p{Lu}\p{Ll}+\b)?[^\p{L}\d]*/u;

/**
 * "rubber hex dumbbells and chrome dumbbells", "cotton tote bags and jute bags": a second product joined by
 * "and" that ends in the same noun is a product of its own, not a word of the first one's sentence.
 */
function coordinatedName(text: string, start: number, name: string): { name: string; start: number } | null {
  const at = text.indexOf(name, start);
  if (at < 0) return null;
  const joint = /^\s*(?:,\s*)?(?:and|&|\+|plus)\s+(?:(?:the|some|also)\s+)?/i.exec(
    text.slice(at + name.length),
  );
  if (!joint) return null;
  const from = at + name.length + joint[0].length;
  const second = phraseFrom(text, from);
  if (!second || headOf(second) !== headOf(name) || tokens(second).length < 2) return null;
  return { name: second, start: from };
}

/**
 * What comes before a part a product comes with: "with", "incl.", "including", "w/" and the part's words up to
 * it, no comma between ("lantern, 300 lumen, with battery and USB-C cable").
 */
export const accessoryLead = String.raw`\b(?:with|incl\.?|including|w\/)\s[^,;:]*$`;
const accessoryBefore = new RegExp(accessoryLead, "i");

/** Goods named right after their price, up to the end of its part: " leggings," of "$7.40/pc leggings, $5.20/pc bra". */
const priceThenName =
  /^(?:\s?\/\s?(?:pcs?|pieces?|units?|sets?|pairs?))?\s([a-z][a-z-]{2,}(?:\s[a-z][a-z-]{2,}){0,2})\s*(?:[,;/]|\band\b|$)/i;

/** Words after an amount that qualify it, not goods: "$200 new", "$60 retail", "$5 extra", "$3 incl. VAT". */
const priceQualifier =
  /^(?:new|used|retail|brand|only|just|net|nett|gross|total|tax|vat|incl\w*|excl\w*|extra|more|less|off|cheaper|discount|freight|shipping|delivered|elsewhere|online|deposit|balance|sample|samples|upfront|advance|cash|cheque|check|paypal|payment|value|worth|budget)\b/i;

/** Every product phrase in the clauses, in order. */
export function findItemCandidates(clauses: readonly Clause[]): ItemCandidate[] {
  const found: ItemCandidate[] = [];
  clauses.forEach((clause, index) => {
    const text = clause.text;
    for (const [quick, pattern, strong] of triggers) {
      if (!quick.test(text)) continue;
      for (const m of matchesOf(pattern, text)) {
        const start = m.index + m[0].length;
        const name = phraseFrom(text, start);
        if (!name) continue;
        found.push({ name: tidy(name), clause: index, start, strong });
        const second = coordinatedName(text, start, name);
        if (second) found.push({ name: tidy(second.name), clause: index, start: second.start, strong });
      }
    }
    for (const m of matchesOf(
      /\s+(?:price list|prices?|pricing|quotation)\b(?=\s*(?:is|are|:|for|as)\b|\s*[:：])/gi,
      text,
    )) {
      // ("steel price is high this month", "raw material price going up": the market, no goods quoted.)
      if (marketMove.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      const name = phraseBefore(text, m.index);
      // ("Grace first price: scale USD 10.50", "our final price:": which of the prices it is, no product.)
      if (name && !priceOrdinal.test(tokens(name).at(-1) ?? ""))
        found.push({
          name: tidy(name),
          clause: index,
          start: Math.max(0, m.index - name.length),
          strong: true,
        });
    }
    // A product line introducing a price list ("22 momme silk pillowcase, 51x76 cm:").
    if (
      /[:：]\s*$/.test(text) &&
      clauses[index + 1]?.message === clause.message &&
      findMoney(clauses[index + 1]!.text).some((m) => !m.bare)
    ) {
      const from = greetingLead.exec(text)?.[0].length ?? 0;
      const name = phraseFrom(text, from);
      if (name) found.push({ name: tidy(name), clause: index, start: from, strong: true });
    }
    /** A name counted just before its price ("ceramic mug 1200 pcs, total USD 1,176"). */
    const pushCounted = (money: MoneyMention, floor: number) => {
      const counted = countThenPrice.exec(text.slice(Math.max(floor, money.start - 40), money.start));
      if (!counted) return;
      const at = Math.max(floor, money.start - 40) + counted.index;
      // ("600 ml drip kettle: 300 pcs USD 14.80 / 500 pcs USD 13.90": a tier table's rows after the name and a colon.)
      // (Only a name that is all the line holds before its colon: "Magnet tube 12.1 mm, ABS inner:" lists specs.)
      const colon = /[:：]\s*$/.exec(text.slice(floor, at));
      const named = colon ? phraseBefore(text, floor + colon.index, floor) : null;
      const wholeLine =
        named !== null &&
        text
          .slice(floor, floor + colon!.index)
          .replace(/\s*\([^()]{0,40}\)/g, "")
          .trim() === named;
      const name = wholeLine ? named : phraseBefore(text, at, floor);
      if (name && acceptable(name))
        found.push({
          name: tidy(name),
          clause: index,
          start: Math.max(0, at - name.length - 1),
          strong: true,
          counted: true,
        });
    };
    // "X is 6.5 RMB/pc", "our claw clips price is 0.42 usd/pc", "1000 luggage straps at US$1.35", "$1.45 per strap".
    let previousEnd = 0;
    const monies = findMoney(text);
    const pricedHere = pricedAmong(text, monies);
    for (const [at, money] of monies.entries()) {
      const floor = previousEnd;
      if (pricedHere(money)) previousEnd = money.end;
      // "poop bag roll 40000 rolls x 0.058 = 2320": a bare price is an order line's when its sum checks out.
      if (money.bare && multipliesOut(text, money, monies[at + 1])) {
        previousEnd = money.end;
        pushCounted(money, floor);
        continue;
      }
      if (!pricedHere(money) || isFeeContext(segmentAt(text, money.start))) continue;
      // Only the few words before the price can link it to its subject: read no further back.
      const from = Math.max(0, money.start - 40);
      const subject = linkBefore.exec(text.slice(from, money.start));
      if (subject) {
        // A sentence opening with the name and its price ("Full set seat cover 18.70 usd/set") links them too.
        const opening = from === 0 && subject.index > 0 && /^[^,;:]+$/.test(text.slice(0, subject.index));
        const linked = subject[0].trim() !== "";
        const before = from + subject.index > floor ? phraseBefore(text, from + subject.index, floor) : null;
        const opened =
          before === null && floor === 0 ? openingBeforePrice(text, from + subject.index, subject[0]) : null;
        const name = before ?? opened;
        const words = name ? tokens(name) : [];
        const q = /^\d[\d,]*$/.test(words[0] ?? "") && !sizeLed(words) ? words.slice(1).join(" ") : name;
        const at = opened ? text.indexOf(opened) : Math.max(0, from + subject.index - (q?.length ?? 0));
        // "camping lantern, 300 lumen, with battery and USB-C cable: USD 6.40/pc": a part the product comes
        // with, named last before the price, is not what the price is for.
        const accessory =
          accessoryBefore.test(text.slice(0, at)) &&
          found.some((other) => other.clause === index && other.start < at);
        if (q && acceptable(q) && !accessory)
          found.push({
            name: tidy(q),
            clause: index,
            start: at,
            strong: linked || (opening && isProductHead(headOf(q))),
          });
      }
      pushCounted(money, floor);
      // "Price $7.40/pc leggings, $5.20/pc bra": a price written before the goods it is for, each in its own
      // part of the sentence.
      // (A price put per a word of the goods, "EUR 4.00 per cat bed", names them already.)
      const perGoods = money.perUnit !== null && countUnitOf(money.perUnit) === null;
      const named = perGoods ? null : priceThenName.exec(text.slice(money.end, money.end + 50));
      if (
        named &&
        !priceQualifier.test(named[1]!) &&
        !tokens(named[1]!).some((word) => stopWord.test(word)) &&
        acceptable(named[1]!)
      )
        found.push({
          name: tidy(named[1]!),
          clause: index,
          start: money.end + named[0].indexOf(named[1]!),
          strong: false,
        });
      const per = /^\s*(?:\/|\bper\b)\s*([A-Za-z][\w-]{2,})/.exec(text.slice(money.end));
      const unitWord =
        /\bper\s+([A-Za-z][\w-]{2,})$/i.exec(text.slice(money.start, money.end))?.[1] ?? per?.[1];
      if (
        unitWord &&
        !/^(pcs|piece|pieces|unit|units|set|sets|pair|pairs|roll|rolls|each|order|month|year|day|kg|meter)$/i.test(
          unitWord,
        ) &&
        !unitLike.test(unitWord)
      )
        found.push({ name: singular(unitWord), clause: index, start: money.end, strong: false });
    }
    for (const m of matchesOf(countedThenPriced, text)) {
      const name = m[1]!;
      if (acceptable(name))
        found.push({ name: tidy(name), clause: index, start: m.index, strong: true, counted: true });
    }
    for (const m of matchesOf(countedName, text)) {
      const name = phraseFrom(text, m.index + m[0].length);
      if (name && (/[A-Z0-9]/.test(name[0]!) || /\bof\s+$/i.test(m[0])))
        found.push({ name: tidy(name), clause: index, start: m.index + m[0].length, strong: false });
    }
  });
  // "5 m per reel, 800 reels at USD 3.40": a word its sentence packs the goods in names no product.
  return found.filter(
    (candidate) =>
      candidate.name.includes(" ") || !holdsGoods(clauses[candidate.clause]!.text, candidate.name),
  );
}

/** One name's words all within the other's (ignoring plurals): the same product named twice. */
function sameName(a: string, b: string): boolean {
  const wa = tokens(a.toLowerCase()).map(singular);
  const wb = tokens(b.toLowerCase()).map(singular);
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (small.every((w) => large.includes(w))) {
    // "iPhone 16" vs "iPhone 16 Pro": an extra model word makes another product.
    const extra = large.filter((w) => !small.includes(w));
    return !extra.some((w) => /^(pro|max|plus|mini|ultra|lite|xl|xxl|s|m|l|\d+)$/.test(w));
  }
  return false;
}

/** The comma-separated part of a text around a position. */
export function segmentAt(text: string, position: number): string {
  const found = boundariesOf(text);
  let start = 0;
  let end = text.length;
  for (const [from, to] of found) {
    if (to <= position) start = to;
    else if (from >= position) {
      end = from;
      break;
    }
  }
  return text.slice(start, end);
}

// Every mention of a sentence asks for its part: find the sentence's boundaries once.
let boundaryText = "";
let boundaryList: Array<[number, number]> = [];
function boundariesOf(text: string): Array<[number, number]> {
  if (text !== boundaryText) {
    boundaryText = text;
    // (A gap of three spaces or a tab sets the fields of a pasted document apart: "Unit price: US $1.72    Subtotal:
    // US $4,128.00".)
    boundaryList = matchesOf(/,(?!\d{3}\b)|;|，|；|\band\b|\bbut\b|\s{3,}|\t/gi, text).map((m) => [
      m.index,
      m.index + m[0].length,
    ]);
  }
  return boundaryList;
}

function expandVariant(base: string, variant: string): string | null {
  const a = tokens(base);
  const b = tokens(variant);
  for (let k = Math.min(a.length - 1, b.length - 1); k >= 1; k--) {
    const tail = a
      .slice(a.length - k)
      .join(" ")
      .toLowerCase();
    if (b.slice(0, k).join(" ").toLowerCase() === tail) return [...a.slice(0, a.length - k), ...b].join(" ");
  }
  return null;
}

export function keysOf(name: string): string[] {
  const words = tokens(name.toLowerCase());
  const keys: string[] = [];
  // "bush 8x12x10 mm" is the chat's "bush 8x12x10" too: a size's unit is as often left out as written.
  const unitLast = words.length >= 3 && unitAfterNumber(words, words.length - 1);
  for (const named of unitLast ? [words, words.slice(0, -1)] : [words])
    for (let i = 0; i < named.length; i++) {
      const suffix = named.slice(i);
      // (A number's unit alone names no line: "mm" ends every sized name of the order; a size "M" does.)
      const unitOfNumber = suffix.length === 1 && i > 0 && unitAfterNumber(named, i);
      // (Numbers alone name nothing, but a size of two or three measures does: "8x12x10" is that bush's.)
      const dimensions =
        suffix.length === 1 && /^\d+(?:[.,]\d+)?(?:[x×*]\d+(?:[.,]\d+)?){1,2}$/.test(suffix[0]!);
      if (stopWord.test(suffix[0]!) || (suffix.every((w) => /^\d/.test(w)) && !dimensions) || unitOfNumber)
        continue;
      if (!keys.includes(suffix.join(" "))) keys.push(suffix.join(" "));
    }
  const head = headOf(name);
  if (head.length >= 3 && !keys.includes(head)) keys.push(head);
  // "ball valve" for "stainless ball valve DN50", "battery" for "lithium battery module": the noun before
  // the head is how a chat shortens a name (a key several items share names none of them).
  const at = words.findLastIndex((word) => singular(word) === head);
  const modifier = at > 0 ? words[at - 1]! : "";
  // ("oil filter", "air filter": a short modifier names the item too, unless it only describes it.)
  const describes =
    modifier.length < 4 &&
    (isColourWord(modifier) ||
      isSizeWord(modifier) ||
      isNonProductWord(modifier) ||
      /^(?:the|and|for|any|all|our|its|his|her|one|two|six|ten|new|old|per|top|set|pcs)$/.test(modifier));
  if (
    /^[a-z][a-z-]{2,}$/.test(modifier) &&
    !describes &&
    !stopWord.test(modifier) &&
    !generic.test(modifier)
  ) {
    for (const key of [`${modifier} ${head}`, modifier]) if (!keys.includes(key)) keys.push(key);
  }
  // "15400-PLM-A02": a part number led by digits names its item whole; so does a model code ("BV-R60: AUD 72").
  for (const word of words) if (anyCasePartNumber.test(word) && !keys.includes(word)) keys.push(word);
  // (A name holding two codes is no one model's: only a sole code names it.)
  const codes = tokens(name).filter(isModelCode);
  if (codes.length === 1 && !keys.includes(codes[0]!.toLowerCase())) keys.push(codes[0]!.toLowerCase());
  // "plato 10.5 inch" is the item a buyer counts as "120 plates": goods named in Spanish, Portuguese, French or
  // German are named by their English word too.
  for (const word of words) {
    const english = englishOf(word);
    if (english && !keys.includes(english)) keys.push(english);
  }
  // "13 inch sleeve" is the 13" one: a size in inches names its item however the inches are written.
  words.forEach((word, i) => {
    const inches = /^(\d{1,2}(?:\.\d)?)(?:"|”|-?inch(?:es)?|in)?$/.exec(word);
    if (!inches || (!/\D/.test(word) && !/^(?:inch|inches|in)$/.test(words[i + 1] ?? ""))) return;
    for (const key of [`${inches[1]}"`, `${inches[1]}”`, `${inches[1]} inch`, `${inches[1]}-inch`])
      if (!keys.includes(key)) keys.push(key);
  });
  return keys;
}

/** A measure word on its own ("mm", "ml", "gsm"). */
const measureWordOnly = new RegExp(`^(?:${measureWordSource})$`, "i");
/** The word at `at` is the unit of a number just before it ("8x12x10 mm", "500 ml"). */
const unitAfterNumber = (words: readonly string[], at: number) =>
  measureWordOnly.test(words[at]!) && /^\d/.test(words[at - 1] ?? "");

/** Where items are mentioned in a text: the longest unambiguous key wins each place. */
export function itemMentions(
  text: string,
  items: readonly ItemRef[],
): Array<{ item: number; start: number; end: number }> {
  const owners = new Map<string, Set<number>>();
  items.forEach((item, index) => {
    for (const key of [...item.keys, ...(item.labels ?? [])]) {
      const set = owners.get(key) ?? new Set<number>();
      set.add(index);
      owners.set(key, set);
    }
  });
  const lower = text.toLowerCase();
  const hits: Array<{ item: number; start: number; end: number }> = [];
  const keys = [...owners.keys()].sort((a, b) => b.length - a.length);
  for (const key of keys) {
    const { stem, source } = pluralForms(key);
    if (!lower.includes(stem)) continue;
    const pattern = new RegExp(`(?<![\\w-])${source}(?![\\w-])`, "g");
    for (const m of matchesOf(pattern, lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (hits.some((h) => start < h.end && end > h.start)) continue;
      const set = owners.get(key)!;
      // A key shared by several items (e.g. "case") still occupies the place but names none of them.
      hits.push({ item: set.size === 1 ? [...set][0]! : -1, start, end });
    }
  }
  hits.push(...numberedMentions(text, items, hits));
  hits.push(...proFormMentions(lower, items, hits));
  if (items.length >= 2) hits.push(...abbreviatedMentions(lower, items, hits));
  if (items.length >= 2 && /\d\s?[x×*]\s?\d/.test(lower)) hits.push(...sizedMentions(lower, items, hits));
  return hits.filter((hit) => hit.item >= 0).sort((a, b) => a.start - b.start);
}

/**
 * The long words of each item's name, read once per list of items (every sentence's mentions ask); read again
 * when a name of the list was changed in place.
 */
const longWords = new WeakMap<readonly ItemRef[], { names: string; words: string[][] }>();
function longWordsOf(items: readonly ItemRef[]): string[][] {
  const names = items.map((item) => item.name).join("\u0001");
  let known = longWords.get(items);
  if (known?.names !== names) {
    known = {
      names,
      words: items.map((item) => tokens(item.name.toLowerCase()).filter((word) => /^[a-z]{7,}$/.test(word))),
    };
    longWords.set(items, known);
  }
  return known.words;
}

/**
 * "holo sticker" for the "holographic die cut logo sticker": a word of four letters or more that opens a long
 * word of one item's name and of no other's names that item, where nothing else in its place did.
 */
function abbreviatedMentions(
  lower: string,
  items: readonly ItemRef[],
  hits: ReadonlyArray<{ start: number; end: number; item: number }>,
): Array<{ item: number; start: number; end: number }> {
  const long = longWordsOf(items);
  const found: Array<{ item: number; start: number; end: number }> = [];
  for (const m of matchesOf(/(?<![\w-])[a-z]{4,6}(?![\w-])/g, lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((hit) => start < hit.end && end > hit.start)) continue;
    const owners = long.flatMap((words, item) =>
      words.some((word) => word.startsWith(m[0]) && word !== m[0]) ? [item] : [],
    );
    if (owners.length === 1) found.push({ item: owners[0]!, start, end });
  }
  return found;
}

/** A size of two or three measures written with "x": "60x60", "30 x 120", "595×595×10". */
const sizeMention =
  /(?<![\w.])(\d{1,4}(?:\.\d)?)\s?[x×*]\s?(\d{1,4}(?:\.\d)?)(?:\s?[x×*]\s?(\d{1,4}(?:\.\d)?))?(?![\d.])/g;

function measuresOf(m: RegExpExecArray): number[] {
  return [m[1], m[2], m[3]].filter((figure) => figure !== undefined).map(Number);
}

/** Two sizes alike, the one in centimetres and the other in millimetres or the same, as trade rounds them ("60x60" and "595x595 mm"). */
function sameSize(said: readonly number[], named: readonly number[]): boolean {
  if (said.length !== named.length) return false;
  return [1, 10, 0.1].some((scale) =>
    said.every((figure, i) => figure > 0 && Math.abs((figure * scale) / named[i]! - 1) <= 0.02),
  );
}

/**
 * "60x60 panel: we need 1200" for the row "LP-6060-40 | panel 595x595 mm": a size names the one item whose model
 * code spells its figures ("6060") or whose own size it is, as the trade rounds it (60 cm, 595 mm).
 */
function sizedMentions(
  lower: string,
  items: readonly ItemRef[],
  hits: ReadonlyArray<{ start: number; end: number; item: number }>,
): Array<{ item: number; start: number; end: number }> {
  const found: Array<{ item: number; start: number; end: number }> = [];
  for (const m of matchesOf(sizeMention, lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((hit) => start < hit.end && end > hit.start)) continue;
    const said = measuresOf(m);
    const digits = said.join("");
    const owners = items.flatMap((item, index) => {
      const name = item.name.toLowerCase();
      const coded = tokens(item.name).some(
        (word) => isModelCode(word) && word.replace(/\D+/g, " ").split(" ").includes(digits),
      );
      const sized = [...matchesOf(sizeMention, name)].some((own) => sameSize(said, measuresOf(own)));
      return coded || sized ? [index] : [];
    });
    if (owners.length === 1) found.push({ item: owners[0]!, start, end });
  }
  return found;
}

/** "item 2", "item (2)", "item no. 3", "items 1, 2 and 3": items named by the numbers they were listed under. */
const itemNumber =
  /\bitems?\s?(?:no\.?\s?|#\s?)?\(?(\d{1,2})\)?(?![\d.,]?\d)((?:\s?(?:,|and|&)\s?\(?\d{1,2}\)?(?![\d.,]?\d))*)/gi;

/**
 * Each number of "item 2", "items 1, 2 and 3": the number, its digits' span, and where the mention starts
 * (the first number names the item with its word, "item 2"; the others stand alone, "1, 2 and 3").
 */
function listNumbersIn(text: string): Array<{ number: number; from: number; start: number; end: number }> {
  if (!/\bitem/i.test(text)) return [];
  return matchesOf(itemNumber, text).flatMap((m) => {
    const first = m[0].search(/\d/);
    return matchesOf(/\d{1,2}/g, m[0]).map((digits) => ({
      number: Number(digits[0]),
      from: digits.index === first ? m.index : m.index + digits.index,
      start: m.index + digits.index,
      end: m.index + digits.index + digits[0].length,
    }));
  });
}

/** Where the numbers of "item 2", "items 1, 2 and 3" stand: list numbers, never a price or a count. */
export function itemNumberSpans(text: string): Array<{ start: number; end: number }> {
  return listNumbersIn(text).map(({ start, end }) => ({ start, end }));
}

/** "the round ones", "the blue one": a word of one item's name before "one(s)" names that item. */
const proForm = /\bthe\s(?:\d[\d,]*\s)?([a-z][a-z-]{2,})\sones?\b/g;

function proFormMentions(
  lower: string,
  items: readonly ItemRef[],
  taken: ReadonlyArray<{ start: number; end: number }>,
): Array<{ item: number; start: number; end: number }> {
  if (!lower.includes(" one") || items.length < 2) return [];
  const found: Array<{ item: number; start: number; end: number }> = [];
  for (const m of matchesOf(proForm, lower)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = m.index + m[0].length;
    if (taken.some((h) => start < h.end && end > h.start)) continue;
    const owners = items.flatMap((item, index) => (wordsOf(item.name).includes(m[1]!) ? [index] : []));
    if (owners.length === 1) found.push({ item: owners[0]!, start, end });
  }
  return found;
}

function numberedMentions(
  text: string,
  items: readonly ItemRef[],
  taken: ReadonlyArray<{ start: number; end: number }>,
): Array<{ item: number; start: number; end: number }> {
  const numbers = listNumbersIn(text);
  if (numbers.length === 0) return [];
  const byNumber = new Map<number, number>();
  items.forEach((item, index) => {
    if (item.position === undefined) return;
    // Two items under one number name neither.
    byNumber.set(item.position, byNumber.has(item.position) ? -1 : index);
  });
  if (byNumber.size < 2) return [];
  return numbers
    .filter(({ from, end }) => !taken.some((hit) => from < hit.end && end > hit.start))
    .map(({ number, from, end }) => ({ item: byNumber.get(number) ?? -1, start: from, end }));
}

/**
 * Decide the order's items from the candidates: several when names are priced apart, or when one
 * sentence counts more products apart than the names told apart ("2000 spatula, 1500 turner, 1500 ladle").
 */
export function resolveItems(clauses: readonly Clause[], candidates: readonly ItemCandidate[]): ItemRef[] {
  const named = withDistinctNames(resolveNamedItems(clauses, candidates), clauses);
  const lots = countedLots(clauses);
  if (lots.length > named.length) return fromLots(clauses, lots, named.length === 1 ? named[0]! : null);
  if (lots.length < 2) return named;
  // Items named apart keep their names; the labels they were counted by ("800 chef") name them too.
  // ("2000 boxes coffin": the container the goods are counted in is no word of the label.)
  const labelWords = (label: string) => {
    const words = wordsOf(label);
    const kept = words.filter((word, i) => i > 0 || !(isPackageWord(word) || containerWord.test(word)));
    return kept.length > 0 ? kept : words;
  };
  return named.map((item) => {
    // ("8 oz double wall cup" counted as "60,000 pcs 8oz": a measure is the same word spaced or not.)
    const words = [...wordsOf(item.name), ...wordsOf(item.name.replace(spacedMeasure, "$1$2"))];
    const lot = lots.find((lot) => labelWords(lot.label).every((word) => words.includes(word)));
    return lot ? { ...item, labels: [lot.label.toLowerCase()] } : item;
  });
}

/** A figure and the unit it measures in, written apart ("8 oz", "600 ml"). */
const spacedMeasure = new RegExp(String.raw`(\d)\s(${measureUnits})\b`, "gi");

/**
 * Products listed under one name ("1. Autoclavable biohazard bag, red, 600 x 780 mm" and "2. Autoclavable biohazard
 * bag, yellow, 300 x 500 mm"): each takes the parts written after its name, a comma apart, until the names differ,
 * so the card tells them apart and each is named by its own words ("red", "600 x 780 mm").
 */
function withDistinctNames(items: ItemRef[], clauses: readonly Clause[]): ItemRef[] {
  const lower = items.map((item) => item.name.toLowerCase());
  if (new Set(lower).size === items.length) return items;
  // (At most two parts, each short: a colour, a size, not the spec list that follows.)
  const parts = items.map((item) => {
    const text = clauses[item.clause]!.text;
    const at = text.toLowerCase().indexOf(item.name.toLowerCase(), item.start);
    if (at < 0) return [];
    const after = text.slice(at + item.name.length).split(/[,;]/);
    return after
      .slice(1, 3)
      .map((part) => part.trim())
      .filter((part) => part.length > 0 && part.length <= 24);
  });
  // ("big bag 60,000 x $0.092, small bag 100,000": of two sizes of one product, the larger is the big one.)
  const areas = parts.map((own) => {
    const size = own
      .map((part) => /(\d+(?:\.\d+)?)\s?[x×*]\s?(\d+(?:\.\d+)?)/.exec(part))
      .find((m) => m !== null);
    return size ? Number(size[1]) * Number(size[2]) : null;
  });
  return items.map((item, index) => {
    const twins = lower.flatMap((name, other) => (other !== index && name === lower[index] ? [other] : []));
    const own = parts[index]!.findIndex((part) => twins.every((twin) => !parts[twin]!.includes(part)));
    if (twins.length === 0 || own < 0) return item;
    const extra = parts[index]!.slice(0, own + 1);
    const name = [item.name, ...extra].join(" ");
    const area = areas[index];
    const twin = twins.length === 1 ? areas[twins[0]!] : null;
    const bySize =
      area != null && twin != null && area !== twin
        ? area > twin
          ? ["big", "large", "bigger", "larger"]
          : ["small", "smaller"]
        : [];
    return {
      ...item,
      name,
      keys: keysOf(name),
      labels: [...(item.labels ?? []), ...extra.map((part) => part.toLowerCase()), ...bySize],
    };
  });
}

/** Words saying which of the prices one is ("first price", "final price", "new price"). */
const priceOrdinal =
  /^(?:first|second|third|last|final|new|old|best|target|opening|initial|revised|current|latest|special|good|lowest|bottom|floor)$/i;

/** Containers goods are counted in before their name ("2000 boxes coffin", "500 bags lavender"). */
const containerWord = /^(?:box|bag|pack|bottle|tube|jar|tin|can|pouch)$/;

/** Words of a name, lower case and singular, for comparing names. */
const wordsOf = (name: string) => tokens(name.toLowerCase()).map(singular);

/**
 * Items from the lots of one sentence. A label naming a product ("turner", "farm puzzle") takes its
 * fullest phrase in the chat; a label that only tells variants apart ("36V", "small", "8oz") goes before
 * the product it varies: the phrase named just before the label first appears, else the one item read.
 */
function fromLots(clauses: readonly Clause[], lots: readonly Lot[], single: ItemRef | null): ItemRef[] {
  const labelWords = lots.map((lot) => wordsOf(lot.label));
  // The one product the chat names by its model code ("one-piece swimsuit BW-2217") is what the sizes are of,
  // before a part the quote lists beside them ("removable cups").
  // (Where the chat opens, as a product is introduced; a code met later numbers a part, "cells INR18650".)
  const coded = soleCodedName(clauses);
  const introduced =
    coded &&
    openingMessages(clauses).has(clauses[coded.clause]!.message) &&
    namesGoods({ name: coded.name, head: headOf(coded.name) })
      ? coded.name
      : null;
  const opened = firstProductPhrase(clauses)?.name ?? null;
  const chatProduct = opened && isProductHead(singular(headOf(opened))) ? opened : null;
  return lots.map((lot, index) => {
    const own = labelWords[index]!;
    const theirs = new Set(labelWords.filter((_, i) => i !== index).flat());
    const distinctive = own.filter((word) => !theirs.has(word) && !stopWord.test(word));
    const foreign = (phrase: string) =>
      wordsOf(phrase).some((word) => theirs.has(word) && !own.includes(word));
    let name = lot.label;
    let head = headOf(lot.label);
    if (labelNamesProduct(clauses, lot)) {
      const fuller = fullerPhrase(clauses, own, foreign);
      if (fuller) name = fuller;
      head = headOf(name);
    } else {
      const nearest = goodsNamedBefore(clauses, lot.label, foreign);
      // "kraft paper bags ... Size M 26x12x32cm, 120gsm brown kraft": a phrase before the label that ends in a
      // material is a spec of the product the chat opened with.
      const read = nearest ?? single?.name ?? null;
      const family =
        chatProduct && (!read || isMaterialWord(headOf(read))) && !foreign(chatProduct) ? chatProduct : null;
      const base = introduced ?? family ?? read;
      if (base) {
        // The base's head stays though another line's label holds it ("1000-piece puzzle" beside "500-piece").
        const baseHead = headOf(base);
        const kept = tokens(base).filter((word) => {
          const key = singular(word.toLowerCase());
          return !own.includes(key) && (key === baseHead || !foreign(word));
        });
        const baseName = kept.join(" ");
        // "S", "M", "XL" follow the name ("nylon dog collar M"); other variant words lead it ("small kraft paper bag").
        // (A size written in lower case, "s 400 m 600", is a size letter all the same.)
        const letter =
          /^[a-z]{1,3}$/.test(lot.label) && isSizeWord(lot.label) ? lot.label.toUpperCase() : lot.label;
        if (baseName) {
          // (So do variants listed by kind, "3 scents: Black Ice, New Car": "car air freshener Black Ice".)
          const follows = /^[A-Z]{1,3}$/.test(letter) || listedAsVariant(clauses, lot.label.toLowerCase());
          name = follows ? `${baseName} ${letter}` : `${letter} ${baseName}`;
          head = headOf(baseName);
        }
      }
    }
    const clause = clauses[lot.clause]!;
    return {
      name,
      keys: keysOf(name),
      head,
      clause: lot.clause,
      start: Math.max(0, clause.text.indexOf(lot.label, lot.start)),
      // ("6204 if 10000pcs": a part number is also named by its digits alone.)
      labels: [
        lot.label.toLowerCase(),
        ...distinctive.filter((word) => word.length >= 2),
        ...distinctive.flatMap((word) => /^(\d{4,6})-/.exec(word)?.[1] ?? []),
      ],
    };
  });
}

/**
 * Items told apart by their labels, once named in full: a word of one item's name and of no other's
 * names that item alone ("100-piece", "farm", "36v"); a label word another item's name holds names none.
 */
export function withOwnWords(items: readonly ItemRef[]): ItemRef[] {
  return items.map((item, index) => {
    if (!item.labels) return item;
    const others = new Set(items.filter((_, i) => i !== index).flatMap((other) => wordsOf(other.name)));
    const own = wordsOf(item.name).filter(
      (word) => !stopWord.test(word) && /[a-z]/.test(word) && word.length >= 2,
    );
    const labels = [...item.labels, ...own].filter((word) => !others.has(word));
    return { ...item, labels: [...new Set(labels)] };
  });
}

/** Measures written out and short, one pair a row: "3 gallon" is named "3 gal" as well. */
const measureSpellings: ReadonlyArray<readonly [RegExp, string, RegExp, string]> = [
  [/\bgallons?\b/, "gal", /\bgal\b/, "gallon"],
  [/\bounces?\b/, "oz", /\boz\b/, "ounce"],
  [/\bpounds?\b/, "lb", /\blbs?\b/, "pound"],
  [/\blit(?:er|re)s?\b/, "ltr", /\bltrs?\b/, "liter"],
  [/\bmillilit(?:er|re)s?\b/, "ml", /\bml\b/, "milliliter"],
  // Colours written short in quick replies ("500 blk + 300 brn", "5.50 blk x 500").
  [/\bblack\b/, "blk", /\bblk\b/, "black"],
  [/\bbrown\b/, "brn", /\bbrn\b/, "brown"],
  [/\bwhite\b/, "wht", /\bwht\b/, "white"],
  [/\bgr[ae]y\b/, "gry", /\bgry\b/, "grey"],
  [/\bgreen\b/, "grn", /\bgrn\b/, "green"],
  [/\bnavy\b/, "nvy", /\bnvy\b/, "navy"],
  // And in Chinese beside English ("Black 1,200 條" then "黑色 9.80 x 1200").
  [/\bblack\b/, "黑色", /黑色/, "black"],
  [/\bwhite\b/, "白色", /白色/, "white"],
  [/\bred\b/, "红色", /红色/, "red"],
  [/\bblue\b/, "蓝色", /蓝色/, "blue"],
  [/\bgreen\b/, "绿色", /绿色/, "green"],
  [/\byellow\b/, "黄色", /黄色/, "yellow"],
  [/\bgrey\b/, "灰色", /灰色/, "grey"],
  [/\bpink\b/, "粉色", /粉色/, "pink"],
  [/\borange\b/, "橙色", /橙色/, "orange"],
  [/\bbrown\b/, "棕色", /棕色/, "brown"],
  [/\bpurple\b/, "紫色", /紫色/, "purple"],
];

/** The other spellings of a name or label whose measure or colour is written out or short ("3 gallon", "3 gal"; "blk"). */
function otherSpellings(key: string): string[] {
  return measureSpellings.flatMap(([long, short, abbreviation, full]) => [
    ...(long.test(key) ? [key.replace(long, short)] : []),
    ...(abbreviation.test(key) ? [key.replace(abbreviation, full)] : []),
  ]);
}

/** A size in a product's name ("350ml milk jug", "kettle 1.0 L"): its figure and its unit. */
const sizeInName = new RegExp(String.raw`(?<![\d.,])${figureAndUnit}(?![\w-])`, "i");

/** Items named however their measure or colour is spelt: "7 gal 0.99" prices the "7 gallon" bag, "blk" the black one. */
export function withMeasureSpellings(items: readonly ItemRef[]): ItemRef[] {
  // ("350ml milk jug" and "600ml milk jug": "1000 of the 350ml" names the first by its size alone.)
  const sizes = items.map((item) => {
    const m = sizeInName.exec(item.name);
    return m ? `${m[1]}${m[2]!.toLowerCase()}` : null;
  });
  // (A size another item's name holds anywhere, "COB strip 24V" beside "24V 60W adapter", tells neither apart.)
  const compact = items.map((item) => item.name.toLowerCase().replace(/(\d)\s(?=[a-z])/g, "$1"));
  return items.map((item, index) => {
    const size = sizes[index] ?? null;
    const sizeWritten = size === null ? null : new RegExp(String.raw`(?<![\d.])${escapeRegex(size)}(?![\w])`);
    const own =
      sizeWritten !== null &&
      items.length >= 2 &&
      compact.every((name, other) => other === index || !sizeWritten.test(name));
    const sized = own ? [size!, size!.replace(/^([\d.]+)/, "$1 ")] : [];
    const keys = item.keys.flatMap(otherSpellings);
    const labels = [...(item.labels ?? []).flatMap(otherSpellings), ...sized];
    if (keys.length === 0 && labels.length === 0) return item;
    return {
      ...item,
      keys: [...new Set([...item.keys, ...keys])],
      ...(item.labels || sized.length > 0
        ? { labels: [...new Set([...(item.labels ?? []), ...labels])] }
        : {}),
    };
  });
}

/** A noun phrase the tagger reads as goods: a head of letters that is no generic, trade, size or colour word. */
export function namesGoods(phrase: { name: string; head: string }): boolean {
  const head = singular(phrase.head);
  if (!/^[a-z][a-z-]{2,}$/.test(head)) return false;
  if (generic.test(head) || unitLike.test(head) || notGoods.test(head) || companyWordAfter.test(head))
    return false;
  // ("LED panel", "PCB board": a technology's capitals before a part word make it goods of their own.)
  const technology = isPartWord(head) && /(?:^|\s)[A-Z]{2,5}\s\S+$/.test(phrase.name);
  return (technology || !isNonProductWord(head)) && !isColourWord(head) && acceptable(phrase.name);
}

/** Sentences that hold a word, in chat order, samples aside: the few the tagger reads for a label. */
function clausesWith(clauses: readonly Clause[], word: string, limit: number, whole = false): number[] {
  const found: number[] = [];
  // A label is matched whole ("S" is no "sizes"); a stem is matched as the start of a word ("knive" in "knives").
  const pattern = new RegExp(
    String.raw`(?<![\w-])${escapeRegex(word)}${whole ? String.raw`(?![\w-])` : ""}`,
    "i",
  );
  for (let index = 0; index < clauses.length && found.length < limit; index++)
    if (!clauses[index]!.sample && pattern.test(clauses[index]!.text)) found.push(index);
  return found;
}

/** The longest noun phrase in the chat holding every word of a label and no other label's word. */
function fullerPhrase(
  clauses: readonly Clause[],
  own: readonly string[],
  foreign: (phrase: string) => boolean,
): string | null {
  let best: string | null = null;
  const stem = pluralForms(own[own.length - 1]!).stem;
  for (const index of clausesWith(clauses, stem, 12)) {
    for (const phrase of nounPhrases(clauses[index]!.text)) {
      const words = wordsOf(phrase.name);
      if (words.length > 6 || !own.every((word) => words.includes(word)) || foreign(phrase.name)) continue;
      // ("best price trowel 1.72": the tagger's phrase holds the price talk before the goods.)
      if (!namesGoods(phrase) || words.some((word) => priceTalk.test(word))) continue;
      if (!best || words.length > tokens(best).length) best = tidy(phrase.name);
    }
  }
  return best;
}

/** How a market price moves, after "steel price": "is high", "are going up", "increased". */
const marketMove =
  /^\s*(?:is|are|has|have|was|were)?\s?(?:very\s|so\s|too\s|still\s|getting\s|going\s|been\s)?(?:high|higher|up|rising|increas\w*|low|lower|down|dropp\w*|stable|chang\w*|crazy)\b/i;

/** A label naming the product field just before a name: "item: ", "Product 2: ". */
const itemLabelBefore = /\b(?:item|product|article)(?:\s?#?\d{1,2})?\s?[:：]\s*$/i;

/** Words of price talk, never of a product's name. */
export const priceTalk = /^(?:price|prices|pricing|cost|quote|quotation|offer)$/i;

/** The goods phrase said nearest before a label where the label is first named ("downtube battery packs, two versions: 36V"). */
/** Words after a size word that make it the order's size, not a variant's: "small order", "large quantity". */
const orderSized =
  /^\s(?:orders?|quantit(?:y|ies)|qty|batch|lots?|amounts?|business|brand|shop|company|budget|runs?|volumes?|trial)\b/i;

function goodsNamedBefore(
  clauses: readonly Clause[],
  label: string,
  foreign: (phrase: string) => boolean,
): string | null {
  // Where the label stands as a word ("M" in "..., M 70cm", not the m of "50cm"), first as a variant: "for a
  // small order", "a large quantity" size the order, no goods.
  const whole = new RegExp(String.raw`(?<![\w-])${escapeRegex(label)}(?![\w-])`, "i");
  let text = "";
  let at = -1;
  for (const index of clausesWith(clauses, label, 4, true)) {
    const found = whole.exec(clauses[index]!.text);
    if (!found) continue;
    const after = clauses[index]!.text.slice(found.index + found[0].length);
    if (orderSized.test(after)) continue;
    text = clauses[index]!.text;
    at = found.index;
    break;
  }
  if (at < 0) return null;
  // "Sherry, we'd like 800 sets of ...": a name the sentence opens by addressing is a person, not goods.
  const addressed = (phrase: { start: number; end: number }) =>
    phrase.start === 0 && /^\s*,/.test(text.slice(phrase.end));
  // The tagger may take a size letter into the phrase it follows ("donut bed S"): the goods are the words before it.
  const phrases = nounPhrases(text).map((phrase) => {
    const words = phrase.name.split(/\s+/);
    let kept = words.length;
    while (kept > 1 && isSizeWord(words[kept - 1]!) && /^[A-Z]{1,3}$/i.test(words[kept - 1]!)) kept--;
    // "sizes S and L": what the letter follows is no goods.
    if (kept === words.length || isNonProductWord(words[kept - 1]!.replace(/s$/i, ""))) return phrase;
    const name = words.slice(0, kept).join(" ");
    return { ...phrase, name, head: words[kept - 1]!.toLowerCase(), end: phrase.start + name.length };
  });
  // ("price for 20W PD charger and 65W GaN": the goods the label opens, right after it, are what it varies.)
  const labelEnd = at + label.length;
  const opened = phrases.find(
    (phrase) =>
      phrase.start > labelEnd &&
      /^\s{1,2}$/.test(text.slice(labelEnd, phrase.start)) &&
      namesGoods(phrase) &&
      !foreign(phrase.name),
  );
  if (opened) return tidy(opened.name);
  const before = phrases.filter(
    (phrase) => phrase.end <= at && namesGoods(phrase) && !foreign(phrase.name) && !addressed(phrase),
  );
  const nearest = before[before.length - 1];
  return nearest ? tidy(nearest.name) : null;
}

function resolveNamedItems(clauses: readonly Clause[], candidates: readonly ItemCandidate[]): ItemRef[] {
  const named = firstProductPhrase(clauses);
  const fromNoun = (found: NonNullable<typeof named>): ItemRef[] => [
    {
      name: found.name,
      keys: keysOf(found.name),
      head: headOf(found.name),
      clause: found.clause,
      start: found.start,
    },
  ];
  const fromCodes = (
    coded: ReadonlyArray<{ name: string; clause: number; start: number; position?: number; row?: TableRow }>,
  ): ItemRef[] =>
    coded.map((item) => ({
      name: item.name,
      keys: keysOf(item.name),
      head: headOf(item.name),
      clause: item.clause,
      start: item.start,
      ...(item.position !== undefined ? { position: item.position } : {}),
      ...(item.row ? { row: item.row } : {}),
      // "DN25 400 pcs, DN50 250 pcs": a table row's codes name it in the chat.
      ...(item.row?.codes.length ? { labels: item.row.codes.map((code) => code.toLowerCase()) } : {}),
    }));
  // A numbered or bulleted list of priced products ("1) Printed mailer box ...: $0.42/pc"), or
  // size variants priced apart ("S 50cm $6.20, M 70cm $8.90").
  // Notes nesting what was said of each product under its line: the lines that head priced lines name them.
  // (Before any list: the lines under them, "- Huang opened at USD 0.17/pc", are no list of products.)
  const headed = headingItems(clauses);
  if (headed.length >= 2)
    return headed.map((item) => ({ ...fromCodes([item])[0]!, headingLine: clauses[item.clause]!.line }));
  const listed = listedItems(clauses);
  if (listed.length >= 2) return withBaseName(fromCodes(listed), clauses, candidates);
  const labelled = labelledBlocks(clauses);
  if (labelled.length >= 2) return fromCodes(labelled);
  if (candidates.length === 0) {
    const coded = codedItems(clauses) ?? (named?.name.includes(" ") ? null : soleCodedName(clauses));
    if (coded) return fromCodes(Array.isArray(coded) ? coded : [coded]);
    const found = named ?? taggedProduct(clauses);
    return found ? fromNoun(found) : [];
  }
  const byClause = new Map<number, ItemCandidate[]>();
  for (const candidate of candidates) {
    const list = byClause.get(candidate.clause) ?? [];
    list.push(candidate);
    byClause.set(candidate.clause, list);
  }
  // Distinct products: two different names each followed by their own price in one sentence.
  let distinct: ItemCandidate[] = [];
  for (const [index, list] of byClause) {
    if (clauses[index]!.sample) continue;
    const text = clauses[index]!.text;
    const monies = findMoney(text);
    const isPrice = pricedAmong(text, monies);
    const prices = monies.filter((money) => isPrice(money) && !isFeeContext(segmentAt(text, money.start)));
    if (prices.length < 2) continue;
    const ordered = [...list].sort((a, b) => a.start - b.start);
    const named: ItemCandidate[] = [];
    for (let i = 0; i < ordered.length; i++) {
      let candidate = ordered[i]!;
      const previous = named[named.length - 1];
      if (previous) {
        const expanded = expandVariant(previous.name, candidate.name);
        if (expanded) candidate = { ...candidate, name: expanded };
      }
      if (named.some((n) => sameName(n.name, candidate.name))) continue;
      named.push(candidate);
    }
    const priced = named.filter((candidate) => prices.some((p) => Math.abs(p.start - candidate.start) < 60));
    // Two products in one sentence are priced apart: the same amount twice is one product restated.
    if (new Set(prices.map((p) => p.value)).size < 2) continue;
    if (priced.length >= 2 && priced.length > distinct.length) distinct = priced;
  }
  // Model codes priced apart are separate products even when no sentence names two of them.
  const coded = distinct.length < 2 ? codedItems(clauses) : null;
  // Products quoted one a line and counted one a message, when they outnumber the other readings
  // ("Flange nut M8" and "Spring washer M8" share a thread size, not a product).
  const apart = distinct.length < 2 ? offeredApart(clauses) : [];
  if (coded && apart.length <= coded.length) return fromCodes(coded);
  if (distinct.length < 2) {
    distinct = pricedApart(clauses, candidates);
    if (apart.length >= 2 && apart.length > distinct.length) return apart;
  }
  if (distinct.length >= 2) {
    distinct = [...distinct, ...addedLater(clauses, candidates, distinct)];
    const items = distinct.map((candidate) => ({
      name: candidate.name,
      keys: [] as string[],
      head: headOf(candidate.name),
      clause: candidate.clause,
      start: candidate.start,
    }));
    // A fuller phrasing elsewhere ("luggage strap" for "strap") names the item better.
    for (const item of items) {
      const others = items.filter((other) => other !== item);
      for (const candidate of candidates) {
        if (headOf(candidate.name) !== item.head || !sameName(candidate.name, item.name)) continue;
        if (others.some((other) => sameName(candidate.name, other.name))) continue;
        if (tokens(candidate.name).length > tokens(item.name).length) item.name = candidate.name;
      }
      // A product priced by its modifiers alone ("paring 2.30 EUR", "65W GaN 7.80usd") takes the phrase
      // where they modify a product noun ("3 inch paring knife", "65W GaN charger").
      if (tokens(item.name).length <= 3 && !isProductHead(item.head)) {
        const modifiers = tokens(item.name.toLowerCase());
        const fuller = candidates
          .filter((candidate) => {
            const words = tokens(candidate.name.toLowerCase());
            const at = words.findIndex((_, i) => modifiers.every((word, k) => words[i + k] === word));
            return (
              at >= 0 &&
              at + modifiers.length < words.length &&
              isProductHead(headOf(candidate.name)) &&
              !others.some(
                (other) => sameName(candidate.name, other.name) || other.name.includes(candidate.name),
              )
            );
          })
          .sort((a, b) => tokens(b.name).length - tokens(a.name).length)[0];
        if (fuller) {
          item.name = fuller.name;
          item.head = headOf(fuller.name);
        }
      }
      // The same product named with its model code ("office desk OD-2" for "desk").
      for (const coded of namedCodes(clauses)) {
        if (
          headOf(coded.name) !== item.head ||
          !sameName(item.name, coded.name.replace(coded.code, "").trim())
        )
          continue;
        if (others.some((other) => headOf(other.name) === item.head)) continue;
        if (!item.name.includes(coded.code)) item.name = coded.name;
      }
    }
    for (const item of items) item.keys = keysOf(item.name);
    return withBaseName(items, clauses, candidates);
  }
  const heads = new Map<string, number>();
  for (const candidate of candidates) {
    const head = headOf(candidate.name);
    heads.set(head, (heads.get(head) ?? 0) + (candidate.strong ? 2 : 1));
  }
  const bestHead = [...heads.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const best = bestOf(candidates.filter((candidate) => headOf(candidate.name) === bestHead));
  // A best guess that is no product word ("Target price", "our warehouse") yields to a named product,
  // unless it is the subject of its own price and reads as a noun phrase ("deli tubs with lids price 0.062").
  // (A name given under a label, "item: ceramic hair straightener LH-22", is the product whatever its noun.)
  if (
    named &&
    !isProductHead(bestHead) &&
    (isProductHead(headOf(named.name)) || named.priced === true) &&
    !itemLabelBefore.test(clauses[best.clause]!.text.slice(Math.max(0, best.start - 16), best.start)) &&
    !(
      best.strong &&
      pricedRightAfter(clauses[best.clause]!.text, best) &&
      headsPhrase(clauses[best.clause]!.text, bestHead)
    )
  )
    return fromNoun(named);
  // The one product the chat names with its model code ("yoga mat YM-6") names the order better than
  // a phrase around a colour, a part or a shipping word ("Dark green yoga mat", "Full container").
  const sole = soleCodedName(clauses);
  // ("same as sample S-0712" names an approved sample, not a product.)
  if (sole && !best.name.includes(sole.code) && !generic.test(headOf(sole.name))) return fromCodes([sole]);
  return [
    { name: best.name, keys: keysOf(best.name), head: bestHead, clause: best.clause, start: best.start },
  ];
}

/**
 * Goods added after the products priced together ("can you add 20 of the grill plates?" ... "grill plate FP-GP80
 * AUD 29"): a product named with its own price marked in a currency, in a later sentence, and counted by its
 * noun somewhere in the chat, is one more line of the order.
 */
function addedLater(
  clauses: readonly Clause[],
  candidates: readonly ItemCandidate[],
  distinct: readonly ItemCandidate[],
): ItemCandidate[] {
  const after = Math.max(...distinct.map((candidate) => candidate.clause));
  const added: ItemCandidate[] = [];
  for (const candidate of candidates) {
    const clause = clauses[candidate.clause]!;
    if (!candidate.strong || candidate.clause <= after || clause.sample) continue;
    if ([...distinct, ...added].some((other) => sameName(other.name, candidate.name))) continue;
    // (A product noun: a variant of the goods named again, "queen 25cm", adds no line.)
    const head = headOf(candidate.name);
    if (!isProductHead(head) || !pricedRightAfter(clause.text, candidate)) continue;
    const counted = clauses.some(
      (other) =>
        !other.sample &&
        findQuantities(other.text, [head]).some((q) => q.kind === "order" && q.unit === null),
    );
    if (counted) added.push(candidate);
  }
  return added;
}

/** A price marked with its currency within a few words after the phrase ("deli tubs with lids price 0.062 usd/pc"). */
function pricedRightAfter(text: string, candidate: ItemCandidate): boolean {
  const end = candidate.start + candidate.name.length;
  return findMoney(text).some((money) => !money.bare && money.start >= end && money.start - end < 25);
}

/** Whether the tagger reads `head` as the head noun of a noun phrase in the text. */
function headsPhrase(text: string, head: string): boolean {
  return nounPhrases(text).some((phrase) => singular(phrase.head) === head);
}

/** A price request with no amount yet ("queen size memory foam mattress 25cm, price?"). */
const priceRequest = /\b(?:price|prices|quote|quotation|cost)\b/i;
/** Heads that name a person, a party, a place or a service in trade talk, never the goods. */
const notGoods =
  /^(?:supplier|buyer|seller|customer|client|sir|madam|friend|team|port|warehouse|sea|air|express|courier|mou?ld|tooling|sample|term|condition|lead|week|month|year|day|morning|afternoon|evening|name|email|phone|message|offer|discount|container|carton|pallet|box|request|inquiry|enquiry|requirement|question)$/i;
/** Lines read by the tagger at most, in chat order: the product is named where it is first counted or priced. */
const taggedLines = 6;

/**
 * The first product the tagger reads in the lines that count or price goods (samples aside): a noun
 * phrase whose head is no generic, trade, size, colour or count word, nor the speaker's name. For chats
 * that name the product with a noun no list holds ("nail polish", "queen size memory foam mattress").
 */
export function taggedProduct(
  clauses: readonly Clause[],
): { name: string; clause: number; start: number } | null {
  let tagged = 0;
  for (let index = 0; index < clauses.length && tagged < taggedLines; index++) {
    const clause = clauses[index]!;
    if (clause.sample) continue;
    const text = clause.text;
    const carries =
      findMoney(text).some((money) => !money.bare) ||
      findQuantities(text).length > 0 ||
      priceRequest.test(text);
    if (!carries) continue;
    tagged++;
    const speaker = new Set(tokens((clause.speaker ?? "").toLowerCase()));
    for (const phrase of nounPhrases(text)) {
      if (speaker.has(phrase.head) || !namesGoods(phrase)) continue;
      return { name: tidy(phrase.name), clause: index, start: phrase.start };
    }
  }
  return null;
}

/** The most telling of several phrasings of one product. */
function bestOf(sameHead: readonly ItemCandidate[]): ItemCandidate {
  return sameHead.reduce((a, b) => {
    // Longer and stated names win; a name with "with ..." or a size in it is a description, not the product.
    const score = (c: ItemCandidate) =>
      Math.min(tokens(c.name).length, 6) +
      (c.strong ? 1 : 0) -
      (/\bwith\b/i.test(c.name) ? 2 : 0) -
      (/\d+\s*[x×*]\s*\d+/.test(c.name) ? 2 : 0);
    // On a tie the later phrasing wins: the order is confirmed after a subject line or first inquiry.
    return score(b) >= score(a) ? b : a;
  });
}

/** "500 pcs glass " before a head noun: a count of it, a few words before. */
const countThenWords = new RegExp(String.raw`\d(?:\s*(?:${englishCountWords}))?\s+(?:\S+\s+){0,3}$`, "i");

/** A count and the word after it ("120 units", "2,000pcs"). */
const countThenWord = /(?<![\d.,])\d[\d,]*\s?([a-z]+)/gi;

/** A measure a name opens with ("8 oz double wall cup", "600ml kettle"): its figure and its unit. */
const measureOpening = new RegExp(String.raw`^${figureAndUnit}\b`, "i");

/**
 * Products priced apart across the chat ("Ceramic mug is $1.80/pc" ... "Glass tumbler is $1.10/pc"):
 * subjects linked to their own price, with different head nouns, each also counted or asked for.
 */
function pricedApart(clauses: readonly Clause[], candidates: readonly ItemCandidate[]): ItemCandidate[] {
  const byHead = new Map<string, { candidate: ItemCandidate; prices: Set<number>; unit: string | null }>();
  for (const candidate of candidates) {
    const clause = clauses[candidate.clause]!;
    if (!candidate.strong || clause.sample || clause.question) continue;
    if (clause.role === "buyer" && !candidate.counted) continue;
    const text = clause.text;
    const monies = findMoney(text);
    const price = monies.find(
      (money, at) =>
        (isPriced(money) || (candidate.counted === true && multipliesOut(text, money, monies[at + 1]))) &&
        money.start >= candidate.start &&
        money.start - candidate.start - candidate.name.length < 25 &&
        !isFeeContext(segmentAt(text, money.start)),
    );
    if (!price) continue;
    const head = headOf(candidate.name);
    // A line stating its own count and price is an order line even for a noun no list holds ("LED tube").
    const goods = isProductHead(head) || (candidate.counted && !generic.test(head) && !notGoods.test(head));
    if (!goods) continue;
    // Sizes or ratings of one product line ("kettle 1.7L", "kettle 1.2L") are products apart, and so
    // are two names sharing a head noun ("seat cover", "steering wheel cover").
    const same = [...byHead.entries()].find(
      ([, other]) => headOf(other.candidate.name) === head && sameName(other.candidate.name, candidate.name),
    );
    const key = same?.[0] ?? `${head} ${byHead.size}`;
    const entry = byHead.get(key) ?? { candidate, prices: new Set<number>(), unit: price.perUnit };
    entry.prices.add(price.value);
    byHead.set(key, entry);
  }
  if (byHead.size < 2) return [];
  // Each product must have been asked for with a count of its own, by the buyer.
  // (Counted by its head noun, "500 pcs glass mug", or by its whole name, "500 sets of full set seat cover".)
  const counted = (key: string) =>
    clauses.some((clause) => {
      if (clause.role !== "buyer" || clause.sample) return false;
      const at = clause.text.toLowerCase().indexOf(key);
      return at > 0 && countThenWords.test(clause.text.slice(Math.max(0, at - 40), at));
    });
  // ("8 oz double wall cup" ... "We order 60,000 pcs 8oz, 100,000 pcs 12oz": sizes of one product counted by
  // the measure that tells them apart, spaced or not.)
  const countedMeasure = (name: string) => {
    const measure = measureOpening.exec(name);
    if (!measure) return false;
    const spelt = new RegExp(
      String.raw`(?<![\d.,])${escapeRegex(measure[1]!)}\s?${escapeRegex(measure[2]!)}\b`,
      "gi",
    );
    return clauses.some(
      (clause) =>
        clause.role === "buyer" &&
        !clause.sample &&
        matchesOf(spelt, clause.text).some(
          (m) => m.index > 0 && countThenWords.test(clause.text.slice(Math.max(0, m.index - 40), m.index)),
        ),
    );
  };
  // ("Grinder: USD 185/unit", "Burr set: USD 16.00/set" ... "168 x 120 units and 14.50 x 240 burr sets": a
  // product priced per a unit no other is priced per, and the buyer counts in that unit.)
  const units = [...byHead.values()].map((e) => e.unit);
  const countedInUnit = (unit: string | null) =>
    unit !== null &&
    isDraftUnit(unit) &&
    units.filter((other) => other === unit).length === 1 &&
    clauses.some(
      (clause) =>
        clause.role === "buyer" &&
        !clause.sample &&
        matchesOf(countThenWord, clause.text).some((m) => countUnitOf(m[1]!) === unit),
    );
  const entries = [...byHead.entries()].filter(
    ([, e]) =>
      e.candidate.counted ||
      counted(headOf(e.candidate.name)) ||
      counted(e.candidate.name.toLowerCase()) ||
      countedMeasure(e.candidate.name) ||
      countedInUnit(e.unit),
  );
  const signatures = new Set(entries.map(([, e]) => [...e.prices].sort().join("|")));
  if (entries.length < 2 || signatures.size < entries.length) return [];
  return entries.map(([, e]) => e.candidate).sort((a, b) => a.clause - b.clause || a.start - b.start);
}

/**
 * A size variant priced in its own part of a sentence or line: "S 50cm $6.20", "Queen $21.50/set",
 * "Small 9 x 6 x 3 in: $0.42/pc". The label, an optional measure, then the price.
 */
const variantRow = new RegExp(
  String.raw`(?:^|[,;:]\s*)((?:${variantLabelWords})\b(?:\s+\d(?:[^,;:$€£¥]{0,22}[^\s,;:$€£¥])?)?)(?:\s*:)?\s*(?=[$€£¥]|US\$)`,
  "gi",
);

/**
 * A variant told by a measure and priced in its own part of a sentence: "320gsm RMB 62/pc, 420gsm RMB 76/pc",
 * "36V: $210, 48V: $260". The measure, then the price with its currency.
 */
const measureVariantRow = new RegExp(
  String.raw`(?:^|[,;:/]\s*)(\d{1,5}(?:\.\d{1,2})?\s?(?:${measureWordSource}))(?::\s?|\s)(?=[$€£¥]|US\$|(?:USD|RMB|CNY|EUR|GBP)\b)`,
  "gi",
);

/**
 * A list marker opening a line: "1)", "(2)", "2.", "-", "•", "*", before a name or a measure that leads one
 * ("- 27 cm dinner plate", "- 3-in-1 charging stand", '1) 15" round pizza stone').
 */
const listMarker =
  /^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[-•*–·])\s+(?=[A-Za-z]|\d+(?:[.,]\d+)?(?:\s?(?:cm|mm|inch|in|oz|ml|l|g|kg|w|v|mah)\b|["”″])|\d-in-\d|\d{1,2}-[a-z]{2,}|\d{0,2}[\u4e00-\u9fff])/i;

/** Numbers with the measure after them ("600x600", "12 cm", "500 ml"): a size, no word of a name. */
const measures = /[\d.,x×*]+\s*(?:cm|mm|in|inch|m|g|ml|kg|"|”)?(?=\s|$|[^\w])/gi;

/** A measure after a number ("500 ml", "12 inch"): a size the line prices, no count. */
const measureWord = /^(?:cm|mm|in|inch|inches|m|g|ml|l|kg|oz|w|v|mah|kw|lm)$/i;

/** The first field of a listed line: up to its first comma, colon, bracket or spaced dash. */
const firstField = (text: string) =>
  text
    .split(/,(?!\d{3}\b)|[:;(]|\s(?:--?|[–—])\s|\s{3,}|\t/)[0]!
    .trim()
    // ("- 15W magnetic wireless charger pad." ends its sentence, not its name.)
    .replace(/(?<![A-Z]\w{0,3})\.$/, "");

/**
 * Products heading nested notes ("* Masa moldeable set 6 colores (play dough, ...)" over "  - I said $2.200 ->
 * R: $2.250"): each heading line whose first field names goods and which has a price on a line under it.
 */
function headingItems(clauses: readonly Clause[]): Array<{ name: string; clause: number; start: number }> {
  if (!clauses.some((clause) => clause.outline === "heading")) return [];
  const found: Array<{ name: string; clause: number; start: number }> = [];
  clauses.forEach((clause, index) => {
    if (clause.outline !== "heading" || clause.sample || clauses[index - 1]?.line === clause.line) return;
    const mark = listMark.exec(clause.text)?.[0].length ?? 0;
    const field = firstField(clause.text.slice(mark));
    if (!/\p{L}{2}/u.test(field) || findMoney(field).length > 0) return;
    if (termLabel.test(field) || noteOpening.test(field)) return;
    // ("Masa moldeable set 6 colores": a count of colours may end the heading's name.)
    const words = tokens(field.replace(measures, " ").trim());
    if (!acceptable(words.join(" ")) && !acceptable(words.slice(0, -1).join(" "))) return;
    // (Its lines run to the next line at the margin; one of them prices it.)
    let priced = false;
    for (let next = index + 1; next < clauses.length; next++) {
      const under = clauses[next]!;
      if (under.line !== clause.line && under.outline !== "under") break;
      if (
        under.line !== clause.line &&
        findMoney(under.text).some((money) => !money.bare || money.value % 1 !== 0)
      )
        priced = true;
    }
    if (priced) found.push({ name: tidy(field), clause: index, start: mark });
  });
  return found;
}

/** A field naming a product in an order page or a form: "Product: Pet Deshedding Brush FB-D01". */
const productField = /^\s?(?:products?|product name|item name|goods|description)\s?[:：]\s?(?=\S)/i;
/** A field giving its product's price: "Price: US $2.15 /Piece", "Unit price: USD 1.20", also after another field. */
const priceField = /(?:^\s?|\s{2,}|\t)(?:unit\s)?price\s?[:：]/i;
/** A numbered line of an order page's product details: "1  Slim RFID card holder wallet, PU leather". */
const numberedProduct = /^\d{1,2}(?:[.)]\s+|\s{2,}|\t)(?=\p{L})/u;
/** A field counting the product, on the line under its number: "Quantity: 2,000 pieces". */
const quantityField = /^\s?(?:quantity|qty)\s?[:：]/i;

/**
 * Products of a page copied field by field, as Alibaba's order page and many forms give them:
 *
 *   Product: Pet Deshedding Brush FB-D01
 *   Specifications: Colour: Teal
 *   Quantity: 800 Pieces
 *   Price: US $2.15 /Piece
 *
 * Each product field opens a block that runs to the next; a block with a price field names an item. So does a
 * numbered product over its fields ("1  Slim RFID card holder wallet, PU leather" over "Quantity: 2,000 pieces
 * Unit price: US$1.68").
 */
function labelledBlocks(clauses: readonly Clause[]): Array<{ name: string; clause: number; start: number }> {
  const found: Array<{ name: string; clause: number; start: number; priced: boolean }> = [];
  clauses.forEach((clause, index) => {
    if (clause.sample) return;
    // (Or its number, where the fields under it count and price it.)
    const next = clauses[index + 1];
    const label =
      productField.exec(clause.text) ??
      (next?.line === clause.line + 1 && quantityField.test(next.text)
        ? numberedProduct.exec(clause.text)
        : null);
    if (label) {
      const name = tidy(firstField(clause.text.slice(label[0].length)));
      if (/\p{L}{3}/u.test(name) && findMoney(name).length === 0)
        found.push({ name, clause: index, start: label[0].length, priced: false });
      return;
    }
    const open = found.at(-1);
    if (open && priceField.test(clause.text) && findMoney(clause.text).length > 0) open.priced = true;
  });
  return found.every((block) => block.priced) ? found.map(({ priced: _, ...block }) => block) : [];
}

/** Words that label a line of terms, not a product ("Price: ...", "Sample fee: ...", "MOQ: ..."). */
const termLabel =
  /^(?:unit\s)?(?:prices?|samples?|freight|shipping|fees?|total|sub-?total|moq|deposit|payment|balance|lead\s?time|delivery|production|tooling|moulds?|molds?|discount|rate|amount|bank|paypal|t\/t|tt|today|boss|for\syou|ok|okay)\b/i;

/** How a line of notes opens when it tells what was said or settled, not what is bought. */
const noteOpening =
  /^(?:agreed|settled|final|confirmed|opened|quoted?|countered|offered|accepted|declined|dropped|we|they|i|you|he|she|it)\b/i;

/**
 * A line of a quote listed without markers, one product a line: "8\" chef knife, 5Cr15MoV steel: ¥46/个",
 * "500 ml, 304 stainless: US$3.40 /pc". It is a whole line, opens with the product's name or size, and sets
 * that field apart before its price. (Such rows make a list only three together, where the chat marks none.)
 */
function unmarkedRow(clauses: readonly Clause[], index: number): boolean {
  const clause = clauses[index]!;
  const wholeLine = !sameLine(clauses[index - 1], clause) && !sameLine(clauses[index + 1], clause);
  // ("A) 50 x 30 mm label: USD 7.20": a lettered row is read by its letter elsewhere.)
  if (!wholeLine || !/^[A-Za-z\d]/.test(clause.text) || /^[A-Za-z][.)]\s/.test(clause.text)) return false;
  // (A field holding money or opening with a term's label is turned away with every listed line's.)
  const field = firstField(clause.text);
  // ("3000 pcs: USD 1.20" counts; "3+2 sofa set", "8\" chef knife", "500 ml" name or size a product.)
  // ("1000-1999 boxes: USD 3.20", "5000+ boxes: USD 2.90": a count or a price tier of what is sold.)
  // (Read on the line, not the field: the field stops at the spaced dash of "5,000 - 9,999 pcs".)
  const counted = /^\d[\d,.]*(?:\s?[-–~]\s?\d[\d,.]*|\+)?\s?([A-Za-z]+)(\s\S+)?/.exec(clause.text.trim());
  if (counted && (countUnitOf(counted[1]!) || (!counted[2] && !measureWord.test(counted[1]!)))) return false;
  if (field.length === clause.text.trim().length) return false;
  const price = pricesIn(clause.text)[0];
  // The price follows a colon, an equals sign, an "@" or a spaced dash, as a quote's line sets it out
  // ("Hello, 0.78 USD/pc." and "Ship via DHL, cost 420 usd" are sentences, not rows).
  // (Or a column of spaces, as a sheet pasted as text sets it: "coffin medium nude ombre   USD 85".)
  const setOut =
    price && /(?:[:=@]\s*|\s[-–—]{1,2}\s*|\s{3,}|\t\s*)$/.test(clause.text.slice(0, price.start));
  return price !== undefined && setOut === true && price.start >= field.length;
}

/** A model code with its label in a listed line ("art. CP-15", "ref: A-12", "model no. HX200"). */
const labelledCode = /\b(?:art|ref|item|model|style)\.?(?:\s*no\.?)?(?:\s*[:#])?\s*([A-Z]{1,5}-?\d[\w-]*)/i;

/** The listed name with the code its line labels, which tells it from its siblings on the PO. */
function withLabelledCode(name: string, text: string): string {
  const code = labelledCode.exec(text)?.[1];
  return code && !name.toLowerCase().includes(code.toLowerCase()) ? `${name} ${code}` : name;
}

/** Whether a clause is a later sentence of the same line of the same message. */
const sameLine = (other: Clause | undefined, clause: Clause): other is Clause =>
  other !== undefined && other.line === clause.line && other.message === clause.message;

/** Lines under a numbered heading of notes read for its price. */
const sectionReach = 8;

/**
 * The amounts of a line that price it, freight aside: those with their currency, and a bare amount put per
 * something goods are counted in ("0.48/pc", "9.50/roll", "0.065/sheet" under a quote's "all USD").
 */
const pricesIn = (text: string) =>
  findMoney(text).filter(
    (money) =>
      (isPriced(money) || countedPerAfter(text, money.end)) && !isFeeContext(segmentAt(text, money.start)),
  );

/** Whether a bare amount is put per a word goods are counted in, written straight after it ("0.065/sheet"). */
function countedPerAfter(text: string, end: number): boolean {
  const per = /^\/\s?([a-z]{2,12})\b/i.exec(text.slice(end, end + 16));
  return per !== null && isCountedPer(per[1]!);
}

/**
 * Products listed one a line, each with its own price ("1) Printed mailer box 30 x 22 cm: $0.42/pc",
 * "2) Poly mailer bag ...: $0.06/pc"): the message listing most of them, the later on a tie.
 */
function listedItems(clauses: readonly Clause[]): ItemCandidate[] {
  const byMessage = new Map<number, ItemCandidate[]>();
  const prices = new Map<number, Set<number>>();
  // Rows belong together within one message, or across the one-line messages of one speaker in a row.
  // (Counted in lines: a row may run to several sentences, "- Dad cap: quoted 2.40. Agreed 2.20 for 800.")
  let run = -1;
  let last = -10;
  let lastMarked = false;
  const runOf = (index: number, marked = false): number => {
    const clause = clauses[index]!;
    const previous = clauses[last];
    // (A pasted document has no speaker labels: its lines' sides are guesses, and a bulleted list in it is
    // one list. Rows without markers in such a paste may be two people's lines.)
    const unlabelled = marked && lastMarked && clause.speaker === null && previous?.speaker === null;
    const apart =
      previous?.message === clause.message || unlabelled
        ? clause.line - previous!.line > 2
        : index - last > 2;
    if ((clause.role !== previous?.role && !unlabelled) || apart) run = index;
    last = index;
    lastMarked = marked;
    return run;
  };
  /** The runs holding a row with a list marker ("1)", "-"), and those holding a row without one. */
  const markedRuns = new Set<number>();
  const unmarkedRuns = new Set<number>();
  // (The rows of one table belong together, whoever the chat's layout makes each line's speaker.)
  const add = (
    index: number,
    candidate: ItemCandidate,
    price: number,
    heading = false,
    marker: "marked" | "unmarked" | null = null,
  ) => {
    // (So do the numbered headings of notes, however many lines stand between them.)
    const message = candidate.row ? -1 : heading ? -2 : runOf(index, marker === "marked");
    if (marker) (marker === "marked" ? markedRuns : unmarkedRuns).add(message);
    const list = byMessage.get(message) ?? [];
    if (list.some((other) => other.name.toLowerCase() === candidate.name.toLowerCase())) return;
    list.push(candidate);
    byMessage.set(message, list);
    const set = prices.get(message) ?? new Set<number>();
    set.add(price);
    prices.set(message, set);
  };
  const countedRuns = new Map<number, ItemCandidate[]>();
  let countedRun = -1;
  let lastCounted = -10;
  const countedRow = (index: number, clause: Clause, marker: string) => {
    const field = firstField(clause.text.slice(marker.length));
    // ("1200 pairs (100 dozen)": what the brackets add restates the count.)
    const plain = clause.text.replace(/\([^()]{0,40}\)/g, (m) => " ".repeat(m.length));
    const counts = findQuantities(plain, []).filter((q) => q.kind === "order" && q.unit !== null);
    if (counts.length !== 1 || counts[0]!.start < marker.length + field.length) return;
    const words = field.replace(measures, " ").trim();
    if (!acceptable(words) || termLabel.test(field) || noteOpening.test(field)) return;
    if (index - lastCounted > 1 || clauses[lastCounted]?.role !== clause.role) countedRun = index;
    lastCounted = index;
    const list = countedRuns.get(countedRun) ?? [];
    if (list.some((other) => other.name.toLowerCase() === field.toLowerCase())) return;
    list.push({ name: field, clause: index, start: marker.length, strong: true, counted: true });
    countedRuns.set(countedRun, list);
  };
  // "1 | Magnetic vent holder MH-01 | ... | 1.85": rows of a pasted quote table, read by its header.
  const rows = new Map(quoteTableRows(clauses).map((row) => [row.clause, row]));
  clauses.forEach((clause, index) => {
    const row = rows.get(index);
    if (row) {
      add(
        index,
        { name: row.name, clause: index, start: row.start, strong: true, position: row.position, row },
        row.price.value,
      );
      return;
    }
    if (clause.sample || clause.question) return;
    let variants = 0;
    for (const m of [...matchesOf(variantRow, clause.text), ...matchesOf(measureVariantRow, clause.text)]) {
      const at = m.index + m[0].length;
      const price = findMoney(clause.text).find((money) => money.start === at && !money.bare);
      if (price) {
        add(index, { name: m[1]!, clause: index, start: at - m[0].length, strong: true }, price.value);
        variants++;
      }
    }
    const listed = listMarker.exec(clause.text);
    // (A line read as a size variant, "Small 9 x 6 x 3 in: $0.42/pc", is a row already.)
    // What opens the line before its name: the marker, or nothing on a row listed without one.
    const lead = listed ? listed[0] : variants === 0 && unmarkedRow(clauses, index) ? "" : null;
    if (lead === null) return;
    let priced = pricesIn(clause.text);
    // "- 13 inch sleeve: 500 pcs": a marked row counting its product and pricing none is an order line too,
    // priced in a sentence of its own; such rows make a list where no priced one does.
    if (listed && priced.length === 0) countedRow(index, clause, listed[0]);
    // "- 15W charger pad. Tier list: ... FINAL: 2000 pcs @ US$4.55.": a bullet priced in its later sentences.
    if (priced.length === 0 && !/^\s*\(?\d/.test(lead))
      for (let j = index + 1; priced.length === 0 && sameLine(clauses[j], clause); j++)
        priced = pricesIn(clauses[j]!.text);
    const heading = priced.length === 0;
    // "1) Mailer boxes - E-flute 3-ply" over "- AGREED: 10,000 pcs at USD 465 / 1000 pcs": a numbered heading
    // of notes, priced in the lines under it (up to the next number).
    if (priced.length === 0 && /^\s*\(?\d/.test(lead)) {
      for (let j = index + 1; j < clauses.length && j <= index + sectionReach && priced.length === 0; j++) {
        const below = clauses[j]!;
        if (/^\s*(?:\d{1,2}[.)]|\(\d{1,2}\))\s/.test(below.text) || below.sample) break;
        priced = pricesIn(below.text);
      }
    }
    if (priced.length === 0) return;
    // The first field of a listed line describes the product, its size included; a price written straight
    // after the name ("1) bamboo spoon $8.50/pc", "2) loaf pan 25x13 cm at ¥6.8/个") ends it.
    const rest = clause.text.slice(lead.length);
    const first = findMoney(rest).find((money) => !money.bare);
    const before = first ? rest.slice(0, first.start) : "";
    // ("1) 6连蛋糕模 6-cup muffin mould": a Chinese name glossed in English is named in English.)
    const glossed = /^\d{0,2}[\u4e00-\u9fff]+\s+(?=[A-Za-z\d])/.exec(rest)?.[0].length ?? 0;
    const field = firstField(
      first && /[A-Za-z]{2}/.test(before) && !/[,:;(]/.test(before)
        ? before
            .slice(glossed)
            .trimEnd()
            .replace(/(?:\b(?:at|for|is)|@|=|-{1,2}|[–—])$/i, "")
            .trimEnd()
        : rest.slice(glossed),
    );
    const fieldStart = lead.length + glossed;
    // ("- Opened at USD 1.45/pc for 5k.", "- AGREED: 5,000 pcs", "- We said 1.20": notes on a product, no product.)
    if (findMoney(field).some((money) => !money.bare) || termLabel.test(field) || noteOpening.test(field))
      return;
    const words = field.replace(measures, " ").trim();
    // ("500 ml, 304 stainless: US$3.40": a size alone is the variant the line prices; the chat names its product.)
    const sizeOnly = words === "" && /\d/.test(field) && tokens(field).length <= 3;
    const name =
      sizeOnly || (tokens(field).length <= 9 && acceptable(words))
        ? field
        : phraseFrom(clause.text, fieldStart);
    if (!name) return;
    const number = /\d{1,2}/.exec(lead)?.[0];
    add(
      index,
      {
        name: withLabelledCode(name === field ? name : tidy(name), clause.text),
        clause: index,
        start: fieldStart,
        strong: true,
        ...(number ? { position: Number(number) } : {}),
      },
      priced[0]!.value,
      heading,
      listed ? "marked" : "unmarked",
    );
  });
  let best: ItemCandidate[] = [];
  const words = (rows: ItemCandidate[]) => rows.reduce((sum, row) => sum + tokens(row.name).length, 0);
  // Counted rows, one list a run of them, when no priced list stands (below).
  const countedList = [...countedRuns.values()].find((list) => list.length >= 2) ?? [];
  const markedLists = [...markedRuns].some((run) => (byMessage.get(run)?.length ?? 0) >= 2);
  for (const [message, list] of byMessage) {
    if (list.length < 2 || (prices.get(message)?.size ?? 0) < 2) continue;
    // Rows with no marker make a list three together: two such lines may price two of more products.
    // And they yield to a list the chat marks ("- Ceramic mug 350ml: 1,000 pcs"): that is how it lists.
    const unmarked = unmarkedRuns.has(message) && !markedRuns.has(message);
    // (Two make one when each prices and counts its product: "Adult 202 mm: USD 9.80 per 100 pcs, qty 8,000 pcs".)
    const eachCounted =
      list.length === 2 &&
      list.every((row) =>
        findQuantities(clauses[row.clause]!.text).some((q) => q.kind === "order" && q.unit !== null),
      );
    if (unmarked && ((list.length < 3 && !eachCounted) || markedLists)) continue;
    // The most rows win, then the fullest ("S 50cm" over a later "S"), then the later.
    if (list.length > best.length || (list.length === best.length && words(list) >= words(best))) best = list;
  }
  return best.length >= 2 ? best : countedList;
}

/** A size written as its dimensions: "200x150x50", "30×40". */
const dimensions = /^\d[\d.]*(?:[x×*]\d[\d.]*)+$/i;

/** A name made only of a size label and its measure ("S 50cm", "possible Queen", "King"). */
const measureOnly = new RegExp(String.raw`^(\d{1,5}(?:\.\d{1,2})?)\s?(${measureWordSource})$`, "i");

function variantOnly(name: string): boolean {
  const words = tokens(name);
  // "200x150x50 mm": a size alone, a row of a table listing the product's sizes.
  if (
    words.some((word) => dimensions.test(word)) &&
    words.every((word) => /\d|^(?:mm|cm|in|inch|m)$/i.test(word))
  )
    return true;
  // "320gsm", "36 V": a measure alone tells a variant of the chat's product.
  if (measureOnly.test(name.trim())) return true;
  // "satin nickel", "rose gold": a shade said in two words is a finish, no product.
  if (words.length > 1 && words.every((word) => isPairedShade(word) || isColourWord(word))) return true;
  // "front D1210": a part word and a code tell one variant from another but name no product.
  return (
    words.some((word) => isNonProductWord(word)) &&
    words.every(
      (word) => isNonProductWord(word) || /\d/.test(word) || /^(x|×|cm|mm|in|inch|g|ml|kg)$/i.test(word),
    )
  );
}

/**
 * Variants named by their size alone ("S 50cm", "King") take the product's name before it
 * ("round donut dog bed S 50cm"), and their label becomes a key of their own ("S 600 pcs, M 800 pcs").
 */
function withBaseName(
  items: ItemRef[],
  clauses: readonly Clause[],
  candidates: readonly ItemCandidate[],
): ItemRef[] {
  if (!items.some((item) => variantOnly(item.name))) return items;
  const named = firstProductPhrase(clauses);
  const others = candidates.filter((candidate) => !variantOnly(candidate.name) && acceptable(candidate.name));
  const voted = others.length > 0 ? bestOf(others) : null;
  const read = named && isProductHead(headOf(named.name)) ? named.name : (voted?.name ?? named?.name ?? null);
  // ("600 ml gooseneck kettle and 1.0 L gooseneck kettle" read as "ml gooseneck kettle": a unit left without its
  // figure is none of the base's words.)
  const base = read?.replace(/^(\S+)\s+(?=\S)/, (lead: string, word: string) =>
    leadingMeasure.test(word) ? "" : lead,
  );
  if (!base) return items;
  return items.map((item) => {
    if (!variantOnly(item.name)) return item;
    // ("200x150x50": a size alone tells a row of a size table from the others.)
    const label = tokens(item.name).filter(
      (word) =>
        (isNonProductWord(word) || isPairedShade(word) || dimensions.test(word)) &&
        !/^possible|optional$/i.test(word),
    );
    const rest = tokens(item.name).filter((word) => !/^(possible|optional)$/i.test(word));
    // ("320gsm" is named "320 GSM" too: a measure is written with or without its space.)
    const measure = measureOnly.exec(item.name.trim().toLowerCase());
    // A measure written as one word leads the name as a modifier, as chats say it ("10000mah power bank", "12V
    // drill"); one written apart follows as the size ("food jar 350 ml"), as do a shade and a size label.
    const leads = measure !== null && !/\s/.test(item.name.trim());
    const name = leads ? `${rest.join(" ")} ${base}` : `${base} ${rest.join(" ")}`;
    // An accessory priced apart ("lid" beside "paper cup") is counted by its own noun ("50,000 lids").
    const accessory = rest
      .map((word) => singular(word.toLowerCase()))
      .findLast((word) => isProductHead(word));
    const spellings = measure ? [`${measure[1]}${measure[2]}`, `${measure[1]} ${measure[2]}`] : [];
    return {
      ...item,
      name,
      head: accessory ?? headOf(base),
      keys: [...keysOf(name), ...label.map((w) => w.toLowerCase()), ...spellings],
    };
  });
}
