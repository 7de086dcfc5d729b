/**
 * Products the buyer turns down: "The straw set we do not take for now", "the DN100 not for now",
 * "please drop the lids"; and products the supplier then gives for free ("gift boxes free of charge"). A
 * quote lists them, the order does not hold them, unless the buyer counts them again later.
 */
import type { Clause } from "./clauses.ts";
import { type ItemRef, itemMentions, singular } from "./items.ts";
import { givenFreeWords, spareWords } from "./lots.ts";
import { countUnitOf } from "./words/units.ts";

/**
 * Words that turn a product down, said right after it ("X we do not take", "X too expensive, remove it") or
 * right before it ("drop the X").
 */
const declineAfter =
  /^[\s,:-]{0,3}(?:(?:we|i)\s)?(?:(?:is|are)\s)?(?:not (?:for now|this time|now|needed|required)|(?:do|will|would) not (?:take|need|want|order|buy)|(?:don't|won't|dont) (?:take|need|want|order|buy)|no (?:need|more) for now|cancel(?:led)?|dropped|removed|skip(?:ped)?|pass|(?:(?:is\s)?too (?:expensive|high|much)[,.;]?\s)?(?:please\s)?(?:remove|drop|cancel|skip|delete) (?:it|them))\b(?=\s?(?:for now|this time|any ?more|at the moment)?\s?(?:[.,;!)]|$))/i;
const declineBefore =
  /\b(?:(?:do|will) not (?:take|need|want|order|buy)|(?:don't|won't|dont) (?:take|need|want|order|buy)|drop|remove|cancel|skip|no need for|delete)\s(?:the\s|your\s|any\s)?$/i;

/** A word every turning-down holds: a cheap test before any sentence is read for products. */
const declineWord =
  /\b(?:not|dont|drop|remov|cancel|skip|pass\b|delet|no need|no more|free|includ|no (?:extra )?charge)|n't\b/i;

/** A count or "take" said for a product: it is ordered again after being turned down. */
const countedAgain = /\d|\b(?:take|add|include|order)\b/i;

/** "gift boxes free of charge": the words before a free-giving, each a word of one item's name, name it. */
const freeGiving = new RegExp(
  String.raw`((?:[a-z][a-z-]*\s){1,3}?)(?:(?:is|are)\s)?(?:${givenFreeWords})\b`,
  "gi",
);
const spare = new RegExp(`^(?:${spareWords})$`);

function givenFree(text: string, items: readonly ItemRef[]): number[] {
  const found: number[] = [];
  let names: string[][] | undefined;
  for (const m of text.matchAll(freeGiving)) {
    const words = m[1]!
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => !/^(?:the|a|an|ok|and|all)$/.test(word));
    // (Spare ones given free are more of an ordered line, not the line itself.)
    if (words.length === 0 || words.some((word) => spare.test(word))) continue;
    names ??= items.map((item) => item.name.toLowerCase().split(/\s+/).map(singular));
    const owners = names.flatMap((name, index) =>
      words.every((word) => name.includes(singular(word))) ? [index] : [],
    );
    if (owners.length === 1) found.push(owners[0]!);
  }
  return found;
}

/** The items the buyer turned down and never counted again, by index. */
export function declinedItems(clauses: readonly Clause[], items: readonly ItemRef[]): Set<number> {
  const declined = new Map<number, number>();
  // Most chats turn nothing down: only then is every sentence read for the products it names.
  if (items.length < 2 || !clauses.some((clause) => declineWord.test(clause.text))) return new Set();
  clauses.forEach((clause, index) => {
    if (clause.sample) return;
    const text = clause.text;
    if (clause.role === "supplier") {
      for (const item of givenFree(text, items)) declined.set(item, index);
      return;
    }
    // "Tissue paper - DROPPED" does not turn down the paper bags: a name's modifier alone, after another
    // word, is the head of some other product's name.
    const mentions = itemMentions(text, items).filter((mention) => {
      const saidText = text.slice(mention.start, mention.end);
      // ("We take 600 sets KT-201" after "The train set we skip": a count's unit names no product.)
      if (countUnitOf(saidText.toLowerCase()) && /\d\s?$/.test(text.slice(0, mention.start))) return false;
      const said = singular(saidText.toLowerCase().split(/\s+/).at(-1)!);
      if (said === singular(items[mention.item]!.head.toLowerCase())) return true;
      return !/(?:^|\s)(?!(?:the|a|an|our|your|any|and|or|no)\s)[a-z]{2,}\s$/i.test(
        text.slice(Math.max(0, mention.start - 20), mention.start),
      );
    });
    mentions.forEach((mention, at) => {
      const after = text.slice(mention.end, mention.end + 40);
      const before = text.slice(Math.max(0, mention.start - 30), mention.start);
      if (declineAfter.test(after)) {
        // "spice jar, bamboo lid and label set not for now": the words turn down the whole list before them.
        for (let k = at; k >= 0; k--) {
          declined.set(mentions[k]!.item, index);
          const gap = k > 0 ? text.slice(mentions[k - 1]!.end, mentions[k]!.start) : "";
          if (!/^\s?(?:,|and|&|or)?\s?(?:and\s|the\s)?$/i.test(gap)) break;
        }
      } else if (declineBefore.test(before)) declined.set(mention.item, index);
      else if (
        declined.has(mention.item) &&
        index > declined.get(mention.item)! &&
        countedAgain.test(text.slice(Math.max(0, mention.start - 24), mention.end + 40))
      )
        declined.delete(mention.item);
    });
  });
  // Every product turned down is no order at all: keep them (the review says what is missing).
  if (declined.size >= items.length) return new Set();
  return new Set(declined.keys());
}
