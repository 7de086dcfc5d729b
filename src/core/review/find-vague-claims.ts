/**
 * Finds vague claims the qualifier matcher misses: quality words in requirement shapes rather than
 * "qualifier + attribute noun" ("the scent should be strong and pleasant", "bright enough", "super fluffy",
 * "lint free", "should not shrink much", "water resistant coating", "nice soft touch"). A clause that carries
 * a number, standard or code is never flagged. Pure: one line in, terms out.
 */
import { matchesOf } from "../matches.ts";
import { isMeasurable } from "./measurable.ts";
import type { VagueTerm } from "./vague-term.ts";
import {
  type Attribute,
  attributeNouns,
  chatterNouns,
  defects,
  glueWords,
  mannerAdverbs,
  marketingNouns,
  notQualityWords,
  personSubjects,
  qualityWords,
  requirementCues,
  resistances,
  stopWords,
  typeHeads,
} from "./vocabulary.ts";

const adjectives = Object.keys(qualityWords).join("|");
/** A listed quality word, or a word shaped like an adjective ("grippy", "ergonomic", "rigid", "consistent"). */
const quality = String.raw`(?:${adjectives}|(?![a-z]*ly\b)[a-z]{3,}(?:y|ic|id|ent|ful|ous|ive|able|ible))`;
const defectWords = Object.keys(defects).join("|");
const resistWords = Object.keys(resistances).join("|");
const adverbs = mannerAdverbs.join("|");
const modal = String.raw`(?:must|should|shall|needs? to|has to|have to|will|to)`;
const sense = String.raw`(?:be|look|looks|feel|feels|stay|remain|sound|smell|smells|get)`;
const boost = String.raw`(?:super|very|really|extra|highly|fully|buttery|so|quite|ultra|strongly|nice and|nice)`;
/** Chatter for this finder also takes the delivery nouns: a delivery promise is read by the qualifier matcher. */
const chatter = new Set([
  ...chatterNouns,
  ...marketingNouns,
  ...stopWords.filter((word) => word === "you"),
  ...Object.keys(attributeNouns).filter((noun) => attributeNouns[noun] === "delivery" && !noun.includes(" ")),
]);
const persons = new Set(personSubjects);
const types = new Set(typeHeads);
const glue = new Set(glueWords);
const notQualities = new Set(notQualityWords);

type Shape = {
  pattern: RegExp;
  attribute: (match: RegExpMatchArray) => Attribute;
  cue?: boolean;
  postposed?: boolean;
};

const attributeOf = (word: string | undefined): Attribute =>
  qualityWords[(word ?? "").toLowerCase()] ?? "quality";
const defectOf = (word: string | undefined): Attribute => {
  const lower = (word ?? "").toLowerCase();
  const key = Object.keys(defects).find((defect) => lower.startsWith(defect));
  return key ? defects[key]! : "quality";
};

/** The shapes, most specific first; each quote is the words as they stand. */
const shapes: readonly Shape[] = [
  // "the scent should be strong and pleasant", "housing must feel solid", "fabric must be opaque"
  {
    pattern: new RegExp(
      String.raw`\b(?:([a-z]+(?:\s[a-z]+)?)\s)?${modal}\s(?:${sense}\s)?(?:${boost}\s)?(${quality})(?:\s(?:and|&|but|yet)\s(?:${boost}\s)?(${quality}))?(?:\senough)?\b(?!\s(?:${adjectives}))`,
      "gi",
    ),
    attribute: (m) => attributeOf(m[2]),
  },
  // "must glide smoothly", "lids must seal tightly", "glue must hold well"
  {
    pattern: new RegExp(
      String.raw`\b${modal}\s(?!(?:be|get|go|do|reply|answer|ship|pay|send|deliver|work|respond)\s)([a-z]+)\s(${adverbs})\b`,
      "gi",
    ),
    attribute: (m) =>
      /seal|fit|close/i.test(m[1] ?? "") ? "fit" : m[1]?.match(/hold|stick/i) ? "strength" : "feel",
  },
  // "should not shrink much", "print must not fade", "not feel greasy", "must not get hot"
  {
    pattern: new RegExp(
      String.raw`\b(?:not|never|doesn't|don't|won't|no)\s(?:${sense}\s|too\s)?(${defectWords})[a-z]*(?:\s(?:much|easily))?\b`,
      "gi",
    ),
    attribute: (m) => defectOf(m[1]),
  },
  // "lint free", "no splinters", "no sticky feeling", "non-slip base"
  {
    pattern: new RegExp(String.raw`\b(${defectWords})[a-z]*[- ]free\b`, "gi"),
    attribute: (m) => defectOf(m[1]),
  },
  {
    pattern: new RegExp(String.raw`\b(?:no|without)\s(${defectWords})[a-z]*(?:\sfeeling)?\b`, "gi"),
    attribute: (m) => defectOf(m[1]),
  },
  { pattern: /\bnon[- ]?(slip|stick|skid)(?:\s[a-z]+)?\b/gi, attribute: () => "stability" },
  // "water resistant", "leak proof", "heat resistant", "fully waterproof"
  {
    pattern: new RegExp(
      String.raw`\b(?:${boost}\s)?(${resistWords})[- ]?(?:resistant|proof|repellent)\b`,
      "gi",
    ),
    attribute: (m) => resistances[(m[1] ?? "").toLowerCase()] ?? "quality",
  },
  // "strong enough", "bright enough"
  {
    pattern: new RegExp(String.raw`\b(${quality})\senough\b`, "gi"),
    attribute: (m) => attributeOf(m[1]),
  },
  // "super fluffy", "really soft", "highly absorbent", "buttery soft"
  {
    pattern: new RegExp(
      String.raw`\b(?:super|very|really|extra|highly|fully|buttery|ultra|strongly)\s(${quality})\b`,
      "gi",
    ),
    attribute: (m) => attributeOf(m[1]),
  },
  // "feels solid", "should look natural"
  {
    pattern: new RegExp(String.raw`\b(?:looks?|feels?|sounds?|smells?)\s(${quality})\b`, "gi"),
    attribute: (m) => attributeOf(m[1]),
  },
  // "nice soft touch", "deep bass", "comfortable grip", "durable nonstick", "long runtime"
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:nice|good|great|long)\s)?(${adjectives}|long)\s(?:and\s(?:${adjectives})\s)?([a-z]{3,})\b`,
      "gi",
    ),
    attribute: (m) => (m[1]?.toLowerCase() === "long" ? "strength" : attributeOf(m[1])),
    cue: true,
  },
  // "colours rich", "corners smooth", "fragrance subtle": a short list entry, noun then quality word
  {
    pattern: new RegExp(
      String.raw`(?:^|[,:;.!?]\s*|\band\s|please\s)([a-z]{3,})\s(${adjectives})(?:\s(?:across|between|throughout|over)\s[a-z]+)?(?=\s*(?:[,.;!]|and\b|please\b|$))`,
      "gi",
    ),
    attribute: (m) => attributeOf(m[2]),
    postposed: true,
  },
  { pattern: /\b(?:hold|keep)s?\s(?:its\s|their\s)?shape\b/gi, attribute: () => "shrinkage" },
  { pattern: /\bstays?\sin\splace\b/gi, attribute: () => "fit" },
  {
    pattern:
      /\b(?!(?:and|or)\s)[a-z]{3,}\s(?:be\s)?(?:easy|simple)\sto\s(?:use|clean|assemble|install|open|operate|carry|fold|wash)\b/gi,
    attribute: () => "quality",
  },
  {
    pattern: /\b([a-z]{3,})\s(?:must|should|needs? to|has to)\slast(?:\slong)?\b/gi,
    attribute: () => "strength",
  },
  {
    pattern:
      /\b(?:visible|bright|readable|legible|clear)\s(?:at night|in the dark|in daylight|from (?:afar|a distance))\b/gi,
    attribute: () => "brightness",
  },
  { pattern: /\b(?:absorb|dry|charge|heat)s?\s(?:quickly|fast)\b/gi, attribute: () => "power" },
];

/** Characters read on either side of a claim for its clause: a bound that keeps every line linear. */
const reach = 200;

/** The clause (between commas or sentence ends) around a span: where its number would stand. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < reach && !",;.!?".includes(text[from - 1]!)) from -= 1;
  const after = text.slice(end, end + reach);
  const afterMatch = after.match(/^[^,;!?]*?(?:\.(?!\d)|[,;!?]|$)/);
  return text.slice(from, end + (afterMatch?.[0].length ?? 0));
}

/** The first words after the next comma: "soft fabric for the hoodies, 320 gsm fleece" carries its number there. */
function nextSegment(text: string, end: number): string {
  const rest = text.slice(end, end + reach).match(/^[^,;.!?]*,\s*([^,;!?]*)/);
  return rest ? (rest[1] ?? "").split(/\s+/).slice(0, 3).join(" ") : "";
}

const stripLeading = /^(?:the|a|an|and|our|your|its|their|all|also|but|then|so|ok|of|for|with)\s/i;

/** Every vague claim on one line. */
export function findVagueClaims(line: number, text: string): VagueTerm[] {
  const terms: VagueTerm[] = [];
  for (const shape of shapes) {
    for (const match of matchesOf(shape.pattern, text)) {
      let start = match.index ?? 0;
      let quote = match[0];
      // Leading separators and articles are not part of the claim.
      const lead = quote.match(/^(?:[,:;]\s*|and\s)/i)?.[0] ?? "";
      start += lead.length;
      quote = quote.slice(lead.length);
      while (stripLeading.test(quote)) {
        const cut = quote.match(stripLeading)![0].length;
        start += cut;
        quote = quote.slice(cut);
      }
      const end = start + quote.length;
      const words = quote.toLowerCase().split(/\s+/);
      if (/\d/.test(quote) || words.length === 0) continue;
      if (shape === shapes[0] && persons.has(words[0]!)) continue;
      // Subjects and nouns are read elsewhere; only the quality words must be real qualities.
      const subjectGroup = shape === shapes[0] || shape.postposed || shape.cue ? 1 : 0;
      const qualities = match
        .slice(1)
        .filter((_, index) => index + 1 !== subjectGroup && !(shape.cue && index === 1));
      if (qualities.some((word) => word !== undefined && notQualities.has(word.toLowerCase()))) continue;
      const freeWords =
        shape === shapes[0] || shape.cue || shape.postposed || /must\|should/.test(shape.pattern.source);
      if (freeWords && words.some((word) => chatter.has(word))) continue;
      if (
        (shape.cue || shape.postposed) &&
        words.some((word) => types.has(word) || glue.has(word) || /^[A-Z]{2,}$/.test(word))
      )
        continue;
      if (shape.cue && /^[A-Z]{2,}$/.test(quote.split(/\s+/).at(-1) ?? "")) continue;
      const clause = clauseAround(text, start, end);
      if (shape.cue && !requirementCues.test(clause) && !/^\s*(?:nice|good|great)\s/i.test(quote)) continue;
      if (shape.cue && words.length === 2 && chatter.has(words[1]!)) continue;
      if (isMeasurable(clause) || isMeasurable(nextSegment(text, end))) continue;
      terms.push({ line, quote, attribute: shape.attribute(match), start, end });
    }
  }
  return terms;
}
