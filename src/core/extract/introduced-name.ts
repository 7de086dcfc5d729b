/**
 * An item read by a bare code, abbreviation or variant word ("WH-600", "JIC", "crew", "22 inch") takes
 * the product noun phrase the chat gives that word where it is introduced: the words after it in its own
 * row ("Style M-301 men slim fit", "1) JIC 37° male straight fitting 7/16-20 UNF"), else the product
 * named before it in the sentence that lists it ("merino hiking socks quote: crew 3.60, ankle 2.70",
 * "auto-darkening welding helmets, your model WH-600"). A buyer cannot order a "crew".
 */
import { escapeRegex, matchesOf } from "../matches.ts";
import type { Clause } from "./clauses.ts";
import { type ItemRef, keysOf, namesGoods, priceTalk, stopWord } from "./items.ts";
import { findMoney } from "./money.ts";
import { nounPhrases } from "./noun-phrases.ts";
import { firstProductPhrase, isProductHead, productPhraseIn } from "./product-nouns.ts";
import { currencyCode } from "./words/currencies.ts";
import {
  isCodeLabel,
  isColourWord,
  isNonProductWord,
  isTierWord,
  isVerbOfTrade,
} from "./words/non-product.ts";
import { countUnitOf, isDozenWord } from "./words/units.ts";

/** A model code or a trade abbreviation ("CC-75", "YZ-B25", "JIC", "ORFS"). */
const codeLike = /^(?:[A-Z]{1,5}-?[A-Z]{0,2}\d[\w-]*|[A-Z]{2,6}s?)$/;
/** A number or a measure ("22", "inch", "100g", "18\""). */
const measureLike =
  /^(?:\d[\d.,/x×"]*(?:mm|cm|m|in|inch|inches|ft|ml|l|g|kg|oz|w|v)?|mm|cm|m|in|inch|inches|ft|ml|l|g|kg|oz)$/i;
/** Words that end a phrase read forward from a code: function words, prices, counts and talk. */
const forwardStop =
  /^(?:and|or|to|is|are|was|were|be|at|for|in|on|by|per|each|with|from|of|price|prices|priced|cost|costs|quote|moq|qty|total|amount|usd|rmb|eur|cny|us\$|ok|okay|fine|yes|no|not|only|final|please|pls|then|also|too|remains?|stays?|same|as|if|we|i|you|it|they|can|could|will|would|should|need|want|sample|samples)$/i;
/** Nouns that never end a product's name: the price, the colour, the talk about it. */
const notNameEnd =
  /^(?:list|catalog|catalogue|invoice|pi|color|colour|colors|colours|price|prices|order|quote|quotation|offer|sample|samples|size|sizes|version|style|type|quality|packing|packaging|amount|total|rate|shop|store|stores|showroom|website|site|page|listing|account|fair|booth)$/i;

const bare = (token: string) => token.replace(/^[("“'[]+/, "").replace(/[,.;:!?)"”'\]]+$/, "");

/** A word that tells a variant or a measure, never which product: a code, a size, a colour, a count unit. */
function describing(word: string): boolean {
  return (
    codeLike.test(word) ||
    /^[A-Z]$/.test(word) ||
    measureLike.test(word) ||
    isTierWord(word) ||
    isColourWord(word) ||
    isNonProductWord(word) ||
    isCodeLabel(word) ||
    countUnitOf(word) !== null ||
    isDozenWord(word) ||
    /^(?:model|modelo|modell|item|art)$/i.test(word)
  );
}

/** True when a name holds no word that names goods: codes, abbreviations, measures, tiers, colours only. */
function bareName(name: string, several: boolean): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.every(describing)) return true;
  // Variants priced apart ("crew", "ankle", "adult", "kids"): one word no product list holds.
  return (
    several && words.length === 1 && !isProductHead(words[0]!.toLowerCase()) && /^[a-z]+$/i.test(words[0]!)
  );
}

/**
 * True when a name tells only a variant: describing words alone ("DC-2K", "5kg pair", "silver"), a
 * colour with its modifier ("space grey") or a count of a variant ("dozen lavender").
 */
function variantName(name: string, clauses: readonly Clause[]): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length > 0 && words.every(describing)) return true;
  // One plain word ("terracotta", "sage") tells a variant unless the chat writes it before a noun of its
  // own: "braided" of "braided USB-C cable" is that product.
  // Nor one the chat writes as the head of a noun phrase ("bra" of "the matching sports bra"): that is goods.
  if (words.length === 1 && bareName(name, true))
    return !modifiesElsewhere(clauses, words[0]!) && !headsElsewhere(clauses, words[0]!);
  const plain = words.filter((word) => !describing(word));
  if (words.length !== 2 || plain.length !== 1 || !/^[a-z]+$/i.test(plain[0]!)) return false;
  // "iPhone 16", "Galaxy S25", "Pixel 9": the device the goods fit, a name with its model number.
  const device =
    plain[0] === words[0] &&
    /^(?:[A-Z]|i[A-Z])/.test(words[0]!) &&
    /^(?:\d{1,3}|[A-Z]{1,2}\d{1,3})$/.test(words[1]!);
  return device || isColourWord(words[1]!) || isDozenWord(words[0]!) || countUnitOf(words[0]!) !== null;
}

/** Where a text says the name as a whole word, in any case ("Adult", "adult"). */
function occurrences(text: string, name: string): number[] {
  const escaped = escapeRegex(name);
  // "ORF" read from "ORFS": a plural s may follow; an abbreviation said short ("BSP") may be written
  // with one more capital where it is introduced ("BSPP male fitting").
  const tail = /^[A-Z]{3,6}$/.test(name) ? "(?:s|[A-Z])?" : "s?";
  const pattern = new RegExp(`(?<![\\w-])${escaped}${tail}(?![\\w-])`, "gi");
  return matchesOf(pattern, text).map((m) => m.index);
}

/**
 * The phrase a code opens in its own row: the code, then words up to a separator, a count, a price or
 * a word of talk ("M-301 men slim fit", "JIC 37° male straight fitting 7/16-20 UNF", "CT-60 table").
 */
function phraseAfter(text: string, at: number): string | null {
  // The code must open its row or its part: at the start or after a list marker, a separator or a label.
  const opensRow = /^\s*(?:(?:[-•*]|\d{1,2}[.)])\s*)?$/.test(text.slice(0, at));
  // (In a pasted table a code opens its cell: "| SP-10K | Solar power bank 10000mAh |".)
  const opensPart = /(?:[,;:(|]|\s\d{1,2}[.)]|\b(?:style|model|modelo|art|item|ref|no)\.?)\s*$/i.test(
    text.slice(Math.max(0, at - 12), at),
  );
  if (!opensRow && !opensPart) return null;
  const rest = text.slice(at);
  const tokens = matchesOf(/\S+/g, rest);
  const words: string[] = [];
  for (let i = 0; i < tokens.length && words.length < 9; i++) {
    const token = tokens[i]![0];
    const word = bare(token);
    // The cell after the code's own describes it; the next cell ends the name.
    if (token === "|") {
      if (i === 1) continue;
      break;
    }
    if (i > 0) {
      // Two spaces or a list marker start the next row ("... UNF, 4000 pcs  2) BSPP").
      const gap = rest.slice(tokens[i - 1]!.index + tokens[i - 1]![0].length, tokens[i]!.index);
      if (gap.length > 1 || /^\d{1,2}[.)]$/.test(token)) break;
      if (word === "" || /^[-–—]+$/.test(word) || forwardStop.test(word) || countUnitOf(word)) break;
      if (/^\d+\.\d+$/.test(word) || /^[$€£¥]/.test(word)) break;
      const next = tokens[i + 1] ? bare(tokens[i + 1]![0]) : "";
      if (/^\d[\d,]*$/.test(word) && countUnitOf(next)) break;
    }
    words.push(word);
    if (i > 0 && word !== token.replace(/^[("“']+/, "")) break;
  }
  while (
    words.length > 1 &&
    (notNameEnd.test(words[words.length - 1]!) || isColourWord(words[words.length - 1]!))
  )
    words.pop();
  const described = words.slice(1).filter((word) => /^[a-z][a-z-]{2,}$/i.test(word) && !isColourWord(word));
  if (described.length === 0 || words.slice(1).some((word) => isVerbOfTrade(word))) return null;
  // "WH-600 true color": a spec of the code, not its name.
  if (words.slice(1).some((word) => notNameEnd.test(word))) return null;
  return words.join(" ");
}

/** How far the written phrase from `start` runs: to the end of its last word. */
function phraseLength(text: string, start: number, name: string): number {
  // The phrase ends with its head as written ("socks" for "sock"): as many words as the name has.
  const count = name.split(/\s+/).length;
  const words = matchesOf(/[^\s,:;(]+/g, text.slice(start)).slice(0, count);
  const last = words[words.length - 1];
  return last ? last.index + last[0].length : 0;
}

/** The product named before a variant in its sentence ("merino hiking socks quote: crew 3.60"). */
function productBefore(text: string, at: number): { name: string; start: number; length: number } | null {
  // Only the row the word stands in: a list marker or a wide gap opens the next one ("... 2) BSPP").
  const rows = matchesOf(/\s\d{1,2}[.)]\s|\S\s{2,}(?=\S)/g, text.slice(0, at));
  const last = rows[rows.length - 1];
  const from = last ? last.index + last[0].length : 0;
  const found = productBeforeIn(text.slice(from), at - from);
  return found && { ...found, start: found.start + from };
}

function productBeforeIn(text: string, at: number): { name: string; start: number; length: number } | null {
  const before = text.slice(0, at);
  const listed = productPhraseIn(before);
  if (listed) return { ...listed, length: phraseLength(before, listed.start, listed.name) };
  // A noun no list holds ("human hair bundles, body wave, 18 inch"): the fullest noun phrase before it,
  // less the talk word that may end it ("cotton rope quote").
  const phrases = nounPhrases(text)
    .filter((phrase) => phrase.end <= at)
    .map((phrase) => ({
      ...phrase,
      name: afterPriceTalk(phrase.name.replace(/\s+(?:quote|order|price|prices|quotation)$/i, "")),
    }))
    .map((phrase) => ({ ...phrase, words: phrase.name.split(" "), head: lastWord(phrase.name) }))
    .filter(
      (phrase) =>
        phrase.words.length > 1 &&
        !notNameEnd.test(phrase.head) &&
        (!isNonProductWord(phrase.head) || namesGoods(phrase)) &&
        !/^projects?$/i.test(phrase.head) &&
        // ("a fit-out project in Business Bay": capitalised words inside a sentence name a place or a firm.)
        !(phrase.start > 0 && phrase.words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) &&
        !countUnitOf(phrase.head) &&
        !/^(?:hi|hello|dear)$/i.test(phrase.words[0]!) &&
        // ("Good morning Ms Marta": a greeting and a person's title name nobody's goods.)
        !/^good\s(?:morning|afternoon|evening|day)\b/i.test(phrase.name) &&
        !phrase.words.some((word) => /^(?:mr|mrs|ms|miss|dr|sir|madam|mister)\.?$/i.test(word)) &&
        !greeting(text, phrase) &&
        // A standard, a label or a colour ("SAE J514", "color sand beige") names no product.
        phrase.words.some((word) => /^[a-z][a-z-]{2,}$/.test(word)) &&
        !phrase.words.some((word) => isCodeLabel(word) || isColourWord(word) || talk.test(word)),
    );
  const fullest = phrases.sort((a, b) => b.words.length - a.words.length)[0];
  return fullest ? { name: fullest.name, start: fullest.start, length: fullest.name.length } : null;
}

/** Nouns of a greeting, small talk or an address ("good day", "nice weekend", "great news", "my friend"). */
const smallTalkHead =
  /^(?:day|morning|afternoon|evening|night|weekend|holiday|holidays|news|weather|year|time|friend|friends|sir|madam|team|guys)$/i;

/** "good day!", "Happy new year!": a phrase closed by an exclamation, or small talk, greets; it names no goods. */
function greeting(text: string, phrase: { end: number; head: string }): boolean {
  return smallTalkHead.test(phrase.head) || /^\s*!/.test(text.slice(phrase.end));
}

/** Words of greeting, apology and instruction: a phrase holding one is talk, not goods. */
const talk = /^(?:sorry|thanks|thank|hello|hi|hey|dear|ok|okay|please|pls|change|changes|kindly)$/i;

/** A phrase less the price talk that leads it: "best price trowel" names the "trowel". */
function afterPriceTalk(name: string): string {
  const words = name.split(" ");
  const last = words.findLastIndex((word) => priceTalk.test(word));
  return last >= 0 && last < words.length - 1 ? words.slice(last + 1).join(" ") : name;
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(" ") + 1).toLowerCase();

/** What may stand between a product and the first variant listed after it: "quote:", "order:", a dash. */
const listOpening = /^\s*(?:(?:quote|quotation|order|price|prices|pricing|in|as)\s*)?(?:[:\-–,]\s*)?$/i;

type Found = { name: string; clause: number; start: number };

/** Mentions of one word read for its introduction: it is introduced early, and a huge paste costs no more. */
const mentionsRead = 24;

/**
 * Give every barely named item the product phrase of its introduction: the product named before it in
 * its sentence, else the row it opens. Variants named by one plain word ("crew", "adult") take only a
 * product that lists them right after it ("socks quote: crew ..., ankle ..."): a noun alone ("shaft")
 * is a product of its own.
 */
export function withIntroducedNames(clauses: readonly Clause[], items: readonly ItemRef[]): ItemRef[] {
  const several = items.length > 1;
  const lettered = (item: ItemRef) => several && /(?:^|\s)[A-Z]$/.test(item.name);
  if (!items.some((item) => bareName(item.name, several) || lettered(item))) return [...items];
  const variants = items.filter((item) => several && isVariantWord(item.name));
  const variantBase = variants.length > 0 ? listingProduct(clauses, variants) : null;
  return items.map((item) => {
    // "spice jar set A" where the chat lists "A) 120ml square glass jar ...": the row names the item.
    const row = lettered(item) ? markedRow(clauses, item.name.slice(-1)) : null;
    if (row) return { ...item, name: row.name, keys: [...new Set([...item.keys, ...keysOf(row.name)])] };
    if (!bareName(item.name, several)) return item;
    let found: Found | null = siblingOf(items, item);
    if (found) {
      // Named like its sibling: "spice jar set B" beside "spice jar set A".
    } else if (isVariantWord(item.name)) {
      if (variantBase) found = { ...variantBase, name: `${variantBase.name} ${item.name}` };
    } else found = introduction(clauses, item.name);
    if (!found) return item;
    // The item keeps its head and the words it was read by: the chat goes on calling it "crew" or "WH-600".
    const keys = [...new Set([...item.keys, ...keysOf(found.name)])];
    return { ...item, name: found.name, keys, clause: found.clause, start: found.start };
  });
}

/** The shape of a label: a capital letter, a number, or a code's family ("A", "2", "CT-"). */
function labelShape(word: string): string | null {
  if (/^[A-Z]$/.test(word)) return "letter";
  if (/^\d{1,3}$/.test(word)) return "number";
  const family = /^([A-Z]{1,4}-?)\d/.exec(word);
  return family ? `code ${family[1]}` : null;
}

/** The row a letter marks in a list ("B) 120ml round jar + shaker lid 2.6元/套"): the product it lists. */
function markedRow(clauses: readonly Clause[], label: string): Found | null {
  if (!/^[A-Z]$/.test(label)) return null;
  const marker = new RegExp(`^\\s*${label}[).:]\\s+`);
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!;
    const opened = marker.exec(clause.text);
    if (!opened || clause.sample) continue;
    // The row's product runs to its price, its count or a separator.
    const rest = clause.text.slice(opened[0].length);
    const money = findMoney(rest).find((m) => !m.bare);
    const field = rest.slice(0, money ? money.start : rest.length).split(/[,;:(]/)[0]!;
    const words = field
      .trim()
      .split(/\s+/)
      .filter((word) => word !== "+" && word !== "&");
    if (words.length < 2 || words.length > 10 || !words.some((word) => /^[a-z]{3,}$/i.test(word))) continue;
    return { name: words.join(" "), clause: index, start: opened[0].length };
  }
  return null;
}

/** A label alone ("B") beside a sibling named in full with a label of its shape ("spice jar set A"). */
function siblingOf(items: readonly ItemRef[], item: ItemRef): Found | null {
  const shape = labelShape(item.name);
  if (!shape) return null;
  for (const other of items) {
    const words = other.name.split(/\s+/);
    const label = words[words.length - 1]!;
    if (other === item || words.length < 2 || labelShape(label) !== shape) continue;
    const base = words.slice(0, -1).join(" ");
    return { name: `${base} ${item.name}`, clause: item.clause, start: item.start };
  }
  return null;
}

function isVariantWord(name: string): boolean {
  return /^[a-z]+$/i.test(name) && !codeLike.test(name);
}

/** The product named right before the first of the variants in one sentence that lists them. */
function listingProduct(clauses: readonly Clause[], variants: readonly ItemRef[]): Found | null {
  let read = 0;
  for (let index = 0; index < clauses.length && read < mentionsRead; index++) {
    const clause = clauses[index]!;
    if (clause.sample) continue;
    const firsts = variants.map((variant) => occurrences(clause.text, variant.name)[0] ?? -1);
    if (firsts.some((at) => at < 0)) continue;
    read++;
    const first = Math.min(...firsts);
    const base = productBefore(clause.text, first);
    if (base && listOpening.test(clause.text.slice(base.start + base.length, first)))
      return { name: base.name, clause: index, start: base.start };
  }
  return null;
}

/**
 * A count of pieces in a text ("200 pcs", "1,000 units", "50 sets"); after a determiner a count is the make-up
 * of a product ("the 5 pcs travel set"), no order's.
 */
function countsGoods(text: string): boolean {
  return matchesOf(
    /(?<![\w,.])(?<!\b(?:the|a|an|our|your|this|that|these|those)\s)\d[\d,.]*\s?([a-z]+)\b/gi,
    text,
  ).some((m) => countUnitOf(m[1]!) !== null);
}

/** A code's or a measure's introduction: the product before it in its sentence, else the row it opens. */
function introduction(clauses: readonly Clause[], name: string): Found | null {
  let opened: Found | null = null;
  let read = 0;
  for (let index = 0; index < clauses.length && read < mentionsRead; index++) {
    const clause = clauses[index]!;
    if (clause.sample) continue;
    for (const at of occurrences(clause.text, name).slice(0, mentionsRead - read)) {
      read++;
      const base = productBefore(clause.text, at);
      // A price between the product and the code prices that product, a count between counts the code
      // ("400 pcs TK-20 tripod, 200 pcs PH-5 phone holder"): either way the code is another product.
      // (A count inside the product's own words, "the 5 pcs travel set (MB-05)", counts its make-up.)
      const between = base ? clause.text.slice(base.start, at) : "";
      const counted = base ? countsGoods(clause.text.slice(base.start + base.length, at)) : false;
      if (base && !findMoney(between).some((money) => !money.bare) && !counted)
        return {
          name: `${base.name} ${clause.text.slice(at, at + name.length)}`,
          clause: index,
          start: base.start,
        };
      const after = phraseAfter(clause.text, at);
      if (after && (!opened || after.split(" ").length > opened.name.split(" ").length))
        opened = { name: after, clause: index, start: at };
    }
    // The code is introduced where a row first names its product: a later sentence naming a part before
    // it ("Specs: T800 carbon rims, ..., CL45D weight ≤ 1450 g") speaks of that product, it renames nothing.
    if (opened) return opened;
  }
  return opened;
}

/**
 * Whether the chat writes the word last in a noun phrase of two plain words or more ("the matching sports bra",
 * "sports bras,"), after a word that is no colour, size, code or count: the word is that phrase's noun.
 */
function headsElsewhere(clauses: readonly Clause[], word: string): boolean {
  const escaped = escapeRegex(word);
  const pattern = new RegExp(
    `\\b([a-z][a-z-]{2,})\\s+([a-z][a-z-]{2,})\\s+${escaped}s?(?![\\w-])(?!\\s+[a-z])`,
    "gi",
  );
  return clauses.some((clause) =>
    matchesOf(pattern, clause.text).some((m) =>
      [m[1]!, m[2]!].every(
        (before) =>
          !stopWord.test(before) && !describing(before) && !forwardStop.test(before) && !currencyCode(before),
      ),
    ),
  );
}

/** Whether the chat writes the word before a word that may be a noun ("braided USB-C cable"). */
function modifiesElsewhere(clauses: readonly Clause[], word: string): boolean {
  const escaped = escapeRegex(word);
  const pattern = new RegExp(`(?<![\\w-])${escaped}\\s+([A-Za-z][\\w-]*)`, "gi");
  return clauses.some((clause) =>
    matchesOf(pattern, clause.text).some((m) => {
      const next = m[1]!;
      return !stopWord.test(next) && !describing(next) && !forwardStop.test(next) && !currencyCode(next);
    }),
  );
}

/**
 * Items still named by a variant alone once every introduction and fuller name was read ("silver",
 * "5kg pair", "DC-2K") go under the chat's product: a buyer cannot order a "silver". The chat's product
 * is found in the first sentence of its opening messages that names goods: its product phrase, else its
 * fullest noun phrase.
 */
export function withChatProduct(clauses: readonly Clause[], items: readonly ItemRef[]): ItemRef[] {
  // (A row of a pasted table names its product in its own cell; only a row of sizes needs the chat's.)
  const variants = items.map((item) => !(item.row && !item.row.sized) && variantName(item.name, clauses));
  if (!variants.includes(true)) return [...items];
  const product = firstProductPhrase(clauses, (text) => productBeforeIn(text, text.length));
  if (!product) return [...items];
  return items.map((item, index) => {
    const found = variants[index] ? withProduct(product, item, items) : null;
    return found ? { ...item, name: found.name } : item;
  });
}

/** The variant under the chat's product, less the words that tell another item apart ("DC-4K" of "DC-4K dash cam"). */
function withProduct(product: Found, item: ItemRef, items: readonly ItemRef[]): Found | null {
  const own = new Set(item.name.toLowerCase().split(/\s+/));
  // Another item's code or size ("DC-4K" in "DC-4K dual dash cam") tells that item; the product's words are shared.
  const others = new Set(
    items
      .filter((other) => other !== item)
      .flatMap((other) => other.name.split(/\s+/).filter(describing))
      .map((word) => word.toLowerCase()),
  );
  // "LED panel" inside the chat's "LED panel light": the product's phrase already holds the variant's words.
  const phrase = product.name.split(/\s+/);
  if (
    ` ${product.name.toLowerCase()} `.includes(` ${item.name.toLowerCase()} `) &&
    !phrase.some((word) => others.has(word.toLowerCase()) && !own.has(word.toLowerCase()))
  )
    return { name: product.name, clause: item.clause, start: item.start };
  const base = phrase.filter((word) => !own.has(word.toLowerCase()) && !others.has(word.toLowerCase()));
  if (!base.some((word) => /^[a-z][a-z-]{2,}$/i.test(word))) return null;
  return { name: `${base.join(" ")} ${item.name}`, clause: item.clause, start: item.start };
}
