/**
 * An item's fullest name in the chat: the words a buyer or supplier puts before the same head noun
 * ("stainless steel shaft DWG-2207" for "Shaft", "full extension ball bearing drawer slide" for
 * "slide"), and the model code after it. A buyer reads the PO by the name that says most.
 */
import { matchesOf } from "../matches.ts";
import type { Clause } from "./clauses.ts";
import { type ItemRef, keysOf, singular } from "./items.ts";
import {
  isCodeLabel,
  isColourWord,
  isDiscourseWord,
  isTierWord,
  isVerbOfTrade,
} from "./words/non-product.ts";
import { countUnitOf } from "./words/units.ts";

/**
 * Words that end a name read backward, or close none read forward ("240 burr sets too."): function words, verbs of
 * trade, sales and count words, and the adverbs a sentence ends with.
 */
const notModifier =
  /^(?:a|an|the|x|our|your|my|their|this|these|those|that|some|any|of|for|to|in|on|at|by|with|from|and|or|but|is|are|was|were|be|been|we|i|you|it|they|need|needs|want|wants|order|ordered|buy|bought|quote|quoted|price|prices|priced|sample|samples|send|sent|make|made|ship|shipped|confirm|confirmed|about|also|only|just|both|each|per|please|hi|hello|dear|ok|okay|yes|no|not|new|same|more|moq|qty|total|usd|rmb|eur|than|then|so|as|if|can|could|will|would|do|does|did|have|has|had|like|get|got|take|pay|sell|offer|interested|looking|inquiry|enquiry|re|fw|fwd|subject|thanks|thank|plus|including|incl|matching|too|again|either|later|instead|anyway|though|today|tomorrow|now|asap)$/i;
const documentWord =
  /^(?:drawings?|rev|revision|attached|artwork|file|files|photo|photos|picture|pictures|catalogue|catalog|datasheet|spec|specs)$/i;
const modelCode = /^[A-Z]{1,4}-?\d[\w-]*$/;
/** A measure written apart from its number ("6 inch", "25 mm"): it joins a name only with the number. */
const sizeUnit = /^(?:mm|cm|inch|inches|ml|oz|ft|in)$/i;
const modelWord = /^(?:model|models|modelo|modell|item|article|art)$/i;
const bare = (token: string) => token.replace(/^[("“']+/, "").replace(/[,.;:!?)"”']+$/, "");
const endsPart = (token: string) => /[,.;:!?)"”]$/.test(token);

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => singular(word));
}

/**
 * "beech wood teether ring with silicone beads": a noun right after the head, closing the phrase (a
 * comma, "with", "for" after it), makes a compound whose last noun is the product's.
 */
/** Words of trade talk that follow a product without being part of it ("spice jar set quotation"). */
const talkWord =
  /^(?:quotation|quote|print|printing|design|designs|logo|packing|packaging|details|info|request|inquiry|enquiry|question|order|price|size|sizes|colour|color|colours|colors|material|quality|stock|production|shipment|delivery)$/;

function compoundEnd(word: string, token: string, after: string): boolean {
  // ("utensil set (spoon, fork, knife)": a bracket opens an aside, not the product's last noun.)
  if (token.startsWith("(")) return false;
  if (!/^[a-z]{3,}$/.test(word) || /[a-z]{2}(?:ed|ing)$|ly$/.test(word) || talkWord.test(word)) return false;
  if (notModifier.test(word) || documentWord.test(word) || countUnitOf(word) || isColourWord(word))
    return false;
  if (isVerbOfTrade(word) || isTierWord(word) || modelWord.test(word)) return false;
  return endsPart(token) || /^(?:with|for)$/i.test(after);
}

/** Every phrase in the text built on `head`: modifiers before it, the head as written, a code after. */
function phrasesAround(text: string, head: string): Array<{ name: string; start: number }> {
  const tokens = matchesOf(/\S+/g, text);
  const found: Array<{ name: string; start: number }> = [];
  // singular() only drops or swaps a word's last letters: a word not starting with the head's stem is no form of it.
  const stem = head.slice(0, -1);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]![0];
    const word = bare(token).toLowerCase();
    if (!word.startsWith(stem) || singular(word) !== head) continue;
    // "drawings DWG-2207 rev C (shaft)": a code with its product noun in brackets after it.
    if (token.startsWith("(")) {
      const code = tokens
        .slice(Math.max(0, i - 3), i)
        .map((t) => bare(t[0]))
        .find((word) => modelCode.test(word));
      if (code) found.push({ name: `${singular(bare(token))} ${code}`, start: tokens[i]!.index + 1 });
      continue;
    }
    let first = i;
    while (first > 0 && i - first < 5) {
      const previous = tokens[first - 1]![0];
      const word = bare(previous);
      if (endsPart(previous) || word !== previous.replace(/^[("“']+/, "")) break;
      // "the 6 inch chef knife", "the 6 panel baseball caps": after a determiner a number is a size or
      // a construction; elsewhere it is the count ("1200 pcs of ...", "need 800 caps").
      if (
        /^\d[\d.]*$/.test(word) &&
        first < i &&
        /^(?:the|a|an|our|your|this|these|that|those)$/i.test(bare(tokens[first - 2]?.[0] ?? ""))
      ) {
        first--;
        break;
      }
      if (sizeUnit.test(word) && !/^\d[\d.]*$/.test(bare(tokens[first - 2]?.[0] ?? ""))) break;
      if (!/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(word) || /^\d[\d,.]*$/.test(word)) break;
      if (notModifier.test(word) || countUnitOf(word) || isColourWord(word) || isCodeLabel(word)) break;
      // "Kindly increase M-301", "the basic WH-350", "your model WH-600": an instruction, a quality tier
      // or a model word before a code is no part of the product's name.
      if (isVerbOfTrade(word) || isDiscourseWord(word) || isTierWord(word) || modelWord.test(word)) break;
      // A code, a revision letter, a document word or a plural noun ("drawings DWG-2207 rev C shaft")
      // is no modifier of the product.
      if (modelCode.test(word) || /^[A-Z]$/.test(word) || documentWord.test(word)) break;
      if (/^[a-z]{3,}s$/.test(word) && !/(ss|us|is)$/.test(word)) break;
      first--;
    }
    const next = tokens[i + 1] ? bare(tokens[i + 1]![0]) : "";
    // "Yangzhou Cuddle Toys Co., Ltd.": a company name, not a product.
    if (/^(co|co\.,?|ltd\.?|inc\.?|llc|limited|company|factory|corp\.?)$/i.test(tokens[i + 1]?.[0] ?? ""))
      continue;
    const words = tokens.slice(first, i + 1).map((t) => bare(t[0]));
    words[words.length - 1] = singular(words[words.length - 1]!);
    // "3 seater sofa model CF-3302": the code after its label names the same product.
    const labelled = tokens[i + 2] ? bare(tokens[i + 2]![0]) : "";
    if (!endsPart(token) && modelCode.test(next)) words.push(next);
    else if (!endsPart(token) && modelWord.test(next) && modelCode.test(labelled)) words.push(labelled);
    else if (!endsPart(token) && compoundEnd(next, tokens[i + 1]?.[0] ?? "", labelled)) words.push(next);
    found.push({ name: words.join(" "), start: tokens[first]!.index });
  }
  return found;
}

/**
 * Give each item the fullest phrase for it in the chat: one that holds every word of its name and
 * shares no fuller reading with another item (two items on one head keep their own words).
 */
export function withFullerNames(clauses: readonly Clause[], items: readonly ItemRef[]): ItemRef[] {
  return items.map((item) => {
    const own = wordsOf(item.name);
    const head = item.head.toLowerCase();
    if (head.length < 3 || /[\u4e00-\u9fff]/.test(item.name)) return item;
    let best: ItemRef = item;
    clauses.forEach((clause, index) => {
      if (clause.sample || !clause.text.toLowerCase().includes(head.slice(0, -1))) return;
      for (const phrase of phrasesAround(clause.text, head)) {
        const words = wordsOf(phrase.name);
        if (words.length <= wordsOf(best.name).length) continue;
        if (!own.every((word) => words.includes(word))) continue;
        const others = items.filter((other) => other !== item);
        // "front ceramic brake pads" may not take the words of "rear ceramic brake pads".
        if (others.some((other) => wordsOf(other.name).every((word) => words.includes(word)))) continue;
        best = { ...item, name: phrase.name, keys: keysOf(phrase.name), clause: index, start: phrase.start };
      }
    });
    return best;
  });
}

/** A size written right after a name: "70 x 140 cm", "600x400 mm", "30 cm", "5 m". */
const statedSize =
  /^\s+(\d+(?:[.,]\d+)?\s?(?:[x×*]\s?\d+(?:[.,]\d+)?\s?){0,2}(?:mm|cm|m|inch|in|ft|ml|l|oz)\b|\d+(?:[.,]\d+)?\s?[x×*]\s?\d+(?:[.,]\d+)?)/i;

/** Hundreds of metres after a name ("twill 2000 m") is how much cloth is ordered, not a size of it. */
const orderedLength = /^[1-9]\d{2,}(?:[.,]\d+)?\s?m$/i;

/**
 * Several items of one order told apart by a size the chat states right after each name ("bath towel 70 x
 * 140 cm, hand towel 50 x 100 cm") carry it: the size is what the supplier cuts, packs and is held to.
 */
export function withStatedSizes(clauses: readonly Clause[], items: readonly ItemRef[]): ItemRef[] {
  if (items.length < 2) return [...items];
  const lowerNames = items.map((item) => item.name.toLowerCase());
  return items.map((item, index) => {
    if (/\d/.test(item.name)) return item;
    // The name as written, or the end of it no other item's name shares ("tea towel" of "linen tea towel").
    const words = lowerNames[index]!.split(/\s+/);
    const forms = words
      .map((_, i) => words.slice(i).join(" "))
      .filter(
        (form, i) =>
          i === 0 ||
          !lowerNames.some((other, j) => j !== index && (other === form || other.endsWith(` ${form}`))),
      );
    for (const clause of clauses) {
      if (clause.sample) continue;
      const text = clause.text.toLowerCase();
      for (const form of forms) {
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
          if (at > 0 && /[\w-]/.test(text[at - 1]!)) continue;
          const size = statedSize.exec(clause.text.slice(at + form.length));
          if (size && !orderedLength.test(size[1]!.trim()))
            return { ...item, name: `${item.name} ${size[1]!.trim()}`, keys: item.keys };
        }
      }
    }
    return item;
  });
}
