/**
 * Noun phrases read from the structure of a sentence ("hyaluronic sheet masks", "queen size memory foam
 * mattress", "refillable perfume atomizer"), so a product named by a noun no word list holds is still
 * found. The part-of-speech tagger costs about a millisecond a line and its model loads on first use:
 * callers tag only the few lines that carry a quantity, a price or a price request, and each text is
 * tagged once.
 */
import { tagWords } from "../review/tag-words.ts";
import { remembered } from "./memo.ts";
import { currencyCode } from "./words/currencies.ts";

/** A run of modifiers ending in a noun, its head noun (lower case, as written) and its offsets. */
export type NounPhrase = { name: string; head: string; start: number; end: number };

/** Tags a noun phrase is built of: nouns, proper nouns and adjectives before them. */
const phraseTag = /^(?:NOUN|PROPN|ADJ)$/;
/** A measure after a number ("10 ml", "2.2 kW", "16 oz"): a size, never a product. */
const measure =
  /^(?:mm|cm|m|km|in|inch|inches|ft|ml|l|oz|g|kg|lb|lbs|gsm|w|kw|v|mah|wh|kwh|hz|pcs|pc|pieces?|sets?|pairs?|rolls?|units?|usd|rmb|cny|eur|gbp|x|k)$/i;
/** Words before a phrase that make it a person or a company ("Hi Paul", "from Yiwu Scentco"). */
const personBefore = /^(?:hi|hello|hey|dear|from|mr|mrs|ms|miss|am|i'm|im|regards|thanks)$/i;
/** Words after a phrase that make it a company ("Scentco Packaging Co., Ltd."). */
const companyAfter =
  /^(?:co|co\.|ltd|ltd\.|inc|inc\.|llc|limited|company|corp|corp\.|factory|group|trading|industrial|industries|technology)$/i;

/** Capitals of the trade's own talk, never a product's word ("FOB price", "MOQ quantity", "PI number"). */
const tradeAcronym =
  /^(?:OK|PI|PO|FOB|CIF|CFR|EXW|DDP|DAP|FCA|CPT|CIP|MOQ|QTY|TT|LC|BL|ETD|ETA|ASAP|FYI|QC|SGS|DHL|UPS|TNT|EMS|CBM|PCS|PC|TA|RFQ|HS|VAT|GST)$/;

/** Verbs of saying the tagger may read as plural nouns after a name ("Boss says M3 Mini 20.40"). */
export const reportingVerb = /^(?:says|said|tells|told|asks|asked|thinks|replies|replied)$/;

type Tagged = ReturnType<typeof tagWords>[number];

/**
 * "off-road truck", "Li-ion battery pack", "cut-resistant gloves": the tagger splits a word at its hyphen; the
 * parts glued by it are one word of the phrase, tagged as its last part is (a modifier when that part is none).
 */
function withCompounds(words: Tagged[]): Tagged[] {
  const joined: Tagged[] = [];
  for (let i = 0; i < words.length; i++) {
    const previous = joined[joined.length - 1];
    const hyphen = words[i]!;
    const next = words[i + 1];
    if (
      previous &&
      next &&
      hyphen.text === "-" &&
      previous.end === hyphen.start &&
      hyphen.end === next.start &&
      /\p{L}$/u.test(previous.text) &&
      /^\p{L}/u.test(next.text)
    ) {
      joined[joined.length - 1] = {
        ...previous,
        text: `${previous.text}-${next.text}`,
        lower: `${previous.lower}-${next.lower}`,
        pos: phraseTag.test(next.pos) ? next.pos : "ADJ",
        end: next.end,
      };
      i++;
      continue;
    }
    joined.push(hyphen);
  }
  return joined;
}

/** The noun phrases of one text, in order. */
export const nounPhrases = remembered((text: string): NounPhrase[] => {
  const words = withCompounds(tagWords(text));
  const phrases: NounPhrase[] = [];
  let first = -1;
  const close = (end: number) => {
    if (first < 0) return;
    let last = end - 1;
    // A phrase ends in a noun: trailing adjectives ("white") describe, they do not name.
    while (last >= first && words[last]!.pos === "ADJ") last--;
    const before = words[first - 1];
    const after = words[last + 1];
    const personal = before !== undefined && personBefore.test(before.lower);
    const company = after !== undefined && companyAfter.test(after.lower);
    if (last >= first && !personal && !company) {
      const start = words[first]!.start;
      const stop = words[last]!.end;
      phrases.push({ name: text.slice(start, stop), head: words[last]!.lower, start, end: stop });
    }
    first = -1;
  };
  words.forEach((word, i) => {
    const previous = words[i - 1];
    // "10 ml", "$ 6.00", "1000 pcs": a measure, a currency or a count after a number is no modifier.
    const measured = previous?.pos === "NUM" && measure.test(word.lower);
    // Words joined by anything but spaces belong to different phrases ("liners, 1000").
    const joined = previous !== undefined && /^\s+$/.test(text.slice(previous.end, word.start));
    // ("Side table EP-T05 AUD 9.80": a currency's code, whichever, opens the price after the phrase.)
    const currency = /^[A-Z]{3}$/.test(word.text) && currencyCode(word.text) !== null;
    // ("LED panel", "USB hub", "PVC curtain": the tagger reads the lowered acronym as a word, "led" a verb.)
    const acronym =
      /^[A-Z][A-Z0-9]{1,4}$/.test(word.text) &&
      !tradeAcronym.test(word.text) &&
      !currency &&
      phraseTag.test(words[i + 1]?.pos ?? "") &&
      /^\s+$/.test(text.slice(word.end, words[i + 1]!.start));
    if (
      (!phraseTag.test(word.pos) && !acronym) ||
      measured ||
      currency ||
      measure.test(word.lower) ||
      reportingVerb.test(word.lower)
    ) {
      close(i);
      return;
    }
    if (first >= 0 && !joined) close(i);
    if (first < 0) first = i;
  });
  close(words.length);
  return phrases;
}, 256);
