/**
 * Text as the checks read it, so a disguise does not change what a line says: compatibility forms folded
 * (NFKC: full-width letters and digits, ligatures, non-breaking spaces), invisible format characters
 * removed (zero-width space and joiners, soft hyphen, word joiner, BOM, variation selectors), accents
 * dropped, and letters from other scripts that imitate Latin ones (Cyrillic "о", Greek "Ο") mapped to the
 * letter they imitate, from Unicode's confusables table (the `unhomoglyph` package's copy).
 * Only characters outside ASCII are mapped: the table also maps "1" to "l" and "m" to "rn", which would
 * change numbers and honest words. Pure, linear in the length of the text; line breaks are kept.
 * Use it before any check that judges words (injection, grounding); show people the original text.
 * @see https://www.unicode.org/reports/tr39/#Confusable_Detection
 */
import unhomoglyph from "unhomoglyph";

/**
 * One emoji as a chat writes it, with the joiners, variation selectors and skin tones that compose it (an
 * alternation, not a class: a joiner composes several emoji into one). A pattern source, for readers that
 * strip emoji from a name or read them as a full stop.
 */
export const emojiSource = String.raw`(?:\p{Extended_Pictographic}|\u{200D}|\u{FE0F}|[\u{1F3FB}-\u{1F3FF}])`;

/** Characters with no visible form that split a word without looking like it. */
const invisible = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const combiningMark = /\p{Mn}/gu;
const outsideAscii = /[^\u0000-\u007F]/gu;
const asciiOnly = /^[\u0000-\u007F]+$/;
/** A text of ASCII alone (or none): every step below leaves it as it is. */
const plainAscii = /^[\u0000-\u007F]*$/;

const latinFor = new Map<string, string>();

/** The ASCII letters a non-ASCII character imitates, or the character itself when it imitates none. */
function latinLookAlike(char: string): string {
  let mapped = latinFor.get(char);
  if (mapped === undefined) {
    const prototype = unhomoglyph(char);
    mapped = asciiOnly.test(prototype) ? prototype : char;
    latinFor.set(char, mapped);
  }
  return mapped;
}

/** NFKC, invisible characters removed, accents dropped, Latin look-alikes mapped to Latin. */
export function normalizeText(text: string): string {
  // (Most chat text is ASCII: one scan spares it three normalisations and three replacements that change nothing.)
  if (plainAscii.test(text)) return text;
  const folded = text.normalize("NFKC").replace(invisible, "");
  const unaccented = folded.normalize("NFD").replace(combiningMark, "").normalize("NFC");
  return unaccented.replace(outsideAscii, latinLookAlike);
}
