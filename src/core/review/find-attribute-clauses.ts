/**
 * The measurability-first reader: every clause that states or asks for a product attribute is a vague term
 * unless its clause carries a measurable anchor (a number with a unit or tolerance, a standard, a colour-system
 * code, a grade or construction code, a named sample or drawing). Clauses are found from parts of speech, not
 * from lists of phrases:
 * - an evaluative adjective on a noun ("soft touch coating", "good quality hinges", "standard size", "safe paint");
 * - a copula or sense verb with an evaluative adjective after a product noun ("buttons should be responsive",
 *   "hinges should feel premium", "fabric eco-friendly");
 * - a requirement with no criterion: a modal, "not" and a product verb ("must not sag"), or a modal, a verb and
 *   a manner adverb ("must run smoothly");
 * - a comparative with "than" ("thicker than the last order");
 * - a colour named only in words ("dark green", "navy blue").
 * The vocabulary (which nouns are attributes, which adjectives only classify, which nouns are chatter) lives
 * in vocabulary.ts. Pure: lines in, terms out.
 */
import { oneSlip } from "../slips.ts";
import { findChineseQuality } from "./find-chinese-quality.ts";
import { findOtherLanguageQuality } from "./find-other-language-quality.ts";
import { findSpanishQuality } from "./find-spanish-quality.ts";
import { looseRequirementsIn } from "./loose-requirements.ts";
import { isMeasurable } from "./measurable.ts";
import { type TaggedWord, tagLimit, tagWords } from "./tag-words.ts";
import type { VagueTerm } from "./vague-term.ts";
import {
  type Attribute,
  acceptanceQualifiers,
  attributeNouns,
  chatParticiples,
  chatterNouns,
  classifierAdjectives,
  colorCompounds,
  colorShades,
  colorWords,
  commerceVerbs,
  customaryWords,
  dealWords,
  defects,
  degreeWords,
  deviationNouns,
  enduranceVerbs,
  genericQualifiers,
  intensifiers,
  mannerAdverbs,
  marketingNouns,
  materialHeads,
  moodWords,
  namedReferenceWords,
  notQualityWords,
  perceptualDegrees,
  personSubjects,
  qualityWords,
  referenceNouns,
  resistances,
  safetyWords,
  spanNouns,
  spanQuantifiers,
  stopWords,
  strictQualifiers,
  typeFormingQualifiers,
  typeHeads,
  typeTerms,
  vagueAmounts,
} from "./vocabulary.ts";

const chatter = new Set([...chatterNouns, ...marketingNouns]);
const generic = new Set(genericQualifiers);
const strict = new Set(strictQualifiers);
const customary = new Set(customaryWords);
const typeForming = new Set(typeFormingQualifiers);
const safety = new Set(safetyWords);
const classifiers = new Set(classifierAdjectives);
const colors = new Set(colorWords);
const shades = new Set(colorShades);
const commerce = new Set(commerceVerbs);
const persons = new Set(personSubjects);
const boosts = new Set(intensifiers);
const acceptance = new Set(acceptanceQualifiers);
const stops = new Set(stopWords);
const types = new Set(typeTerms);
const typeNouns = new Set(typeHeads);
/** The materials among the type heads, and the attributes a degree on one of them judges. */
const materials = new Set(materialHeads);
const degreeAttributes = new Set<Attribute | null>(["size", "strength", "stability", "softness"]);
/** The containers among the type heads ("opp bag", "gift box"): a strength said of one judges it. */
const containers = new Set(["bag", "bags", "box"]);
/** Nouns before "safe" that make it a use, not a safety claim ("dishwasher safe", "microwave safe"). */
const safeUses = new Set(typeHeads.filter((noun) => noun !== "food"));
const references = new Set(referenceNouns);
const deals = new Set(dealWords);
/** Deal words a product need not survive: "suitable for small orders" is about the deal, "sturdy enough for
 * shipping" about the product. */
const purchaseTerms = new Set(dealWords.filter((word) => !/^(?:ship|freight|deliver)/.test(word)));
/** References to an earlier deal, which may be about its terms rather than the product ("same as last time"). */
const pastDeals = new Set(["time", "order", "batch", "shipment", "before"]);
const namedReferences = new Set(namedReferenceWords);
const colorCompoundSet = new Set(colorCompounds);
const spans = new Set(spanNouns);
const spanWords = new Set(spanQuantifiers);
const degrees = new Set(degreeWords);
const perceptual = new Set(perceptualDegrees);
const deviations = new Set(deviationNouns);
const manners = new Set(mannerAdverbs);
const chatDone = new Set(chatParticiples);
const notQuality = new Set(notQualityWords);
const endures = new Set(enduranceVerbs);
/** Who speaks in a chat: "we will hold the goods" is the seller's doing, not the product's. */
const speakers = new Set(["i", "we", "you", "he", "she", "u"]);
const amounts = new Set(vagueAmounts);
const moods = new Set(moodWords);
/** Adjectives that grade an amount ("low dust", "minimal odour"): on a defect noun they promise a level unsaid. */
const levels = new Set(["low", "lower", "high", "minimal", "reduced", "little", "less"]);
/** Words that open a reference to something shown elsewhere ("like the photos", "as per seller's sample"). */
/** Words that introduce a reference's id or date ("sample no. 3", "photo dated 2 May", "drawing ref A"). */
const referenceIds = new Set(["no", "no.", "#", "number", "id", "ref", "ref.", "code"]);
/** Words that name a reference only when a date or id follows ("sample from 3 May", not "from last month"). */
const referenceDates = new Set(["dated", "from", "of"]);
const referenceOpeners = new Set([
  "like",
  "as",
  "per",
  "to",
  "with",
  "follow",
  "following",
  "match",
  "matching",
]);
const copulas = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "look",
  "looks",
  "feel",
  "feels",
  "seem",
  "seems",
  "stay",
  "stays",
  "remain",
  "remains",
  "sound",
  "sounds",
  "smell",
  "smells",
  "get",
]);
const modals = new Set([
  "must",
  // "won't" is read as "wo" and "n't", "can't" as "ca" and "n't".
  "wo",
  "ca",
  "should",
  "shall",
  "will",
  "would",
  "need",
  "needs",
  "has",
  "have",
  "can",
  "to",
]);
const negations = new Set(["not", "n't", "never", "no"]);
/** Particles that make a motion verb a passage through the product ("go through", "get in", "come off"). */
const passageParticles = new Set(["through", "in", "inside", "into", "out", "off", "loose", "away"]);
/**
 * Particles of a part coming away from the product ("come off", "work loose", "the colour must not go away").
 * Not "out": "the container must not go out before inspection" is the deal's.
 */
const detachParticles = new Set(["off", "loose", "away"]);
/** What may pass through or into a product: a leak ruled out names one of them. */
const substances = new Set([
  "water",
  "rain",
  "moisture",
  "dust",
  "sand",
  "air",
  "light",
  "wind",
  "oil",
  "ink",
  "liquid",
  "smell",
  "odour",
  "odor",
  "heat",
  "cold",
]);
/** Adverbs that may stand between a modal and its verb without changing what is required ("should also run"). */
const modalAdverbs = new Set(["also", "always", "still", "really", "definitely", "absolutely", "surely"]);
/** Words that open a purpose or a reason after a claim ("smooth so kids don't cut", "strong because ..."). */
const reasonOpeners = new Set(["so", "because", "since", "as", "otherwise"]);
/** Words a chat closes a line with ("stitch strong pls", "very strong dear"): they end the clause before them. */
const chatClosers = new Set(["please", "pls", "plz", "pl", "dear", "sir", "thanks", "thx", "friend", "ok"]);
const clauseEnd = new Set([".", ";", "!", "?", "。", "；", "！", "？"]);
/** Nouns that rank ("grade", "class") and the words that rank with them ("top grade", "first class"). */
/** Nouns after "quality" that name the buyer's process, not a product part ("quality control"). */
const qualityProcess = new Set([
  "control",
  "inspection",
  "check",
  "checks",
  "assurance",
  "standard",
  "standards",
  "issue",
  "issues",
  "problem",
  "problems",
  "department",
  "report",
  "certificate",
  "requirements",
]);
const ranks = new Set(["grade", "class", "level", "tier", "rate"]);
/** What a product keeps of its own over time ("keep their shape", "keeps its colour"). */
const keptForms = new Set<string>(["size", "color", "feel", "finish", "strength"]);
/** Whether words from..to name what the product keeps of its own ("their shape", "its colour"). */
function keepsOwnForm(words: TaggedWord[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (keptForms.has(attributeNounAt(words, k)?.attribute ?? "")) return true;
  return false;
}
/** What a level or a rank may be said of as a noun ("high standard", "top quality", "first grade"). */
const rankNouns = new Set([...ranks, "standard", "quality"]);
const rankers = new Set(["top", "first", "high", "highest", "best", "premium", "superior", "luxury"]);
const segmentEnd = new Set([...clauseEnd, ",", "，", "、", ":", "：", "(", ")"]);
/**
 * Where an anchor's reach ends: a parenthesis right after a clause belongs to it ("nice blue (Pantone 2945 C)");
 * "but" opens a contrast, so "premium quality but price like 1.50" is not anchored by the price.
 */
const scopeEnd = new Set([...clauseEnd, ",", "，", "、", ":", "：", "but"]);

/** An attribute noun (two-word entries first) at word i, with its size. */
function attributeNounAt(words: TaggedWord[], i: number): { attribute: Attribute; size: number } | null {
  const first = words[i];
  if (!first) return null;
  const second = words[i + 1];
  if (second) {
    const pair = attributeNouns[`${first.lower} ${second.lower}`];
    if (pair) return { attribute: pair, size: 2 };
  }
  const single = Object.hasOwn(attributeNouns, first.lower) ? attributeNouns[first.lower] : undefined;
  return single ? { attribute: single, size: 1 } : null;
}

const isWord = (word: TaggedWord | undefined): word is TaggedWord =>
  word !== undefined && /^[a-z][a-z'-]*$/.test(word.lower);

/** A noun-like word: tagged a noun, or listed as an attribute noun or colour whatever the tagger said. */
function nounLike(words: TaggedWord[], i: number): boolean {
  const word = words[i];
  if (!isWord(word) || stops.has(word.lower)) return false;
  if (attributeNounAt(words, i) || colors.has(word.lower)) return true;
  return (word.pos === "NOUN" || word.pos === "PROPN") && !qualityWords[word.lower];
}

type Evaluative = { kind: "generic" | "strict" | "specific" | "open"; attribute: Attribute | null };

/** How an adjective at word i judges: listed quality words first, then any adjective that does not classify. */
function evaluativeAt(word: TaggedWord | undefined): Evaluative | null {
  if (!isWord(word)) return null;
  const lower = word.lower;
  if (classifiers.has(lower) || colors.has(lower) || chatter.has(lower)) return null;
  if (safety.has(lower)) return { kind: "specific", attribute: "safety" };
  const own = Object.hasOwn(qualityWords, lower) ? qualityWords[lower] : undefined;
  if (strict.has(lower))
    return { kind: own && !typeForming.has(lower) ? "specific" : "strict", attribute: own ?? null };
  if (own) return { kind: "specific", attribute: own };
  if (generic.has(lower)) return { kind: "generic", attribute: null };
  if (customary.has(lower)) return { kind: "strict", attribute: null };
  if (word.pos === "ADJ") return { kind: "open", attribute: null };
  return null;
}

/**
 * A plural right after the adjective and before a break, tagged as a verb ("reliable latches."): the tagger
 * reads "-s" words as verbs when no determiner comes first.
 */
function pluralAfterAdjective(words: TaggedWord[], j: number, from: number): boolean {
  const word = words[j];
  const next = words[j + 1];
  const closes = next === undefined || ["PUNCT", "CCONJ", "ADP"].includes(next.pos);
  return j === from && isWord(word) && word.pos === "VERB" && /[^s]s$/.test(word.lower) && closes;
}

/**
 * A quality word the tagger reads as a noun right after the adjective, its phrase closing there: "soft elastic,"
 * is the scrunchie's elastic, as "elastic fabric" is a quality of the fabric.
 */
function qualityNounClosing(words: TaggedWord[], j: number, from: number): boolean {
  const word = words[j];
  const next = words[j + 1];
  return (
    j === from &&
    isWord(word) &&
    word.pos === "NOUN" &&
    Object.hasOwn(qualityWords, word.lower) &&
    (next === undefined || next.pos === "PUNCT")
  );
}

/** The noun run after an adjective (up to four words): where it ends and the attribute it names. */
function nounRun(
  words: TaggedWord[],
  from: number,
): { end: number; attribute: Attribute | null; attributeHead: boolean } | null {
  let j = from;
  let attribute: Attribute | null = null;
  let nouns = 0;
  let lastNoun = -1;
  let attributeEnd = -1;
  while (j < words.length && j - from < 4) {
    const noun =
      attributeNounAt(words, j) ??
      (colors.has(words[j]!.lower) ? { attribute: "color" as const, size: 1 } : null);
    if (noun) {
      attribute = noun.attribute;
      j += noun.size;
      nouns += 1;
      lastNoun = j;
      attributeEnd = j;
      continue;
    }
    const word = words[j]!;
    if (word.lower === "-" && isWord(words[j + 1])) {
      j += 1;
      continue;
    }
    if (
      !nounLike(words, j) &&
      !(word.pos === "ADJ" && nounLike(words, j + 1)) &&
      !pluralAfterAdjective(words, j, from) &&
      !qualityNounClosing(words, j, from)
    )
      break;
    if (chatter.has(word.lower) || persons.has(word.lower)) break;
    j += 1;
    if (
      nounLike(words, j - 1) ||
      pluralAfterAdjective(words, j - 1, from) ||
      qualityNounClosing(words, j - 1, from)
    ) {
      nouns += 1;
      lastNoun = j;
    }
  }
  return nouns > 0 ? { end: lastNoun, attribute, attributeHead: attributeEnd === lastNoun } : null;
}

/** Start of the quote: intensifiers and "nice and" before the adjective belong to it. */
function quoteStart(words: TaggedWord[], i: number): number {
  let k = i;
  // Four words back at most ("really very", "nice and"): a longer run is no phrase, and reading it back from
  // every word of a pasted run would be quadratic.
  while (k > 0 && i - k < 4 && (boosts.has(words[k - 1]!.lower) || words[k - 1]!.lower === "and")) {
    if (words[k - 1]!.lower === "and" && !evaluativeAt(words[k - 2])) break;
    k -= words[k - 1]!.lower === "and" ? 2 : 1;
  }
  return Math.max(k, 0);
}

/** A noun subject before a verb group ending at i-1 (skipping modals, "not", adverbs), unless a person or chatter. */
function subjectBefore(
  words: TaggedWord[],
  i: number,
  floor: number,
): { index: number; noun: boolean } | null {
  let k = i - 1;
  // A verb group is a few words long ("should not really be"): look back no further than that.
  const limit = Math.max(floor, i - 6);
  while (
    k >= limit &&
    (modals.has(words[k]!.lower) ||
      (copulas.has(words[k]!.lower) && words[k]!.pos !== "NOUN") ||
      negations.has(words[k]!.lower) ||
      words[k]!.pos === "AUX" ||
      words[k]!.pos === "ADV" ||
      words[k]!.pos === "PART")
  )
    k -= 1;
  if (k < limit) return null;
  const word = words[k]!;
  // A relative pronoun stands for the noun before it: "a hose that stays flexible".
  if ((word.lower === "that" || word.lower === "which") && k > floor && nounLike(words, k - 1))
    return { index: k - 1, noun: true };
  // A two-word attribute noun ending in a chatter word is still the product's: "the battery life must be long".
  if (k > floor && attributeNounAt(words, k - 1)?.size === 2)
    return { index: attributeHeadOf(words, k - 1, floor), noun: true };
  if (persons.has(word.lower) || chatter.has(word.lower)) return null;
  if (word.pos === "PRON") return { index: k, noun: false };
  // "Also grease must be good": a word right before a modal is its subject, whatever the tagger said.
  const beforeModal =
    isWord(word) &&
    word.pos === "VERB" &&
    modals.has(words[k + 1]?.lower ?? "") &&
    !commerce.has(word.lower) &&
    !stops.has(word.lower);
  if (!nounLike(words, k) && !beforeModal) return null;
  // A two-word attribute noun ("battery life") is quoted whole.
  const start = k > floor && attributeNounAt(words, k - 1)?.size === 2 ? k - 1 : k;
  return { index: attributeHeadOf(words, start, floor), noun: true };
}

/**
 * The head of "X of (the) Y" when X is an attribute noun: in "the aroma of the diffuser oil must be strong" the
 * aroma is judged, not the oil.
 */
function attributeHeadOf(words: TaggedWord[], k: number, floor: number): number {
  for (let back = k - 1; back >= floor && k - back <= 4; back -= 1) {
    const word = words[back]!;
    if (word.lower === "of") {
      const head = back - 1;
      if (head >= floor && attributeNounAt(words, head)?.size === 1) return head;
      if (head - 1 >= floor && attributeNounAt(words, head - 1)?.size === 2) return head - 1;
      return k;
    }
    if (!(word.pos === "DET" || nounLike(words, back) || word.pos === "ADJ")) return k;
  }
  return k;
}

/** The deal's course, which a buyer may hurry without a date: "delivery must be fast". */
const deliveryNouns = new Set(["delivery", "shipping", "shipment", "production", "dispatch", "turnaround"]);
const speeds = new Set(["fast", "faster", "quick", "quicker", "quickly", "soon", "asap", "rapid", "prompt"]);

/**
 * Where a speed required of the delivery ends ("delivery must be fast", "delivery to be quick", "shipping
 * should be as fast as possible"), or null. The days or the date that would make it a term are looked for by the
 * caller in the rest of the segment.
 */
function hurriedDeliveryEnd(words: TaggedWord[], i: number, to: number): number | null {
  if (!deliveryNouns.has(words[i]!.lower)) return null;
  let k = i + 1;
  if (k < to && (requiring.has(words[k]!.lower) || words[k]!.lower === "to")) k += 1;
  else return null;
  if (words[k - 1]!.lower !== "to" && words[k]?.lower === "to") k += 1;
  if (words[k]?.lower !== "be") return null;
  k += 1;
  if (words[k]?.lower === "very" || words[k]?.lower === "as") k += 1;
  if (!speeds.has(words[k]?.lower ?? "")) return null;
  // ("delivery must be fast, within 20 days": days or a date in the sentence make it a term.)
  for (let after = k + 1; after < to; after += 1) if (/\d/.test(words[after]!.text)) return null;
  // ("as fast as possible": the comparison's end belongs to it.)
  if (words[k + 1]?.lower === "as" && words[k + 2]?.lower === "possible") return k + 3;
  return k + 1;
}

/**
 * Where "as nice as possible", "as strong as you can" ends when it opens at i, or null: an evaluative adjective
 * between the two "as" (a speed asked of the delivery is read above; "as fast as possible" is there).
 */
function asPossibleEnd(words: TaggedWord[], i: number, to: number): number | null {
  if (words[i]?.lower !== "as" || words[i + 2]?.lower !== "as" || i + 3 >= to) return null;
  if (evaluativeAt(words[i + 1]) === null || speeds.has(words[i + 1]!.lower)) return null;
  const tail = words[i + 3]!.lower;
  if (tail === "possible") return i + 4;
  if (/^(?:you|we|they)$/.test(tail) && words[i + 4]?.lower === "can") return i + 5;
  return null;
}

/** What a test repeats: "500 cycles", "50 washes", "1000 rubs", "200 openings". */
const testRepeats = /^(?:cycles?|washes|washings|wash|rubs?|flexes|drops|uses|openings|times|bends)$/;

/** Whether a count of test repeats stands in the clause before i: "500 stretch cycles", "50 wash cycles". */
function testedOver(words: TaggedWord[], from: number, i: number): boolean {
  for (let k = Math.max(from, i - 10); k < i; k += 1) {
    if (!/^\d[\d,]*$/.test(words[k]!.text)) continue;
    if (testRepeats.test(words[k + 1]?.lower ?? "") || testRepeats.test(words[k + 2]?.lower ?? ""))
      return true;
  }
  return false;
}

/** Modals that require, as opposed to those that foretell or allow ("will", "can"). */
const requiring = new Set(["must", "should", "shall", "need", "needs", "has", "have"]);
/** Verbs that say what the goods carry or come with, or what is done to them: content, not a performance. */
const contentVerbs = new Set([
  "have",
  "has",
  "include",
  "contain",
  "come",
  "show",
  "bear",
  "carry",
  "use",
  "match",
  "follow",
  "meet",
  "pass",
  "comply",
  "conform",
  "fit",
  "be",
  "get",
  "arrive",
  "ship",
  "go",
  // The goods' journey and the order's course are the deal's: "must leave the factory by 20 March".
  "leave",
  "reach",
  "depart",
  "commence",
  "begin",
  "buy",
  "purchase",
]);
/** Deal verbs that are acts of the goods when a part does them: "the mesh must let air through", "give a mist". */
const partActs = new Set(["let", "give", "keep", "hold"]);

/**
 * Where a required act of a part of the goods ends ("zips must glide without catching"), or null: the modal
 * requires, its subject is a noun of the goods (no person, deal or chatter word), and the verb is an act of the
 * goods, not content or the deal's doing. The act runs to its segment's end, a few words at most.
 */
function requiredAct(
  words: TaggedWord[],
  modal: number,
  verbAt: number,
  subject: { index: number; noun: boolean } | null,
  from: number,
  to: number,
): number | null {
  if (!requiring.has(words[modal]!.lower) || !subject?.noun || subject.index < from) return null;
  // ("need add freight": "need", "has" and "have" require only with "to".)
  if (!/^(?:must|should|shall)$/.test(words[modal]!.lower) && words[modal + 1]?.lower !== "to") return null;
  const noun = words[subject.index]!.lower;
  if (deals.has(noun) || persons.has(noun) || chatter.has(noun) || references.has(noun)) return null;
  const verb = words[verbAt];
  if (!isWord(verb) || verb.pos !== "VERB" || contentVerbs.has(verb.lower) || copulas.has(verb.lower))
    return null;
  if (/(?:ed|ing)$/.test(verb.lower) || (commerce.has(verb.lower) && !partActs.has(verb.lower))) return null;
  // ("sizes should run small": a verb linking its subject to an adjective is a judgement, read by the rules for those.)
  if (words[verbAt + 1]?.pos === "ADJ") return null;
  let end = verbAt + 1;
  while (end < to && end - verbAt <= 8 && !scopeEnd.has(words[end]!.lower) && words[end]!.lower !== "and")
    end += 1;
  // ("fine, even mist": a list of judgements before their noun is one object, commas and all.)
  while (
    end + 2 < to &&
    words[end]!.lower === "," &&
    (words[end + 1]!.pos === "ADJ" || words[end + 1]!.pos === "ADV") &&
    end - verbAt <= 8
  ) {
    end += 2;
    while (end < to && !scopeEnd.has(words[end]!.lower) && words[end]!.lower !== "and") end += 1;
  }
  return end;
}

/**
 * The word after "must not" / "and not": grammar makes it a verb, whatever the tagger says ("not fray" comes
 * back as a noun); only deal verbs, copulas and words that cannot be verbs are left out.
 */
function productVerb(word: TaggedWord | undefined): boolean {
  if (!isWord(word) || commerce.has(word.lower) || copulas.has(word.lower) || chatter.has(word.lower))
    return false;
  // "Not paying", "not allowed": a deal's verb in any form is the people's doing, not the product's.
  const stem = word.lower.replace(/(?:ing|ed|s)$/, "");
  if (commerce.has(stem) || deals.has(stem) || commerce.has(`${stem}e`)) return false;
  return word.pos === "VERB" || (word.pos === "NOUN" && !attributeNouns[word.lower]);
}

/**
 * One clause: words [from, to) and their attribute. `near` clauses carry their own measure where it is missing
 * ("keep ice long time"): only a figure right after them anchors them, not the capacity elsewhere in the sentence.
 * `ahead` clauses are anchored by their segment from where they start on ("long lasting battery, at least 3000
 * mAh"), never by the order quantity before them ("2000 power banks with a long lasting battery").
 */
type Found = {
  from: number;
  to: number;
  attribute: Attribute;
  near?: boolean;
  ahead?: boolean;
  /**
   * The clause's own code or figure does not anchor it: "12A grade" ranks with no standard behind the rank.
   * Only a measure around it does.
   */
  ownCodeVoid?: boolean;
  /** "near to Pantone 2728 C": only a tolerance said in its sentence ("ΔE ≤ 1.5") anchors the comparison. */
  approximate?: boolean;
};

/** Words that make a comparison approximate: "near to Pantone 2728 C" names a colour it need only come close to. */
const approximations = new Set(["near", "close", "similar", "comparable"]);
/** Colour and code systems whose code may follow an approximate comparison. */
const codeSystems = new Set(["pantone", "pms", "ral", "ncs", "tcx", "tpx"]);

/**
 * A code's word: a code system's name, a word with a digit, or a short capital suffix ("C", "TCX"). A code opens
 * with letters in it, a hyphen inside ("19-4052") or letters joined to it ("186C"), never a bare number ("5 mm").
 */
function codePart(words: TaggedWord[], k: number, first: boolean): boolean {
  const word = words[k]!;
  const next = words[k + 1];
  const joined = next !== undefined && next.start === word.end && /^[A-Z]/.test(next.text);
  const coded = /[a-z]/i.test(word.text) || /\d-\d/.test(word.text) || joined;
  return (
    codeSystems.has(word.lower) ||
    (/\d/.test(word.text) && (!first || coded)) ||
    (!first && /^[A-Z]{1,3}\.?$/.test(word.text))
  );
}

/**
 * An approximate comparison with a code: "near to Pantone 2728 C", "close to RAL 9010", "similar to 186C".
 * The code is where the spec points, not the spec: without a tolerance ("ΔE ≤ 1.5") any near colour passes.
 * A bare number ("close to 5 mm") is an approximate measure, not a code. Where it ends, or null.
 */
function approximateCodeEnd(words: TaggedWord[], i: number, to: number): number | null {
  const word = words[i]!;
  if (!approximations.has(word.lower)) return null;
  let j = i + 1;
  if (words[j]?.lower === "to" || words[j]?.lower === "with") j += 1;
  else if (word.lower !== "near") return null;
  const start = j;
  while (j < to && j - start < 4 && codePart(words, j, j === start)) j += 1;
  if (j === start || !words.slice(start, j).some((part) => /\d/.test(part.text))) return null;
  // A code of no colour system ("close to B12") compares only after what it is said of ("red similar to
  // 186C"); else it may be a place ("near gate B12").
  const system = words.slice(start, j).some((part) => codeSystems.has(part.lower));
  const before = words[i - 1];
  const said = before !== undefined && (colors.has(before.lower) || attributeNounAt(words, i - 1) !== null);
  return system || said ? j : null;
}

/**
 * "within tolerance", "within the normal tolerances", "within tolerance levels": a limit pointed at with no value.
 * A figure around it ("within tolerance ±0.1 mm") anchors it as any clause's does. Where it ends, or null.
 */
function unstatedToleranceEnd(words: TaggedWord[], i: number, to: number): number | null {
  if (words[i]!.lower !== "within") return null;
  let k = i + 1;
  if (words[k]?.pos === "DET" || words[k]?.pos === "PRON") k += 1;
  if (words[k]?.pos === "ADJ" && /^tolerances?$/.test(words[k + 1]?.lower ?? "")) k += 1;
  if (!/^tolerances?$/.test(words[k]?.lower ?? "")) return null;
  k += 1;
  if (/^(?:levels?|range|limits?)$/.test(words[k]?.lower ?? "")) k += 1;
  return k <= to ? k : null;
}

/** Nouns that ask for sameness: between them the items may differ by how much is never said. */
const samenessNouns = new Set(["consistency", "uniformity", "evenness"]);

/**
 * An attribute and a noun of sameness: "colour consistency between rolls", "size uniformity across batches". A
 * place or set after it ("between rolls") belongs to it; a tolerance around it anchors it. Where it ends, or null.
 */
function samenessAt(words: TaggedWord[], i: number, to: number): number | null {
  const noun = attributeNounAt(words, i);
  if (!noun || !samenessNouns.has(words[i + noun.size]?.lower ?? "")) return null;
  let end = i + noun.size + 1;
  if (["between", "across", "among", "in", "from"].includes(words[end]?.lower ?? "")) {
    let k = end + 1;
    if (words[k]?.pos === "DET") k += 1;
    const start = k;
    while (k < to && k - start < 2 && nounLike(words, k)) k += 1;
    if (k > start) end = k;
  }
  return end <= to ? end : null;
}

/** Nouns that rank a product: a grade label ends in one ("AAA grade", "12A grade", "OEM quality"). */
const gradeNouns = new Set(["grade", "class", "quality", "level"]);
/** Where the goods will be used, naming a quality as a trade would ("hotel quality", "salon grade", "professional grade"). */
const useLabels = [
  "hotel",
  "salon",
  "spa",
  "restaurant",
  "hospital",
  "professional",
  "commercial",
  "retail",
  "military",
];
/** Words that label a quality by its market, not by a test ("OEM quality", "export quality", "first quality"). */
const marketLabels = new Set([
  "oem",
  "odm",
  "export",
  "original",
  "genuine",
  "branded",
  "first",
  ...rankers,
  ...useLabels,
]);

/**
 * A rank with no standard behind it: letters repeated ("AAA", "AAAA+"), or a number and "A" ("12A", "10A"),
 * as hair, tiles and jewellery are sold. A single letter ("grade A", "E1 grade") may be a standard's class and
 * is read by the anchor check as before. Returns how many words the rank takes, or 0.
 */
function letterRankSize(words: TaggedWord[], i: number): number {
  const word = words[i];
  if (word === undefined) return 0;
  if (/^A{2,5}\+?$/.test(word.text)) return 1;
  const letter = words[i + 1];
  const joined = letter !== undefined && letter.start === word.end && /^A\+?$/.test(letter.text);
  return /^\d{1,2}$/.test(word.text) && joined ? 2 : 0;
}

/**
 * A grade label in marketing words: "AAA grade first quality", "12A grade", "grade AAA", "OEM quality", "first
 * quality". A run of ranks and labels holding a grade noun; a letter rank needs any grade noun, a market label
 * "quality" or "grade" ("first class" alone is a way of shipping). Where it ends, or null.
 */
function gradeLabelEnd(words: TaggedWord[], i: number, to: number): number | null {
  let j = i;
  let marketing = false;
  let graded = false;
  let ranked = false;
  while (j < to && j - i < 6) {
    const rank = letterRankSize(words, j);
    const word = words[j]!.lower;
    if (rank > 0) {
      marketing = true;
      ranked = true;
      j += rank;
    } else if (marketLabels.has(word)) {
      marketing = true;
      j += 1;
    } else if (gradeNouns.has(word)) {
      graded ||= word === "quality" || word === "grade" || ranked;
      ranked ||= word !== "quality";
      j += 1;
    } else if (word === "-" && j > i) j += 1;
    else break;
  }
  // "first quality control": the buyer's process, not the goods' rank.
  if (qualityProcess.has(words[j]?.lower ?? "")) return null;
  // "top grade steel", "high quality zippers": a label before its noun is read with the noun elsewhere.
  const lettered = words.slice(i, j).some((_, k) => letterRankSize(words, i + k) > 0);
  if (!lettered && (nounLike(words, j) || (words[j]?.pos === "ADJ" && nounLike(words, j + 1)))) return null;
  const last = words[j - 1]?.lower ?? "";
  const closesOnRank = gradeNouns.has(last) || letterRankSize(words, j - 1) > 0 || /^a\+?$/.test(last);
  return marketing && graded && closesOnRank && (j - i > 1 || letterRankSize(words, i) === 2) ? j : null;
}

/** Words that claim a fit with other products ("compatible with", "fits", "suitable for"). */
const fitWords = new Set(["compatible", "fits", "fit", "suitable"]);
/** Quantifiers that leave a set of products unnamed ("the main brands", "most phones", "all standard sizes"). */
const unnamedSets = new Set([
  "main",
  "major",
  "most",
  "all",
  "any",
  "popular",
  "common",
  "mainstream",
  "leading",
  "other",
]);

/** Where "compatible with <an unnamed set>" ends, or null when the set is named ("compatible with LEGO"). */
function unnamedCompatibility(words: TaggedWord[], i: number, to: number): number | null {
  if (!fitWords.has(words[i]!.lower)) return null;
  let j = i + 1;
  if (words[j]?.lower === "with" || words[j]?.lower === "for") j += 1;
  if (words[j]?.lower === "the") j += 1;
  if (!unnamedSets.has(words[j]?.lower ?? "")) return null;
  let end = j + 1;
  while (end < to && end - j < 4 && (nounLike(words, end) || words[end]!.pos === "ADJ")) end += 1;
  return end > j + 1 ? end : null;
}

/**
 * Where a judgement's complement ends: "enough" and a purpose ("sturdy enough for shipping by sea", "strong enough
 * to hold books and plants", "safe for babies") belong to the claim, since they say what it must stand up to.
 * Five words at most after "for" (or "to" after "enough"); a preposition or "and" may join them.
 */
function complementEnd(words: TaggedWord[], end: number, to: number): number {
  let k = end;
  const enough = words[k]?.lower === "enough";
  if (enough) k += 1;
  const opener = words[k]?.lower;
  // "easy to read from across the room", "comfortable to wear", "soft to the touch": a purpose or a sense
  // after the judgement says what it must do, as "enough to hold books" does.
  // A deal's verb is no purpose of the product ("safe to pay by PayPal").
  const purpose =
    opener === "to" &&
    ((words[k + 1]?.pos === "VERB" && !deals.has(words[k + 1]!.lower)) || words[k + 2]?.lower === "touch");
  if (!(opener === "for" || (enough && opener === "to") || purpose) || k + 1 >= to) return k;
  let j = k + 1;
  let content = 0;
  let last = k;
  while (j < to && j - k <= 5) {
    const word = words[j]!;
    // "all-day wear": a hyphen inside the complement joins its words.
    if (word.lower === "-" && isWord(words[j + 1]) && isWord(words[j - 1])) {
      j += 1;
      continue;
    }
    if (!isWord(word) || (word.pos === "PRON" && persons.has(word.lower))) break;
    const joining = (word.pos === "ADP" && word.lower !== "for") || word.lower === "and";
    // ("strong enough to be seen at night": a passive purpose takes its auxiliary.)
    if (!joining && !["DET", "NUM", "ADJ", "NOUN", "PROPN", "VERB", "AUX", "PRON"].includes(word.pos)) break;
    // "from across the room": two prepositions may open the place.
    if (joining && !nounLike(words, j + 1) && !["DET", "ADP"].includes(words[j + 1]?.pos ?? "")) break;
    if (!["DET", "PRON", "NUM"].includes(word.pos) && !joining) {
      content += 1;
      last = j + 1;
    }
    j += 1;
  }
  return content > 0 ? last : k;
}

/**
 * A spec that points elsewhere instead of stating itself: "like the first photo you sent", "as per seller's
 * sample", "same as our catalogue", "same as last time". A named, agreed reference ("signed sample", "approved
 * sample AS-04", "drawing H-02") is measurable, and so is one followed by an id (the anchor check sees its digits).
 */
function referenceAt(words: TaggedWord[], i: number, to: number): number | null {
  const word = words[i]!;
  let j = i + 1;
  // "same colour as", "same quality like": the attribute the reference is for may stand inside.
  const named = word.lower === "same" ? attributeNounAt(words, j) : null;
  if (named && ["as", "like"].includes(words[j + named.size]?.lower ?? "")) j += named.size + 1;
  else if (word.lower === "same" && (words[j]?.lower === "as" || words[j]?.lower === "like")) j += 1;
  else if (/^(?:match|matches|matching)$/.test(word.lower)) j += words[j]?.lower === "with" ? 1 : 0;
  else if (word.lower === "as" && words[j]?.lower === "per") j += 1;
  else if (word.lower === "according" && words[j]?.lower === "to") j += 1;
  else if (word.lower === "in" && words[j]?.lower === "accordance" && words[j + 1]?.lower === "with") j += 2;
  else if (word.lower === "as" && words[j]?.lower === "shown" && words[j + 1]?.lower === "in") j += 2;
  else if (word.lower === "true" && words[j]?.lower === "to") j += 1;
  else if (!(word.lower === "like" && word.pos === "ADP")) return null;
  // The reference's own words: a determiner or possessive, a few modifiers, then its noun.
  for (let k = j; k < to && k - j < 5; k += 1) {
    // ("mock-up" comes to the tagger as three tokens: it is one reference noun.)
    const mockUp = words[k]!.lower === "mock" && words[k + 1]?.lower === "-" && words[k + 2]?.lower === "up";
    if (mockUp) k += 2;
    const part = mockUp ? { ...words[k]!, lower: "mock-up" } : words[k]!;
    if (namedReferences.has(part.lower)) return null;
    // "our brand image" is the brand's standing, not a picture.
    if (references.has(part.lower) && words[k - 1]?.lower !== "brand") {
      // "the sample contract": the reference word only modifies the noun after it.
      if (nounLike(words, k + 1) && !references.has(words[k + 1]!.lower)) return null;
      // An id, a number or a date after it names the reference: "photo dated 2026-03-02", "sample no. 7".
      const next = words[k + 1];
      if (next && (/\d/.test(next.text) || referenceIds.has(next.lower))) return null;
      if (next && referenceDates.has(next.lower) && words.slice(k + 2, k + 5).some((w) => /\d/.test(w.text)))
        return null;
      if (
        pastDeals.has(part.lower) &&
        part.lower !== "before" &&
        !/^(?:last|previous|first)$/.test(words[k - 1]?.lower ?? "")
      )
        return null;
      // "before" is a reference only right after "same as": "same as before".
      if (part.lower === "before" && (k !== j || !/^(?:same|match)/.test(word.lower))) return null;
      // A relative clause naming who sent it belongs to the reference: "the first photo you sent".
      if (words[k + 1]?.pos === "PRON" && words[k + 2]?.pos === "VERB") return k + 3;
      return k + 1;
    }
    // "same as the one we discussed": a pronoun for something only the chat knows.
    if ((part.lower === "one" || part.lower === "ones") && words[k - 1]?.pos === "DET") {
      if (words[k + 1]?.pos === "PRON" && words[k + 2]?.pos === "VERB") return k + 3;
      if (/^(?:same|match)/.test(word.lower)) return k + 1;
    }
    // A noun the tagger read as a verb still modifies the reference right after it ("export standard").
    const modifier = part.pos === "VERB" && references.has(words[k + 1]?.lower ?? "");
    if (!modifier && !["DET", "ADJ", "PART", "NOUN", "PROPN", "PRON"].includes(part.pos)) return null;
    if (referenceOpeners.has(part.lower)) return null;
  }
  return null;
}

/** What a "match" may be held to that is no product: numbers, documents, records, dates. */
const paperwork =
  /^(?:numbers?|names?|address(?:es)?|accounts?|invoices?|po|ids?|details|records?|files?|system|schedule|timeline|deadline|dates?|documents?|paperwork|payments?|transfers?)$/;

/** Words that open a comparison with another product ("similar to", "close to", "same feel as", "like"). */
const likeness = new Set(["similar", "close", "comparable", "identical", "equal", "equivalent"]);

/**
 * A comparison with a product the chat names only by brand or by who has it: "similar to the Grohe fittings we
 * use now", "matte like the Apple products", "same feel as the competitor bag we showed you", "compare with the
 * one on amazon", "the same feeling like our current brand". The reference carries no id (an id is measurable,
 * and the anchor check sees its digits; an approximate code is read by approximateCodeEnd). The reference is a
 * noun phrase with a capitalised name in it, with a relative clause or place saying whose or where it is ("we
 * use now", "on amazon"), or held by a possessive ("our current brand"). Returns where the clause starts and
 * ends, or null.
 */
function unnamedReferenceAt(words: TaggedWord[], i: number, from: number, to: number): Found | null {
  const word = words[i]!;
  let j = i + 1;
  // "close to" compares only when an attribute stands before it ("colour close to"), else it is a place.
  const place = word.lower === "close" && !(attributeNounAt(words, i - 1) || evaluativeAt(words[i - 1]));
  if (likeness.has(word.lower) && words[j]?.lower === "to" && !place) j += 1;
  else if (/^compar(?:e|ed|es|ing)$/.test(word.lower) && ["with", "to"].includes(words[j]?.lower ?? "")) {
    // "let me compare with my forwarder": the speaker weighs an offer; the product is compared by its users.
    const back = modals.has(words[i - 1]?.lower ?? "") ? 2 : 1;
    const by = words[i - back]?.lower ?? "";
    if (speakers.has(by) || by === "me" || by === "us" || by === "to") return null;
    j += 1;
  } else if (word.lower === "same") {
    // "same colour as", "the same feeling like": the noun says what is compared, unless it is the deal's.
    const named = attributeNounAt(words, j);
    if (named) j += named.size;
    else if (nounLike(words, j) && !deals.has(words[j]!.lower) && !chatter.has(words[j]!.lower)) j += 1;
    if (words[j]?.lower !== "as" && words[j]?.lower !== "like") return null;
    j += 1;
  } else if (
    word.lower === "as" &&
    words[j + 1]?.lower === "as" &&
    evaluativeAt(words[j]) !== null &&
    !measureOfDegree.has(words[j]!.lower)
  ) {
    // "straps as comfortable as Ergobaby", "as soft as our current towels": a judgement held to a product.
    j += 2;
  } else if (/^match(?:es|ed|ing)?$/.test(word.lower) && words[j]?.lower !== "with") {
    // "colours must match our brand palette": held to what only the buyer has, with no code.
  } else if (!(word.lower === "like" && word.pos === "ADP")) return null;
  // A deal compared ("price similar to the quote you sent") is no product spec.
  if (words.slice(Math.max(from, i - 8), i).some((earlier) => deals.has(earlier.lower))) return null;
  // "similar to what we have now": what only the chat knows.
  if (
    words[j]?.lower === "what" &&
    words[j + 1]?.pos === "PRON" &&
    ["VERB", "AUX"].includes(words[j + 2]?.pos ?? "")
  )
    return { from: comparedFrom(words, i, from), to: relativeEnd(words, j + 1, to), attribute: "sample" };
  let k = j;
  if (words[k]?.pos === "DET" || (words[k]?.pos === "PRON" && !persons.has(words[k]!.lower))) k += 1;
  // "the one on amazon", "the one my customers buy from Brazil": a product only the chat knows.
  const one = k > j && /^ones?$/.test(words[k]?.lower ?? "") ? oneReferenceEnd(words, k + 1, to) : null;
  if (one !== null) return { from: comparedFrom(words, i, from), to: one, attribute: "sample" };
  // "like our current brand", "same feeling like my old supplier": what the buyer has, with no id.
  const held = possessives.has(words[j]?.lower ?? "") && k === j + 1;
  const start = k;
  let capitalised = false;
  while (
    k < to &&
    k - start < 4 &&
    (nounLike(words, k) ||
      (words[k]!.pos === "ADJ" && nounLike(words, k + 1)) ||
      // "our existing line": a participle before the held noun modifies it.
      (held && words[k]!.pos === "VERB" && /(?:ing|ed)$/.test(words[k]!.lower) && nounLike(words, k + 1)))
  ) {
    // A capital inside the sentence names a brand ("the Grohe fittings"), never the sentence's first word.
    if (k > from && /^[A-Z]/.test(words[k]!.text)) capitalised = true;
    k += 1;
  }
  if (k === start || !nounLike(words, k - 1)) return null;
  const head = words[k - 1]!.lower;
  if (deals.has(head) || persons.has(head) || references.has(head)) return null;
  // ("please match our order number", "match our records": what is matched is the paperwork, not the goods.)
  if (/^match/.test(word.lower) && paperwork.test(head)) return null;
  // What the buyer already has is a reference whatever its noun ("our current brand", "our old one"), unless
  // it is named as agreed ("our approved sample" is read as a sample).
  const named = words.slice(start, k).some((part) => namedReferences.has(part.lower));
  // "like the Maersk vessel is delayed", "seems like your factory is busy": the noun phrase is a clause's
  // subject, no reference.
  const clause = ["VERB", "AUX"].includes(words[k]?.pos ?? "");
  if (held && !named && !clause) return { from: comparedFrom(words, i, from), to: k, attribute: "sample" };
  if (chatter.has(head)) return null;
  // "the ones we use now", "the bag you sent": a relative clause says whose it is, up to the segment's end.
  if (words[k]?.pos === "PRON" && words[k + 1]?.pos === "VERB")
    return { from: comparedFrom(words, i, from), to: relativeEnd(words, k, to), attribute: "sample" };
  return capitalised && !clause ? { from: comparedFrom(words, i, from), to: k, attribute: "sample" } : null;
}

/** Words of "as ... as" that measure time, amount or price, not the product ("as soon as", "as low as"). */
const measureOfDegree = new Set([
  "soon",
  "much",
  "many",
  "far",
  "well",
  "long",
  "low",
  "high",
  "cheap",
  "early",
  "late",
  "quick",
  "quickly",
  "fast",
]);

/** Possessives that make a reference something the buyer or seller holds ("our current brand", "your old model"). */
const possessives = new Set(["our", "my", "your", "their"]);

/**
 * After "the one": a relative clause ("we use now", "my customers buy from Brazil") or a place ("on amazon",
 * "in your shop") that says which one, with no id. Where it ends, or null.
 */
function oneReferenceEnd(words: TaggedWord[], k: number, to: number): number | null {
  if (["on", "in", "from", "at"].includes(words[k]?.lower ?? "")) {
    let end = k + 1;
    if (words[end]?.pos === "DET" || words[end]?.pos === "PRON") end += 1;
    const start = end;
    while (end < to && end - start < 3 && nounLike(words, end)) end += 1;
    return end > start ? end : null;
  }
  // "my customers buy", "we use": a subject (a pronoun, or a possessive and a noun) and its verb.
  let v = k;
  if (words[v]?.pos === "PRON") v += 1;
  // "the ones our riders use.": a verb closing the clause may come back as a noun.
  const closing = (at: number) => at + 1 >= to || segmentEnd.has(words[at + 1]?.lower ?? "");
  if (v > k && nounLike(words, v) && !(nounLike(words, v + 1) && closing(v + 1))) v += 1;
  else if (v > k && nounLike(words, v)) return closing(v + 1) ? v + 2 : null;
  return v > k && words[v]?.pos === "VERB" ? relativeEnd(words, v - 1, to) : null;
}

/** Where a relative clause from word k ("we use now", "you sent last year") ends: at the segment's end, six words on. */
function relativeEnd(words: TaggedWord[], k: number, to: number): number {
  let end = k + 2;
  while (
    end < to &&
    end - k < 6 &&
    !segmentEnd.has(words[end]!.lower) &&
    !["and", "but"].includes(words[end]!.lower)
  )
    end += 1;
  return end;
}

/** The judgement a comparison is said of, when it stands right before it ("matte like", "softer similar to"). */
function comparedFrom(words: TaggedWord[], i: number, from: number): number {
  const before = words[i - 1];
  if (i - 1 < from || !isWord(before) || before.pos === "DET" || persons.has(before.lower)) return i;
  return evaluativeAt(before) !== null || (before.pos === "NOUN" && !attributeNounAt(words, i - 1))
    ? i - 1
    : i;
}

/** Words naming which side of packing a label is about ("Packing method: ...", "Packaging details: ..."). */
const labelAspects = new Set(["method", "methods", "details", "detail", "type", "way", "style"]);

/**
 * An attribute stated only in words after its label: "Color: White", "colour cognac brown", "colors tortoise and
 * black", "Packaging: Recyclable bag", "Packing: OPP bags or shrink wrap". The value is colour words and nouns up
 * to the end of the segment; a Pantone or RAL code, a count per carton or a size anchors it.
 */
function colorValueAt(words: TaggedWord[], i: number, to: number): number | null {
  const label = attributeNounAt(words, i);
  const colour = label?.attribute === "color" && /^colou?rs?$/.test(words[i]!.lower);
  let j = i + (label?.size ?? 1);
  // "Packing method:", "Packaging details:": a word naming the label's aspect may stand before the colon.
  if (label?.attribute === "packaging" && labelAspects.has(words[j]?.lower ?? "")) j += 1;
  const colon = words[j]?.lower === ":" || words[j]?.lower === "：" || words[j]?.lower === "-";
  if (!colour && !(label?.attribute === "packaging" && colon)) return null;
  if (colon) j += 1;
  else if (colorCompoundSet.has(words[j]?.lower ?? "")) return null;
  let end = j;
  let named = 0;
  let colourWords = 0;
  while (end < to && end - j < 5) {
    const word = words[end]!;
    if (word.lower === "and" || word.lower === "or" || word.lower === "/" || word.lower === "&") {
      end += 1;
      continue;
    }
    if (!isWord(word) || chatter.has(word.lower) || stops.has(word.lower) || persons.has(word.lower)) break;
    const named_ = colors.has(word.lower) || word.pos === "NOUN" || word.pos === "PROPN";
    // A verb-tagged word before a noun is part of a compound ("shrink wrap").
    const modifier =
      shades.has(word.lower) || word.pos === "ADJ" || (word.pos === "VERB" && nounLike(words, end + 1));
    if (!named_ && !modifier) break;
    if (named_) named += 1;
    if (colors.has(word.lower)) colourWords += 1;
    end += 1;
  }
  while (end > j && ["and", "or", "/", "&"].includes(words[end - 1]!.lower)) end -= 1;
  // Without a colon the value must name a colour ("colour cognac brown"), or "colour method" would be one.
  if (!colon && colourWords === 0) return null;
  return named > 0 && end > j ? end : null;
}

/**
 * A span with a word where its number should be: "long time", "a long time", "for hours", "all day", "many
 * washes", "over time". Returns where it ends, or null.
 */
function vagueSpanAt(words: TaggedWord[], i: number, to: number): number | null {
  if (i >= to || i >= words.length) return null;
  const word = words[i]!.lower;
  const next = words[i + 1]?.lower ?? "";
  if (word === "over" && next === "time") return i + 2;
  if (word === "for" && /s$/.test(next) && spans.has(next) && next !== "times") return i + 2;
  let j = i;
  if (word === "a" && (next === "long" || next === "whole")) j += 1;
  if (!spanWords.has(words[j]!.lower)) return null;
  // "many, many washes", "long long time": one quantifier may repeat.
  let k = j + 1;
  if (words[k]?.lower === words[j]!.lower) k += 1;
  if (words[k]?.lower === "the" && words[j]!.lower === "all") k += 1;
  return k < to && spans.has(words[k]!.lower) ? k + 1 : null;
}

/**
 * Where a performance said over a vague span starts: the verb of the requirement ("keep ice long time", "last all
 * day", "keep drinks hot for hours"), else the adjective just before ("cold all day"). A person's doing ("we
 * waited a long time") or a deal's ("ship all day") is no product performance; null then.
 */
function performanceStart(words: TaggedWord[], span: number, floor: number): number | null {
  for (let k = span - 1; k >= floor && span - k <= 6; k -= 1) {
    const word = words[k]!;
    if (segmentEnd.has(word.lower) || word.lower === "and" || word.lower === "but") {
      return k + 1 < span && words[k + 1]!.pos === "ADJ" && evaluativeAt(words[k + 1]) ? k + 1 : null;
    }
    const verb = word.pos === "VERB" || (word.lower === "last" && modals.has(words[k - 1]?.lower ?? ""));
    // "keep ice", "hold their shape": a deal verb with a product object is a performance ("keep the price" is not).
    const object = words[k + 1];
    // ("keep warm for a long time", "stay cold all day": a state the product keeps is its performance too.)
    const performs =
      object !== undefined &&
      ((nounLike(words, k + 1) && !chatter.has(object.lower) && !deals.has(object.lower)) ||
        (/^(?:keeps?|stays?|remains?)$/.test(word.lower) && object.pos === "ADJ"));
    const dealVerb = commerce.has(word.lower) && !performs;
    // ("stay on all evening", "stay lit": a linking verb with its particle is the product's working.)
    const linking = copulas.has(word.lower) && !/^(?:on|lit)$/.test(words[k + 1]?.lower ?? "");
    if (!verb || dealVerb || linking || chatDone.has(word.lower)) {
      if (word.pos === "PRON" && k === span - 1) return null;
      continue;
    }
    // The verb's subject is the product, or a requirement stands before it ("need to keep", "must last").
    let back = k - 1;
    while (back >= floor && (negations.has(words[back]!.lower) || words[back]!.pos === "ADV")) back -= 1;
    const before = words[back];
    if (!before) return null;
    if (modals.has(before.lower) || before.lower === "to") {
      const subject = subjectBefore(words, back + 1, floor);
      return subject === null || subject.noun ? k : null;
    }
    if (persons.has(before.lower) || before.pos === "PRON") return null;
    return nounLike(words, back) && !chatter.has(before.lower) ? k : null;
  }
  return null;
}

/** A defect a buyer wants absent, said as a noun or a gerund ("bubbles", "rust", "curling", "peeling"). */
function defectNoun(word: TaggedWord | undefined): Attribute | null {
  if (!isWord(word)) return null;
  // "wobbling", "tangling": a gerund drops the stem's final "e".
  const stem = Object.keys(defects).find((defect) =>
    word.lower.startsWith(defect.replace(/(?<=[^e])e$/, "")),
  );
  if (!stem || word.lower.length > stem.length + 4) return null;
  return defects[stem]!;
}

/**
 * A defect ruled out in one word: "lint free", "flicker-free driver", "odour-free". What is free of a named
 * substance ("BPA-free", "PFOA-free", "lead free") is a test a lab can run, so only defects count.
 */
function defectFreeEnd(words: TaggedWord[], i: number, to: number): number | null {
  const word = words[i]!;
  if (defectNoun(word) === null) return null;
  const hyphen = words[i + 1]?.lower === "-" ? 1 : 0;
  if (words[i + 1 + hyphen]?.lower !== "free") return null;
  const end = i + 2 + hyphen;
  // "flicker-free driver": the part it is said of belongs to it.
  const run = nounRun(words, end);
  return run && run.end <= to && !chatter.has(words[run.end - 1]!.lower) ? run.end : end;
}

/**
 * A quality ruled out after a comma or "and": "solid, not cheap plastic", "should look premium, not like cheap
 * plastic", "absorbs fast, not sticky", "not too heavy". The buyer names what the product must not be and no
 * test for it. Returns where it ends, or null ("not sure", "not urgent" judge no product).
 */
function negatedQualityEnd(words: TaggedWord[], i: number, from: number, to: number): number | null {
  if (words[i]!.lower !== "not") return null;
  const before = words[i - 1];
  // After a comma or "and", in contrast with what was asked; a sentence opening "Not bad" is a reply.
  const contrast =
    i > from &&
    before !== undefined &&
    ([",", "，"].includes(before.lower) || ["and", "but"].includes(before.lower));
  // A fragment opening its segment ("Not cheap plastic", "- not too heavy") judges only with a sharp word.
  const fragment = !contrast && opensSegment(words, i, from);
  const opens = contrast || fragment;
  if (!opens) return null;
  let j = i + 1;
  if (words[j]?.lower === "like" || words[j]?.lower === "too" || boosts.has(words[j]?.lower ?? "")) j += 1;
  const judged = evaluativeAt(words[j]);
  const word = words[j];
  // "128, not more": an amount, not a quality.
  if (!judged || !word || notQuality.has(word.lower) || acceptance.has(word.lower)) return null;
  if (degrees.has(word.lower) || boosts.has(word.lower) || /^(?:more|less|much|many)$/.test(word.lower))
    return null;
  if (!["ADJ", "ADV"].includes(word.pos) && judged.kind === "open") return null;
  const run = nounRun(words, j + 1);
  if (fragment && judged.kind !== "specific" && judged.kind !== "strict" && !run) return null;
  // "not dry the lips": an object after it makes the word a verb, read as a requirement elsewhere.
  if (["DET", "PRON"].includes(words[j + 1]?.pos ?? "")) return null;
  const end =
    run && !chatter.has(words[run.end - 1]!.lower) && !persons.has(words[run.end - 1]!.lower)
      ? run.end
      : j + 1;
  return end <= to ? end : null;
}

/**
 * A state required with no criterion: "no colour difference", "no visible scratches", "without any rust", "no
 * curling at the edges". A place after it ("at the edges", "on the lid") belongs to it. Returns the clause, or
 * null when what is ruled out is no defect ("no logo", "no problem").
 */
function absenceAt(words: TaggedWord[], i: number, to: number): Found | null {
  const word = words[i]!.lower;
  // "free from defects", "free of flaws" rule a defect out as "no" does.
  const free = word === "free" && (words[i + 1]?.lower === "from" || words[i + 1]?.lower === "of");
  if (word !== "no" && word !== "without" && word !== "zero" && !free) return null;
  let j = free ? i + 2 : i + 1;
  if (words[j]?.lower === "any") j += 1;
  let attribute: Attribute | null = null;
  let end = -1;
  const graded = perceptual.has(words[j]?.lower ?? "") && words[j]!.lower !== "any";
  if (graded && nounLike(words, j + 1)) {
    attribute = defectNoun(words[j + 1]) ?? attributeNounAt(words, j + 1)?.attribute ?? "finish";
    end = j + 2;
  } else {
    const noun =
      attributeNounAt(words, j) ??
      (colors.has(words[j]?.lower ?? "") ? { attribute: "color" as const, size: 1 } : null);
    if (noun && deviations.has(words[j + noun.size]?.lower ?? "")) {
      attribute = noun.attribute;
      end = j + noun.size + 1;
    } else if (noun && defectNoun(words[j + noun.size]) !== null) {
      // "no colour fading", "no surface rust": the defect named with the attribute it shows on.
      attribute = defectNoun(words[j + noun.size]);
      end = j + noun.size + 1;
    } else if (deviations.has(words[j]?.lower ?? "")) {
      attribute = "quality";
      end = j + 1;
    } else {
      // "no red rust" is still rust: one adjective may stand before the defect.
      const at = words[j]?.pos === "ADJ" && defectNoun(words[j + 1]) ? j + 1 : j;
      attribute = defectNoun(words[at]);
      end = at + 1;
    }
  }
  if (attribute === null || end > to) return null;
  // "no smell at all": the intensifier closing it belongs to it.
  if (words[end]?.lower === "at" && words[end + 1]?.lower === "all" && end + 2 <= to) end += 2;
  // "at the edges", "on the surface", "in colour": where the defect must not show.
  else if (["at", "on", "in", "between", "of"].includes(words[end]?.lower ?? "")) {
    let k = end + 1;
    if (words[k]?.pos === "DET") k += 1;
    let nouns = 0;
    while (k < to && nouns < 2 && nounLike(words, k)) {
      k += 1;
      nouns += 1;
    }
    if (nouns > 0) end = k;
  }
  return { from: i, to: end, attribute };
}

/** A manner adverb that grades ("well", "nicely", "tightly", "evenly"), not one that classifies ("individually"). */
const gradingAdverb = (word: TaggedWord | undefined) =>
  isWord(word) && (manners.has(word.lower) || word.lower === "finely" || word.lower === "neatly");

/** Participles of how goods are made that end as no other does ("evenly spread", "cleanly cut", "tightly wound"). */
const irregularParticiples = new Set([
  "spread",
  "cut",
  "set",
  "laid",
  "bound",
  "spun",
  "wound",
  "hung",
  "stuck",
  "split",
]);

/** A participle: a verb or adjective form ending as one does ("sanded", "woven", "coated", "rounded"). */
const participle = (word: TaggedWord | undefined) =>
  isWord(word) &&
  (word.pos === "VERB" || word.pos === "ADJ") &&
  (/(?:ed|en|wn|nt)$/.test(word.lower) || irregularParticiples.has(word.lower)) &&
  !chatDone.has(word.lower) &&
  !commerce.has(word.lower);

/** The adjective a comparative is formed from ("darker" dark, "heavier" heavy, "thicker" thick), or null. */
function comparativeBase(word: string): string | null {
  if (!/[a-z]{2}er$/.test(word)) return null;
  if (word.endsWith("ier")) return `${word.slice(0, -3)}y`;
  const base = word.slice(0, -2);
  return /(.)\1$/.test(base) ? base.slice(0, -1) : base;
}

/** Comparatives of the deal, not the product ("cheaper", "faster" shipping, "earlier" date). */
const dealComparatives = new Set([
  "cheaper",
  "lower",
  "higher",
  "earlier",
  "later",
  "faster",
  "sooner",
  "better",
]);

/** A feature alone in a list ("- Windproof", "Breathable,", "Anti-slip."): the segment around word i holds only it. */
function aloneInList(words: TaggedWord[], i: number, end: number, from: number, to: number): boolean {
  const before = words[i - 1];
  const after = words[end];
  const opens =
    i === from ||
    (before !== undefined && (segmentEnd.has(before.lower) || ["-", "•", "*", "and"].includes(before.lower)));
  const closes = end >= to || (after !== undefined && (segmentEnd.has(after.lower) || after.lower === "and"));
  return opens && closes;
}

/** A property said in one word that claims a resistance or a test ("windproof", "anti-slip", "shock-absorbing"). */
function resistanceWord(word: TaggedWord | undefined): boolean {
  if (!isWord(word)) return false;
  // "non-slip", "non-fading": a defect ruled out in one word, as "anti-slip" is.
  const non = /^non-?([a-z]{3,})$/.exec(word.lower);
  if (non && defectNoun({ ...word, lower: non[1]! }) !== null) return true;
  return /^[a-z]{3,}(?:proof|resistant|repellent)$/.test(word.lower) || /^anti-?[a-z]{3,}$/.test(word.lower);
}

/** Where "on the neck", "at the edges", "in the hand" ends when it closes its segment, else null. */
function placeEnd(words: TaggedWord[], i: number, to: number, anyNoun = false): number | null {
  if (!["on", "at", "in", "against", "across", "along", "throughout"].includes(words[i]?.lower ?? ""))
    return null;
  let k = i + 1;
  if (words[k]?.pos === "DET" || words[k]?.pos === "PRON") k += 1;
  // "on wet floors": one adjective may stand before the place.
  if (words[k]?.pos === "ADJ" && nounLike(words, k + 1)) k += 1;
  const start = k;
  // "visible at night": after a judgement, a time of use is a condition as a place is.
  while (k < to && k - start < 2 && nounLike(words, k) && (anyNoun || !chatter.has(words[k]!.lower))) k += 1;
  if (k === start) return null;
  return k >= to || segmentEnd.has(words[k]!.lower) || closers.has(words[k]!.lower) ? k : null;
}

/**
 * Where two or three judging adjectives joined by "and" (or commas then "and") end, when no noun follows them
 * ("thick and premium", "light, thin and soft", "nice and comfy"); null otherwise. One of them must say more
 * than a greeting does ("nice and quick" alone is no product claim), and none may classify.
 */
function coordinationEnd(words: TaggedWord[], i: number, to: number): number | null {
  const first = evaluativeAt(words[i]);
  if (!first || (words[i]!.pos !== "ADJ" && first.kind === "open")) return null;
  let k = i + 1;
  let count = 1;
  let specific = first.kind === "specific" || first.kind === "strict";
  while (k + 1 < to && count < 4) {
    const joiner = words[k]!.lower;
    if (joiner !== "and" && joiner !== ",") break;
    const next = evaluativeAt(words[k + 1]);
    if (!next || (words[k + 1]!.pos !== "ADJ" && next.kind === "open")) break;
    specific ||= next.kind === "specific" || next.kind === "strict";
    count += 1;
    k += 2;
    if (joiner === "and") break;
  }
  if (count < 2 || words[k - 2]?.lower !== "and" || !specific) return null;
  if (nounLike(words, k) || notQuality.has(words[k - 1]!.lower)) return null;
  // "we are happy and proud": a person's feelings, not the product.
  const before = words[i - 1];
  if (before && (persons.has(before.lower) || (copulas.has(before.lower) && words[i - 2]?.pos === "PRON")))
    return null;
  return k;
}

/**
 * A word the tagger read as an adjective right after "must not": grammar makes it a verb ("must not dry the
 * lips", "should not yellow"), unless it judges ("must not weak") or is chatter.
 */
function afterNegation(word: TaggedWord | undefined): boolean {
  return isWord(word) && word.pos === "ADJ" && !chatter.has(word.lower) && !commerce.has(word.lower);
}

/** A short object noun phrase right after a verb ("the lips", "sensitive skin"): where it ends, or null. */
function objectEnd(words: TaggedWord[], i: number, to: number, anyHead = false): number | null {
  let k = i;
  // "the lips", "any rust", "our brand colour": a determiner or a possessive opens the object.
  const possessive =
    words[k]?.pos === "PRON" && !persons.has(words[k]!.lower) && !speakers.has(words[k]!.lower);
  if (words[k]?.pos === "DET" || words[k]?.lower === "any" || possessive) k += 1;
  const start = k;
  while (
    k < to &&
    k - start < 3 &&
    (nounLike(words, k) || (words[k]!.pos === "ADJ" && nounLike(words, k + 1)))
  )
    k += 1;
  if (k === start || !nounLike(words, k - 1)) return null;
  const head = words[k - 1]!.lower;
  if ((!anyHead && chatter.has(head)) || deals.has(head) || persons.has(head)) return null;
  return k;
}

/**
 * An object that names a defect or a sensation ("a metallic taste", "any rust", "a greasy film"): an adjective
 * describes it or its head is a defect ("must not have a logo" asks for no quality). Where it ends, or null.
 */
function defectObjectEnd(words: TaggedWord[], i: number, to: number): number | null {
  const end = objectEnd(words, i, to);
  if (end === null) return null;
  const head = words[end - 1]!;
  const described = words.slice(i, end - 1).some((word) => word.pos === "ADJ" && !chatter.has(word.lower));
  return described || defectNoun(head) ? end : null;
}

/**
 * "does not" and a defect verb, said of the product ("it", "they" or a noun): "it does not tarnish fast", "the
 * print does not peel". A person's doing ("we do not accept") names no defect. Where it ends (a manner after it
 * included), or null.
 */
function deniedDefectEnd(words: TaggedWord[], i: number, from: number, to: number): number | null {
  if (!/^(?:does|do)$/.test(words[i]!.lower) || !negations.has(words[i + 1]?.lower ?? "")) return null;
  const before = words[i - 1];
  if (i - 1 < from || before === undefined) return null;
  // "is good quality and doesn't overheat": a second predicate shares the subject named before it.
  const product =
    /^(?:it|they|and)$/.test(before.lower) ||
    (nounLike(words, i - 1) &&
      !chatter.has(before.lower) &&
      !persons.has(before.lower) &&
      !deals.has(before.lower));
  if (!product || defectNoun(words[i + 2]) === null || i + 3 > to) return null;
  return mannerEnd(words, i + 3, to)?.end ?? i + 3;
}

/**
 * A part or the goods named, then "not" and a defect, with no verb between ("colours not faded", "paint not
 * peeling", "screen not scratched"): the buyer asks the defect away and names no test. Where it ends, or null.
 */
function notDefectEnd(words: TaggedWord[], i: number, from: number, to: number): number | null {
  if (words[i]!.lower !== "not" || i - 1 < from || i + 2 > to) return null;
  const before = words[i - 1]!;
  if (
    !nounLike(words, i - 1) ||
    chatter.has(before.lower) ||
    persons.has(before.lower) ||
    deals.has(before.lower)
  )
    return null;
  return defectNoun(words[i + 1]) === null ? null : i + 2;
}

/**
 * "make" and its object, then a judgement closing the clause: "please make it tight", "make the seams strong".
 * The result is asked for with no figure. Where it ends, or null.
 */
function madeJudgementEnd(words: TaggedWord[], i: number, to: number): number | null {
  if (!/^(?:make|makes)$/.test(words[i]!.lower)) return null;
  let k = i + 1;
  if (/^(?:it|them)$/.test(words[k]?.lower ?? "")) k += 1;
  else k = objectEnd(words, k, to) ?? k;
  // "make it stronger", "make the strap thicker": a comparative asks for more of what its base judges.
  const base = comparativeBase(words[k]?.lower ?? "");
  const ofBase =
    base !== null && !dealComparatives.has(words[k]!.lower)
      ? evaluativeAt({ ...words[k]!, text: base, lower: base, pos: "ADJ" })
      : null;
  const judged = ofBase?.kind === "specific" ? ofBase : evaluativeAt(words[k]);
  if (k === i + 1 || judged?.kind !== "specific" || k + 1 > to) return null;
  // "please make it fast", "make it clear on the invoice": how the deal is done, not what the product is.
  if (/^(?:fast|quick|clear|short|faster|quicker|shorter)$/.test(words[k]!.lower)) return null;
  // "make the stressed positions strong and durable": judgements joined after it belong to it.
  const joined = coordinationEnd(words, k, to);
  if (joined !== null) return joined;
  const next = words[k + 1];
  const closes = k + 1 >= to || next === undefined || segmentEnd.has(next.lower) || closers.has(next.lower);
  // "make it smoother for bulk", "make the cartons strong this time": the order it is asked for closes the
  // clause as well.
  const thisTime =
    /^(?:this|next)$/.test(next?.lower ?? "") && /^(?:time|order|batch)$/.test(words[k + 2]?.lower ?? "");
  return closes || thisTime || forTheOrder(words, k + 1) ? k + 1 : null;
}

/** The order a result is asked for: "for bulk", "for the bulk order", "for mass production", "for the next order". */
function forTheOrder(words: TaggedWord[], k: number): boolean {
  if (words[k]?.lower !== "for") return false;
  const rest = words
    .slice(k + 1, k + 4)
    .map((word) => word.lower)
    .join(" ");
  return /^(?:the |our |this |next |the next )?(?:bulk|mass production|production|order|reorder|next order|bulk order|big order)\b/.test(
    rest,
  );
}

/** Irregular past forms: a verb in them reports what happened rather than what the product must do. */
const pastForms = new Set([
  "came",
  "went",
  "got",
  "took",
  "left",
  "ran",
  "sold",
  "made",
  "gave",
  "sent",
  "did",
]);

/** A degree before a judgement ("very", "really", "highly", "strongly"), when a judgement follows it. */
function gradesNext(words: TaggedWord[], j: number, depth = 0): boolean {
  const word = words[j];
  // Three degrees at most ("really very highly"): a longer run is no phrase, and reading it would be quadratic.
  if (!isWord(word) || depth > 2) return false;
  const degree =
    boosts.has(word.lower) || (word.pos === "ADV" && /ly$/.test(word.lower) && !notQuality.has(word.lower));
  return degree && (evaluativeAt(words[j + 1]) !== null || gradesNext(words, j + 1, depth + 1));
}

/** Whether word k opens its segment: a sentence's start, or right after a comma, colon or list mark. */
function opensSegment(words: TaggedWord[], k: number, from: number): boolean {
  const before = words[k - 1];
  return (
    k === from ||
    (before !== undefined && (segmentEnd.has(before.lower) || ["-", "•", "*"].includes(before.lower)))
  );
}

/** Words after a verb that close its clause: where a manner word must stand to say how the product performs. */
const closers = new Set([
  "and",
  "but",
  "so",
  "even",
  "when",
  "while",
  "after",
  "under",
  "please",
  "with",
  "without",
]);

/**
 * How a product performs, said with no figure: a manner word right after its verb ("boil fast", "close
 * securely", "run quiet", "heat up fast", "absorb quickly"), a particle ("up") allowed between. An adjective
 * read as an adverb here must judge and close the clause ("run cool even at full load"), so "run small" in
 * "sizes run small, order one up" is no claim. Returns where the claim ends (a place after it included), or null.
 */
function mannerEnd(words: TaggedWord[], k: number, to: number): { end: number; attribute: Attribute } | null {
  let j = k;
  // "heat up fast", "snap shut securely": a particle or the state reached may stand before the manner word.
  const between = words[j + 1];
  const graded = (word: TaggedWord | undefined) =>
    isWord(word) && word.pos === "ADV" && (/ly$/.test(word.lower) || manners.has(word.lower));
  if (["up", "down", "out", "off"].includes(words[j]?.lower ?? "") && between !== undefined) j += 1;
  else if (isWord(words[j]) && graded(between) && ["ADP", "ADJ", "VERB"].includes(words[j]!.pos)) j += 1;
  const word = words[j];
  if (!isWord(word) || j >= to) return null;
  const adverb = graded(word);
  const listed = manners.has(word.lower);
  // A listed judgement is one whatever its tag ("run cool" comes back as two verbs).
  const judged = evaluativeAt(word)?.kind === "specific";
  if (!adverb && !listed && !judged) return null;
  if (
    notQuality.has(word.lower) ||
    boosts.has(word.lower) ||
    /^(?:only|really|usually|likely|already)$/.test(word.lower)
  )
    return null;
  // "run smooth and silent", "close quickly and quietly": a second manner word joined by "and" is the same claim.
  const joinedManner =
    words[j + 1]?.lower === "and" &&
    j + 2 < to &&
    (graded(words[j + 2]) ||
      manners.has(words[j + 2]?.lower ?? "") ||
      evaluativeAt(words[j + 2])?.kind === "specific");
  if (joinedManner) j += 2;
  const next = words[j + 1];
  // "handles firmly attached": the adverb grades the participle after it, read as a finish elsewhere.
  if (participle(next)) return null;
  const closes = j + 1 >= to || next === undefined || segmentEnd.has(next.lower) || closers.has(next.lower);
  const place = placeEnd(words, j + 1, to);
  if (!closes && place === null && !adverb) return null;
  // "run cool even at full load": the condition it must hold under belongs to it.
  const under = next?.lower === "even" ? placeEnd(words, j + 2, to) : null;
  return { end: under ?? place ?? j + 1, attribute: evaluativeAt(word)?.attribute ?? "feel" };
}

/**
 * What an endurance verb promises, when the rest of its clause names no figure: "hold its shape", "stay in
 * place", "last" alone, "stand up to proper weather", "retain its white appearance". A deal kept ("keep the
 * price") or a person held ("hold the goods for us") is no promise of the product. Returns where it ends.
 */
function enduranceEnd(words: TaggedWord[], k: number, to: number): number | null {
  const verb = words[k];
  if (!isWord(verb) || !endures.has(verb.lower)) return null;
  let j = k + 1;
  // "stand up to the weather": only with "up to", and never "up to 8 kg" (the anchor check reads the figure).
  if (/^stands?$/.test(verb.lower)) {
    if (words[j]?.lower !== "up" || words[j + 1]?.lower !== "to") return null;
    j += 2;
  }
  const next = words[j];
  if (j >= to || next === undefined || segmentEnd.has(next.lower) || closers.has(next.lower))
    return /^lasts?$/.test(verb.lower) ? j : null;
  const place = placeEnd(words, j, to);
  if (place !== null) return place;
  // "its shape", "their colour", "the white appearance": the object is the product's own attribute or part.
  let o = j;
  if (words[o]?.pos === "PRON" && !persons.has(words[o]!.lower)) o += 1;
  // "proper British weather": a second adjective may stand before the object's own.
  if (words[o]?.pos === "ADJ" && words[o + 1]?.pos === "ADJ") o += 1;
  // What a product resists may be any noun ("stand up to British weather", "withstand the rain").
  const resisting =
    j === k + 3 || /^(?:withstand|withstands|resist|resists|survive|survives)$/.test(verb.lower);
  const end = objectEnd(words, o, to, resisting);
  if (end === null || /\d/.test(words[o]?.text ?? "")) return null;
  const head = words[end - 1]!.lower;
  const promised =
    attributeNounAt(words, end - 1) ||
    j === k + 3 ||
    (nounLike(words, end - 1) && !deals.has(head) && !commerce.has(verb.lower));
  if (!promised) return null;
  // "hold their shape after many washes": a span with no number belongs to the promise.
  const over = ["after", "for", "over", "through"].includes(words[end]?.lower ?? "") ? end + 1 : end;
  return vagueSpanAt(words, over, to) ?? end;
}

/** "a lot of hair", "lots of light", "plenty of water": an amount in words after a product verb. Where it ends. */
function vagueAmountEnd(words: TaggedWord[], k: number, to: number): number | null {
  let j = k;
  if (words[j]?.lower === "a") j += 1;
  if (!amounts.has(words[j]?.lower ?? "") || words[j + 1]?.lower !== "of") return null;
  return objectEnd(words, j + 2, to);
}

/** A judgement opening its segment, or said after its part, with a purpose or place after it. */
function purposeClaim(words: TaggedWord[], i: number, from: number, to: number, floor: number): Found | null {
  const word = words[i]!;
  const judged = evaluativeAt(word);
  if (!judged || judged.kind === "generic" || !isWord(word) || /ed$/.test(word.lower)) return null;
  if (notQuality.has(word.lower) || acceptance.has(word.lower) || word.pos === "NOUN") return null;
  const start = quoteStart(words, i);
  const before = words[start - 1];
  if (start < floor || (start === floor && start !== from)) return null;
  // "Easy to clean" may open the sentence too; a greeting's "Great to hear" is generic and left out above.
  if (before === undefined || start === from) {
    const end = complementEnd(words, i + 1, to);
    if (end === i + 1 || purchaseTerms.has(words[end - 1]!.lower) || commerce.has(words[i + 2]?.lower ?? ""))
      return null;
    return { from: start, to: end, attribute: judged.attribute ?? "quality" };
  }
  const opens = segmentEnd.has(before.lower) || ["-", "and"].includes(before.lower);
  // "remote easy to use": a part opening its segment, even one the tagger read as an adjective.
  const misread =
    before.pos === "ADJ" &&
    (evaluativeAt(before) === null || evaluativeAt(before)?.kind === "open") &&
    (start - 1 === from || segmentEnd.has(words[start - 2]?.lower ?? ""));
  const part =
    (nounLike(words, start - 1) || misread) &&
    !chatter.has(before.lower) &&
    !persons.has(before.lower) &&
    !deals.has(before.lower);
  if (!opens && !part) return null;
  let end = complementEnd(words, i + 1, to);
  // "applicable for small orders": a purpose that is a deal says nothing of the product.
  const purposeHead = words[end - 1]!.lower;
  if (end > i + 1 && purchaseTerms.has(purposeHead)) return null;
  if (end === i + 1) end = placeEnd(words, i + 1, to, true) ?? end;
  if (end === i + 1) return null;
  // "to use", "for kids": a commerce verb as the purpose is the seller's doing ("free to contact").
  if (!part && commerce.has(words[i + 2]?.lower ?? "")) return null;
  const own = part ? attributeNounAt(words, start - 1)?.attribute : undefined;
  return { from: part ? start - 1 : start, to: end, attribute: pick(judged, own ?? null) };
}

/**
 * A word shaped like an adjective closing a copula's clause, whatever the tagger said ("must be buttery" comes
 * back as a noun): after "be" and before the clause's end, "-y", "-less", "-ous", "-ful", "-ive", "-ish" make it
 * a judgement. Materials ("must be cotton") have no such ending.
 */
function predicateAdjective(words: TaggedWord[], j: number, to: number): Evaluative | null {
  const word = words[j];
  if (!isWord(word) || colors.has(word.lower) || chatter.has(word.lower) || notQuality.has(word.lower))
    return null;
  if (!/(?:[^l]y|less|ous|ful|ive|ish)$/.test(word.lower) || attributeNounAt(words, j)) return null;
  const next = words[j + 1];
  const closes =
    j + 1 >= to ||
    next === undefined ||
    segmentEnd.has(next.lower) ||
    closers.has(next.lower) ||
    next.lower === "in";
  return closes ? { kind: "open", attribute: null } : null;
}

/**
 * Two judgements and a head the tagger did not read as a noun ("a good bright light", "a nice soft inside", "a nice
 * even mirror polish"), after a determiner or a label's colon and closing the segment. Where the phrase ends, or null.
 */
function headlessEnd(words: TaggedWord[], i: number, from: number, to: number): number | null {
  const first = evaluativeAt(words[i]);
  const opener = words[i - 1];
  const label = opener !== undefined && [":", "："].includes(opener.lower);
  // After a label's colon one judgement and its head will do: "coating: durable nonstick".
  const short =
    label &&
    first?.kind !== "open" &&
    words[i + 1]?.pos === "ADJ" &&
    (i + 2 >= to || segmentEnd.has(words[i + 2]?.lower ?? ""));
  if (short && first && !notQuality.has(words[i + 1]!.lower) && !colors.has(words[i + 1]!.lower))
    return i + 2;
  // "a warm, cosy light": a comma may join the two judgements.
  const s = words[i + 1]?.lower === "," ? i + 2 : i + 1;
  const second = evaluativeAt(words[s]);
  const head = words[s + 1];
  if (!first || !second || !isWord(head) || s + 1 >= to) return null;
  if (nounLike(words, s) || nounLike(words, s + 1) || chatter.has(head.lower) || stops.has(head.lower))
    return null;
  if (notQuality.has(words[i]!.lower) || notQuality.has(words[s]!.lower) || notQuality.has(head.lower))
    return null;
  if (!(i === from || opener?.pos === "DET" || label)) return null;
  if (first.kind === "open") return null;
  const closesAt = (k: number) =>
    k >= to || words[k] === undefined || segmentEnd.has(words[k]!.lower) || closers.has(words[k]!.lower);
  if (closesAt(s + 2)) return s + 2;
  // ("a nice even mirror polish": the head read as a verb may open a compound whose noun closes it.)
  return nounLike(words, s + 2) && !chatter.has(words[s + 2]!.lower) && closesAt(s + 3) ? s + 3 : null;
}

/** "don't want the foam to smell": a negated wish, a part and the verb it must not do. Where it ends, or null. */
function unwantedEnd(words: TaggedWord[], i: number, to: number): number | null {
  if (words[i]!.lower !== "want" || i < 2) return null;
  if (!negations.has(words[i - 1]!.lower) && !/^(?:nt|n't|not)$/.test(words[i - 1]!.lower)) return null;
  const object = objectEnd(words, i + 1, to);
  if (object === null || words[object]?.lower !== "to") return null;
  const verb = words[object + 1];
  if (!isWord(verb) || commerce.has(verb.lower)) return null;
  const defect = defectNoun(verb) !== null || productVerb(verb);
  return defect && object + 2 <= to ? object + 2 : null;
}

/**
 * A judgement made of a noun or adjective and a participle ("eye-catching", "hard-wearing", "fast-drying")
 * opening its segment or following a copula, with its place after it ("on the shelf"). Where it ends, or null.
 */
function compoundJudgementEnd(words: TaggedWord[], i: number, from: number, to: number): number | null {
  const word = words[i]!;
  const participle = words[i + 2];
  if (!isWord(word) || words[i + 1]?.lower !== "-" || !isWord(participle)) return null;
  if (!/^[a-z]{3,}ing$/.test(participle.lower) || chatter.has(word.lower) || i + 2 >= to) return null;
  const before = words[i - 1];
  const opens =
    i > from &&
    before !== undefined &&
    ([",", "，", ":", "："].includes(before.lower) || copulas.has(before.lower));
  if (!opens) return null;
  return placeEnd(words, i + 3, to) ?? i + 3;
}

/** The evaluative clauses in one segment-free run of words (a sentence). */
function clausesIn(words: TaggedWord[], from: number, to: number): Found[] {
  const found: Found[] = [];
  // Where the sentence first shows it is a spec list (a colon or a figure): found once, so the pass stays linear.
  let listCue = from;
  while (listCue < to && words[listCue]!.lower !== ":" && !/\d/.test(words[listCue]!.text)) listCue += 1;
  for (let i = from; i < to; i += 1) {
    const word = words[i]!;
    // "Print colour as nice as possible", "stitching as strong as you can": the most asked for, no measure of it.
    const utmost = asPossibleEnd(words, i, to);
    if (utmost !== null) {
      // (The attribute named just before it is what is asked for: "print colour", "colour".)
      const pair = i - 2 >= from ? attributeNounAt(words, i - 2) : null;
      const noun = pair?.size === 2 ? pair : i - 1 >= from ? attributeNounAt(words, i - 1) : null;
      const start = noun ? i - noun.size : i;
      const judged = evaluativeAt(words[i + 1])!;
      found.push({
        from: start,
        to: utmost,
        attribute: noun?.attribute ?? judged.attribute ?? "quality",
      });
      i = utmost - 1;
      continue;
    }
    // "delivery must be fast", "we need delivery to be quick": a speed asked of the delivery with no date or days.
    const hurried = hurriedDeliveryEnd(words, i, to);
    if (hurried !== null) {
      found.push({ from: i, to: hurried, attribute: "delivery", ahead: true });
      i = hurried - 1;
      continue;
    }
    // "near to Pantone 2728 C": the code is approximate; "AAA grade first quality": the rank is a label.
    const approximate = approximateCodeEnd(words, i, to);
    if (approximate !== null) {
      const colour =
        words.slice(i, approximate).some((part) => codeSystems.has(part.lower)) ||
        colors.has(words[i - 1]?.lower ?? "") ||
        attributeNounAt(words, i - 1)?.attribute === "color";
      found.push({ from: i, to: approximate, attribute: colour ? "color" : "sample", approximate: true });
      i = approximate - 1;
      continue;
    }
    const grade = gradeLabelEnd(words, i, to);
    if (grade !== null) {
      found.push({ from: i, to: grade, attribute: "quality", ownCodeVoid: true });
      i = grade - 1;
      continue;
    }
    // "within tolerance levels", "within the normal tolerance": a tolerance pointed at but never given.
    const withinEnd = unstatedToleranceEnd(words, i, to);
    if (withinEnd !== null) {
      found.push({ from: i, to: withinEnd, attribute: "size" });
      i = withinEnd - 1;
      continue;
    }
    // "colour consistency between rolls", "size uniformity": sameness asked for with no tolerance.
    const samenessEnd = samenessAt(words, i, to);
    if (samenessEnd !== null) {
      found.push({ from: i, to: samenessEnd, attribute: attributeNounAt(words, i)!.attribute });
      i = samenessEnd - 1;
      continue;
    }
    const referenceEnd = referenceAt(words, i, to);
    // "Price same as last time", "ship via sea, same as the last shipment": a past deal's terms, not a product spec.
    const pastDeal =
      referenceEnd !== null &&
      pastDeals.has(words[referenceEnd - 1]!.lower) &&
      words.slice(Math.max(from, i - 8), i).some((earlier) => deals.has(earlier.lower));
    if (referenceEnd !== null && !pastDeal) {
      // "super soft like the samples": the judgement the reference stands for belongs to it.
      const judgedBefore =
        i - 1 >= (found.at(-1)?.to ?? from) &&
        evaluativeAt(words[i - 1]) !== null &&
        words[i - 1]!.pos !== "NOUN";
      const start = judgedBefore ? Math.max(quoteStart(words, i - 1), found.at(-1)?.to ?? from) : i;
      found.push({ from: start, to: referenceEnd, attribute: "sample" });
      i = referenceEnd - 1;
      continue;
    }
    // "similar to the Grohe fittings we use now", "matte like the Apple products": a brand, never an id.
    const unnamed = unnamedReferenceAt(words, i, Math.max(from, found.at(-1)?.to ?? from), to);
    if (unnamed !== null) {
      found.push(unnamed);
      i = unnamed.to - 1;
      continue;
    }
    const colorEnd = colorValueAt(words, i, to);
    if (colorEnd !== null) {
      found.push({ from: i, to: colorEnd, attribute: attributeNounAt(words, i)!.attribute });
      i = colorEnd - 1;
      continue;
    }
    // "compatible with the main brands", "fits most phones": compatibility with a set nobody named.
    const compatibleEnd = unnamedCompatibility(words, i, to);
    if (compatibleEnd !== null) {
      found.push({ from: i, to: compatibleEnd, attribute: "fit" });
      i = compatibleEnd - 1;
      continue;
    }
    // A performance over a span with no number: "keep ice long time", "must last all day", "hot for hours".
    const spanEnd = vagueSpanAt(words, i, to);
    if (spanEnd !== null) {
      const start = performanceStart(words, i, Math.max(from, found.at(-1)?.to ?? from));
      if (start !== null) {
        let attribute: Attribute = "quality";
        for (let k = start; k < i; k += 1) attribute = attributeNounAt(words, k)?.attribute ?? attribute;
        found.push({ from: start, to: spanEnd, attribute, near: true });
        i = spanEnd - 1;
        continue;
      }
    }
    // Lasting or speed said with no figure: "long lasting", "long-lasting", "quick drying", "fast charging".
    // "quick dry canopy": a verb's bare form before a noun reads as "quick drying".
    const bareVerb =
      /^(?:quick|fast)$/.test(word.lower) &&
      isWord(words[i + 1]) &&
      !nounLike(words, i + 1) &&
      nounLike(words, i + 2) &&
      !chatter.has(words[i + 2]!.lower) &&
      !deals.has(words[i + 2]!.lower);
    // ("long life battery": a long life said of a part is lasting with no figure too.)
    const paced =
      (/^(?:long|quick|fast)$/.test(word.lower) && /^[a-z]{3,}ing$/.test(words[i + 1]?.lower ?? "")) ||
      (word.lower === "long" && words[i + 1]?.lower === "life" && nounLike(words, i + 2)) ||
      bareVerb;
    if (paced || /^long-[a-z]{3,}ing$/.test(word.lower)) {
      const bare = paced ? i + 2 : i + 1;
      // "long lasting battery": the noun it is said of belongs to it.
      const run = nounRun(words, bare);
      const end = run && !chatter.has(words[run.end - 1]!.lower) ? run.end : bare;
      found.push({
        from: quoteStart(words, i),
        to: end,
        // "long lasting battery" is about the battery; the lasting alone about strength.
        attribute:
          (run && end === run.end ? run.attribute : null) ??
          (word.lower === "long" || !paced ? "strength" : "quality"),
        ahead: true,
      });
      i = end - 1;
      continue;
    }
    // A state required with no criterion: "no colour difference", "no visible scratches", "without any rust".
    // "lint free", "flicker-free driver": a defect ruled out in one word.
    const freeEnd = defectFreeEnd(words, i, to);
    if (freeEnd !== null) {
      found.push({ from: i, to: freeEnd, attribute: defectNoun(words[i]!) ?? "quality" });
      i = freeEnd - 1;
      continue;
    }
    // "solid, not cheap plastic", "absorbs fast, not sticky": a quality ruled out with no test.
    const ruledOut = negatedQualityEnd(words, i, from, to);
    if (ruledOut !== null) {
      const own = words
        .slice(i, ruledOut)
        .map((w) => evaluativeAt(w)?.attribute)
        .find((a) => a);
      found.push({ from: i, to: ruledOut, attribute: own ?? "quality" });
      i = ruledOut - 1;
      continue;
    }
    const absence = absenceAt(words, i, to);
    if (absence) {
      // "pass 500 stretch cycles to 200% without tearing": a count of test cycles before it is the test the
      // defect is ruled out over, and anchors it.
      if (testedOver(words, from, i)) {
        i = absence.to - 1;
        continue;
      }
      // "hold up to 8 kg without wobbling": the load is not the criterion of the wobble.
      found.push({ ...absence, ahead: true });
      i = absence.to - 1;
      continue;
    }
    // A finish graded by an adverb: "well sanded surface", "nicely rounded corners", "tightly woven". ("not easy
    // broken": Chinese-English grades a defect with "easy" as "easily".)
    const easilyDamaged =
      word.lower === "easy" &&
      /^(?:broken|scratched|faded|cracked|torn|bent|rusted|damaged|deformed|peeled|worn|dented)$/.test(
        words[i + 1]?.lower ?? "",
      );
    if ((gradingAdverb(word) || easilyDamaged) && participle(words[i + 1])) {
      const run = nounRun(words, i + 2);
      const head = run ? words[run.end - 1]!.lower : "";
      const end = run && !chatter.has(head) && !persons.has(head) ? run.end : i + 2;
      found.push({ from: i, to: end, attribute: run?.attribute ?? "finish" });
      i = end - 1;
      continue;
    }
    // A finish said by its result: "all edges sanded smooth", "corners polished round", with no figure.
    if (
      participle(word) &&
      i > from &&
      nounLike(words, i - 1) &&
      evaluativeAt(words[i + 1])?.kind === "specific" &&
      (i + 2 >= to || segmentEnd.has(words[i + 2]!.lower) || closers.has(words[i + 2]!.lower))
    ) {
      found.push({ from: Math.max(i - 1, found.at(-1)?.to ?? from), to: i + 2, attribute: "finish" });
      i += 1;
      continue;
    }
    // Judged against a purpose: "sturdy enough for shipping", "strong enough to hold books", "suitable for
    // outdoor use". "Enough" after any adjective asks for a measure nobody gave.
    const enough = words[i + 1]?.lower === "enough";
    const suited = (word.lower === "suitable" || word.lower === "ideal") && words[i + 1]?.lower === "for";
    if (
      isWord(word) &&
      (suited ||
        (enough &&
          (["ADJ", "ADV"].includes(word.pos) || evaluativeAt(word) !== null) &&
          !/ly$/.test(word.lower))) &&
      !chatter.has(word.lower) &&
      (suited || !notQuality.has(word.lower)) &&
      !dealComparatives.has(word.lower)
    ) {
      const end = complementEnd(words, i + 1, to);
      // "suitable for small orders", "good enough for the price": a deal as the purpose is no product claim.
      const dealPurpose = end > i + 2 && purchaseTerms.has(words[end - 1]!.lower);
      if ((enough || end > i + 2) && !dealPurpose) {
        const start = quoteStart(words, i) < (found.at(-1)?.to ?? from) ? i : quoteStart(words, i);
        found.push({
          from: start,
          to: end,
          attribute: suited ? "fit" : (evaluativeAt(word)?.attribute ?? "quality"),
        });
        i = end - 1;
        continue;
      }
    }
    // A resistance claimed in one word: "Windproof", "anti-slip", "shockproof".
    if (resistanceWord(word)) {
      const base = word.lower.replace(/^(?:anti|non)-?|(?:proof|resistant|repellent)$/g, "");
      found.push({ from: quoteStart(words, i), to: i + 1, attribute: resistances[base] ?? "strength" });
      continue;
    }
    // A property alone in a spec list ("Jacket features: ..., Breathable, ..."): the list says no more of it.
    const listed = word.pos === "ADJ" && aloneInList(words, i, i + 1, from, to) && listCue < i;
    const listedJudgement = listed ? evaluativeAt(word) : null;
    // Replies ("Perfect, deal.") are judged by generic and strict words: a listed property names its own attribute.
    const property =
      listedJudgement !== null &&
      (listedJudgement.kind === "specific" || listedJudgement.kind === "open") &&
      !acceptance.has(word.lower) &&
      !notQuality.has(word.lower);
    if (listedJudgement && property) {
      // The next item's measure is not this one's: only a figure right after it anchors it.
      found.push({ from: i, to: i + 1, attribute: listedJudgement.attribute ?? "quality", near: true });
      continue;
    }
    // A comparative with a degree but no figure: "a bit thicker", "slightly softer", "more durable".
    const base = comparativeBase(word.lower);
    const degreeBefore = degrees.has(words[i - 1]?.lower ?? "");
    const comparative =
      (base !== null && word.pos === "ADJ" && !dealComparatives.has(word.lower)) ||
      (["more", "less"].includes(words[i - 1]?.lower ?? "") && evaluativeAt(word)?.kind === "specific");
    if (
      comparative &&
      degreeBefore &&
      words[i + 1]?.lower !== "than" &&
      !chatter.has(words[i + 1]?.lower ?? "")
    ) {
      let start = i - 1;
      if (words[start - 1]?.lower === "a" || degrees.has(words[start - 1]?.lower ?? "")) start -= 1;
      if (words[start - 1]?.lower === "a") start -= 1;
      const own =
        qualityWords[word.lower] ?? (base ? (qualityWords[base] ?? qualityWords[`${base}e`]) : undefined);
      found.push({ from: Math.max(start, found.at(-1)?.to ?? from), to: i + 1, attribute: own ?? "quality" });
      continue;
    }
    // Judgements joined with no noun after them: "thick and premium", "light, thin and soft", "nice and comfy".
    const joined = coordinationEnd(words, i, to);
    if (joined !== null) {
      const own = words
        .slice(i, joined)
        .map((w) => evaluativeAt(w)?.attribute)
        .find((a) => a);
      const start = quoteStart(words, i) < (found.at(-1)?.to ?? from) ? i : quoteStart(words, i);
      found.push({ from: start, to: joined, attribute: own ?? "quality" });
      i = joined - 1;
      continue;
    }
    // "squat proof", "scratch resistant": a resistance claimed with no test or grade.
    const resisting = words[i + 1]?.lower ?? "";
    if (
      (resisting === "proof" || resisting === "resistant" || resisting === "repellent") &&
      isWord(word) &&
      words[i + 2]?.lower !== "of" &&
      !chatter.has(word.lower) &&
      !stops.has(word.lower) &&
      attributeNounAt(words, i)?.attribute !== "delivery"
    ) {
      const own = Object.hasOwn(resistances, word.lower) ? resistances[word.lower] : undefined;
      found.push({ from: quoteStart(words, i), to: i + 2, attribute: own ?? "strength" });
      i += 1;
      continue;
    }
    // A safety claim standing on its own: "but non-toxic for sensitive skin", "safe for kids and non-toxic".
    if (
      (safety.has(word.lower) || (word.lower === "safe" && words[i + 1]?.lower === "for")) &&
      !nounLike(words, i + 1) &&
      !safeUses.has(words[i - 1]?.lower ?? "")
    ) {
      let end = complementEnd(words, i + 1, to);
      if (words[end]?.lower === "and" && safety.has(words[end + 1]?.lower ?? "")) end += 2;
      found.push({ from: quoteStart(words, i), to: end, attribute: "safety" });
      i = end - 1;
      continue;
    }
    // A shade named in words ("dark green", "navy blue", "off-white"): which green is a matter of taste. A
    // plain basic colour ("black") is left alone.
    // So is a shade before the word colour itself ("a sage colour", "dark tones").
    const shadeOfColour =
      /^(?:colou?rs?|tones?)$/.test(word.lower) && i > from && shades.has(words[i - 1]!.lower);
    if (
      isWord(word) &&
      (colors.has(word.lower) || shadeOfColour) &&
      !chatter.has(words[i + 1]?.lower ?? "")
    ) {
      let start = i;
      const shade = (lower: string) => {
        const base = comparativeBase(lower);
        return shades.has(lower) || (base !== null && (shades.has(base) || shades.has(`${base}e`)));
      };
      while (start > from && (shade(words[start - 1]!.lower) || words[start - 1]!.lower === "-")) start -= 1;
      let end = i + 1;
      while (end < to && colors.has(words[end]!.lower)) end += 1;
      if (end - start > 1) {
        found.push({ from: start, to: end, attribute: "color" });
        i = end - 1;
        continue;
      }
    }
    // Comparative with "than": "thicker than the last order", "more flexible than before".
    if (words[i + 1]?.lower === "than" && (word.pos === "ADJ" || qualityWords[word.lower])) {
      const base = word.lower.replace(/(?:ier)$/, "y").replace(/(?:er)$/, "");
      const own = qualityWords[word.lower] ?? qualityWords[base] ?? qualityWords[`${base}e`];
      if (
        /er$/.test(word.lower) &&
        !["cheaper", "lower", "higher", "earlier", "later", "faster", "bigger"].includes(word.lower)
      ) {
        let end = i + 2;
        while (end < to && end - i < 6 && !modals.has(words[end]!.lower) && words[end]!.lower !== "and")
          end += 1;
        // "a little softer than", "slightly thicker than": the degree belongs to the comparison.
        let start = i;
        if (degrees.has(words[start - 1]?.lower ?? "")) start -= 1;
        if (words[start - 1]?.lower === "a" && start < i) start -= 1;
        found.push({ from: Math.max(start, found.at(-1)?.to ?? from), to: end, attribute: own ?? "quality" });
        i = end - 1;
        continue;
      }
    }
    // "it does not tarnish fast", "the colour does not fade": a defect denied as a fact, with no test behind it.
    const denied = deniedDefectEnd(words, i, from, to);
    if (denied !== null) {
      found.push({ from: i, to: denied, attribute: defectNoun(words[i + 2]) ?? "quality" });
      i = denied - 1;
      continue;
    }
    // "colours not faded please", "paint not peeling": a defect denied of the part named just before, no test.
    const notDefect = notDefectEnd(words, i, from, to);
    if (notDefect !== null) {
      found.push({ from: i - 1, to: notDefect, attribute: defectNoun(words[i + 1]) ?? "quality" });
      i = notDefect - 1;
      continue;
    }
    // "please make it tight", "make the seams strong": a judgement asked for as a result, with no figure.
    const made = madeJudgementEnd(words, i, to);
    if (made !== null) {
      found.push({ from: i, to: made, attribute: evaluativeAt(words[made - 1])?.attribute ?? "quality" });
      i = made - 1;
      continue;
    }
    // Requirement with no criterion: "must not sag", "should not wobble", "must run smoothly", "need to grip well".
    // "need to", "has to", "have to" are modals too: the verb comes after the "to".
    const toModal = /^(?:need|needs|has|have)$/.test(word.lower) && words[i + 1]?.lower === "to";
    if (
      toModal ||
      (modals.has(word.lower) && word.lower !== "to" && word.lower !== "have" && word.lower !== "has")
    ) {
      // "should also run cool", "must always close tightly": a sentence adverb may stand after the modal.
      const modalEnd =
        (toModal ? i + 1 : i) + (modalAdverbs.has(words[i + (toModal ? 2 : 1)]?.lower ?? "") ? 1 : 0);
      const negated = negations.has(words[modalEnd + 1]?.lower ?? "");
      const verbAt = negated ? modalEnd + 2 : modalEnd + 1;
      const verb = words[verbAt];
      const subject = subjectBefore(words, i + 1, from);
      // "must not give a metallic taste", "should not leave a greasy film": the object names the defect.
      const object = negated ? defectObjectEnd(words, verbAt + 1, to) : null;
      // "Crown should hold its shape", "waistband should stay in place", "Smell must last": an endurance
      // promised with no load, time or test.
      const endured =
        negated || speakers.has(words[i - 1]?.lower ?? "") ? null : enduranceEnd(words, verbAt, to);
      if (endured !== null && (subject === null || subject.noun)) {
        found.push({ from: i, to: endured, attribute: "strength" });
        i = endured - 1;
        continue;
      }
      // After a modal, a word the tagger read otherwise is still the verb when a manner word follows it ("must
      // close securely" comes back as an adverb).
      // "must match our brand colour exactly": the manner word may follow the verb's object.
      const objectAt = verb?.pos === "VERB" ? objectEnd(words, verbAt + 1, to) : null;
      const performed = negated
        ? null
        : (mannerEnd(words, verbAt + 1, to)?.end ??
          (objectAt !== null ? (mannerEnd(words, objectAt, to)?.end ?? null) : null));
      // "must not get hot", "should not become sticky": a state ruled out with no criterion.
      const stateAt = verbAt + 1;
      const ruledState =
        negated && copulas.has(verb?.lower ?? "") && evaluativeAt(words[stateAt])?.kind === "specific";
      if (ruledState && (subject === null || subject.noun)) {
        found.push({
          from: i,
          to: stateAt + 1,
          attribute: evaluativeAt(words[stateAt])!.attribute ?? "quality",
        });
        i = stateAt;
        continue;
      }
      // "water must not go through", "dust must not get in", "the paint must not come off": a passage ruled out
      // says nothing of the pressure, time or test it must hold under.
      // "rain must not come through the seams": the part it must not pass belongs to it.
      const passedEnd =
        verbAt + 2 >= to || segmentEnd.has(words[verbAt + 2]!.lower) || closers.has(words[verbAt + 2]!.lower)
          ? verbAt + 2
          : objectEnd(words, verbAt + 2, to);
      // Through or into the product, only a substance passes ("the goods must not go through customs" is the
      // deal's); off or out, any part may come ("the print must not come off").
      // "Rain" is chatter when it delays a ship, so a substance right before the modal is read as the subject.
      const particle = words[verbAt + 1]?.lower ?? "";
      const substance = i > from && substances.has(words[i - 1]!.lower) ? i - 1 : null;
      const passerAt = substance ?? (subject?.noun ? subject.index : null);
      const passes =
        passerAt !== null &&
        passageParticles.has(particle) &&
        (detachParticles.has(particle) || substances.has(words[passerAt]!.lower));
      if (negated && isWord(verb) && passes && passedEnd !== null) {
        const passing = words[passerAt]!.lower;
        found.push({
          from: Math.max(passerAt, found.at(-1)?.to ?? from),
          to: passedEnd,
          attribute: (Object.hasOwn(resistances, passing) ? resistances[passing] : undefined) ?? "fit",
        });
        i = passedEnd - 1;
        continue;
      }
      // "should not smell": a sense verb ruled out on its own names a defect, and so does one ruled out with a
      // judgement ("should not smell bad", "must not feel cheap").
      const judgedSense = negated && evaluativeAt(words[verbAt + 1]) !== null ? 1 : 0;
      const senseEnd = verbAt + 1 + judgedSense;
      const senseDefect =
        negated &&
        copulas.has(verb?.lower ?? "") &&
        defectNoun(verb) !== null &&
        (senseEnd >= to || segmentEnd.has(words[senseEnd]!.lower) || closers.has(words[senseEnd]!.lower));
      const verbal = negated
        ? productVerb(verb) ||
          senseDefect ||
          afterNegation(verb) ||
          (object !== null && isWord(verb) && !copulas.has(verb.lower))
        : isWord(verb) &&
          (verb.pos === "VERB" || (performed !== null && ["ADV", "ADJ", "NOUN"].includes(verb.pos))) &&
          // ("we work with QIMA" is the deal's; "the pump must work smooth" is the product's working.)
          (!commerce.has(verb.lower) ||
            (/^works?$/.test(verb.lower) && performed !== null && subject?.noun === true)) &&
          !copulas.has(verb.lower) &&
          (verb.pos === "VERB" || !chatter.has(verb.lower));
      if (verbal) {
        const manner = performed !== null;
        if ((negated || manner) && (subject === null || subject.noun)) {
          let end = performed ?? (senseDefect ? senseEnd : verbAt + 1);
          // "must not dry the lips": the thing it must not harm belongs to the requirement.
          // "won't tarnish quickly": so does the manner it must not happen in.
          if (negated)
            end =
              object ??
              placeEnd(words, end, to) ??
              objectEnd(words, end, to) ??
              mannerEnd(words, end, to)?.end ??
              end;
          // "grip well on wet floors": where it must perform belongs to it.
          else end = placeEnd(words, end, to) ?? end;
          found.push({
            from: i,
            to: end,
            attribute: negated
              ? ((object !== null
                  ? (attributeNounAt(words, object - 1)?.attribute ?? defectNoun(words[object - 1]))
                  : null) ?? defectOf(verb!.lower))
              : (mannerEnd(words, verbAt + 1, to)?.attribute ??
                (objectAt !== null ? attributeNounAt(words, objectAt - 1)?.attribute : undefined) ??
                "feel"),
          });
          i = end - 1;
          continue;
        }
      }
      // "zips must glide without catching", "the mesh must let enough air through", "the pump has to give a fine,
      // even mist": a part of the goods required to act, with nothing to measure the act by. (The caller keeps it
      // only where its segment holds no figure, standard or code.)
      const unanchored = requiredAct(words, i, verbAt, subject, from, to);
      if (unanchored !== null) {
        // ("drawer runners": the nouns before the subject's head name the part with it.)
        let start = subject!.index;
        while (start - 1 >= Math.max(from, found.at(-1)?.to ?? from) && nounLike(words, start - 1))
          start -= 1;
        found.push({ from: start, to: unanchored, attribute: "quality", ahead: true });
        i = unanchored - 1;
        continue;
      }
    }
    // A performance said of the product with no modal: "our lotion absorbs fast", "the motor runs quietly", and
    // a second verb sharing a requirement's modal ("must be lightweight and absorb quickly").
    // A past event ("the goods arrived quickly", "it came fast") reports, it does not specify.
    const past = /ed$/.test(word.lower) || pastForms.has(word.lower);
    // "keep" is the deal's ("keep the price") unless what is kept is the product's own ("keep their shape"):
    // enduranceEnd asks that of a commerce verb.
    const trade = commerce.has(word.lower);
    if (
      word.pos === "VERB" &&
      !past &&
      (!trade || endures.has(word.lower)) &&
      !copulas.has(word.lower) &&
      !chatDone.has(word.lower)
    ) {
      const before = words[i - 1];
      // "Boil fast", "- absorb quickly", "hold shape": a bare verb opening its segment is a spec fragment, as one
      // sharing a modal is.
      const sharedModal =
        (before?.lower === "and" &&
          words.slice(Math.max(from, i - 12), i).some((w) => modals.has(w.lower))) ||
        opensSegment(words, i, from);
      const productSubject =
        i > from &&
        nounLike(words, i - 1) &&
        !chatter.has(before!.lower) &&
        !persons.has(before!.lower) &&
        !deals.has(before!.lower);
      // "the paper retain its white appearance", "removes a lot of hair", "and hold shape".
      const relative = ["that", "which"].includes(before?.lower ?? "") && i - 1 > from;
      const reaches = sharedModal || productSubject || relative;
      const endured = reaches ? enduranceEnd(words, i, to) : null;
      // A deal's verb keeps only the product's form ("keep their shape", not "keep our logo").
      const promised = !trade
        ? (endured ?? (reaches ? vagueAmountEnd(words, i + 1, to) : null))
        : endured !== null && keepsOwnForm(words, i + 1, endured)
          ? endured
          : null;
      if (promised !== null && reaches) {
        const start = productSubject ? Math.max(i - 1, found.at(-1)?.to ?? from) : i;
        found.push({
          from: start,
          to: promised,
          attribute: endures.has(word.lower) ? "strength" : "quality",
        });
        i = promised - 1;
        continue;
      }
      const performed = (sharedModal || productSubject) && !trade ? mannerEnd(words, i + 1, to) : null;
      if (performed) {
        const start = productSubject ? Math.max(i - 1, found.at(-1)?.to ?? from) : i;
        found.push({ from: start, to: performed.end, attribute: performed.attribute });
        i = performed.end - 1;
        continue;
      }
    }
    // A defect the buyer does not want, said of a part: "don't want the foam to smell", "we do not want the
    // edges to peel". What the part must not do has no test beside it.
    const unwanted = unwantedEnd(words, i, to);
    if (unwanted !== null) {
      found.push({ from: i - 2, to: unwanted, attribute: defectOf(words[unwanted - 1]!.lower) });
      i = unwanted - 1;
      continue;
    }
    // "eye-catching on the shelf", "hard-wearing": a compound judgement opening its segment.
    const compound = compoundJudgementEnd(words, i, from, to);
    if (compound !== null) {
      found.push({ from: i, to: compound, attribute: "quality" });
      i = compound - 1;
      continue;
    }
    // A second requirement sharing the first one's modal: "must be stronger than before and not fray".
    // So does one opening its segment: "not fade", "- never rust".
    if (
      (word.lower === "not" || word.lower === "never") &&
      (words[i - 1]?.lower === "and" || opensSegment(words, i, from))
    ) {
      const verb = words[i + 1];
      const required =
        opensSegment(words, i, from) ||
        words.slice(Math.max(from, i - 12), i).some((earlier) => modals.has(earlier.lower));
      // A fragment needs a verb as such: "Not bad", "not more" only answer.
      const fragment = words[i - 1]?.lower !== "and";
      // "should be solid and not get hot", "and never turn yellow": a state ruled out with no criterion.
      const state = evaluativeAt(words[i + 2]);
      if (required && copulas.has(verb?.lower ?? "") && state?.kind === "specific") {
        const end = placeEnd(words, i + 3, to) ?? i + 3;
        found.push({ from: i, to: end, attribute: state.attribute ?? "quality" });
        i = end - 1;
        continue;
      }
      if (required && (productVerb(verb) || (!fragment && afterNegation(verb)))) {
        // "and not dry the lips": what it must not harm belongs to it.
        // "not break easily": the manner it must not happen in belongs to it too.
        const end =
          mannerEnd(words, i + 2, to)?.end ??
          placeEnd(words, i + 2, to) ??
          objectEnd(words, i + 2, to) ??
          i + 2;
        found.push({ from: i, to: end, attribute: defectOf(verb!.lower) });
        i = end - 1;
        continue;
      }
    }
    // "quality" said as an adjective: "a quality matte lamination", "quality zippers".
    if (word.lower === "quality" && !evaluativeAt(words[i - 1]) && words[i - 1]?.lower !== "-") {
      const run = nounRun(words, i + 1);
      const head = run ? words[run.end - 1]!.lower : "";
      if (run && !chatter.has(head) && !qualityProcess.has(head)) {
        found.push({
          from: i,
          to: run.end,
          attribute: pick({ kind: "generic", attribute: null }, run.attribute),
        });
        i = run.end - 1;
        continue;
      }
    }
    // "our case is sealed well", "the seams are stitched neatly": a process said only by its manner.
    if (copulas.has(word.lower) && participle(words[i + 1]) && gradingAdverb(words[i + 2])) {
      const subject = subjectBefore(words, i, from);
      const part = subject?.noun ? words[subject.index]! : null;
      if (subject && part && !deals.has(part.lower) && part.pos !== "PROPN") {
        found.push({
          from: Math.max(subject.index, found.at(-1)?.to ?? from),
          to: i + 3,
          attribute: "quality",
        });
        i += 2;
        continue;
      }
    }
    // Predicate: "buttons should be responsive", "hinges should feel premium", "the dye must be skin safe".
    if (copulas.has(word.lower)) {
      let j = i + 1;
      // "really soft", "highly absorbent", "strongly magnetic": a degree before the judgement is part of it. A
      // degree word that judges on its own ("should be good") is the judgement itself.
      while (j < to && gradesNext(words, j)) j += 1;
      // "must be skin safe", "should be food safe": the noun before "safe" belongs to the claim. So does a noun
      // that only grades the adjective after it ("razor sharp", "rock solid", "ice cold"), whatever its tag.
      const grading =
        ["NOUN", "VERB"].includes(words[j]?.pos ?? "") &&
        !attributeNounAt(words, j) &&
        !chatter.has(words[j]!.lower) &&
        evaluativeAt(words[j + 1])?.kind === "specific" &&
        !nounLike(words, j + 2);
      const noun =
        (evaluativeAt(words[j + 1])?.attribute === "safety" || grading) && isWord(words[j]) ? 1 : 0;
      const judged = evaluativeAt(words[j + noun]) ?? predicateAdjective(words, j + noun, to);
      // "Must be bright enough", ", must be safe for kids": a requirement whose subject the chat left out. Any
      // judgement will do when the requirement opens its sentence ("Must be odorless in a hot car").
      // "needs to be", "has to be" require as "must be" does; a bare "to be" ("want it to be") may not.
      // "must also be soft": the modal may stand one sentence adverb back.
      const m = i - 1 > from && modalAdverbs.has(words[i - 1]!.lower) ? i - 2 : i - 1;
      const required =
        m >= from &&
        modals.has(words[m]!.lower) &&
        (words[m]!.lower !== "to" || /^(?:need|needs|has|have)$/.test(words[m - 1]?.lower ?? ""));
      // A judgement with its purpose ("needs to be easy to pitch for one person") is a claim whoever "it" is.
      const purposeful =
        required &&
        judged?.kind === "open" &&
        complementEnd(words, j + noun + 1, to) > j + noun + 2 &&
        words[j + noun + 1]?.lower === "to";
      const opening = required && (m === from || purposeful) && judged?.kind === "open";
      // "removes a lot of hair and is gentle for the cat skin": a copula after "and" shares the claim before.
      const shared = words[i - 1]?.lower === "and" && found.at(-1)?.to === i - 1;
      const subject =
        subjectBefore(words, i, from) ??
        (required && (judged?.kind === "specific" || opening) ? { index: m, noun: false } : null) ??
        (shared && judged ? { index: i, noun: false } : null) ??
        // "stays flexible", "looks luxurious": a copula opening its segment speaks of the product in hand.
        (opensSegment(words, i, from) &&
        noun === 0 &&
        judged?.kind === "specific" &&
        !acceptance.has(words[j + noun]!.lower)
          ? { index: i, noun: false }
          : null);
      // "slides must be heavy duty": an adjective and a noun closing the clause are one predicate.
      // "embroidery is high standard", "is top grade": a rank word closes it as a noun would.
      const compound =
        (nounLike(words, j + noun + 1) || rankNouns.has(words[j + noun + 1]?.lower ?? "")) &&
        !chatter.has(words[j + noun + 1]!.lower) &&
        (j + noun + 2 >= to ||
          segmentEnd.has(words[j + noun + 2]!.lower) ||
          words[j + noun + 2]!.lower === "and");
      // A name ("September is too tight") is never the product: product subjects are common nouns.
      // Nor is a deal's term ("the quantity is good", "price should be better").
      const named =
        subject?.noun &&
        // A model code ("the HX-218 must be comfortable") names the product itself.
        ((words[subject.index]!.pos === "PROPN" &&
          !attributeNounAt(words, subject.index) &&
          !/\d/.test(words[subject.index]!.text)) ||
          deals.has(words[subject.index]!.lower));
      // "Lid must be airtight": under a modal, any adjective that judges a product noun is a requirement.
      // "the heat is very low", "noise is minimal": a level said of an attribute, required or reported, is a
      // figure left unsaid.
      const levelOfPart =
        judged?.kind === "open" &&
        levels.has(words[j + noun]!.lower) &&
        subject?.noun === true &&
        // "production is low this week" reports the deal's pace, not the product.
        ![null, undefined, "delivery"].includes(attributeNounAt(words, subject.index)?.attribute) &&
        !nounLike(words, j + noun + 1);
      const requiredOfPart =
        judged?.kind === "open" &&
        required &&
        subject?.noun === true &&
        !notQuality.has(words[j + noun]!.lower) &&
        !chatter.has(words[subject.index]!.lower) &&
        // A noun after it ("low noise") or "than" ("stronger than before") makes it another shape of claim.
        !nounLike(words, j + noun + 1) &&
        words[j + noun + 1]?.lower !== "than";
      if (
        judged &&
        (judged.kind !== "open" || requiredOfPart || levelOfPart || opening || shared) &&
        subject &&
        !named &&
        (compound || !nounLike(words, j + noun + 1))
      ) {
        // "Chair is good": a word of acceptance in a report, not under a requirement, only answers.
        // "colors are nice and bright" judges on: only a lone word of acceptance answers.
        const reported =
          !words.slice(Math.max(from, i - 3), i).some((w) => modals.has(w.lower)) &&
          !["and", "but"].includes(words[j + noun + 1]?.lower ?? "");
        // ("The quality is good", "stitching is very good": said of an attribute, it judges it, unless the
        // sample's is reported on.)
        const judgedAttribute =
          subject.noun &&
          ![null, undefined, "delivery"].includes(attributeNounAt(words, subject.index)?.attribute) &&
          !words
            .slice(Math.max(from, subject.index - 3), subject.index)
            .some((w) => /^samples?$/.test(w.lower));
        const acceptedOnly =
          acceptance.has(words[j + noun]!.lower) && (!subject.noun || reported) && !judgedAttribute;
        if (!acceptedOnly && (subject.noun || judged.kind === "specific" || opening || shared)) {
          // "must be long lasting", "should be quick drying": the participle completes the judgement.
          const paced =
            /^(?:long|quick|fast)$/.test(words[j + noun]!.lower) &&
            /^[a-z]{3,}ing$/.test(words[j + noun + 1]?.lower ?? "");
          let end = complementEnd(words, j + noun + (compound || paced ? 2 : 1), to);
          // "should stay warm all night": a span with no number belongs to the claim.
          end = vagueSpanAt(words, end, to) ?? end;
          // "beautiful in appearance": the attribute it is judged in belongs to the claim.
          const judgedIn = words[end]?.lower === "in" ? attributeNounAt(words, end + 1) : null;
          if (judgedIn) end += 1 + judgedIn.size;
          // "feel solid in the hand", "soft on the skin": where it is felt belongs to the claim.
          else end = placeEnd(words, end, to) ?? end;
          // "should be comparable to the Makita drills we stock": the unnamed reference belongs to it.
          // "must look natural like the one my customers buy": so does one right after the judgement.
          const compared =
            unnamedReferenceAt(words, j + noun, from, to) ??
            (end < to ? unnamedReferenceAt(words, end, from, to) : null);
          if (compared) end = Math.max(end, compared.to);
          // "soft and safe", but not "bright enough and long battery life": an adjective before its noun is another claim.
          // "powerful but quiet" joins two judgements as "and" does; "really soft and highly absorbent" too.
          const joined = end + 1 + (gradesNext(words, end + 1) ? 1 : 0);
          const second = evaluativeAt(words[joined]);
          let judgement = judged;
          if (
            (words[end]?.lower === "and" || words[end]?.lower === "but") &&
            second &&
            !nounLike(words, joined + 1)
          ) {
            end = complementEnd(words, joined + 1, to);
            // "nice and soft" is about softness: the sharper of the two judgements names the attribute.
            if (judged.attribute === null) judgement = second;
          }
          // "bright green, eye-catching on the shelf": a judgement listed after the comma adds to the claim.
          // So do a few more, and a resistance said with what is resisted ("light, tough, resistant to rain").
          for (
            let listedCount = 0;
            listedCount < 3 && [",", "，"].includes(words[end]?.lower ?? "");
            listedCount += 1
          ) {
            const listed = evaluativeAt(words[end + 1]);
            const resists =
              /^(?:resistant|repellent|proof)$/.test(words[end + 1]?.lower ?? "") &&
              ["to", "against"].includes(words[end + 2]?.lower ?? "") &&
              isWord(words[end + 3]) &&
              !commerce.has(words[end + 3]!.lower) &&
              !deals.has(words[end + 3]!.lower);
            const next =
              compoundJudgementEnd(words, end + 1, from, to) ??
              (resists ? end + 4 : null) ??
              (listed && listed.kind !== "open" && !nounLike(words, end + 2) && words[end + 2]?.lower !== "-"
                ? complementEnd(words, end + 2, to)
                : null);
            if (next === null) break;
            end = next;
          }
          const own = subject.noun ? attributeNounAt(words, subject.index)?.attribute : undefined;
          found.push({
            from: subject.noun
              ? Math.max(subject.index, found.at(-1)?.to ?? from)
              : required && !shared
                ? m - (words[m]!.lower === "to" ? 1 : 0)
                : i,
            to: end,
            // The subject says what is judged: "the scent should be strong" is about the scent, not strength.
            attribute: pick(judgement, own ?? null),
          });
          i = end - 1;
          continue;
        }
      }
    }
    // Judged "in" an attribute: "beautiful in appearance", "good in quality".
    if (words[i + 1]?.lower === "in" && attributeNounAt(words, i + 2)) {
      const judgedIn = evaluativeAt(word);
      if (judgedIn && judgedIn.kind !== "open") {
        const noun = attributeNounAt(words, i + 2)!;
        found.push({ from: quoteStart(words, i), to: i + 2 + noun.size, attribute: noun.attribute });
        i += 1 + noun.size;
        continue;
      }
    }
    // A rank said in words before a noun: "top grade steel", "first class material", "high level finish".
    if (ranks.has(words[i + 1]?.lower ?? "") && (rankers.has(word.lower) || evaluativeAt(word))) {
      const ranked = nounRun(words, i + 2);
      if (ranked && !chatter.has(words[ranked.end - 1]!.lower)) {
        found.push({ from: i, to: ranked.end, attribute: ranked.attribute ?? "quality" });
        i = ranked.end - 1;
        continue;
      }
    }
    // A judgement with its purpose or place after a comma, a colon or the part it is said of: "smooth to the
    // touch", ", easy to clean", "very comfortable for long wear", "remote easy to use", "strips visible at
    // night". A greeting's "great to hear" (generic) and a person's "pleased to" (a participle) are no claim.
    const purposed = purposeClaim(words, i, from, to, found.at(-1)?.to ?? from);
    if (purposed) {
      found.push(purposed);
      i = purposed.to - 1;
      continue;
    }
    // A graded judgement alone in its segment: "very soft", "- really sharp", "highly absorbent, ...". The degree
    // shows a quality is asked for; replies ("Very good", "Really sorry") are generic or no quality.
    // ". And super soft plush": an "and" opening the segment leaves it open.
    const andOpens = words[i - 1]?.lower === "and" && opensSegment(words, i - 1, from);
    if (gradesNext(words, i) && (opensSegment(words, i, from) || andOpens)) {
      let k = i + 1;
      while (k < to && k - i < 3 && gradesNext(words, k)) k += 1;
      const graded = evaluativeAt(words[k]);
      const next = words[k + 1];
      const alone =
        k + 1 >= to || next === undefined || segmentEnd.has(next.lower) || closers.has(next.lower);
      // "super soft plush,": one word closing the segment is the head the judgement is on, even one the tagger
      // did not read as a noun (a noun is read with its judgement below).
      const after = words[k + 2];
      const headCloses =
        !alone &&
        isWord(next) &&
        !nounLike(words, k + 1) &&
        !chatter.has(next.lower) &&
        !stops.has(next.lower) &&
        !persons.has(next.lower) &&
        !deals.has(next.lower) &&
        (k + 2 >= to || after === undefined || segmentEnd.has(after.lower));
      const end = alone ? k + 1 : headCloses ? k + 2 : complementEnd(words, k + 1, to);
      if (graded?.kind === "specific" && !notQuality.has(words[k]!.lower) && (alone || end > k + 1)) {
        found.push({ from: i, to: end, attribute: graded.attribute ?? "quality" });
        i = end - 1;
        continue;
      }
    }
    // Judgements whose head the tagger missed: "a good bright light", "a nice soft inside", "coating: durable
    // nonstick". After a determiner or a label's colon, the last word before the segment's end is the head.
    const headless = headlessEnd(words, i, from, to);
    if (headless !== null) {
      const second = words[i + 1]?.lower === "," ? i + 2 : i + 1;
      const own = evaluativeAt(words[second])?.attribute ?? evaluativeAt(word)?.attribute;
      found.push({
        from: quoteStart(words, i) < (found.at(-1)?.to ?? from) ? i : quoteStart(words, i),
        to: headless,
        attribute: own ?? "quality",
      });
      i = headless - 1;
      continue;
    }
    // "happy colors for children", "a cheerful design": a mood said of a colour or a look is a matter of taste.
    // The word is a person's feeling elsewhere ("we are happy"), so only on such a noun does it judge.
    const mood = moods.has(word.lower) ? nounRun(words, i + 1) : null;
    if (mood?.attributeHead && (mood.attribute === "color" || mood.attribute === "finish")) {
      const end = complementEnd(words, mood.end, to);
      found.push({ from: quoteStart(words, i), to: end, attribute: mood.attribute });
      i = end - 1;
      continue;
    }
    // Attributive: an evaluative adjective on a noun ("strong fragrance", "good quality hinges", "standard size").
    const judged = evaluativeAt(word);
    if (!judged) continue;
    const next = words[i + 1]?.lower ?? "";
    // "natural rubber", "high gloss", "soft enamel": the pair names a type of material or finish.
    // A two-word attribute noun starting there is no type: "long battery life" is a claim on the battery's life.
    const typeHead = typeNouns.has(next) && attributeNounAt(words, i + 1)?.size !== 2;
    const run = nounRun(words, i + 1);
    // "sharp print colors": a type head followed by the attribute it has is no type. Nor is a colour judged as
    // a colour ("a brilliant white", "vibrant red"): "warm white" is a type of light, "vivid red" only a wish.
    // A degree of size or strength on a material names no type of it: "thick glass", "strong plastic", "soft
    // silicone" are judgements of one glass, plastic or silicone ("soft enamel", "solid wood" are listed types).
    // So is a strength on a container ("strong bags", "sturdy box"): "clear bag", "gift box" stay types.
    const degreeOnMaterial =
      (materials.has(next) && word.lower !== "light" && degreeAttributes.has(judged.attribute)) ||
      (containers.has(next) && (judged.attribute === "strength" || judged.attribute === "stability"));
    const typed =
      typeHead &&
      !degreeOnMaterial &&
      !(run && run.end > i + 2 && run.attributeHead && run.attribute !== null) &&
      !(judged.attribute === "color" && colors.has(next));
    // "with high gloss", "foam of high density": a level closing its noun phrase grades the quantity, it names no
    // type ("high gloss lacquer" does).
    const graded =
      levels.has(word.lower) && attributeNounAt(words, i + 1)?.size === 1 && !nounLike(words, i + 2);
    if (!graded && (types.has(`${word.lower} ${next}`) || (judged.kind !== "generic" && typed))) continue;
    if (run) {
      const head = words[run.end - 1]!;
      if (chatter.has(head.lower) && !run.attributeHead) continue;
      // Strict and open adjectives judge only attributes ("high quality", "standard size"), never a product type.
      // A defect is an attribute too: "low dust", "high noise" grade how much of it there may be.
      const defect = levels.has(word.lower) ? defectNoun(head) : null;
      if ((judged.kind === "strict" || judged.kind === "open") && run.attribute === null && !defect) continue;
      // Never back into the clause before: "waterproof and high quality zippers" are two claims.
      const start = quoteStart(words, i) < (found.at(-1)?.to ?? from) ? i : quoteStart(words, i);
      found.push({ from: start, to: run.end, attribute: pick(judged, run.attribute ?? defect) });
      i = run.end - 1;
      continue;
    }
    // Postposed in a list: "the fabric eco-friendly", "corners smooth", "skin safe". A chat leaves the copula
    // out with a degree kept ("bracket very strong dear", "stitch strong pls").
    const degree = i - 2 >= from && boosts.has(words[i - 1]!.lower) ? 1 : 0;
    const nounAt = i - 1 - degree;
    const before = words[nounAt];
    const after = words[i + 1];
    // "the webbing soft on the neck": a place after it still closes the claim.
    const place = placeEnd(words, i + 1, to);
    const closes =
      after === undefined ||
      i + 1 >= to ||
      segmentEnd.has(after.lower) ||
      after.lower === "and" ||
      after.lower === "with" ||
      // "the scent strong but not overpowering", "the flow strong even when the media is full": a contrast or a
      // condition after it closes the claim.
      after.lower === "but" ||
      after.lower === "even" ||
      // "edges smooth so kids don't cut their lips": a purpose or a reason after it closes the claim.
      reasonOpeners.has(after.lower) ||
      chatClosers.has(after.lower) ||
      place !== null;
    // "stitching good", "print quality nice": a plain judgement after an attribute noun is a claim on it; after
    // another noun ("price good", "all good") it judges the deal or the chat.
    const judgesAttribute =
      (judged.kind !== "open" && judged.kind !== "generic") ||
      (before !== undefined && !chatter.has(before.lower) && attributeNounAt(words, nounAt) !== null);
    if (judgesAttribute && closes && before && nounLike(words, nounAt)) {
      const use = judged.attribute === "safety" && safeUses.has(before.lower);
      if (chatter.has(before.lower) || persons.has(before.lower) || deals.has(before.lower) || use) continue;
      const own = attributeNounAt(words, nounAt)?.attribute;
      found.push({
        from: Math.max(nounAt, found.at(-1)?.to ?? from),
        to: place ?? i + 1,
        attribute: judged.attribute ?? own ?? "quality",
      });
      if (place !== null) i = place - 1;
    }
  }
  return found;
}

/** What a defect verb a requirement rules out is about ("must not fade": print durability); else strength. */
function defectOf(verb: string): Attribute {
  const stem = Object.keys(defects).find((defect) => verb.startsWith(defect));
  return stem ? defects[stem]! : "strength";
}

/** The adjective's own attribute when it is sharper than the noun's catch-all ("strong" on "quality"). */
function pick(judged: Evaluative, noun: Attribute | null): Attribute {
  if (judged.attribute === "safety") return "safety";
  if (noun && noun !== "quality") return noun;
  return judged.attribute ?? noun ?? "quality";
}

/** Words of a segment read on either side of a clause for its anchor: a bound that keeps the pass linear. */
const reach = 24;
/** Units a figure measures in: "380 g is fine" states a measure, "2 cartons were crushed" counts what happened. */
const measureUnit =
  /^(?:mm|cm|m|km|in|inch(?:es)?|ft|ml|l|oz|g|kg|lbs?|gsm|w|kw|v|mah|wh|hz|hours?|hrs?|days?|mins?|minutes?|seconds?)$/;

/** Text of the segment (between commas and sentence ends) around words [from, to), plus the next segment's start. */
function anchorScope(text: string, words: TaggedWord[], from: number, to: number, ahead = false): string {
  let start = from;
  // "must pass ISO 4210 and shift smooth like the Shimano one": "and" before a verb opens a predicate of its own,
  // and the standard the first one passes measures nothing of the second.
  // So does "and" before a determiner, a noun phrase of its own: in "colours Pantone 19-4052 TCX and a nice
  // warm grey" the code pins the first colour, not the second.
  const ownPart = (k: number) =>
    ["and", "or", "plus"].includes(words[k - 1]!.lower) &&
    (words[k]!.pos === "VERB" || words[k]!.pos === "DET");
  while (
    !ahead &&
    start > 0 &&
    from - start < reach &&
    !scopeEnd.has(words[start - 1]!.lower) &&
    !ownPart(start)
  )
    start -= 1;
  let end = to;
  while (end < words.length && end - to < reach && !scopeEnd.has(words[end]!.lower)) end += 1;
  // "soft fabric for the hoodies, 320 gsm fleece", "light enough: 380 g": a measure right after the comma or
  // colon belongs to the clause.
  let next = end;
  // Not when another part is named first after the comma: "nice blue, lid RAL 9010" is the lid's colour.
  // A measure opens the next segment, or follows one small word ("approx. 320 gsm"); a conjunction or a verb
  // opens a clause of its own ("super soft, and pass ASTM F963" anchors nothing before the comma).
  const measure = (word: TaggedWord | undefined) =>
    word !== undefined && (/\d/.test(word.text) || isMeasurable(word.text));
  const small = (k: number) =>
    words[k] !== undefined &&
    !nounLike(words, k) &&
    !["CCONJ", "VERB", "AUX", "PRON"].includes(words[k]!.pos);
  // ("make the cartons strong, 2 cartons were crushed on arrival": a count with a verb of its own tells what
  // happened, it measures nothing.)
  const [count, counted, verb] = [words[end + 1], words[end + 2], words[end + 3]];
  const ownVerb =
    count?.pos === "NUM" &&
    counted?.pos === "NOUN" &&
    !measureUnit.test(counted.lower) &&
    (verb?.pos === "AUX" || verb?.pos === "VERB");
  const measureFirst =
    !ownVerb &&
    (measure(words[end + 1]) ||
      (small(end + 1) && (measure(words[end + 2]) || (small(end + 2) && measure(words[end + 3])))));
  if (measureFirst && [",", "，", ":", "："].includes(words[end]?.lower ?? "")) {
    next = end + 1;
    while (next < words.length && next - end <= 3 && !scopeEnd.has(words[next]!.lower)) next += 1;
  }
  // "Lid must be airtight: no leak at 30 kPa for 60 s": what follows a colon states the clause's criterion.
  // A requirement's colon always opens its criterion ("should not smell: VOC below 0.5 mg/m³"); a label's
  // colon before a noun may open the next label instead.
  const required = words.slice(from, to).some((word) => modals.has(word.lower));
  if ([":", "："].includes(words[end]?.lower ?? "") && (required || !nounLike(words, end + 1))) {
    next = end + 1;
    while (next < words.length && next - end <= reach && !scopeEnd.has(words[next]!.lower)) next += 1;
  }
  const last = words[Math.max(next, end) - 1] ?? words[to - 1]!;
  return text.slice(words[start]!.start, last.end);
}

/** What pins a colour down: a colour system, a code with digits, a named sample or swatch, a colour difference (ΔE). */
const colourAnchor =
  /\b(?:pantone|pms|ral|ncs|cmyk|rgb|tcx|tpx|sample|swatch|card|code|ref)\b|#\s*[0-9a-f]{3,6}\b|\b[a-z]{1,3}-?\d{2,}\b|\b\d{2}-\d{4}\b|Δ\s*E|\bdelta\s*e\b/i;

/** A tolerance on a comparison: a colour difference, "±", or the word itself with a figure after it. */
const tolerance = /Δ\s*E|delta\s*e\b|±|\btolerance\s*\S{0,4}\d/i;

/** The clause and at most three words after it, up to the next list separator: where its own figure would stand. */
function nearScope(text: string, words: TaggedWord[], from: number, to: number, limit: number): string {
  let end = to;
  while (end < limit && end - to < 3 && ![",", "，", ";", ".", "and"].includes(words[end]!.lower)) end += 1;
  return text.slice(words[from]!.start, words[end - 1]!.end);
}

/**
 * The particles Southeast Asian chat English closes a sentence with (Filipino "po", Singlish "lah", "leh", "lor"):
 * read as the sentence's end, blanked before tagging so every offset stays the line's own.
 */
const closingParticle = /(?<=\S) (?:po|lah|leh|lor)\b(?= *(?:[.,!?;]|$))/gi;

/** Words the reader judges by, long enough that one slip in them is no other word. */
const judgedWords = [...Object.keys(qualityWords), ...genericQualifiers, ...strictQualifiers].filter(
  (word) => word.length >= 7 && /^[a-z]+$/.test(word),
);

/**
 * "colours must be consistant", "very durible": a word one slip from a word the reader judges by is read as that
 * word (its offsets, and so the quote, stay as written).
 */
function mended(word: TaggedWord): TaggedWord {
  if (word.lower.length < 7 || !/^[a-z]+$/.test(word.lower) || Object.hasOwn(qualityWords, word.lower))
    return word;
  const meant = judgedWords.find(
    (judged) => Math.abs(judged.length - word.lower.length) <= 1 && oneSlip(word.lower, judged),
  );
  return meant ? { ...word, lower: meant, pos: "ADJ" } : word;
}

/**
 * A judging word before a word in "-ing" that ends its phrase or heads a noun ("good knurling,", "good braking
 * feeling", "smooth spinning."): the tagger reads a verb and an adverb there, but the "-ing" word names a quality
 * of the goods, a noun the judgement is on. (And a judging word between a judgement and an attribute noun is
 * an adjective too: "nice even colour".)
 */
function judgedGerunds(words: TaggedWord[]): TaggedWord[] {
  return words.map((word, i) => {
    const before = words[i - 1];
    const after = words[i + 1];
    const gerund = /^[a-z]{3,}ing$/.test(word.lower) && (word.pos === "VERB" || word.pos === "ADJ");
    // (A word that judges by itself, not any adjective: "last", "other" and "few" say nothing of quality.)
    const kind = isWord(before) ? evaluativeAt({ ...before, pos: "ADJ" })?.kind : undefined;
    const judgedKind = kind !== undefined && kind !== "open";
    const closes = after === undefined || ["NOUN", "PUNCT", "CCONJ"].includes(after.pos);
    // (Not after a subject: "it is good running" judges a running, "we are looking" is no quality.)
    if (gerund && judgedKind && closes && !persons.has(words[i - 2]?.lower ?? ""))
      return { ...word, pos: "NOUN" };
    if (
      judgedKind &&
      word.pos === "ADV" &&
      after !== undefined &&
      /^[a-z]{3,}ing$/.test(after.lower) &&
      after.pos === "VERB"
    )
      return { ...word, pos: "ADJ" };
    // ("nice even colour": a judging word read as an adverb between an adjective and an attribute noun.)
    const own = isWord(word) && word.pos === "ADV" ? evaluativeAt({ ...word, pos: "ADJ" })?.kind : undefined;
    if (own !== undefined && own !== "open" && before?.pos === "ADJ" && attributeNounAt(words, i + 1))
      return { ...word, pos: "ADJ" };
    return word;
  });
}

/**
 * Marks around words someone said (Vivian: "no problem, very stable"): the opening one starts a clause as a comma
 * would, the closing one is a space. (Offsets stay as written: the marks are one character each way.)
 */
const speechMarks = /(?<=^|[\s:(])["“](?=\p{L})|(?<=[\p{L}.!?])["”](?=$|[\s,.;:)!?])/gu;

/** Every attribute clause on one line that carries no measurable anchor. */
export function findAttributeClauses(line: number, text: string): VagueTerm[] {
  const words = judgedGerunds(
    tagWords(
      text
        .replace(closingParticle, (particle) => " ".repeat(particle.length))
        .replace(speechMarks, (mark) => (/["“]/.test(mark) ? "," : " ")),
    ).map(mended),
  );
  const terms: VagueTerm[] = [];
  let from = 0;
  for (let i = 0; i <= words.length; i += 1) {
    if (i < words.length && !clauseEnd.has(words[i]!.lower)) continue;
    const read = clausesIn(words, from, i);
    // Requirements left open by their structure, where the reader found nothing overlapping them.
    for (const loose of looseRequirementsIn(words, from, i))
      if (!read.some((other) => loose.from < other.to && loose.to > other.from)) read.push(loose);
    for (const found of read) {
      // A requirement is anchored by its predicate, not by its subject: in "the HX-218 must be very comfortable"
      // the model code names the chair, and no figure says how comfortable.
      let modal = found.from;
      while (modal < found.to && !modals.has(words[modal]!.lower)) modal += 1;
      // ("65W need good heat dissipation": the verb just before the finding asks it of the rating named first.)
      const asked = words[found.from - 1];
      if (modal === found.to && asked && /^(?:need|needs|must|should)$/.test(asked.lower))
        modal = found.from - 1;
      const predicate = modal < found.to && words[modal]!.lower !== "to";
      const scope = found.near
        ? nearScope(text, words, found.from, found.to, i)
        : predicate
          ? anchorScope(text, words, modal, found.to, true)
          : anchorScope(text, words, found.from, found.to, found.ahead);
      // A colour is anchored by a colour code or a sample, not by the size beside it ("750 ml ... a nice green").
      // A count of print colours ("1 color white") is read as before: its scope is its own segment. A colour label's
      // value ("Body colour soft pink for 150ml") is a shade like any other: the size beside it anchors nothing.
      const counted =
        /^colou?rs?$/.test(words[found.from]!.lower) && /^\d+$/.test(words[found.from - 1]?.lower ?? "");
      const shade = found.attribute === "color" && !counted;
      // ("Catnip of good quality": the goods the judgement is of open the finding.)
      const of =
        words[found.from - 1]?.lower === "of" && found.from - 2 >= from ? words[found.from - 2]! : null;
      const start = of && of.pos === "NOUN" && !chatter.has(of.lower) ? of.start : words[found.from]!.start;
      // "near to Pantone 2728 C.": the full stop the tokenizer left on the code's last letter ends the sentence.
      const end = words[found.to - 1]!.end - (/^[A-Z]{1,3}\.$/.test(words[found.to - 1]!.text) ? 1 : 0);
      if (found.approximate) {
        if (tolerance.test(text.slice(words[from]?.start ?? 0, words[i - 1]?.end ?? text.length))) continue;
      } else {
        const around = found.ownCodeVoid ? scope.replace(text.slice(start, end), " ") : scope;
        if (isMeasurable(around) && (!shade || colourAnchor.test(around))) continue;
      }
      const to = quotedComplementEnd(words, found.to, i);
      // ("no shrinking after wash.": the full stop the tokenizer left on the last word ends the sentence.)
      const quoted = to > found.to ? words[to - 1]!.end - (/\.$/.test(words[to - 1]!.text) ? 1 : 0) : end;
      terms.push({ line, quote: text.slice(start, quoted), attribute: found.attribute, start, end: quoted });
    }
    from = i + 1;
  }
  return terms;
}

/** Prepositions whose phrase says where or how a requirement must hold ("at night", "without snagging hair"). */
const complementPreps = new Set([
  "at",
  "in",
  "on",
  "with",
  "without",
  "during",
  "under",
  "after",
  "through",
  "over",
]);

/**
 * Where the phrase that says where or how a finding must hold ends ("completely inaudible at night", "glide
 * smoothly without snagging hair", "stay on all evening after a grey day"): a preposition and up to four
 * words of a noun phrase or a gerund right after the finding; `end` itself when none follows.
 */
function quotedComplementEnd(words: TaggedWord[], end: number, to: number): number {
  if (end >= to || !complementPreps.has(words[end]!.lower)) return end;
  let k = end + 1;
  let last = end;
  while (k < to && k - end <= 4) {
    const word = words[k]!;
    // (No figure: "magnetic lid in two sizes" says no more of the lid; a figure would have anchored it.)
    const phrase = ["DET", "ADJ", "NOUN", "PROPN"].includes(word.pos) || /ing$/.test(word.lower);
    // ("in L/C": a word glued to a slash is part of a term the tokenizer split.)
    const glued = words[k + 1]?.start === word.end && /^[/-]/.test(words[k + 1]!.text);
    if (!phrase || glued || segmentEnd.has(word.lower)) break;
    if (word.pos === "NOUN" || word.pos === "PROPN" || /ing$/.test(word.lower)) last = k;
    k += 1;
  }
  return last > end ? last + 1 : end;
}

/** The attribute clauses of every line, tagging at most `tagLimit` characters of the whole transcript. */
export function findAttributeClausesIn(lines: ReadonlyArray<{ line: number; text: string }>): VagueTerm[] {
  let budget = tagLimit;
  return lines.flatMap(({ line, text }) => {
    if (budget <= 0) return [];
    const read = text.length > budget ? text.slice(0, budget) : text;
    budget -= read.length;
    return findAttributeClauses(line, read);
  });
}

/**
 * The attribute words quoted from elsewhere (a model's finding) are about, or null when they read as no product
 * attribute at all ("agreed", "USD 2.80"): a clause the reader itself flags, else an attribute noun or quality
 * word in them, else any evaluative adjective, manner adverb or negation ("must not sag") as plain quality.
 */
export function attributeOfQuote(quote: string): Attribute | null {
  const chinese = findChineseQuality(1, quote);
  if (chinese[0]) return chinese[0].attribute;
  const spanish = findSpanishQuality(1, quote);
  if (spanish[0]) return spanish[0].attribute;
  const otherLanguage = findOtherLanguageQuality(1, quote);
  if (otherLanguage[0]) return otherLanguage[0].attribute;
  const clause = findAttributeClauses(1, quote)[0];
  if (clause) return clause.attribute;
  const words = tagWords(quote);
  for (let i = 0; i < words.length; i += 1) {
    const noun = attributeNounAt(words, i);
    if (noun) return noun.attribute;
    const own = Object.hasOwn(qualityWords, words[i]!.lower) ? qualityWords[words[i]!.lower] : undefined;
    if (own) return own;
  }
  const judging = words.some(
    (word) =>
      negations.has(word.lower) ||
      (word.pos === "ADJ" && evaluativeAt(word) !== null) ||
      (word.pos === "ADV" && /ly$/.test(word.lower)),
  );
  return judging ? "quality" : null;
}
