/**
 * Trade words as hurried or second-language chats misspell them ("depoist", "deposite recieved", "befor
 * shiping", "producton", "paymnet"): read as the word meant, so the terms they carry are found. Only one
 * slip a word is mended (a letter left out or doubled, two letters swapped, one vowel for another in a long
 * word), never the first letter, never an ending that makes another form of the word ("deposits", "shipped"),
 * and never into a word of its own ("deliver", "ample", "lading", "shopping"). The sentence as written stays
 * the evidence.
 */
import { matchesOf } from "../matches.ts";
import { oneSlip } from "../slips.ts";
import { type Replacement, type Rewritten, rewrite } from "./rewrite.ts";

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
  "shopping",
  "sipping",
  "sampler",
]);

/**
 * The trade words by their first letter, in the order above. A slip never touches the first letter, so a typed
 * word is compared only with the trade words it opens like: most words of a sentence open like none.
 */
const byFirstLetter = new Map<string, string[]>();
for (const word of tradeWords) byFirstLetter.set(word[0]!, [...(byFirstLetter.get(word[0]!) ?? []), word]);

/** The trade word a typed word misspells, or null. */
export function meantWord(typed: string): string | null {
  const lower = typed.toLowerCase();
  const candidates = byFirstLetter.get(lower[0] ?? "");
  if (candidates === undefined) return null;
  if (lower.length < 4 || ownWords.has(lower) || !/^[a-z]+$/.test(lower)) return null;
  return candidates.find((word) => Math.abs(word.length - lower.length) <= 1 && oneSlip(lower, word)) ?? null;
}

/** The sentence with its misspelt trade words mended, and where each offset stands as written; null when none is. */
export function withTradeSpellings(text: string): Rewritten | null {
  const mends: Replacement[] = [];
  for (const m of matchesOf(/[A-Za-z]{4,12}/g, text)) {
    const meant = meantWord(m[0]);
    // ("Befor shipment": a capital as written stays.)
    const cased = meant && /^[A-Z]/.test(m[0]) ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
    if (cased) mends.push({ start: m.index, end: m.index + m[0].length, text: cased });
  }
  return rewrite(text, mends);
}
