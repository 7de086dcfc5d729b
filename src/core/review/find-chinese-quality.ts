/**
 * Chinese quality words, read the way the clause reader reads English: an attribute noun (质量, 包装, 颜色, 手感)
 * with an evaluation word after it ("质量很好", "手感要柔软") or before it ("优质材料", "精美包装"), and a shade
 * named only in words ("墨绿色", "天蓝色"). A clause carrying a number, a standard or a colour code is left
 * alone. One pass over the characters with dictionary look-ups: linear in the length of the line.
 */
import { isMeasurable } from "./measurable.ts";
import type { VagueTerm } from "./vague-term.ts";
import {
  type Attribute,
  zhAnchors,
  zhAttributeNouns,
  zhColorBases,
  zhColorShades,
  zhDefects,
  zhEvaluations,
  zhFillers,
  zhProhibitions,
} from "./vocabulary.ts";

const evaluations = new Set(zhEvaluations);
const fillers = new Set(zhFillers);
const bases = new Set(zhColorBases);
const shades = new Set(zhColorShades);
const clauseBreak = /[,，。;；!！?？、\n]/;
const han = /[\u4e00-\u9fff]/;

/** The longest entry of `set` (up to `longest` characters) starting at `at`, or "". */
function entryAt(text: string, at: number, set: ReadonlySet<string>, longest: number): string {
  for (let size = longest; size >= 1; size -= 1) {
    const piece = text.slice(at, at + size);
    if (piece.length === size && set.has(piece)) return piece;
  }
  return "";
}

const nouns = new Set(Object.keys(zhAttributeNouns));
const prohibitions = new Set(zhProhibitions);
const defectWords = new Set(Object.keys(zhDefects));
/** Evaluations that claim safety whatever noun they stand on (环保 eco, 无毒 non-toxic). */
const safetyClaims = new Set(["环保", "无毒"]);

/** Where a run of at most `longest` Han characters from `at` ends, stopping at a filler or an evaluation. */
function hanRun(text: string, at: number, longest: number): number {
  let j = at;
  while (j < text.length && j - at < longest && han.test(text[j]!)) {
    if (entryAt(text, j, fillers, 2) || entryAt(text, j, evaluations, 2)) break;
    j += 1;
  }
  return j;
}

/** Past any fillers after `at` (at most three): where the next word starts. */
function skipFillers(text: string, at: number): number {
  let j = at;
  for (let count = 0; count < 3; count += 1) {
    const filler = entryAt(text, j, fillers, 2);
    if (!filler) break;
    j += filler.length;
  }
  return j;
}

/** Characters of a clause read on either side of a term for its anchor: a bound that keeps the pass linear. */
const reach = 120;

/** The clause (between Chinese or Latin punctuation) around [start, end), at most `reach` characters each side. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < reach && !breaksAt(text, from - 1)) from -= 1;
  let to = end;
  while (to < text.length && to - end < reach && !breaksAt(text, to)) to += 1;
  return text.slice(from, to);
}

/** A clause break at `at`: Chinese or Latin punctuation; a Latin full stop only where no digit follows ("1.5"). */
function breaksAt(text: string, at: number): boolean {
  const char = text[at]!;
  return clauseBreak.test(char) || (char === "." && !/\d/.test(text[at + 1] ?? ""));
}

const anchored = (clause: string) =>
  isMeasurable(clause) || zhAnchors.some((anchor) => clause.includes(anchor));

/** Every Chinese quality word or shade on one line that its clause does not anchor. */
export function findChineseQuality(line: number, text: string): VagueTerm[] {
  if (!han.test(text)) return [];
  const terms: VagueTerm[] = [];
  const push = (start: number, end: number, attribute: Attribute) => {
    if (!anchored(clauseAround(text, start, end)))
      terms.push({ line, quote: text.slice(start, end), attribute, start, end });
  };
  let i = 0;
  while (i < text.length) {
    const noun = entryAt(text, i, nouns, 3);
    if (noun) {
      const after = skipFillers(text, i + noun.length);
      const evaluation = entryAt(text, after, evaluations, 2);
      if (evaluation) {
        push(i, after + evaluation.length, zhAttributeNouns[noun]!);
        i = after + evaluation.length;
        continue;
      }
    }
    const evaluation = entryAt(text, i, evaluations, 2);
    if (evaluation && evaluation !== "好") {
      const at = text[i + evaluation.length] === "的" ? i + evaluation.length + 1 : i + evaluation.length;
      const following = entryAt(text, at, nouns, 3);
      if (following) {
        push(i, at + following.length, zhAttributeNouns[following]!);
        i = at + following.length;
        continue;
      }
      // A safety claim on any noun: "环保胶水" (eco glue), "无毒油漆" (non-toxic paint), no standard named.
      const noun = hanRun(text, at, 2);
      if (safetyClaims.has(evaluation) && noun > at) {
        push(i, noun, "safety");
        i = noun;
        continue;
      }
    }
    // A defect ruled out with no criterion: "不能漏水" (must not leak), "不得褪色" (may not fade).
    const prohibition = entryAt(text, i, prohibitions, 3);
    const defect = prohibition ? entryAt(text, i + prohibition.length, defectWords, 2) : "";
    if (defect) {
      push(i, i + prohibition.length + defect.length, zhDefects[defect]!);
      i += prohibition.length + defect.length;
      continue;
    }
    const shade = entryAt(text, i, shades, 2);
    if (shade && bases.has(text[i + shade.length] ?? "") && text[i + shade.length + 1] === "色") {
      push(i, i + shade.length + 2, "color");
      i += shade.length + 2;
      continue;
    }
    i += 1;
  }
  return terms;
}
