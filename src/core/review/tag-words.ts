/**
 * Parts of speech for the reviewer, from wink-nlp and its English model (shipped inside the npm package, so
 * nothing is downloaded at run time). The model is read once, on the first call, so a process that never
 * reviews never pays its start-up (about 0.2 s).
 * Text is tagged in pieces of at most `pieceLimit` characters cut at a sentence end or a space, and only the
 * first `tagLimit` characters of a transcript are tagged at all: a huge paste costs linear time and is capped.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/** A word with its universal part-of-speech tag (ADJ, NOUN, VERB, AUX, ADV, PART, PUNCT...) and its offsets. */
export type TaggedWord = { text: string; lower: string; pos: string; start: number; end: number };

/** Longest piece tagged in one call: a clause or a few sentences, never a whole paste. */
export const pieceLimit = 1_000;
/** Characters of one transcript the tagger reads; the rule finders still read the rest. */
export const tagLimit = 100_000;

type Tagger = (text: string) => { words: string[]; tags: string[] };

let tagger: Tagger | null = null;

function loadTagger(): Tagger {
  const nlp = winkNLP(model, ["pos"]);
  return (text) => {
    const tokens = nlp.readDoc(text).tokens();
    return { words: tokens.out() as string[], tags: tokens.out(nlp.its.pos) as string[] };
  };
}

/**
 * Only ASCII capitals are lowered before tagging: the model reads a sentence's capitalised first word as a
 * proper noun ("Soft touch", "Good battery life"), and lowering ASCII keeps every offset where it was.
 */
const lowerAscii = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

/** Cut `text` into pieces of at most `pieceLimit` characters, at a sentence end or else a space when one is near. */
export function pieces(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + pieceLimit);
    if (end < text.length) {
      const window = text.slice(start, end);
      const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "), window.lastIndexOf("。"));
      const space = window.lastIndexOf(" ");
      const cut = sentence > pieceLimit / 2 ? sentence + 1 : space > pieceLimit / 2 ? space : -1;
      if (cut > 0) end = start + cut;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

/** Longest run without spaces that is tagged; longer runs are never words a finding is about. */
const longestToken = 40;

/**
 * `text` with ASCII capitals lowered and every run of more than `longestToken` non-space characters blanked
 * (same length, so offsets hold): the tagger is slow on such runs ("$1$1$1..."), and they hold no words.
 */
function forTagging(text: string): string {
  let out = "";
  let from = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const space = i === text.length || text[i] === " " || text[i] === "\t";
    if (!space) {
      run += 1;
      continue;
    }
    const word = text.slice(from, i);
    out += run > longestToken ? " ".repeat(word.length) : lowerAscii(word);
    if (i < text.length) out += text[i];
    from = i + 1;
    run = 0;
  }
  return out;
}

/** Abbreviations written before a name, a code or a figure: their full stop ends no sentence. */
const leadingAbbreviations = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "co",
  "no",
  "nr",
  "ref",
  "art",
  "approx",
  "incl",
  "excl",
  "vs",
  "fig",
  "tel",
  "attn",
  "max",
  "min",
  "ca",
  "cf",
  "dept",
  "mt",
  "inc",
]);

/**
 * Whether a token of letters and a full stop ends a sentence: a capitalised word follows, and it is no title; or
 * it is a unit or size letter right after a figure or a size, whatever follows ("at 40°C. want a premium feel",
 * "120 cm for size M. must have ...").
 */
function sentenceEndGlued(token: string, after: string, before: string): boolean {
  const word = /^([A-Za-z]+)\.$/.exec(token)?.[1];
  if (word === undefined) return false;
  if (/^\s+[A-Z]/.test(after)) return !leadingAbbreviations.has(word.toLowerCase());
  return word.length <= 3 && /^\s+[a-z]/.test(after) && /(?:\d\s?°?|°|\bsize\s)$/i.test(before);
}

/** The words of one line with their tags and offsets in the line. */
export function tagWords(text: string): TaggedWord[] {
  tagger ??= loadTagger();
  const words: TaggedWord[] = [];
  for (const piece of pieces(text)) {
    const lowered = forTagging(piece.text);
    const { words: tokens, tags } = tagger(lowered);
    let cursor = 0;
    tokens.forEach((token, index) => {
      const at = lowered.indexOf(token, cursor);
      // A token the tokenizer rewrote (expanded contractions) has no offset of its own: it is skipped.
      if (at < 0 || token.length === 0) return;
      cursor = at + token.length;
      const original = piece.text.slice(at, cursor);
      // "Pantone Cool Gray 11 C. And the armrests...", "no shedding after wash. Weight 600 GSM": a word and a full
      // stop before a capitalised word end a sentence. The tagger sees the text lowered, so it reads such a word
      // as an abbreviation ("c.", "wash.") and the sentence would run on into the next one's figures. Titles and
      // labels that precede a name or a code ("Mr. Wang", "Co. Ltd", "Ref. A12") stay whole.
      if (
        sentenceEndGlued(
          original,
          piece.text.slice(cursor, cursor + 3),
          piece.text.slice(Math.max(0, at - 6), at),
        )
      ) {
        const word = { text: original.slice(0, -1), lower: token.slice(0, -1), pos: tags[index] ?? "X" };
        words.push({ ...word, start: piece.start + at, end: piece.start + cursor - 1 });
        words.push({
          text: ".",
          lower: ".",
          pos: "PUNCT",
          start: piece.start + cursor - 1,
          end: piece.start + cursor,
        });
        return;
      }
      words.push({
        text: original,
        lower: token,
        pos: tags[index] ?? "X",
        start: piece.start + at,
        end: piece.start + cursor,
      });
    });
  }
  return words;
}
