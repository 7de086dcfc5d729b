/**
 * Requirements whose measure the sentence leaves open, read from its structure (tagged words), not from
 * lists of phrases:
 * - a degree with no bound: "not too heavy", "must be very resistant" (an intensifier on an adjective);
 * - a judgement required of the product: "straps quality must be top", "the buckle should be strong";
 * - a comparison with something nobody can inspect against: "same softness as the other supplier",
 *   "more thick than the samples from Amazon", "match the sample you sent in October".
 * The caller drops a finding whose sentence carries a figure, a standard or a code (find-attribute-clauses.ts).
 */
import type { TaggedWord } from "./tag-words.ts";
import {
  type Attribute,
  boundlessDegrees,
  comparisonWords,
  dealAndPeopleNouns,
  dealComparisonNouns,
  looseReferenceNouns,
  offGoodsAdjectives,
  pinningWords,
  requirementWords,
} from "./vocabulary.ts";

type Loose = { from: number; to: number; attribute: Attribute; ahead: true };

// The word lists live in vocabulary.ts with the reader's other words.
const degrees = new Set(boundlessDegrees);
const requiring = new Set(requirementWords);
const offGoods = new Set(offGoodsAdjectives);
const dealNouns = new Set(dealAndPeopleNouns);
const looseReferences = new Set(looseReferenceNouns);
const pinning = new Set(pinningWords);
const comparators = new Set(comparisonWords);
const dealComparisons = new Set(dealComparisonNouns);

const codeLike = (word: TaggedWord) => /\d/.test(word.text) || /^#/.test(word.text);

/** The requirement findings of words[from, to): one clause of a line. */
export function looseRequirementsIn(words: readonly TaggedWord[], from: number, to: number): Loose[] {
  const found: Loose[] = [];
  const requirement = words.slice(from, to).some((word) => requiring.has(word.lower));
  for (let i = from; i < to; i += 1) {
    const word = words[i]!;
    // "not too heavy", "must be very resistant": a degree word on an adjective of the goods.
    if (degrees.has(word.lower) && i + 1 < to) {
      const adjective = words[i + 1]!;
      const negated = i > from && /^(?:not|n't)$/.test(words[i - 1]!.lower);
      if (
        // "not too loud": the tagger reads a bare adjective after "too" as an adverb at times.
        (adjective.pos === "ADJ" ||
          (negated && adjective.pos === "ADV" && /^[a-z]+$/.test(adjective.lower))) &&
        !offGoods.has(adjective.lower) &&
        (negated || (requirement && word.lower !== "enough")) &&
        !aboutTheDeal(words, from, i)
      ) {
        found.push({ from: negated ? i - 1 : i, to: i + 2, attribute: "quality", ahead: true });
        i += 1;
        continue;
      }
    }
    // "make sure the print is not blurry", "ensure the caps are tight": a state the buyer asks to be made sure of,
    // said of a part with no figure, is a judgement required of it as much as "must be" is.
    if (
      (word.lower === "sure" && /^(?:make|be)$/.test(words[i - 1]?.lower ?? "")) ||
      word.lower === "ensure"
    ) {
      const stated = assuredStateEnd(words, i + 1, to);
      if (stated !== null && !aboutTheDeal(words, i + 1, stated.copula)) {
        found.push({ from: stated.subject, to: stated.end, attribute: "quality", ahead: true });
        i = stated.end - 1;
        continue;
      }
    }
    // "straps quality must be top", "the buckle should be strong": a judgement required of a part.
    if ((word.lower === "must" || word.lower === "should") && words[i + 1]?.lower === "be") {
      const at = i + 2;
      const judged = words[at];
      if (
        judged &&
        at < to &&
        (judged.pos === "ADJ" || judged.lower === "top") &&
        !offGoods.has(judged.lower) &&
        !degrees.has(judged.lower) &&
        !aboutTheDeal(words, from, i) &&
        !(at + 1 < to && words[at + 1]!.pos === "NOUN")
      ) {
        const subject = subjectStart(words, from, i);
        if (subject !== null) found.push({ from: subject, to: at + 1, attribute: "quality", ahead: true });
      }
    }
    // "should look the same on all bottles", "the same across every roll": sameness over the lot with no
    // tolerance to hold it to (a ΔE or a ± in the sentence anchors it).
    if (word.lower === "same") {
      const end = acrossAllEnd(words, i + 1, to);
      // (A tolerance anywhere in the sentence holds it: "the same on all bottles, ΔE below 1.0".)
      const tolerated = () => words.slice(i, to).some((later) => /\d|^(?:δe|Δe|delta)$/i.test(later.text));
      if (end !== null && !tolerated() && !aboutTheDeal(words, from, i)) {
        // ("should look the same": the verb that says what is the same belongs to it.)
        let start = i > from && words[i - 1]!.lower === "the" ? i - 1 : i;
        if (start > from && /^(?:look|looks|be|feel|stay|remain)$/.test(words[start - 1]!.lower)) start -= 1;
        found.push({ from: start, to: end, attribute: "quality", ahead: true });
        i = end - 1;
        continue;
      }
    }
    // "the same softness as the other supplier", "more thick than the samples from Amazon".
    // ("I'd like to confirm": "like" compares only as a preposition.)
    // ("seems like your factory is busy": a guess about the other side compares no goods.)
    const guess = word.lower === "like" && i > from && /^(?:seems?|sounds?)$/.test(words[i - 1]!.lower);
    if (
      comparators.has(word.lower) &&
      !guess &&
      (word.lower !== "like" || word.pos === "ADP" || word.pos === "SCONJ")
    ) {
      const end = looseReferenceEnd(words, i, to);
      if (end !== null) {
        let start = i;
        // "more thick than", "more stable on sand than": the comparative before "than" is the attribute compared.
        if (word.lower === "than" && i - 1 >= from) {
          start = i - 1;
          for (let k = i - 1; k >= from && k >= i - 4; k -= 1)
            if (
              /^(?:more|less)$/.test(words[k]!.lower) ||
              (words[k]!.pos === "ADJ" && /er$/.test(words[k]!.lower))
            ) {
              start = k;
              break;
            }
        }
        found.push({ from: start, to: end, attribute: "quality", ahead: true });
        i = end - 1;
      }
    }
  }
  return found;
}

/**
 * After "make sure": a noun phrase of the goods, "is" or "are", an optional "not" and a judging adjective ("the
 * print is not blurry"). Where the subject starts, where its copula stands and where the adjective ends; or null.
 */
function assuredStateEnd(
  words: readonly TaggedWord[],
  at: number,
  to: number,
): { subject: number; copula: number; end: number } | null {
  let k = at;
  if (words[k]?.pos === "DET" || words[k]?.pos === "PRON") k += 1;
  const start = k;
  while (k < to && k - start < 3 && (words[k]!.pos === "NOUN" || words[k]!.pos === "ADJ")) k += 1;
  if (k === start || words[k - 1]!.pos !== "NOUN" || dealNouns.has(words[k - 1]!.lower)) return null;
  const copula = k;
  if (!/^(?:is|are)$/.test(words[k]?.lower ?? "")) return null;
  k += 1;
  if (/^(?:not|n't)$/.test(words[k]?.lower ?? "")) k += 1;
  const judged = words[k];
  if (!judged || k >= to || judged.pos !== "ADJ" || offGoods.has(judged.lower) || degrees.has(judged.lower))
    return null;
  return { subject: start, copula, end: k + 1 };
}

/** Where "on all bottles", "across every roll", "in each batch", "throughout the whole order" ends, or null. */
function acrossAllEnd(words: readonly TaggedWord[], at: number, to: number): number | null {
  if (!/^(?:on|across|in|for|between|throughout|over)$/.test(words[at]?.lower ?? "")) return null;
  let k = at + 1;
  if (words[k]?.lower === "the" && words[k + 1]?.lower === "whole") k += 2;
  else if (/^(?:all|every|each|both)$/.test(words[k]?.lower ?? "")) k += 1;
  else return null;
  if (words[k]?.lower === "the") k += 1;
  const start = k;
  while (k < to && k - start < 2 && (words[k]!.pos === "NOUN" || words[k]!.pos === "PROPN")) k += 1;
  return k > start ? k : null;
}

/** Whether the clause before `at` is about the deal ("the price should be very low"), not the goods. */
function aboutTheDeal(words: readonly TaggedWord[], from: number, at: number): boolean {
  for (let k = at - 1; k >= from && k >= at - 4; k -= 1) {
    const word = words[k]!;
    if (dealNouns.has(word.lower)) return true;
    if (word.pos === "NOUN" || word.pos === "PROPN") return false;
  }
  return false;
}

/** The noun run right before a modal ("straps quality" in "straps quality must be"), or null with none. */
function subjectStart(words: readonly TaggedWord[], from: number, modal: number): number | null {
  let k = modal;
  while (k - 1 >= from && (words[k - 1]!.pos === "NOUN" || words[k - 1]!.pos === "PROPN")) k -= 1;
  return k < modal ? k : null;
}

/**
 * Where a comparison with a loose reference ends: the reference noun within eight words after the comparator,
 * with no code, number or pinning word before it, and no deal noun compared.
 */
function looseReferenceEnd(words: readonly TaggedWord[], i: number, to: number): number | null {
  for (let k = i + 1; k < to && k <= i + 8; k += 1) {
    const word = words[k]!;
    if (word.pos === "PUNCT" || codeLike(word) || pinning.has(word.lower) || dealComparisons.has(word.lower))
      return null;
    if (!looseReferences.has(word.lower)) continue;
    // "sample #3", "the photo dated 2026-03-02": a reference with its code or date is pinned down.
    for (let after = k + 1; after < to && after <= k + 5 && words[after]!.pos !== "PUNCT"; after += 1)
      if (codeLike(words[after]!)) return null;
    // "the sample you sent in October", "the other supplier we have": the clause that picks it out goes with it.
    let end = k + 1;
    while (end < to && end <= k + 5 && words[end]!.pos !== "PUNCT" && !codeLike(words[end]!)) end += 1;
    return words[k + 1] && k + 1 < to && /^(?:from|we|you|before|in|of|that|which)$/.test(words[k + 1]!.lower)
      ? end
      : k + 1;
  }
  return null;
}
