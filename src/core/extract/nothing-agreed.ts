/**
 * A paste whose buyer says, after everything else, that nothing is settled yet ("Nothing agreed yet. No order,
 * no payment.", "Not ready to order yet, we're still comparing 3 quotes", "I need to run the numbers", "not yet,
 * still deciding, sorry!", "we talk in June after the tender", "once the samples land I'll get back to you"): an
 * inquiry. (Deciding something, "still deciding the colour", is no such word.) The prices, counts and
 * terms it names were quoted or asked about, never agreed, so the draft holds none of them; the goods and the
 * supplier stay, as a buyer would file the inquiry.
 */
import type { DraftOrder, Evidence } from "../schemas.ts";
import type { Clause } from "./clauses.ts";
import { monthNames } from "./words/dates.ts";

/** The buyer's words that nothing is ordered yet. */
/**
 * Putting the order off to a later time or until something happens ("we talk in June after the tender", "I will come
 * back to you next month", "once the samples land ... get back to you").
 */
const putOff = String.raw`(?:(?:we|i)(?:'ll| will| can| shall)?|will)\s(?:talk|speak|decide|come back|get back|revert)(?: to you)?(?: again)?\s(?:in\s(?:${monthNames.join("|")}|a\s(?:week|month)|two\sweeks|\d{1,2}\s(?:weeks|months))|next\s(?:week|month|year)|after\sthe\s(?:tender|(?:trade\s)?fair|holidays?|budget|meeting))|(?:once|after|when)\s[^.!?;]{0,50}\b(?:get|come)\sback\sto\syou(?=\s*(?:[.!;]|$))`;
const nothingYet = new RegExp(
  String.raw`\b(?:nothing (?:is\s)?(?:agreed|settled|confirmed|decided)(?: yet)?|no order(?: yet)?[,.]\s?no payment|not ready to (?:order|place (?:the|an) order)|(?:we(?:'re| are)\s)?still comparing (?:\d+\s|the\s|other\s)?(?:quotes|quotations|offers|suppliers)|(?:need|have) to run the numbers|${putOff})\b|\bstill deciding(?=\s*(?:[,.;!)]|$))`,
  "i",
);
/** A word that settles something after it: then the order was made after all. */
const settledAfter =
  /\b(?:agreed|deal|confirmed|confirm the order|we (?:take|order)|go ahead|paid|deposit sent)\b/i;

/** Whether the paste ends as an inquiry: the buyer (or the notes' writer) says nothing is agreed, and nothing after. */
export function endsAsInquiry(clauses: readonly Clause[]): boolean {
  const at = clauses.findLastIndex((clause) => clause.role !== "supplier" && nothingYet.test(clause.text));
  if (at < 0) return false;
  return !clauses
    .slice(at + 1)
    .some((clause) => settledAfter.test(clause.text) && !nothingYet.test(clause.text));
}

/** The fields an inquiry never settles, with their evidence: counts, prices, trade, payment and inspection terms. */
export function asInquiry(draft: DraftOrder, evidence: Evidence[]): Evidence[] {
  for (const item of draft.items) {
    item.quantity = null;
    item.unitPrice = null;
  }
  draft.shipping = { ...draft.shipping, method: null, incoterm: null, place: null, fee: null };
  draft.dispatch = { basis: null, days: null, date: null };
  draft.payment = { depositPercent: null, balance: null, method: null };
  draft.inspection = { required: null, by: null };
  const cleared =
    /^(?:items\[\d+\]\.(?:quantity|unitPrice)|shipping\.(?:method|incoterm|place|fee)|dispatch\.|payment\.|inspection\.)/;
  return evidence.filter((said) => !cleared.test(said.field));
}
