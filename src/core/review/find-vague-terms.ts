/**
 * Finds vague terms in transcript lines: a quality word said of a product attribute with no number,
 * standard, code or sample reference beside it ("nice and soft", "sturdy buckle", "same as sample").
 * Pure: lines in, terms out; the vocabulary lives in vocabulary.ts.
 */
import { matchesOf } from "../matches.ts";
import { findAttributeClausesIn } from "./find-attribute-clauses.ts";
import { findChineseQuality } from "./find-chinese-quality.ts";
import { findVagueClaims } from "./find-vague-claims.ts";
import { isMeasurable } from "./measurable.ts";
import type { VagueTerm } from "./vague-term.ts";
import {
  type Attribute,
  acceptanceQualifiers,
  attributeNouns,
  attributeQualifiers,
  chatterNouns,
  colorWords,
  genericQualifiers,
  intensifiers,
  marketingNouns,
  phraseModifiers,
  predicateVerbs,
  qualityWords,
  sampleReference,
  stopWords,
  strictQualifiers,
  typeTerms,
  vaguePhrases,
} from "./vocabulary.ts";

export type { VagueTerm } from "./vague-term.ts";

type Token = { text: string; lower: string; start: number; end: number; word: boolean };

const generic = new Set(genericQualifiers);
/** Qualifiers that name their attribute themselves, as a table word -> attribute for lookup(). */
const attributeQualifierTable: Readonly<Record<string, Attribute>> = Object.fromEntries(
  attributeQualifiers.map((word) => [word, qualityWords[word] ?? "quality"]),
);
const strict = new Set(strictQualifiers);
const typeTermSet = new Set(typeTerms);
const intensifierSet = new Set(intensifiers);
const predicateSet = new Set(predicateVerbs);
const modifierSet = new Set(phraseModifiers);
const colorSet = new Set(colorWords);
const chatterSet = new Set(chatterNouns);
const stopSet = new Set(stopWords);
const acceptanceSet = new Set(acceptanceQualifiers);
const marketingSet = new Set(marketingNouns);
/** Qualifiers that read as a reply on their own ("Firm, sorry") and so never stand alone in a list. */
const neverAlone = new Set(["rich"]);
/** Verbs after which a generic qualifier describes looks or feel ("looks premium", "feels cheap"). */
const senseVerbs = new Set(["look", "looks", "looking", "feel", "feels", "feeling"]);

const modalWords = new Set([
  "must",
  "should",
  "will",
  "would",
  "can",
  "could",
  "need",
  "needs",
  "to",
  "has",
  "have",
  "always",
  "all",
  "also",
]);

const tokenPattern = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*|\d[\d.,]*[A-Za-z]*|\S/g;
const clauseBreak = /^[,;.!?:()[\]]$/;
const sentenceBreak = /^[;.!?]$/;

function tokenize(text: string): Token[] {
  return matchesOf(tokenPattern, text).map((match) => ({
    text: match[0],
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
    word: /^[A-Za-z\u00C0-\u024F]/.test(match[0]),
  }));
}

/** A one- or two-word entry of `table` starting at token i (two-word entries win). */
function lookup<T>(
  table: Readonly<Record<string, T>>,
  tokens: Token[],
  i: number,
): { value: T; size: number } | null {
  const first = tokens[i];
  if (!first?.word) return null;
  const second = tokens[i + 1];
  if (second?.word) {
    const pair = table[`${first.lower} ${second.lower}`];
    if (pair !== undefined) return { value: pair, size: 2 };
  }
  const single = Object.hasOwn(table, first.lower) ? table[first.lower] : undefined;
  return single === undefined ? null : { value: single, size: 1 };
}

type Qualifier = { kind: "generic" | "strict" | "attribute"; attribute: Attribute | null; size: number };

function qualifierAt(tokens: Token[], i: number): Qualifier | null {
  const specific = lookup(attributeQualifierTable, tokens, i);
  if (specific) return { kind: "attribute", attribute: specific.value, size: specific.size };
  const token = tokens[i];
  if (!token?.word) return null;
  if (generic.has(token.lower)) return { kind: "generic", attribute: null, size: 1 };
  if (strict.has(token.lower)) return { kind: "strict", attribute: null, size: 1 };
  return null;
}

/** A run of up to three plain nouns after a qualifier ("good UV protection", "nice ribbon"), or none. */
function plainNounRun(tokens: Token[], from: number): number {
  let j = from;
  while (j < tokens.length && j - from < 3) {
    const token = tokens[j]!;
    const plain =
      token.word &&
      (token.lower.length >= 3 || /^[A-Z]{2}$/.test(token.text)) &&
      !/['’]/.test(token.lower) &&
      !stopSet.has(token.lower) &&
      !chatterSet.has(token.lower) &&
      !predicateSet.has(token.lower) &&
      !marketingSet.has(token.lower) &&
      !modalWords.has(token.lower) &&
      !/(?:ly|ing|ed)$/.test(token.lower) &&
      qualifierAt(tokens, j) === null;
    if (!plain) break;
    j += 1;
  }
  return j;
}

/** The attribute nouns and colour words right after `from`: the phrase's head and where it ends. */
function readNounPhrase(
  tokens: Token[],
  from: number,
): { end: number; attribute: Attribute | null; nouns: number } {
  let j = from;
  let attribute: Attribute | null = null;
  let nouns = 0;
  let words = 0;
  while (j < tokens.length && words < 4) {
    const noun = lookup(attributeNouns, tokens, j);
    const token = tokens[j]!;
    if (noun) {
      attribute = noun.value;
      nouns += 1;
      j += noun.size;
      words += noun.size;
      continue;
    }
    if (token.word && colorSet.has(token.lower)) {
      attribute = "color";
      nouns += 1;
      j += 1;
      words += 1;
      continue;
    }
    const beforeNoun =
      token.word && !stopSet.has(token.lower) && !chatterSet.has(token.lower) && headWithin(tokens, j + 1);
    if (
      (token.word && modifierSet.has(token.lower) && !chatterSet.has(tokens[j + 1]?.lower ?? "")) ||
      beforeNoun
    ) {
      j += 1;
      words += 1;
      continue;
    }
    break;
  }
  // Trailing modifiers without a noun after them are not part of the phrase ("nice matte." ends at "nice").
  while (j > from && nouns > 0 && !isHead(tokens[j - 1]!)) j -= 1;
  return { end: nouns > 0 ? j : from, attribute, nouns };
}

/** An attribute noun or colour at token j or j+1 ("natural finish", "light sage green"). */
function headWithin(tokens: Token[], j: number): boolean {
  for (const k of [j, j + 1]) {
    const token = tokens[k];
    if (!token?.word || stopSet.has(token.lower)) return false;
    if (lookup(attributeNouns, tokens, k) || colorSet.has(token.lower)) return true;
  }
  return false;
}

function isHead(token: Token): boolean {
  return Object.hasOwn(attributeNouns, token.lower) || colorSet.has(token.lower) || isSecondOfPair(token);
}

function isSecondOfPair(token: Token): boolean {
  return Object.keys(attributeNouns).some((key) => key.includes(" ") && key.endsWith(` ${token.lower}`));
}

/** Index of the first token of the clause that contains token i, looking back at most `limit` tokens. */
function clauseStart(tokens: Token[], i: number, limit: number): number {
  let k = i;
  while (k > 0 && i - k < limit && !clauseBreak.test(tokens[k - 1]!.text)) k -= 1;
  return k;
}

/** Text after a phrase that could carry its number: to the sentence's end, across a comma only into a measure. */
function afterWindow(text: string, tokens: Token[], from: number): string {
  let j = from;
  let count = 0;
  while (j < tokens.length && count < 8) {
    const token = tokens[j]!;
    if (sentenceBreak.test(token.text) && !/\d$/.test(tokens[j - 1]?.text ?? "")) break;
    if (token.text === ",") {
      const next = tokens[j + 1];
      const nextText = next ? text.slice(next.start, tokens[Math.min(j + 3, tokens.length - 1)]!.end) : "";
      if (!isMeasurable(nextText)) break;
    }
    j += 1;
    count += 1;
  }
  const last = tokens[j - 1];
  return last && j > from ? text.slice(tokens[from]!.start, last.end) : "";
}

/** Text before a phrase in the same clause (a few words), where "6 mm thick" carries its number. */
function beforeWindow(text: string, tokens: Token[], start: number): string {
  const from = clauseStart(tokens, start, 4);
  return from < start ? text.slice(tokens[from]!.start, tokens[start - 1]!.end) : "";
}

/** Skip back over intensifiers ("very", "super", "nice and") to where the quote starts. */
function quoteStart(tokens: Token[], i: number): number {
  let k = i;
  // Two intensifiers at most ("really very"): a longer run is no phrase, and reading it back would be quadratic.
  while (k > 0 && i - k < 2 && intensifierSet.has(tokens[k - 1]!.lower)) k -= 1;
  return k;
}

/** An attribute noun right before the predicate ("the battery must be long lasting", "colors are nice"). */
function subjectBefore(tokens: Token[], i: number): { index: number; attribute: Attribute } | null {
  let k = i - 1;
  while (k >= 0 && (predicateSet.has(tokens[k]!.lower) || modalWords.has(tokens[k]!.lower))) k -= 1;
  if (k < 0 || k === i - 1) return null;
  const token = tokens[k]!;
  if (token.word && colorSet.has(token.lower)) return { index: k, attribute: "color" };
  const pair = k > 0 ? lookup(attributeNouns, tokens, k - 1) : null;
  if (pair?.size === 2) return { index: k - 1, attribute: pair.value };
  const noun = lookup(attributeNouns, tokens, k);
  return noun?.size === 1 ? { index: k, attribute: noun.value } : null;
}

function inPredicate(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1];
  return before !== undefined && predicateSet.has(before.lower);
}

/** A lone quality word in a spec list ("soft, durable and washable"): between separators, not a reply. */
function inList(tokens: Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  const separatorBefore = before !== undefined && /^(?:,|:|and|-|•|\*)$/.test(before.lower);
  const separatorAfter = after === undefined || /^(?:,|;|\.|and|!)$/.test(after.lower);
  return separatorBefore && separatorAfter;
}

function termsFromQualifiers(line: number, text: string): VagueTerm[] {
  const tokens = tokenize(text);
  const terms: VagueTerm[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    let qualifier = qualifierAt(tokens, i);
    if (!qualifier) continue;
    let qualifierEnd = i + qualifier.size;
    let joined = false;
    // "nice and soft", "heavy and stable": two quality words joined read as the more specific one, quoted whole.
    if (tokens[qualifierEnd]?.lower === "and") {
      const second = qualifierAt(tokens, qualifierEnd + 1);
      if (second && (second.kind === "attribute" || qualifier.kind === "attribute")) {
        qualifier = second.kind === "attribute" ? second : qualifier;
        qualifierEnd = qualifierEnd + 1 + second.size;
        joined = true;
      }
    }
    const next = tokens[qualifierEnd];
    if (next?.word && chatterSet.has(next.lower)) continue;
    if (next?.word && typeTermSet.has(`${tokens[qualifierEnd - 1]!.lower} ${next.lower}`)) continue;
    const start = quoteStart(tokens, i);
    const phrase = readNounPhrase(tokens, qualifierEnd);
    let quoteFrom = start;
    let end = phrase.end;
    let attribute: Attribute | null = phrase.attribute;
    if (phrase.nouns === 0) {
      const runEnd = qualifier.kind === "strict" ? qualifierEnd : plainNounRun(tokens, qualifierEnd);
      if (runEnd > qualifierEnd) {
        end = runEnd;
      } else {
        const subject = subjectBefore(tokens, start);
        const nounBefore = qualifier.kind === "attribute" ? attributeNounEndingAt(tokens, start - 1) : null;
        const predicate =
          inPredicate(tokens, start) ||
          joined ||
          (start < i && qualifier.kind === "attribute") ||
          nounBefore !== null;
        const sense = senseVerbs.has(tokens[start - 1]?.lower ?? "") && !acceptanceSet.has(tokens[i]!.lower);
        const listed = inList(tokens, start, qualifierEnd) || qualifierAt(tokens, qualifierEnd + 1) !== null;
        if (qualifier.kind !== "attribute") {
          if (!((predicate && subject) || sense)) continue;
          attribute = subject?.attribute ?? "feel";
          if (sense && !subject) quoteFrom = start - 1;
        } else if (!predicate && !(listed && !neverAlone.has(tokens[i]!.lower))) {
          continue;
        }
        if (subject && predicate) {
          quoteFrom = subject.index;
          attribute = subject.attribute;
        } else if (nounBefore) {
          quoteFrom = nounBefore.index;
          attribute = nounBefore.attribute;
        }
        end = qualifierEnd;
      }
    }
    if (marketingSet.has(tokens[end]?.lower ?? "")) continue;
    attribute ??= qualifier.attribute ?? "quality";
    const window = `${beforeWindow(text, tokens, quoteFrom)} ${text.slice(tokens[quoteFrom]!.start, tokens[end - 1]!.end)} ${afterWindow(text, tokens, end)}`;
    if (isMeasurable(window)) continue;
    terms.push({
      line,
      quote: text.slice(tokens[quoteFrom]!.start, tokens[end - 1]!.end),
      attribute,
      start: tokens[quoteFrom]!.start,
      end: tokens[end - 1]!.end,
    });
    i = end - 1;
  }
  return terms;
}

/** An attribute noun ending at token k ("the surface smooth", "battery life long"). */
function attributeNounEndingAt(tokens: Token[], k: number): { index: number; attribute: Attribute } | null {
  if (k < 0) return null;
  const pair = k > 0 ? lookup(attributeNouns, tokens, k - 1) : null;
  if (pair?.size === 2) return { index: k - 1, attribute: pair.value };
  const noun = lookup(attributeNouns, tokens, k);
  return noun?.size === 1 ? { index: k, attribute: noun.value } : null;
}

function termsFromPhrases(line: number, text: string): VagueTerm[] {
  const terms: VagueTerm[] = [];
  for (const { pattern, attribute } of vaguePhrases) {
    for (const match of matchesOf(pattern, text)) {
      const start = match.index;
      const end = start + match[0].length;
      // The few words after the phrase carry its number or sample id; never the rest of a long line.
      const after = text.slice(end, end + 200);
      if (attribute === "sample" && sampleReference.test(after)) continue;
      const tokens = tokenize(after);
      const window = `${after.length > 0 ? afterWindow(after, tokens, 0) : ""}`;
      if (attribute !== "sample" && isMeasurable(window)) continue;
      terms.push({ line, quote: match[0], attribute, start, end });
    }
  }
  return terms;
}

/** Keep the longest of overlapping terms on a line, in reading order. */
function dropOverlaps(terms: VagueTerm[]): VagueTerm[] {
  const sorted = [...terms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: VagueTerm[] = [];
  for (const term of sorted) {
    if (!kept.some((other) => term.start < other.end && other.start < term.end)) kept.push(term);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The same words read as a specific attribute ("lint", "edge") rather than the catch-all one of a phrase table. */
function sharper(claim: VagueTerm, term: VagueTerm): boolean {
  return (
    claim.end >= term.end &&
    (term.attribute === "quality" || term.attribute === "strength") &&
    claim.attribute !== "quality" &&
    claim.attribute !== term.attribute
  );
}

/**
 * Adds the claim finder's terms: the qualifier matcher's quotes stand unless a claim reaches further right
 * over them ("scent should be strong" gives way to "scent should be strong and pleasant") or names a sharper
 * attribute for the same words ("no splinters" is about edges, "must not fade" about print durability).
 */
function withClaims(terms: VagueTerm[], claims: VagueTerm[]): VagueTerm[] {
  let kept = terms;
  for (const claim of dropOverlaps(claims)) {
    const overlapping = kept.filter((term) => claim.start < term.end && term.start < claim.end);
    if (overlapping.length === 0) kept = [...kept, claim];
    else if (
      overlapping.every((term) => claim.start <= term.start && (claim.end > term.end || sharper(claim, term)))
    )
      kept = [...kept.filter((term) => !overlapping.includes(term)), claim];
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Adds the clause reader's terms wherever no other finder quoted those words already. Where one did and named
 * only a catch-all attribute, the clause reader names it: it reads the clause's subject ("the scent should be
 * strong" is about the scent, not strength), which the word-shape finders cannot see. Terms one clause holds
 * are quoted once.
 */
function withClauses(text: string, terms: VagueTerm[], clauses: VagueTerm[]): VagueTerm[] {
  const overlap = (a: VagueTerm, b: VagueTerm) => a.line === b.line && a.start < b.end && b.start < a.end;
  const read = terms.map((term) => {
    const clause = clauses.find((other) => overlap(other, term));
    // A clause reaching further right holds the claim's complement: "must be safe for kids", "sturdy enough for
    // shipping" say what the product must stand up to, which the shorter quote leaves out.
    // So does one reaching further left over a first claim joined by "and": "towels should be super absorbent
    // and soft" holds both claims where the shorter quote kept only "soft".
    const lost = clause ? text.slice(clause.start, term.start) : "";
    if (clause && (clause.end > term.end || (clause.end === term.end && / and /.test(lost)))) {
      const start = Math.min(clause.start, term.start);
      const attribute =
        term.attribute === "strength" || clause.attribute === "quality" ? clause.attribute : term.attribute;
      return { ...clause, start, quote: text.slice(start, clause.end), attribute };
    }
    const catchAll = term.attribute === "strength";
    return clause && catchAll && clause.attribute !== "quality"
      ? { ...term, attribute: clause.attribute }
      : term;
  });
  const added = clauses.filter((clause) => !terms.some((term) => overlap(clause, term)));
  const once = [...read, ...added].filter(
    (term, index, all) =>
      all.findIndex(
        (other) => other.line === term.line && other.start === term.start && other.end === term.end,
      ) === index,
  );
  return once.sort((a, b) => a.line - b.line || a.start - b.start);
}

/**
 * Most terms one finder keeps from one line: a real line holds a handful, and the overlap checks compare terms
 * pairwise, so a pasted line of thousands of quality words must not make them quadratic.
 */
const termsPerLine = 48;
const firstTerms = (terms: VagueTerm[]) => terms.slice(0, termsPerLine);

/** Every vague term on the given lines, in line order. */
export function findVagueTerms(lines: ReadonlyArray<{ line: number; text: string }>): VagueTerm[] {
  const clausesByLine = new Map<number, VagueTerm[]>();
  for (const term of findAttributeClausesIn(lines)) {
    const list = clausesByLine.get(term.line) ?? [];
    if (list.length < termsPerLine) list.push(term);
    clausesByLine.set(term.line, list);
  }
  // Each line on its own: the overlap checks compare terms of one line only.
  return lines.flatMap(({ line, text }) => {
    const shaped = withClaims(
      dropOverlaps(firstTerms([...termsFromQualifiers(line, text), ...termsFromPhrases(line, text)])),
      firstTerms(findVagueClaims(line, text)),
    );
    const clauses = [...(clausesByLine.get(line) ?? []), ...firstTerms(findChineseQuality(line, text))];
    return withClauses(text, shaped, clauses);
  });
}
