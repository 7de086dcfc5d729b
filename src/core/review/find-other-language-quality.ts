/**
 * Spec phrases in languages other than English, Spanish and Chinese, read alike: a judging word after a modal or a
 * copula ("Le tissu doit être respirant", "Die Oberfläche soll schön glatt sein", "Kotaknya harus kokoh", "dapat
 * makintab", "Keo phải chắc") or graded by a degree word ("la coupe bien ajustée", "sehr weich", "tidak mudah
 * kusut": not easily creased). French, German, Indonesian and Malay, Tagalog, Vietnamese. Only lines that read as
 * one of them are looked at, and a clause carrying a number, a standard or a code is left alone. One pass over
 * the words: linear in the line.
 */
import { isMeasurable } from "./measurable.ts";
import type { VagueTerm } from "./vague-term.ts";
import {
  type Attribute,
  deEvaluations,
  deIntensifiers,
  deMarkers,
  deModals,
  frEvaluations,
  frIntensifiers,
  frMarkers,
  frModals,
  idEvaluations,
  idIntensifiers,
  idMarkers,
  idModals,
  tlEvaluations,
  tlIntensifiers,
  tlMarkers,
  tlModals,
  viEvaluations,
  viIntensifiers,
  viMarkers,
  viModals,
} from "./vocabulary.ts";

type Word = { lower: string; start: number; end: number };
type Language = {
  markers: ReadonlySet<string>;
  evaluations: Readonly<Record<string, Attribute>>;
  intensifiers: ReadonlySet<string>;
  modals: ReadonlySet<string>;
};

/** A language's words as the reader looks them up. */
const languageWords = (
  markers: readonly string[],
  evaluations: Readonly<Record<string, Attribute>>,
  intensifiers: readonly string[],
  modals: readonly string[],
): Language => ({
  markers: new Set(markers),
  evaluations,
  intensifiers: new Set(intensifiers),
  modals: new Set(modals),
});

const languages: readonly Language[] = [
  languageWords(frMarkers, frEvaluations, frIntensifiers, frModals),
  languageWords(deMarkers, deEvaluations, deIntensifiers, deModals),
  languageWords(idMarkers, idEvaluations, idIntensifiers, idModals),
  languageWords(tlMarkers, tlEvaluations, tlIntensifiers, tlModals),
  languageWords(viMarkers, viEvaluations, viIntensifiers, viModals),
];

/** The deal's nouns in the languages read: a judgement of them is no product spec. */
const dealNouns = new Set([
  "prix",
  "délai",
  "delai",
  "paiement",
  "offre",
  "échantillon",
  "echantillon",
  "livraison",
  "preis",
  "preise",
  "lieferzeit",
  "zahlung",
  "angebot",
  "muster",
  "lieferung",
  "harga",
  "pembayaran",
  "presyo",
  "bayad",
  "giá",
]);

/** Words of a line with their offsets; punctuation is a "," that breaks a clause. */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}'’-]+|[,;:.!?()]/gu)) {
    const start = match.index ?? 0;
    out.push({
      lower: /^[,;:.!?()]$/.test(match[0]) ? "," : match[0].toLowerCase(),
      start,
      end: start + match[0].length,
    });
  }
  return out;
}

/** The attribute a judging adjective judges, its French or German endings read off ("ajustée", "glatte"). */
function evaluationOf(language: Language, word: Word | undefined): Attribute | null {
  if (!word) return null;
  const forms = [
    word.lower,
    word.lower.replace(/s$/, ""),
    word.lower.replace(/e?s$/, ""),
    word.lower.replace(/e$/, ""),
    word.lower.replace(/(?:e[nmrs]?)$/, ""),
  ];
  for (const form of forms) if (Object.hasOwn(language.evaluations, form)) return language.evaluations[form]!;
  return null;
}

/** The language two of the line's words mark it as, or null. */
function languageOf(words: readonly Word[]): Language | null {
  for (const language of languages) {
    let count = 0;
    for (const word of words) if (language.markers.has(word.lower) && ++count >= 2) return language;
  }
  return null;
}

/** The clause around words [from, to), between breaks: where its anchor would stand. */
function clauseText(text: string, words: readonly Word[], from: number, to: number): string {
  let start = from;
  while (start > 0 && from - start < 24 && words[start - 1]!.lower !== ",") start -= 1;
  let end = to;
  while (end < words.length && end - to < 24 && words[end]!.lower !== ",") end += 1;
  // ("soll glatt sein, Ra 0,8 µm": a measure right after the comma belongs to the clause.)
  if (words.slice(end + 1, end + 4).some((word) => /\d/.test(word.lower)))
    end = Math.min(words.length, end + 4);
  return text.slice(words[start]!.start, words[Math.max(end, to) - 1]!.end);
}

/** Every judgement on one line, in one of the languages read, that its clause does not anchor. */
export function findOtherLanguageQuality(line: number, text: string): VagueTerm[] {
  if (!/[a-zäöüéèàç]/i.test(text)) return [];
  const words = wordsOf(text);
  const language = languageOf(words);
  if (!language) return [];
  const terms: VagueTerm[] = [];
  let i = 0;
  while (i < words.length) {
    const attribute = evaluationOf(language, words[i]);
    // ("schön glatt": a judging word before another grades it.)
    const grading =
      language.intensifiers.has(words[i]!.lower) && evaluationOf(language, words[i + 1]) !== null;
    if (!attribute || grading) {
      i += 1;
      continue;
    }
    // Back over the degree words and the modal or copula before it ("doit être", "soll schön", "bien").
    let from = i;
    while (
      from > 0 &&
      i - from < 4 &&
      (language.intensifiers.has(words[from - 1]!.lower) || language.modals.has(words[from - 1]!.lower))
    )
      from -= 1;
    // A subject noun just before a German modal belongs to the quote ("Oberfläche soll schön glatt sein").
    let end = i + 1;
    if (language.modals.has(words[end]?.lower ?? "")) end += 1;
    const required = from < i;
    const subject = words[from - 1];
    // What is judged is the deal's ("Der Preis ist gut", "le délai est court"): no spec of the product.
    if (required && subject && dealNouns.has(subject.lower)) {
      i = end;
      continue;
    }
    if (required) {
      const named =
        subject !== undefined &&
        subject.lower !== "," &&
        !language.markers.has(subject.lower) &&
        /^\p{L}/u.test(subject.lower);
      if (named) from -= 1;
      if (!isMeasurable(clauseText(text, words, from, end))) {
        const start = words[from]!.start;
        const stop = words[end - 1]!.end;
        terms.push({ line, quote: text.slice(start, stop), attribute, start, end: stop });
      }
    }
    i = end;
  }
  return terms;
}
