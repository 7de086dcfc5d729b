/**
 * Figures said in words, as voice-note transcripts write them: "twelve hundred pairs", "thirty percent
 * deposit", "two dollars fifteen cents", "one dollar forty", "meet me at one thirty". A sentence holding such a
 * figure is read with the figure in digits ("1200 pairs", "30% deposit", "US$2.15", "US$1.40", "at 1.30"), so
 * every rule that reads counts, prices and percentages reads it as it reads a typed chat; the evidence still
 * quotes the words as written, through the offset map kept beside the rewritten text.
 *
 * Only figures that can be no other thing are rewritten: a run of number words with "hundred" or "thousand" in
 * it, one before "percent" or a money word, and a spoken price ("one ninety") in a sentence that speaks of
 * money. "twenty to thirty millimetres", "one colour", "thirty days" stay as written (the dispatch rule reads
 * spelled-out days itself).
 */

import { type Replacement, type Rewritten, rewrite } from "./rewrite.ts";
import { numberWordValues, tensAndTeensPattern, unitWordPattern } from "./words/number-words.ts";
import { measuredAfter } from "./words/units.ts";

/** The number words one to ninety and their values, from the one list the dispatch rule reads too. */
const smallWords = numberWordValues;

/** Money words said after an amount, with the sign written before the figure ("dollars" -> "US$"). */
const moneyWords = new Map<string, string>([
  ["dollar", "US$"],
  ["dollars", "US$"],
  ["bucks", "US$"],
  ["euro", "€"],
  ["euros", "€"],
]);
const centWords = new Set(["cent", "cents"]);
/** An amount said in words with its money word ("two dollars", "one dollar forty", "fifty cents"). */
const spokenMoney = new RegExp(
  `\\b(?:${[...smallWords.keys()].join("|")})[\\s-](?:[a-z]+[\\s-]){0,3}?(?:dollars?|bucks|euros?|cents)\\b`,
  "i",
);

/**
 * Whether a chat says its prices in words ("two dollars fifteen cents"): only then is a bare spoken figure
 * ("at one ninety", "deal, one thirty") read as a price.
 */
export function speaksMoneyInWords(text: string): boolean {
  return spokenMoney.test(text);
}
/** Words after a figure that make it a count or a measure, not a price ("one twenty pairs", "two fifty ml"). */
const notPriceAfter =
  /^\s(?:pcs|pieces?|pairs?|sets?|units?|rolls?|cartons?|boxes|days?|weeks?|months?|years?|hours?|minutes?|mm|cm|ml|g|kg|m|percent|per\scent|%)(?![a-z])/i;

/** A word of the sentence with where it stands. */
type Word = { lower: string; start: number; end: number };

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[A-Za-z]+/g))
    words.push({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return words;
}

/** Only spaces or a hyphen between two words ("twenty-five", "twelve hundred"): they are one figure. */
const joined = (text: string, a: Word, b: Word) => /^(?:\s{1,2}|-)$/.test(text.slice(a.end, b.start));

/** A run of number words from word i: its value, how many words it takes, and whether it holds a scale word. */
function numberRun(
  text: string,
  words: Word[],
  i: number,
): { value: number; size: number; scaled: boolean } | null {
  let total = 0;
  let current = 0;
  let size = 0;
  let scaled = false;
  let lastSmall: number | null = null;
  for (let j = i; j < words.length; j++) {
    const word = words[j]!;
    if (j > i && !joined(text, words[j - 1]!, word)) break;
    const small = smallWords.get(word.lower);
    if (small !== undefined) {
      // "twenty five" adds up; "one thirty" or "two fifteen" is a spoken price, not one figure.
      if (lastSmall !== null && !(lastSmall >= 20 && lastSmall % 10 === 0 && small < 10)) break;
      current += small;
      lastSmall = small;
    } else if (word.lower === "hundred" && size > 0 && current > 0 && current < 100) {
      current *= 100;
      scaled = true;
      lastSmall = null;
    } else if (word.lower === "thousand" && size > 0 && current > 0) {
      total += current * 1000;
      current = 0;
      scaled = true;
      lastSmall = null;
    } else if (word.lower === "and" && scaled && smallWords.has(words[j + 1]?.lower ?? "")) {
      lastSmall = null;
    } else break;
    size = j - i + 1;
  }
  if (size === 0) return null;
  // (A trailing "and" belongs to the sentence: "twelve hundred and" ends the run before it.)
  while (size > 0 && words[i + size - 1]!.lower === "and") size -= 1;
  return { value: total + current, size, scaled };
}

/** The figure said from word i, as digits, with the words it replaces, or null. */
function figureAt(
  text: string,
  words: Word[],
  i: number,
  speaksMoney: boolean,
): { to: number; replacement: Replacement } | null {
  const run = numberRun(text, words, i);
  if (!run) return null;
  const first = words[i]!;
  let to = i + run.size;
  const last = words[to - 1]!;
  const next = words[to];
  const nextJoined = next !== undefined && joined(text, last, next);
  // "two dollars fifteen cents", "one dollar forty", "two dollars even", "fifty cents".
  if (nextJoined && moneyWords.has(next.lower) && run.value < 100_000) {
    const sign = moneyWords.get(next.lower)!;
    to += 1;
    let cents = 0;
    const after = words[to];
    if (after && joined(text, words[to - 1]!, after) && after.lower === "even") to += 1;
    else {
      const andAt = after?.lower === "and" && joined(text, words[to - 1]!, after) ? to + 1 : to;
      const centsRun =
        words[andAt] && joined(text, words[andAt - 1]!, words[andAt]!) ? numberRun(text, words, andAt) : null;
      if (centsRun && !centsRun.scaled && centsRun.value < 100) {
        const end = andAt + centsRun.size;
        const tail = text.slice(words[end - 1]!.end);
        if (!notPriceAfter.test(tail)) {
          cents = centsRun.value;
          to = end;
          if (words[to] && centWords.has(words[to]!.lower) && joined(text, words[to - 1]!, words[to]!))
            to += 1;
        }
      }
    }
    const figure = cents > 0 ? `${run.value}.${String(cents).padStart(2, "0")}` : `${run.value}`;
    return { to, replacement: { start: first.start, end: words[to - 1]!.end, text: `${sign}${figure}` } };
  }
  if (nextJoined && centWords.has(next.lower) && !run.scaled && run.value < 100)
    return {
      to: to + 1,
      replacement: { start: first.start, end: next.end, text: `US$0.${String(run.value).padStart(2, "0")}` },
    };
  // "thirty percent", "seventy per cent".
  const percent = /^\s(?:percent|per\scent)\b/i.exec(text.slice(last.end));
  if (percent && run.value <= 100)
    return {
      to,
      replacement: { start: first.start, end: last.end + percent[0].length, text: `${run.value}%` },
    };
  if (run.scaled) return { to, replacement: { start: first.start, end: last.end, text: String(run.value) } };
  // "saddle eight and half", "nine and a half": a price and fifty cents, in a chat about money.
  const half = /^\s(?:and\s)(?:a\s)?half\b/i.exec(text.slice(last.end));
  if (speaksMoney && run.value < 100 && half && !notPriceAfter.test(text.slice(last.end + half[0].length))) {
    const end = words.findIndex((word) => word.start >= last.end + half[0].length);
    return {
      to: end < 0 ? words.length : end,
      replacement: { start: first.start, end: last.end + half[0].length, text: `${run.value}.50` },
    };
  }
  // "at one ninety", "twenty-three twenty": dollars then a tens or teen word of cents, in a chat about money.
  if (speaksMoney && run.value < 100 && nextJoined) {
    const cents = numberRun(text, words, to);
    const centsWord = words[to]!;
    if (
      cents &&
      !cents.scaled &&
      cents.value >= 10 &&
      cents.value < 100 &&
      (smallWords.get(centsWord.lower) ?? 0) >= 10 &&
      !notPriceAfter.test(text.slice(words[to + cents.size - 1]!.end))
    ) {
      const end = to + cents.size;
      return {
        to: end,
        replacement: { start: first.start, end: words[end - 1]!.end, text: `${run.value}.${cents.value}` },
      };
    }
  }
  // "thirty-nine, deal": in a chat that says its figures in words, a number of ten or more is a figure too.
  // ("twelve inch", "fifteen-piece", "four-person": a size or a label in words stays a word of the name.)
  const after = text.slice(last.end);
  if (
    speaksMoney &&
    run.value >= 10 &&
    !/^\s?(?:-|person|people|seater|piece)\b/i.test(after) &&
    !measuredAfter(after)
  )
    return { to, replacement: { start: first.start, end: last.end, text: String(run.value) } };
  return null;
}

const tensOrTeens = new RegExp(String.raw`\b(?:${tensAndTeensPattern})\b`, "i");
/** Words without which a sentence holds no figure this file rewrites (the teens and tens only in a money chat). */
const figureWord = new RegExp(
  String.raw`\b(?:hundred|thousand|percent|per cent|dollars?|cents?|bucks|euros?|${unitWordPattern})\b`,
  "i",
);

/** "fifty-fifty": the same number word twice over a hyphen. */
const halves = (text: string, words: Word[], i: number) =>
  words[i + 1]?.lower === words[i]!.lower && text.slice(words[i]!.end, words[i + 1]!.start) === "-";

/** The sentence with its spoken figures in digits, or null when it says none. */
export function withSpokenFigures(text: string, pricesInWords = false): Rewritten | null {
  if (!figureWord.test(text) && !(pricesInWords && tensOrTeens.test(text))) return null;
  const words = wordsOf(text);
  const speaksMoney = pricesInWords || speaksMoneyInWords(text);
  const replacements: Replacement[] = [];
  for (let i = 0; i < words.length; ) {
    // A figure starts at a number word that does not continue one before it.
    // ("one twenty pairs": "twenty" after "one" is part of a figure left as said, not one of its own.)
    const continues = i > 0 && smallWords.has(words[i - 1]!.lower) && joined(text, words[i - 1]!, words[i]!);
    // "fifty-fifty" splits a payment in halves: a word said twice over a hyphen is no figure.
    if (halves(text, words, i)) {
      i += 2;
      continue;
    }
    const found =
      smallWords.has(words[i]!.lower) && !continues ? figureAt(text, words, i, speaksMoney) : null;
    if (found) {
      replacements.push(found.replacement);
      i = found.to;
    } else i += 1;
  }
  return rewrite(text, replacements);
}
