/**
 * Products quoted one a line and each taken up in a message of its own: "Vitamin C serum 30 ml USD 1.45/pc."
 * and "Moisturizer 50 ml jar USD 1.90/pc." quoted, then "3000 pcs of the serum" and later "For the
 * moisturizer, 2000 pcs". No sentence names both with a price, yet they are two items.
 */
import { type Clause, opensWithSide } from "./clauses.ts";
import { headOf, type ItemRef, itemMentions, keysOf, namesGoods, singular, stopWord } from "./items.ts";
import { colourLabels } from "./lots.ts";
import { findMoney } from "./money.ts";
import { nounPhrases } from "./noun-phrases.ts";
import { findQuantities } from "./quantity.ts";
import { isFeeContext } from "./shipping.ts";
import { currencyCode } from "./words/currencies.ts";
import { isColourWord, isSizeWord } from "./words/non-product.ts";

/** A size right after the name belongs to it ("Bath towel 70x140 cm", "serum 30 ml", "50 x 75 cm"). */
const sizeAfter =
  /^\s+\d+(?:[.,]\d+)?(?:\s?[x×*]\s?\d+(?:[.,]\d+)?){0,2}\s?(?:cm|mm|ml|l|oz|g|kg|m|in|inch|inches|ft|w|v)\b/i;

/** A list marker before the name on a quote line. */
const lineLead = /^\s*(?:\d{1,2}[.)]\s+|[-•*]\s+)/;

/** The row number and cell border opening a row of a pasted table ("1    | "). */
const tableLead = /^\s*\d{1,2}\s*\|\s*/;

/** The price in the last cell of a table row: a bare decimal amount after the last border. */
const tablePrice = /\|\s*(\d{1,6}\.\d{1,3})\s*$/;

/** A model code right after the name belongs to it ("Hex bolt M8x40", "Flange nut M8"). */
const codeAfter = /^\s+[A-Z]{1,4}\d[\w-]{0,12}/;

/** The leading words of letters on a line ("Cat scratching post" of "Cat scratching post 60 cm: USD 7.80"). */
const leadingWords =
  /^(?:\d{1,4}(?:\.\d{1,2})?[A-Za-z]{1,3}\s){0,3}[A-Za-z][A-Za-z-]*(?:\s[A-Za-z][A-Za-z-]*){0,5}(?![\w-])/;

type Offer = { name: string; phrase: string; head: string; clause: number; start: number; price: number };

/**
 * The product a line opens with when the line prices it: its words up to a size, a code, a price or
 * a word that starts a clause ("we sell", "sold in"), then the size or code said right after them.
 */
function offerOn(clause: Clause, index: number): Offer | null {
  // ("Supplier agreed to USD 2.45/pc" opens with who acts, not with goods.)
  if (clause.sample || clause.question || opensWithSide(clause.text)) return null;
  const text = clause.text;
  const prices: Array<{ value: number; start: number }> = findMoney(text).filter(
    (money) => !money.bare && !isFeeContext(text.slice(Math.max(0, money.start - 30), money.start)),
  );
  // A row of a pasted quote table ("1 | LED strip 5050 RGB | 500 rolls | 3.95") prices in its last cell.
  const cell = prices.length === 0 ? tablePrice.exec(text) : null;
  if (cell) prices.push({ value: Number(cell[1]), start: cell.index });
  // One price per line: a line of tiers or of several products is read elsewhere.
  if (new Set(prices.map((price) => price.value)).size !== 1) return null;
  const lead = (lineLead.exec(text) ?? tableLead.exec(text))?.[0].length ?? 0;
  const words = (leadingWords.exec(text.slice(lead))?.[0] ?? "").split(" ");
  const stop = words.findIndex((word) => stopWord.test(word) || currencyCode(word) !== null);
  const named = stop < 0 ? words : words.slice(0, stop);
  // "Duvet cover queen": a size word after the noun tells the variant; the noun before it is the head.
  let last = named.length;
  while (last > 1 && (isSizeWord(named[last - 1]!) || isColourWord(named[last - 1]!))) last--;
  const phrase = named.slice(0, last).join(" ");
  if (!phrase) return null;
  const head = headOf(phrase);
  if (!namesGoods({ name: phrase, head }) || lead + phrase.length > prices[0]!.start) return null;
  // The tagger must read a noun phrase in those words: a greeting or a sentence is no quote line.
  const end = lead + phrase.length;
  if (!nounPhrases(text).some((found) => found.start >= lead && found.start < end)) return null;
  // "Amy (Nantong Textile): For 1600 pairs ...": a speaker's name pasted before the line is no product.
  if (/^\s*\(/.test(text.slice(lead + phrase.length))) return null;
  // ("- Huang opened at USD 0.17/pc", "- Grace first offered EUR 19.80": a name, then what its owner did, is
  // notes reporting a person, no goods quoted.)
  if (
    /^\p{Lu}\p{Ll}+\s(?:\w+\s)?(?:opened|offered|quoted|said|came|countered|agreed|asked|wanted|pushed|proposed|confirmed|accepted|replied|insisted|dropped|raised|reduced|gave|went)\b/u.test(
      text.slice(lead),
    )
  )
    return null;
  // ("  - Huang: 0.145 confirmed": in notes nested under a product, a word before a colon names who spoke.)
  if (clause.outline === "under" && /^\s?[:：]/.test(text.slice(lead + phrase.length))) return null;
  let name = named.join(" ");
  const after = text.slice(lead + name.length);
  name += sizeAfter.exec(after)?.[0] ?? codeAfter.exec(after)?.[0] ?? "";
  return { name: name.trim(), phrase, head, clause: index, start: lead, price: prices[0]!.value };
}

/**
 * A quote line for goods that are none of the order's items ("Tin travel candle 80g - £0.98/pc" when that
 * candle was dropped): its price and count are no item's. `firstQuote` is true while no item has a price yet.
 */
export function quotesOtherGoods(clause: Clause, items: readonly ItemRef[], firstQuote = false): boolean {
  const offer = offerOn(clause, 0);
  if (!offer || itemMentions(clause.text, items).length > 0) return false;
  // ("cowhide belt USD 6.20/pc" over black and brown belts: the first quote names the product the colours are
  // lines of, in its own words; a "kids belt" quoted beside a price on the table is other goods.)
  const labels = items.map((item) => item.labels?.[0] ?? "");
  if (
    firstQuote &&
    colourLabels(labels) &&
    items.every((item) => singular(item.head) === singular(offer.head))
  )
    return false;
  // ("22cm single pot" for the item "22cm single large pot white": every word of it in an item's name.)
  const words = wordsOf(offer.phrase).filter((word) => !/\d/.test(word));
  return !items.some((item) => {
    const name = wordsOf(item.name);
    return words.every((word) => name.includes(word));
  });
}

/** Words of a name that tell it from another product with the same head noun ("bath" towel, "hand" towel). */
const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((word) => /[a-z]/.test(word))
    .map(singular);

function sameProduct(a: Offer, b: Offer): boolean {
  if (a.head !== b.head) return false;
  const wa = wordsOf(a.name);
  const wb = wordsOf(b.name);
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small.every((word) => large.includes(word));
}

/** "100 dozen": a count in dozens, which a towel or sock chat orders by. */
const dozens = /\b\d[\d,]*\s?(?:dozens?|doz)\b/i;

/** A count in a sentence: a number with a unit, or one the chat counts the goods by. */
function counts(text: string): boolean {
  if (dozens.test(text)) return true;
  return findQuantities(text).some((quantity) => quantity.value >= 2 && quantity.kind === "order");
}

/**
 * Items quoted apart: two or three products each opening its own priced line, each at its own price,
 * and each named alone with a count of its own in a later message (the same product named again,
 * with or without its size, stays one; a line of tiers or a sample is no quote line).
 */
export function offeredApart(clauses: readonly Clause[]): ItemRef[] {
  const products: Offer[] = [];
  const prices = new Map<Offer, Set<number>>();
  clauses.forEach((clause, index) => {
    const offer = offerOn(clause, index);
    if (!offer) return;
    const same = products.find((product) => sameProduct(product, offer));
    if (same) {
      prices.get(same)!.add(offer.price);
      // The fuller naming ("Bath towel 70x140 cm" over "bath towel") names the product.
      if (wordsOf(offer.name).length > wordsOf(same.name).length && same.head === offer.head)
        same.name = offer.name;
      return;
    }
    products.push(offer);
    prices.set(offer, new Set([offer.price]));
  });
  if (products.length < 2 || products.length > 3) return [];
  const items: ItemRef[] = products.map((product) => ({
    name: product.name,
    // Keyed by the noun phrase alone: a chat names the product again without its size.
    keys: keysOf(product.phrase),
    head: product.head,
    clause: product.clause,
    start: product.start,
  }));
  // Each product is counted in a sentence naming it alone, away from the line that quoted it.
  const countedAlone = items.map((_, index) =>
    clauses.some((clause, at) => {
      if (clause.sample || at === products[index]!.clause || !counts(clause.text)) return false;
      const named = new Set(itemMentions(clause.text, items).map((hit) => hit.item));
      return named.size === 1 && named.has(index);
    }),
  );
  if (!countedAlone.every(Boolean)) return [];
  // The same price for each is one product named two ways.
  const signatures = new Set(products.map((product) => [...prices.get(product)!].sort().join("|")));
  if (signatures.size < products.length) return [];
  return items;
}
