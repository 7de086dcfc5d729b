/**
 * currency named in words when no price gives it ("Prices are quoted in USD", "invoices in US Dollars",
 * "Currency: EUR"). A price's own currency, read with the items, always comes first.
 */
import { currencyCode } from "../words/currencies.ts";
import { as, type TermRule } from "./rule.ts";

const namedCurrency =
  /\b(?:quoted|priced|invoiced|issued|paid|made|based|payable|settled|denominated)\s+(?:\w+\s+){0,2}?(?:in|on)\s+(US\s+dollars?|USD|euros?|EUR|RMB|CNY|GBP|HKD|AUD|CAD)\b|\bcurrency\s*[:：]\s*(USD|EUR|RMB|CNY|GBP|HKD|AUD|CAD)\b/i;

export const currencyRule: TermRule<string> = {
  field: "currency",
  find(clause) {
    const m = namedCurrency.exec(clause.text);
    const word = m?.[1] ?? m?.[2];
    const code = word ? currencyCode(word.replace(/\s+/g, " ").replace(/^us dollar$/i, "us dollars")) : null;
    return m && code ? [{ value: code, clause, start: m.index, end: m.index + m[0].length }] : [];
  },
  when: (draft) => draft.currency === null,
  apply(value, { draft, evidence }) {
    draft.currency = value;
    return [as(evidence, "currency")];
  },
};
