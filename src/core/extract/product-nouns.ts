/**
 * Product names read around a product head noun ("LED desk lamp DL-220", "custom printed t-shirt"):
 * the words a buyer uses first for what is bought, used when the usual naming phrases found nothing
 * that names a product (a "Target price", "our warehouse").
 */
import { matchesOf } from "../matches.ts";
import type { Clause } from "./clauses.ts";
import { type CompanyMention, findCompanies } from "./supplier.ts";
import { isDiscourseWord } from "./words/non-product.ts";
import { countUnitOf } from "./words/units.ts";

/** Nouns that end the name of a product (singular, lower case). */
const heads = new Set(
  (
    "lamp light bulb t-shirt tshirt shirt hoodie jacket sweater dress legging sock glove hat cap beanie scarf apron " +
    "box bag tote pouch backpack wallet purse case sleeve cover stand holder mount rack tray organizer organiser " +
    "basket hanger hook shelf bank charger cable adapter speaker headphone earphone earbud keyboard mouse pad " +
    "watch bottle mug cup tumbler flask jar glass kettle pot pan skillet knife spatula spoon fork plate bowl " +
    "board lid container mat towel blanket pillow pillowcase cushion rug curtain candle vase planter frame mirror " +
    "clock sign sticker label tag pin badge keychain lanyard leash harness collar toy puzzle ball tent chair " +
    "table desk stool bench helmet boot shoe sandal slipper umbrella brush comb toothbrush diffuser humidifier " +
    "fan heater warmer blender grinder scale roller strap belt bib coaster notebook pen pencil marker tape " +
    "kit tool set leg block wheel band"
  ).split(" "),
);

const stop =
  /^(hi|hello|dear|hey|ok|okay|yes|for|our|your|the|a|an|of|with|in|on|at|to|by|is|are|we|i|you|need|want|needs|wants|looking|order|buy|price|quote|quotation|about|and|or|this|these|that|some|each|per|please|from|here|thanks|new|also|sample|samples|moq)$/i;
const model = /^[A-Z]{1,4}-?\d[\w-]*$/;
/** Words that set up a comparison just before a phrase: "to match last season's", "same as our old", "like the". */
const comparedTo =
  /\b(?:match(?:es|ing)?|same as|similar to|like)\s(?:(?:the|our|your|my|their|last|this|that|old|previous|season'?s|year'?s|last season'?s)\s){0,3}$/i;
/** A word after a noun that makes it a trade or a company name, not a product. */
export const companyWordAfter =
  /^(?:importers?|exporters?|manufacturers?|makers?|suppliers?|distributors?|retailers?|wholesalers?|brands?|company|companies|co|ltd|inc|llc|limited|factory|factories|industry|industries|trading|group|store|shop|business|market)$/i;

/** Phrases that name a branding service or a shipment, not goods: "private label", "one 40HQ container". */
const serviceOrShipment =
  /\b(?:private|own|white)\s+labels?$|(?:\b\d{2}\s?(?:'|ft|feet|foot|gp|hq|hc|dc)|\bshipping|\bfull|\breefer)\s+containers?$/i;

/** True when a singular lower-case word is a product head noun. */
export function isProductHead(word: string): boolean {
  return heads.has(word.toLowerCase());
}

function singularOf(word: string): string {
  const w = word.toLowerCase();
  if (/(scar|shel)ves$/.test(w)) return `${w.slice(0, -3)}f`;
  if (/knives$/.test(w)) return "knife";
  if (/(xes|ches|shes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/(ss|us)$/.test(w) && heads.has(w.slice(0, -1))) return w.slice(0, -1);
  return w;
}

const bare = (token: string) => token.replace(/^[("“']+/, "").replace(/[,.;:!?)"”']+$/, "");
const ends = (token: string) => /[,.;:!?)"”]$/.test(token);

/** The first product phrase in one text, with its head made singular, or null. */
export function productPhraseIn(text: string): { name: string; start: number } | null {
  const tokens = matchesOf(/\S+/g, text);
  // ("Conversation: Guangzhou Huaxin Glass Products Co., Ltd.": the words of a company's name name no goods.)
  let companies: CompanyMention[] | null = null;
  const inCompany = (at: number) => {
    companies ??= findCompanies(text);
    return companies.some((company) => at >= company.start && at < company.end);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!heads.has(singularOf(bare(tokens[i]![0])))) continue;
    if (inCompany(tokens[i]!.index)) continue;
    // "pen holder": a head noun right after another one is the real head.
    let last = i;
    while (!ends(tokens[last]![0]) && tokens[last + 1] && heads.has(singularOf(bare(tokens[last + 1]![0]))))
      last++;
    // "shelf bracket SB-2": the word before a model code ends the noun phrase, whatever the noun.
    const next = tokens[last + 1] ? bare(tokens[last + 1]![0]) : "";
    const after = tokens[last + 2] ? bare(tokens[last + 2]![0]) : "";
    if (!ends(tokens[last]![0]) && /^[a-z]{3,}$/.test(next) && !stop.test(next) && model.test(after)) last++;
    let first = last;
    while (first > 0 && last - first < 4) {
      const previous = tokens[first - 1]![0];
      const word = bare(previous);
      if (ends(previous) || stop.test(word) || isDiscourseWord(word) || !/^[A-Za-z][A-Za-z0-9-]*$/.test(word))
        break;
      if (/^(co|ltd|inc|llc|limited|company)$/i.test(word) || countUnitOf(word)) break;
      first--;
    }
    // "a toy importer", "Greenfield Garden Tools Co., Ltd.": the noun names a trade or a company.
    const following = tokens[last + 1] ? bare(tokens[last + 1]![0]) : "";
    if (!ends(tokens[last]![0]) && companyWordAfter.test(following)) continue;
    // What the goods are matched or compared to ("oatmeal colour to match last season's cushions", "same as
    // our old mugs") is no product of this order.
    if (comparedTo.test(text.slice(Math.max(0, tokens[first]!.index - 40), tokens[first]!.index))) continue;
    // Packing talk ("each lamp in a gift box", "packed in a polybag") names the packaging, not the product.
    if (
      /\b(in|into|per|packed|packing|packaging)\s+(?:an?\s+|the\s+)?$/i.test(
        text.slice(0, tokens[first]!.index),
      )
    )
      continue;
    const words = tokens.slice(first, last + 1).map((t) => bare(t[0]));
    // "200 sets": a count unit alone is no product.
    if (words.length === 1 && countUnitOf(words[0]!)) continue;
    const lead = text.slice(Math.max(0, tokens[first]!.index - 12), tokens[first]!.index);
    if (serviceOrShipment.test(`${lead}${words.join(" ")}`)) continue;
    words[words.length - 1] =
      singularOf(words[words.length - 1]!) === words[words.length - 1]!.toLowerCase()
        ? words[words.length - 1]!
        : singularOf(words[words.length - 1]!);
    for (let k = last + 1; k <= last + 2 && !ends(tokens[k - 1]![0]) && tokens[k]; k++) {
      const word = bare(tokens[k]![0]);
      if (!model.test(word)) break;
      words.push(word);
    }
    return { name: words.join(" "), start: tokens[first]!.index };
  }
  return null;
}

/** The chat's first three messages, where a product is introduced. */
export function openingMessages(clauses: readonly Clause[]): Set<number> {
  // (Read up to the third message only: the rest of the chat cannot change the answer.)
  const opening = new Set<number>();
  for (const clause of clauses) {
    if (opening.size === 3) break;
    opening.add(clause.message);
  }
  return opening;
}

/**
 * The first product phrase in the first three messages, outside sample talk; `read` finds the phrase in
 * one sentence (by default the product head nouns above).
 */
export function firstProductPhrase(
  clauses: readonly Clause[],
  read: (text: string) => { name: string; start: number } | null = productPhraseIn,
): { name: string; clause: number; start: number; priced?: true } | null {
  // (The items and names readers each ask it of one chat: its answer by the head nouns is kept per chat.)
  if (read !== productPhraseIn) return firstPhrase(clauses, read);
  if (!firstByHeads.has(clauses)) firstByHeads.set(clauses, firstPhrase(clauses, read));
  return firstByHeads.get(clauses) ?? null;
}

const firstByHeads = new WeakMap<
  readonly Clause[],
  { name: string; clause: number; start: number; priced?: true } | null
>();

function firstPhrase(
  clauses: readonly Clause[],
  read: (text: string) => { name: string; start: number } | null,
): { name: string; clause: number; start: number; priced?: true } | null {
  const messages = openingMessages(clauses);
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index]!;
    if (!messages.has(clause.message) || clause.sample) continue;
    const found: { name: string; start: number; priced?: true } | null =
      read(clause.text) ?? (read === productPhraseIn ? pricedPhraseIn(clause.text) : null);
    // "we are a surf shop chain in Portugal": what the speaker says they are is no product.
    if (found && selfDescribed.test(clause.text.slice(Math.max(0, found.start - 40), found.start))) continue;
    if (found)
      return {
        name: found.name,
        start: found.start,
        clause: index,
        ...(found.priced ? { priced: true } : {}),
      };
  }
  return null;
}

/** A count of goods times their price after a comma (", 400 units x USD 68.00", ", 500 pcs at $2.10"). */
const countTimesPrice =
  /,\s?\d[\d,.]*\s?(?:pcs|pieces|units|sets|pairs|rolls|nos)\s?(?:x|×|\*|at|@)\s?(?:usd|us\$|eur|gbp|rmb|[$€£¥])?\s?\d/gi;

/**
 * Goods whose noun no list holds, named right before their count and price ("PI v1: MMA-250 IGBT inverter
 * welding machine, 400 units x USD 68.00"): the words back to a colon or the sentence's start, four to six at most.
 */
function pricedPhraseIn(text: string): { name: string; start: number; priced: true } | null {
  const priced = matchesOf(countTimesPrice, text)[0];
  if (!priced) return null;
  const before = text.slice(0, priced.index);
  const from = Math.max(before.lastIndexOf(":"), before.lastIndexOf(";")) + 1;
  const words = matchesOf(/\S+/g, before.slice(from));
  const kept = words.slice(-6).filter((word) => /^[A-Za-z0-9][\w./-]*$/.test(word[0]));
  if (
    kept.length < 2 ||
    kept.length !== Math.min(6, words.length) ||
    !kept.some((w) => /^[a-z]{4,}$/i.test(w[0]))
  )
    return null;
  if (kept.some((word) => stop.test(word[0]))) return null;
  const start = from + kept[0]!.index;
  return { name: before.slice(start).trim(), start, priced: true };
}

/**
 * Words before a phrase that make it the speaker's own description ("we are a", "I'm an", "we're the") or
 * their own trade ("we make kitchen cabinets", "we sell pet supplies").
 */
const selfDescribed =
  /\b(?:we|i)\s?(?:are|am|'re|’re|'m|’m)\s(?:an?|the)\s(?:[\w-]+\s){0,2}$|\bwe\s(?:make|produce|manufacture|sell|build|run)\s(?:[\w-]+\s){0,2}$/i;
