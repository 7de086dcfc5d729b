/**
 * Items told apart by their model codes ("5-tier bookshelf HW-5T ... HW-3T is $24.00/pc"): when two
 * codes carry different prices they are two products, whatever words the chat uses around them.
 */
import { matchesOf } from "../matches.ts";
import type { Clause } from "./clauses.ts";
import { findMoney } from "./money.ts";
import { isProductHead } from "./product-nouns.ts";
import { isFeeContext } from "./shipping.ts";
import { isMaterialWord } from "./words/materials.ts";
import { isCodeLabel, isNonProductWord, isTierWord, isVerbOfTrade } from "./words/non-product.ts";
import { countUnitOf, countWords } from "./words/units.ts";

/** "300 pcs " or "300 pcs of " right before a product name: the count asked for it. */
const countBefore = new RegExp(String.raw`(?<![\w.,])(\d[\d,]*)\s*(?:${countWords})\s+(?:of\s+)?$`, "i");

/**
 * A model code: capitals then digits ("HW-5T", "CT120", "DL-220", "YZ-B25"), or digits, a hyphen and a
 * part with a capital (bearings and OE parts: "6204-2RS", "6305-ZZ", "80292-TF0-G01"); no document number
 * ("PO-12"), no range or date ("1000-2000", "2026-11-03": no capital after the hyphen).
 */
const lettersThenDigits = String.raw`[A-Z]{1,4}(?:-[A-Z]{0,2})?\d[\w-]{0,12}`;
const codePattern = new RegExp(
  String.raw`(?<![\w/-])(?:${lettersThenDigits}|\d{3,6}-(?=[0-9A-Z]{0,5}[A-Z])[0-9A-Z]{1,6}(?:-[0-9A-Z]{1,6})?)(?![\w/-])`,
  "g",
);
const wholeLettersThenDigits = new RegExp(`^${lettersThenDigits}$`);
/** A word that is a model code by itself: "BV-R60", "LB-08", "SK-M32", "CT120" (no document number or standard). */
export function isModelCode(word: string): boolean {
  return wholeLettersThenDigits.test(word) && !notCode.test(word);
}

/** A part number led by digits, as one word: "6204-2RS", "15400-PLM-A02" (a capital after the hyphen). */
export const partNumber = String.raw`\d{3,6}-(?=[0-9A-Z]{0,5}[A-Z])[0-9A-Z-]{1,13}`;

/** Document numbers, standards and grades are no product codes ("PO-1234", "EN71", "UV400"). */
const notCode = /^(?:(?:PO|PI|NO|REF|INV|FBA|Q)-?\d|(?:ISO|EN|GB|UV|ASTM|IEC|IP)\d)/;
/** Words that open no product name: counts, units, function words, sales words. */
const nameStop =
  /^(and|or|with|for|the|a|an|our|your|this|these|that|of|is|are|at|in|on|to|by|per|each|price|prices|quote|quotation|please|order|need|needs|needed|want|wants|requires|client|customer|we|i|you|it|model|item|moq|about|also|both|only|just|then|so|ok|okay|yes|hi|hello|confirm|confirmed|have|has|had|get|got|pcs?|units?|sets?|pieces?|pairs?|qty|quantity|total|usd|rmb)$/i;

const sizeUnit = /^(?:mm|cm|m|ft|inch|in|ml|l|oz|g|kg|w|v)$/i;

export type CodedItem = { code: string; name: string; clause: number; start: number };

/**
 * "PI no. GP260813", "order # WL-2291", "invoice: AB1234": a code after the name of a document numbers that
 * document, not a product.
 */
const documentLabelBefore =
  /\b(?:pi|p\.i\.|po|p\.o\.|proforma|invoice|inv|order|contract|quotation|quote|tracking|b\/l|bl|booking|awb)\.?\s?(?:no\b\.?|nr\b\.?|number|#)?\s?[:#]?\s?$/i;

/**
 * Words that label what the goods are held against, not the goods: "swatch card SW-36", "approved sample
 * KD-S0127", "drawing D-12", "artwork AW-3". Their codes name a reference, never a product.
 */
const referenceLabelBefore =
  /\b(?:swatch(?:\scard)?|colou?r\scard|(?:approved|golden|counter|reference|pp|pre-production)\ssamples?|drawing|artwork|template)\.?\s?(?:no\b\.?|ref\b\.?|#)?\s?[:#]?\s?$/i;

/**
 * "BIFMA X5.1", "ANSI Z87.1": a code named by a standards body is the standard the goods are tested to, not
 * a product. (A decimal after a code is no sign of a standard: "AMS1117-3.3" is a part.)
 */
const standardBodyBefore = /\b(?:ANSI|BIFMA|DIN|JIS|BS|ISO|EN|ASTM|IEC|GB|UL|SAE|NSF|CSA|AS\/NZS|KS)\s?$/;

function isCode(token: string): boolean {
  return !notCode.test(token);
}

/**
 * Words that label the code after them in a row ("art. YZ-B25", "modelo KR-22", "Style M-301", "item no.
 * A12"): English and the model words of the languages chats mix in. The phrase before the label may name it.
 */
const labelBefore =
  /(?:\b(?:model|models|modelo|modell|modèle|item|items|art|article|style|ref|sku|no|nr|code|type)\b\.?\s*(?:(?:no\b\.?|nr\b\.?|#)\s*)?(?:[:#]\s*)?|型号\s*(?:[:：]\s*)?)$/i;

/** A sentence ending in a code label's abbreviation ("..., brown, art."): the code opens the next one. */
const labelledEnd = /\b(?:art|no|nr|ref|item|model|style)\.$/i;

/** A row of a list: "- ", "• ", "1) ", "2. " opening the line. */
const listRow = /^\s*(?:[-•*]|\d{1,2}[.)])\s/;

/** The text a code's name is read back from: its own part, or across a label, a bracket and describing parts. */
function nameSpanBefore(text: string, end: number): string {
  let before = text.slice(Math.max(0, end - 90), end);
  // "folding camping chair (CC-75)": a code in brackets after the noun phrase it numbers.
  before = before.replace(/\(\s*$/, "");
  const labelled = labelBefore.exec(before);
  if (labelled) before = before.slice(0, labelled.index);
  // "(sample no. HZ-2231 approved)": the code of an approved sample, not of a product.
  if (labelled && /\bsamples?\s*$/i.test(before)) return "";
  const parts = before.split(/[,;:，；、(]/);
  let part = parts.pop() ?? "";
  // "Plush bear 25 cm, brown, art. YZ-B25": in a labelled row the parts between the name and the
  // code only describe it (a colour, a size); the name is the row's first part ("- Ceramic planter,
  // sage green, art. CP-20"), or else the first part back that holds more than a description.
  if (labelled && end <= 90 && parts.length > 0 && parts.length < 4 && listRow.test(before)) return parts[0]!;
  while (labelled && parts.length > 0 && describesOnly(part)) part = parts.pop() ?? "";
  return part;
}

/**
 * A part made only of colour, size and finish words or measures ("brown", "matte black", "25 cm"), or
 * one a label opens ("color sand beige", "size 38-42").
 */
function describesOnly(part: string): boolean {
  const words = part.trim().split(/\s+/);
  if (isCodeLabel(words[0] ?? "")) return true;
  return words.every((word) => word === "" || isNonProductWord(word) || /^[\d.,x×/]+[a-z]{0,3}$/i.test(word));
}

/** The descriptive words right before a code in the same sentence part ("5-tier bookshelf" HW-5T). */
function wordsBefore(text: string, end: number): string[] {
  const part = nameSpanBefore(text, end);
  // "(kids raincoats) modelo KR-22": brackets around the noun phrase are no part of its words.
  const raw = part.trim().replace(/[()]/g, " ").split(/\s+/).filter(Boolean);
  const words: string[] = [];
  // (Only across a label, "..., model PW-R07": a code right after a "with" names what the goods come with, "with E-mark R90".)
  const labelled = labelBefore.test(text.slice(Math.max(0, end - 90), end).replace(/\(\s*$/, ""));
  let limit = 4;
  for (let i = raw.length - 1; i >= 0 && words.length < limit; i--) {
    const word = raw[i]!;
    // "dog raincoat with hood, model PW-R07": what the goods come with is part of their name, not the goods.
    const joinedBy = raw[i - 1];
    if (
      labelled &&
      /^with$/i.test(word) &&
      words.length > 0 &&
      joinedBy !== undefined &&
      /^[a-z][a-z-]{2,}$/i.test(joinedBy) &&
      !nameStop.test(joinedBy) &&
      !countUnitOf(joinedBy) &&
      !isVerbOfTrade(joinedBy)
    ) {
      words.unshift(word);
      limit = words.length + 3;
      continue;
    }
    // A size written apart ("plush bear 25 cm YZ-B25") is part of the name; any other number ends it.
    if (/^\d[\d,.]*$/.test(word) && sizeUnit.test(words[0] ?? "") && i > 0) {
      words.unshift(word);
      continue;
    }
    if (nameStop.test(word) || countUnitOf(word) || /^\d[\d,.]*$/.test(word) || isVerbOfTrade(word)) break;
    // A Chinese product noun ("保温杯 TB-500") stands alone: nothing before it joins the name.
    if (/^[\u4e00-\u9fff]{2,8}$/.test(word) && words.length === 0) {
      words.unshift(word);
      break;
    }
    if (!/^[a-z0-9][a-z0-9-]*$/i.test(word) || /^[A-Z]{1,4}(?:-[A-Z]{0,2})?\d/.test(word)) break;
    words.unshift(word);
  }
  // "colour RAL9005", "front D1210", "possible Queen", "the basic WH-350": a label, a part, a size,
  // a colour or a quality tier before the code names no product.
  const last = words[words.length - 1];
  // "UL listed model BW-P6040": a participle describes, a name ends in its noun.
  if (last && /^[a-z]{2,}[^e]ed$/i.test(last)) return [];
  // ("die-cast aluminium ADC12", "stainless steel SUS304": a code after a material is its grade.)
  if (last && words.length >= 2 && isMaterialWord(last) && !isProductHead(words.at(-2)!)) return [];
  if (last && (isCodeLabel(last) || words.every((word) => isNonProductWord(word) || isTierWord(word))))
    return [];
  return words.some((word) => /[a-z]{3,}|[\u4e00-\u9fff]{2}/i.test(word)) ? words : [];
}

/** What may stand right before a code that leads its noun phrase: "the PS-A9 foldable stand", "our KX40 helmet". */
const determinerBefore = /(?:^|\b(?:the|a|an|our|your|this|that|these|those|and|&))\s*$/i;

/**
 * The words after a code that leads its noun phrase ("the PS-A9 foldable aluminium stand", "our KX40 trail
 * helmet"): plain words up to a product noun, which must end them; none when no product noun comes.
 */
function wordsAfter(text: string, from: number): string[] {
  const words: string[] = [];
  for (const m of matchesOf(/\S+/g, text.slice(from, from + 80))) {
    const word = m[0].replace(/[,.;:!?)]+$/, "");
    if (!/^[a-z][a-z-]*$/i.test(word) || nameStop.test(word) || countUnitOf(word) || words.length >= 5) break;
    words.push(word);
    if (word !== m[0]) break;
  }
  while (words.length > 0 && !isProductHead(words[words.length - 1]!.replace(/s$/i, ""))) words.pop();
  return words;
}

/** Codes with their fullest names in the chat, and the prices said beside each code. */
/** Every model code the chat names with a product noun phrase. */
export function namedCodes(clauses: readonly Clause[]): CodedItem[] {
  return [...scan(clauses).named.values()].filter((item) => item.name !== item.code);
}

/** The one model code the chat names with a product noun phrase ("yoga mat YM-6"), or null. */
export function soleCodedName(clauses: readonly Clause[]): CodedItem | null {
  const named = scan(clauses).named;
  const withWords = [...named.values()].filter((item) => item.name !== item.code);
  return withWords.length === 1 && named.size === 1 ? withWords[0]! : null;
}

export function codedItems(clauses: readonly Clause[]): CodedItem[] | null {
  const { named, prices, counts } = scan(clauses);
  // A code is ordered when it is priced or counted; two codes are two products only when their
  // prices or counts differ (one product restated under two codes keeps one price and count).
  const signature = (code: string) =>
    `${[...(prices.get(code) ?? [])].sort().join("|")}/${[...(counts.get(code) ?? [])].sort().join("|")}`;
  const ordered = [...named.keys()].filter((code) => prices.has(code) || counts.has(code));
  if (ordered.length < 2 || new Set(ordered.map(signature)).size < 2) return null;
  const items = ordered.map((code) => ({ ...named.get(code)! }));
  // A code named alone ("CT-150") borrows the words of a sibling code ("cat tree CT-120").
  for (const item of items) {
    if (item.name !== item.code) continue;
    const family = item.code.replace(/[-\d].*$/, "");
    const sibling = items.find((other) => other.name !== other.code && other.code.startsWith(family));
    if (sibling) item.name = sibling.name.replace(sibling.code, item.code);
  }
  return items.sort((a, b) => a.clause - b.clause || a.start - b.start);
}

type Scan = {
  named: Map<string, CodedItem>;
  prices: Map<string, Set<number>>;
  counts: Map<string, Set<number>>;
};

// The item readers ask about the same chat more than once: scan it once.
const scans = new WeakMap<readonly Clause[], Scan>();

function scan(clauses: readonly Clause[]): Scan {
  let found = scans.get(clauses);
  if (!found) {
    found = scanCodes(clauses);
    scans.set(clauses, found);
  }
  return found;
}

/** Every model code in the chat with its fullest name, the prices said beside it and its counts. */
function scanCodes(clauses: readonly Clause[]): Scan {
  const named = new Map<string, CodedItem>();
  const prices = new Map<string, Set<number>>();
  const counts = new Map<string, Set<number>>();
  clauses.forEach((clause, index) => {
    if (clause.sample) return;
    const text = clause.text;
    if (!/[A-Z]-?\d|\d-[0-9A-Z]{0,5}[A-Z]/.test(text)) return;
    // (A label's full stop may have cut "PI no. GP260813" in two sentences: read the one before too.)
    const previousEnd = clauses[index - 1]?.line === clause.line ? `${clauses[index - 1]!.text} ` : "";
    // ("R295", "MX$120": a currency written onto its figure is an amount, not a product's code.)
    const amounts = findMoney(text).filter((money) => money.currency !== null);
    const codes = matchesOf(codePattern, text).filter((m) => {
      if (amounts.some((money) => money.start <= m.index && m.index < money.end)) return false;
      const before = (m.index === 0 ? previousEnd : "") + text.slice(Math.max(0, m.index - 24), m.index);
      return (
        isCode(m[0]) &&
        !standardBodyBefore.test(before) &&
        !documentLabelBefore.test(before.slice(-24)) &&
        !referenceLabelBefore.test(before.slice(-24))
      );
    });
    for (const m of codes) {
      let words = wordsBefore(text, m.index);
      let start = words.length > 0 ? text.lastIndexOf(words[0]!, m.index) : m.index;
      const count = countBefore.exec(text.slice(Math.max(0, start - 20), start));
      // "- Plush bear 25 cm, brown, art. YZ-B25: ...": the label's full stop cut the row in two
      // sentences; the code opening the second takes its name from the first.
      const previous = clauses[index - 1];
      let at = index;
      if (
        words.length === 0 &&
        m.index === 0 &&
        previous?.line === clause.line &&
        labelledEnd.test(previous.text)
      ) {
        words = wordsBefore(previous.text, previous.text.length);
        at = index - 1;
        start = words.length > 0 ? previous.text.lastIndexOf(words[0]!) : m.index;
      }
      // ("for our shop we'll take the PS-A9 foldable aluminium stand": the code leads the product's words.)
      const after =
        words.length === 0 && determinerBefore.test(text.slice(0, m.index))
          ? wordsAfter(text, m.index + m[0].length)
          : [];
      const name = [...words, m[0], ...after].join(" ");
      // "What if 5,000 pcs X?" asks; "Also 300 pcs X?" orders.
      if (count && !/\bif\b|\bmoq\b|minimum/i.test(text)) {
        const set = counts.get(m[0]) ?? new Set<number>();
        set.add(Number(count[1]!.replace(/,/g, "")));
        counts.set(m[0], set);
      }
      const current = named.get(m[0]);
      if (!current || name.length > current.name.length)
        named.set(m[0], { code: m[0], name, clause: at, start });
    }
    if (codes.length === 0) return;
    for (const money of findMoney(text)) {
      if (money.bare || clause.question) continue;
      const part = partAround(text, money.start);
      if (isFeeContext(text.slice(part.from, part.to))) continue;
      // The code this price belongs to: the one in the same part, nearest to the price.
      const inPart = codes.filter((c) => c.index >= part.from && c.index < part.to);
      if (inPart.length === 0) continue;
      const nearest = inPart.reduce((a, b) =>
        Math.abs(b.index - money.start) < Math.abs(a.index - money.start) ? b : a,
      );
      const set = prices.get(nearest[0]) ?? new Set<number>();
      set.add(money.value);
      prices.set(nearest[0], set);
    }
  });
  // "A9" for "PS-A9": a code said without its family's letters is that code.
  for (const short of [...named.keys()]) {
    const full = [...named.keys()].find(
      (code) => code.length > short.length + 1 && code.endsWith(`-${short}`),
    );
    if (!full) continue;
    for (const map of [prices, counts]) {
      const values = map.get(short);
      if (!values) continue;
      const set = map.get(full) ?? new Set<number>();
      for (const value of values) set.add(value);
      map.set(full, set);
      map.delete(short);
    }
    named.delete(short);
  }
  return { named, prices, counts };
}

/** The comma- or semicolon-separated part of a text around a position. */
function partAround(text: string, position: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of matchesOf(/,(?!\d{3}\b)|;|，|；/g, text)) {
    if (m.index < position) from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  return { from, to };
}
