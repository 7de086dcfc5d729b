/**
 * Items told apart by their model codes ("5-tier bookshelf HW-5T ... HW-3T is $24.00/pc"): when two
 * codes carry different prices they are two products, whatever words the chat uses around them.
 */
import { matchesOf } from "../matches.ts";
import type { Clause } from "./clauses.ts";
import { findMoney } from "./money.ts";
import { isFeeContext } from "./shipping.ts";
import { isCodeLabel, isNonProductWord } from "./words/non-product.ts";
import { countUnitOf, countWords } from "./words/units.ts";

/** "300 pcs " or "300 pcs of " right before a product name: the count asked for it. */
const countBefore = new RegExp(String.raw`(?<![\w.,])(\d[\d,]*)\s*(?:${countWords})\s+(?:of\s+)?$`, "i");

/** A model code: capitals then digits ("HW-5T", "CT120", "DL-220", "YZ-B25"); no document number ("PO-12"). */
const codePattern = /(?<![\w/-])[A-Z]{1,4}(?:-[A-Z]{0,2})?\d[\w-]{0,12}(?![\w/-])/g;
/** Document numbers, standards and grades are no product codes ("PO-1234", "EN71", "UV400"). */
const notCode = /^(?:(?:PO|PI|NO|REF|INV|FBA|Q)-?\d|(?:ISO|EN|GB|UV|ASTM|IEC|IP)\d)/;
/** Words that open no product name: counts, units, function words, sales words. */
const nameStop =
  /^(and|or|with|for|the|a|an|our|your|this|these|that|of|is|are|at|in|on|to|by|per|each|price|prices|quote|quotation|please|order|need|want|we|i|you|it|model|item|moq|about|also|both|only|just|then|so|ok|okay|yes|hi|hello|confirm|confirmed|pcs?|units?|sets?|pieces?|pairs?|qty|quantity|total|usd|rmb)$/i;

const sizeUnit = /^(?:mm|cm|m|inch|in|ml|l|oz|g|kg|w|v)$/i;

export type CodedItem = { code: string; name: string; clause: number; start: number };

function isCode(token: string): boolean {
  return !notCode.test(token);
}

/** The descriptive words right before a code in the same sentence part ("5-tier bookshelf" HW-5T). */
function wordsBefore(text: string, end: number): string[] {
  const before = text.slice(Math.max(0, end - 60), end);
  const part = before.split(/[,;:，；、(]/).pop() ?? "";
  const raw = part.trim().split(/\s+/).filter(Boolean);
  const words: string[] = [];
  for (let i = raw.length - 1; i >= 0 && words.length < 4; i--) {
    const word = raw[i]!;
    // A size written apart ("plush bear 25 cm YZ-B25") is part of the name; any other number ends it.
    if (/^\d[\d,.]*$/.test(word) && sizeUnit.test(words[0] ?? "") && i > 0) {
      words.unshift(word);
      continue;
    }
    if (nameStop.test(word) || countUnitOf(word) || /^\d[\d,.]*$/.test(word)) break;
    // A Chinese product noun ("保温杯 TB-500") stands alone: nothing before it joins the name.
    if (/^[\u4e00-\u9fff]{2,8}$/.test(word) && words.length === 0) {
      words.unshift(word);
      break;
    }
    if (!/^[a-z0-9][a-z0-9-]*$/i.test(word) || /^[A-Z]{1,4}(?:-[A-Z]{0,2})?\d/.test(word)) break;
    words.unshift(word);
  }
  // "colour RAL9005", "front D1210", "possible Queen": a label, a part, a size or a colour before
  // the code names no product.
  const last = words[words.length - 1];
  if (last && (isCodeLabel(last) || words.every((word) => isNonProductWord(word)))) return [];
  return words.some((word) => /[a-z]{3,}|[\u4e00-\u9fff]{2}/i.test(word)) ? words : [];
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
    if (!/[A-Z]-?\d/.test(text)) return;
    const codes = matchesOf(codePattern, text).filter((m) => isCode(m[0]));
    for (const m of codes) {
      const words = wordsBefore(text, m.index);
      const name = [...words, m[0]].join(" ");
      const start = words.length > 0 ? text.lastIndexOf(words[0]!, m.index) : m.index;
      const count = countBefore.exec(text.slice(Math.max(0, start - 20), start));
      // "What if 5,000 pcs X?" asks; "Also 300 pcs X?" orders.
      if (count && !/\bif\b|\bmoq\b|minimum/i.test(text)) {
        const set = counts.get(m[0]) ?? new Set<number>();
        set.add(Number(count[1]!.replace(/,/g, "")));
        counts.set(m[0], set);
      }
      const current = named.get(m[0]);
      if (!current || name.length > current.name.length)
        named.set(m[0], { code: m[0], name, clause: index, start });
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
