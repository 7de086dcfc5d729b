/**
 * Trade words as hurried or second-language chats misspell them ("depoist", "deposite recieved", "befor
 * shiping", "producton", "paymnet"): read as the word meant, so the terms they carry are found. Only one
 * slip a word is mended (a letter left out or doubled, two letters swapped), never the first letter, never an
 * ending that makes another form of the word ("deposits", "shipped"), and never into a word of its own
 * ("deliver", "ample", "lading"). The sentence as written stays the evidence.
 */
import { matchesOf } from "../matches.ts";
import type { SpokenFigures } from "./spoken-figures.ts";

/** The words whose misspellings hide terms: payment, timing and goods words of an order. */
const tradeWords = [
  "deposit",
  "balance",
  "payment",
  "advance",
  "shipment",
  "shipping",
  "production",
  "before",
  "after",
  "delivery",
  "inspection",
  "quantity",
  "price",
  "sample",
  "received",
  "within",
];

/** Words a slip away from a trade word that are words of their own. */
const ownWords = new Set([
  "deliver",
  "lading",
  "ample",
  "rice",
  "receive",
  "prize",
  "pride",
  "prime",
  "afterr",
]);

/** Endings that make another form of a word, not a slip. */
const inflection = /^(?:s|es|d|ed|ing|er|ly|y)$/;

/** Whether `typed` is `word` with one slip: a letter left out or added, or two neighbours swapped, past the first. */
function oneSlip(typed: string, word: string): boolean {
  if (typed === word || typed[0] !== word[0]) return false;
  if (typed.length === word.length - 1) {
    for (let i = 1; i < word.length; i++) if (word.slice(0, i) + word.slice(i + 1) === typed) return true;
    return false;
  }
  if (typed.length === word.length + 1) {
    if (typed.startsWith(word) && inflection.test(typed.slice(word.length))) return false;
    for (let i = 1; i < typed.length; i++) if (typed.slice(0, i) + typed.slice(i + 1) === word) return true;
    return false;
  }
  if (typed.length !== word.length) return false;
  for (let i = 1; i < word.length - 1; i++)
    if (typed[i] !== word[i])
      return typed[i] === word[i + 1] && typed[i + 1] === word[i] && typed.slice(i + 2) === word.slice(i + 2);
  return false;
}

/** The trade word a typed word misspells, or null. */
export function meantWord(typed: string): string | null {
  const lower = typed.toLowerCase();
  if (lower.length < 4 || ownWords.has(lower) || !/^[a-z]+$/.test(lower)) return null;
  return tradeWords.find((word) => Math.abs(word.length - lower.length) <= 1 && oneSlip(lower, word)) ?? null;
}

/** The sentence with its misspelt trade words mended, and where each offset stands as written; null when none is. */
export function withTradeSpellings(text: string): SpokenFigures | null {
  const mends: Array<{ start: number; end: number; text: string }> = [];
  for (const m of matchesOf(/[A-Za-z]{4,12}/g, text)) {
    const meant = meantWord(m[0]);
    // ("Befor shipment": a capital as written stays.)
    const cased = meant && /^[A-Z]/.test(m[0]) ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
    if (cased) mends.push({ start: m.index, end: m.index + m[0].length, text: cased });
  }
  if (mends.length === 0) return null;
  let out = "";
  let from = 0;
  const shifts: Array<{ at: number; start: number; end: number; length: number }> = [];
  for (const mend of mends) {
    out += text.slice(from, mend.start);
    shifts.push({ at: out.length, start: mend.start, end: mend.end, length: mend.text.length });
    out += mend.text;
    from = mend.end;
  }
  out += text.slice(from);
  const original = (offset: number) => {
    let delta = 0;
    for (const shift of shifts) {
      if (offset < shift.at) break;
      // Inside a mended word: its start as written (its end, for an offset at the word's end).
      if (offset < shift.at + shift.length) return shift.start;
      if (offset === shift.at + shift.length) return shift.end;
      delta = shift.end - (shift.at + shift.length);
    }
    return offset + delta;
  };
  return { text: out, original };
}
