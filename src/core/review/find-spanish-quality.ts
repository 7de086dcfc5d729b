/**
 * Spanish spec phrases, read the way the clause reader reads English: a judging adjective graded by an
 * intensifier ("muy suaves al tacto"), after a copula ("deben ser resistentes"), joined to another ("resistentes
 * y duraderas") or on an attribute noun ("de buena calidad", "calidad buena"), and a requirement ruled out with
 * no criterion ("que no huela a plástico", "no debe oler"). Only lines that read as Spanish are looked at, and a
 * clause carrying a number, a standard or a code is left alone. One pass over the words: linear in the line.
 */
import { isMeasurable } from "./measurable.ts";
import type { VagueTerm } from "./vague-term.ts";
import {
  type Attribute,
  esAttributeNouns,
  esChatter,
  esCopulas,
  esDealVerbs,
  esEvaluations,
  esIntensifiers,
  esMarkers,
  esNotRequirement,
  esRequirementVerbs,
} from "./vocabulary.ts";

type Word = { bare: string; start: number; end: number };

const markers = new Set(esMarkers);
const intensifiers = new Set(esIntensifiers);
const copulas = new Set(esCopulas);
const chatter = new Set(esChatter);
const notRequirement = new Set(esNotRequirement);
const dealVerbs = new Set(esDealVerbs);
const requirementVerbs = new Set(esRequirementVerbs);
/**
 * Words only Spanish writes, beyond the markers: the attribute nouns and judging adjectives ("tela", "costuras",
 * "resistentes") mark a line a buyer writes half in English ("And the colors... que no destiñan").
 */
const englishAlike = new Set(["color", "material", "fino", "alto", "extra", "premium", "superior", "hotel"]);
const spanishWords = new Set(
  [...Object.keys(esAttributeNouns), ...Object.keys(esEvaluations), ...esRequirementVerbs].filter(
    (word) => !englishAlike.has(word),
  ),
);
/** Prepositions that open a place or a sense after a judgement ("al tacto", "a la vista", "en la mano"). */
const places = new Set(["al", "a", "en"]);
const articles = new Set(["la", "el", "los", "las"]);
/** Function words a clause cut at its word limit must not end on: its articles, places and joining words. */
const trailing = new Set([...articles, ...places, "con", "de", "del", "para", "por", "y", "o", "un", "una"]);
const clauseBreak = /[,;:.!?¡¿()\n\t]/;
const breaks = (word: Word | undefined) => word?.bare === "," || word?.bare === ":";

/** The word without accents or case: "plástico" and "Plastico" read alike. */
const bare = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Words of a line with their offsets, and a break marker where punctuation ends a clause. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  // Figures are words too, so a clause's anchor is read up to its last one ("carga 10").
  // (A tab parts a pasted spreadsheet's cells: a comment cell is a clause of its own.)
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+|[,;:.!?¡¿()\t]/gu)) {
    const start = match.index ?? 0;
    // A colon is kept apart: what follows it states the clause's criterion ("resistentes: carga 10 kg").
    const mark = match[0] === ":" ? ":" : ",";
    out.push({
      bare: clauseBreak.test(match[0]) ? mark : bare(match[0]),
      start,
      end: start + match[0].length,
    });
  }
  return out;
}

/** The attribute a judging adjective is about, reading plurals from the singular ("suaves", "duraderas"). */
function evaluationOf(word: Word | undefined): Attribute | null {
  if (!word) return null;
  const forms = [word.bare, word.bare.replace(/s$/, ""), word.bare.replace(/es$/, "")];
  for (const form of forms) if (Object.hasOwn(esEvaluations, form)) return esEvaluations[form]!;
  return null;
}

const nounOf = (word: Word | undefined): Attribute | null =>
  word && Object.hasOwn(esAttributeNouns, word.bare) ? esAttributeNouns[word.bare]! : null;

/** Where "al tacto", "a la vista", "en la mano" ends after word i, or i when none follows. */
function placeEnd(words: Word[], i: number): number {
  if (!places.has(words[i]?.bare ?? "")) return i;
  let k = i + 1;
  if (articles.has(words[k]?.bare ?? "")) k += 1;
  const word = words[k];
  return word && !breaks(word) && !markers.has(word.bare) ? k + 1 : i;
}

/** Where a run of words ends: at a clause break, or `limit` words on. */
function runEnd(words: Word[], i: number, limit: number): number {
  let k = i;
  while (k < words.length && k - i < limit && !breaks(words[k])) k += 1;
  return k;
}

/** The judgement starting at word i (an evaluation, or evaluation and evaluation), with where it ends. */
function judgementAt(words: Word[], i: number): { end: number; attribute: Attribute } | null {
  const attribute = evaluationOf(words[i]);
  if (!attribute || chatter.has(words[i + 1]?.bare ?? "")) return null;
  let end = i + 1;
  if ((words[end]?.bare === "y" || words[end]?.bare === "e") && evaluationOf(words[end + 1])) end += 2;
  // "buena calidad": the attribute noun it judges belongs to it.
  if (nounOf(words[end])) end += 1;
  return { end: placeEnd(words, end), attribute: nounOf(words[end - 1]) ?? attribute };
}

/** Where a verb of requirement stands at word i, after "se" or an article and its noun; 0 when none does. */
function requiredVerbAt(words: Word[], i: number): number {
  if (words[i]?.bare === "se") i += 1;
  else if (articles.has(words[i]?.bare ?? "") && words[i + 1] && !breaks(words[i + 1])) i += 2;
  return requirementVerbs.has(words[i]?.bare ?? "") ? i : 0;
}

/**
 * Does the line read as Spanish: two of its words mark it so, or its letters do ("ñ", "¿", "¡"). A word only
 * Spanish writes after an intensifier ("bien suavecitas") or "que no" ("que no haga bolitas") is Spanish alone.
 */
function spanish(words: Word[], text: string): boolean {
  let count = /[ñ¿¡]/i.test(text) ? 1 : 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.bare;
    const own = spanishWords.has(word) || spanishWords.has(word.replace(/e?s$/, ""));
    if (word === "no" && words[i - 1]?.bare === "que") count += 2;
    else if (own && intensifiers.has(words[i - 1]?.bare ?? "")) count += 2;
    else if (own || markers.has(word)) count += 1;
    if (count >= 2) return true;
  }
  return false;
}

/** The clause (between punctuation, past a colon after it) around words [from, to): where its anchor would stand. */
function clauseText(text: string, words: Word[], from: number, to: number): string {
  let start = from;
  while (start > 0 && from - start < 24 && !breaks(words[start - 1])) start -= 1;
  let end = to;
  while (end < words.length && end - to < 24 && words[end]!.bare !== ",") end += 1;
  return text.slice(words[start]!.start, words[Math.max(end, to) - 1]!.end);
}

/** Every Spanish judgement or bare requirement on one line that its clause does not anchor. */
export function findSpanishQuality(line: number, text: string): VagueTerm[] {
  if (!/[a-záéíóúñ]/i.test(text)) return [];
  const words = wordsOf(text);
  if (!spanish(words, text)) return [];
  const terms: VagueTerm[] = [];
  const push = (from: number, to: number, attribute: Attribute) => {
    if (isMeasurable(clauseText(text, words, from, to))) return;
    const start = words[from]!.start;
    const end = words[to - 1]!.end;
    terms.push({ line, quote: text.slice(start, end), attribute, start, end });
  };
  let i = 0;
  while (i < words.length) {
    const word = words[i]!.bare;
    // "que no huela a plástico", "no debe oler", "no deben romperse": ruled out with no criterion.
    // ("no se puede caer", "no puede romperse": what the product cannot do is ruled out as "no debe" is.)
    const reflexive = words[i + 1]?.bare === "se" ? 1 : 0;
    const cannot =
      word === "no" &&
      /^pued/.test(words[i + 1 + reflexive]?.bare ?? "") &&
      !dealVerbs.has(words[i + 2 + reflexive]?.bare ?? "");
    const required =
      word === "no" && (words[i - 1]?.bare === "que" || /^deb/.test(words[i + 1]?.bare ?? "") || cannot);
    if (required && !notRequirement.has(words[i + 1]?.bare ?? "")) {
      const from = words[i - 1]?.bare === "que" ? i - 1 : i;
      let end = runEnd(words, i + 1, cannot ? 6 : 5);
      // ("no se puede romper con el uso": a run cut short does not end on a function word.)
      while (end > i + 2 && trailing.has(words[end - 1]!.bare)) end -= 1;
      if (end > i + 1) {
        // "que no huela", "no debe oler": a smell ruled out.
        push(
          from,
          end,
          words.slice(i + 1, end).some((w) => /^(?:huel|oler)/.test(w.bare)) ? "smell" : "quality",
        );
        i = end;
        continue;
      }
    }
    // "que aguante muchas lavadas", "que la tela respire", "que se vea bonito": what the goods must do, in the
    // subjunctive after "que", with the subject or "se" between.
    if (word === "que") {
      const verb = requiredVerbAt(words, i + 1);
      if (verb > 0) {
        const end = runEnd(words, verb + 1, 5);
        let last = end;
        while (last > verb + 1 && trailing.has(words[last - 1]!.bare)) last -= 1;
        push(i, last, "quality");
        i = last;
        continue;
      }
    }
    // "de buena calidad", "calidad buena": an attribute noun judged before or after.
    const noun = nounOf(words[i]);
    if (noun && evaluationOf(words[i + 1]) && !chatter.has(words[i + 2]?.bare ?? "")) {
      push(i, i + 2, noun);
      i += 2;
      continue;
    }
    // "Suave como en el video que me mandaste": a judgement held to a reference with no id.
    const likened = evaluationOf(words[i]);
    if (likened && words[i + 1]?.bare === "como") {
      const end = runEnd(words, i + 2, 7);
      if (end > i + 2) {
        push(i, end, likened);
        i = end;
        continue;
      }
    }
    // "muy suaves al tacto", "deben ser resistentes y duraderas", "resistentes y duraderas".
    const graded = intensifiers.has(word) || copulas.has(word);
    const at = graded ? i + 1 : i;
    const startsWithDe = word === "de" && evaluationOf(words[i + 1]) && nounOf(words[i + 2]);
    const judged = judgementAt(words, startsWithDe ? i + 1 : at);
    const joined = judged !== null && judged.end > at + 1;
    if (judged && (graded || startsWithDe || joined)) {
      push(copulas.has(word) ? at : i, judged.end, judged.attribute);
      i = judged.end;
      continue;
    }
    i += 1;
  }
  return terms;
}
