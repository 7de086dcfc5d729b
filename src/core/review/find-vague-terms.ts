/**
 * Finds vague terms in transcript lines: every clause that states or asks for a product attribute with no
 * number, standard, code or sample reference beside it ("nice and soft", "sturdy buckle", "same as sample",
 * "must run quiet"). One reader does it, the clause reader in find-attribute-clauses.ts, with the Chinese and
 * Spanish spec phrases beside it. Pure: lines in, terms out; the vocabulary lives in vocabulary.ts.
 */
import { emojiSource } from "../normalize-text.ts";
import { findAttributeClausesIn } from "./find-attribute-clauses.ts";
import { findChineseQuality } from "./find-chinese-quality.ts";
import { findOtherLanguageQuality } from "./find-other-language-quality.ts";
import { findSpanishQuality } from "./find-spanish-quality.ts";
import type { VagueTerm } from "./vague-term.ts";

export type { VagueTerm } from "./vague-term.ts";

/**
 * Most terms one finder keeps from one line: a real line holds a handful, and the duplicate check compares
 * terms pairwise, so a pasted line of thousands of quality words must not make it quadratic.
 */
const termsPerLine = 48;
const firstTerms = (terms: VagueTerm[]) => terms.slice(0, termsPerLine);

/** Terms of one line quoted once: the same words found by two readers are one finding. */
function once(terms: VagueTerm[]): VagueTerm[] {
  return terms
    .filter(
      (term, index) =>
        terms.findIndex((other) => other.start === term.start && other.end === term.end) === index,
    )
    .sort((a, b) => a.start - b.start);
}

/**
 * An emoji ends what was said before it, as a full stop does ("very comfortable 👌 also we can do ..."): read
 * each as a full stop and spaces of its length, so every quote stays where it stands in the line.
 */
const emojiRun = new RegExp(`${emojiSource}+`, "gu");
const emojiAsStop = (text: string) => text.replace(emojiRun, (run) => `.${" ".repeat(run.length - 1)}`);

/** Every vague term on the given lines, in line order. */
export function findVagueTerms(lines: ReadonlyArray<{ line: number; text: string }>): VagueTerm[] {
  const clausesByLine = new Map<number, VagueTerm[]>();
  const read = lines.map(({ line, text }) => ({ line, text: emojiAsStop(text) }));
  for (const term of findAttributeClausesIn(read)) {
    const list = clausesByLine.get(term.line) ?? [];
    if (list.length < termsPerLine) list.push(term);
    clausesByLine.set(term.line, list);
  }
  return lines.flatMap(({ line, text }) =>
    once([
      ...(clausesByLine.get(line) ?? []),
      ...firstTerms(findChineseQuality(line, text)),
      ...firstTerms(findSpanishQuality(line, text)),
      ...firstTerms(findOtherLanguageQuality(line, text)),
    ]),
  );
}
