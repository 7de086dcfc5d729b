/**
 * currency named in words when no price gives it ("Prices are quoted in USD", "invoices in US Dollars",
 * "Currency: EUR"), or by an amount stated as a price with no item to hang it on ("The price quoted is
 * $200 C.I.F Hai Phong", "$0.06/pc FOB"). A price's own currency, read with the items, always comes first.
 * A minimum order value, a fee or a mould charge is not a price and says nothing of the order's currency.
 */
import { findMoney } from "../money.ts";
import { currencyCode } from "../words/currencies.ts";
import { countUnitOf } from "../words/units.ts";
import { as, type TermRule } from "./rule.ts";

const namedCurrency =
  /\b(?:quoted|priced|invoiced|issued|paid|made|based|payable|settled|denominated)\s+(?:\w+\s+){0,2}?(?:in|on)\s+(US\s+dollars?|USD|euros?|EUR|RMB|CNY|GBP|HKD|AUD|CAD)\b|\bcurrency\s*[:：]\s*(USD|EUR|RMB|CNY|GBP|HKD|AUD|CAD)\b/i;

const priceBefore =
  /\b(?:prices?|priced|quoted|quote|quotation|unit price|offer(?:ed)?)\b(?:\s+\w+){0,3}(?:\s?(?:is|are|at|of|:|：))?\s?$/i;
const incotermAfter =
  /^\s*(?:(?:\/|per)\s*[a-z]+\.?\s*)?(?:EXW|FCA|FAS|FOB|CFR|CNF|CIF|CPT|CIP|DAP|DPU|DDP|F\.O\.B|C\.I\.F|C&F)\b/i;
const feeNear =
  /\b(?:fee|fees|charge|mou?ld|tooling|sample|freight|shipping|minimum|moq|at least|more than|deposit)\b/i;

export const currencyRule: TermRule<string> = {
  field: "currency",
  find(clause) {
    const m = namedCurrency.exec(clause.text);
    const word = m?.[1] ?? m?.[2];
    const code = word ? currencyCode(word.replace(/\s+/g, " ").replace(/^us dollar$/i, "us dollars")) : null;
    // "Currency: USD/EUR/CNY accepted": a list of currencies offered settles none.
    const another = m
      ? /^\s?(?:[$€¥]\s?)?(?:\/|,|or\b)\s?(?:US\s?dollars?|USD|euros?|EUR|RMB|CNY|GBP|HKD|AUD|CAD)\b/i
      : null;
    if (m && another?.test(clause.text.slice(m.index + m[0].length))) return [];
    if (m && code) return [{ value: code, clause, start: m.index, end: m.index + m[0].length }];
    const text = clause.text;
    const price = findMoney(text).find((money) => {
      if (money.bare || !money.currency) return false;
      const before = text.slice(Math.max(0, money.start - 40), money.start);
      if (feeNear.test(before)) return false;
      return (
        priceBefore.test(before) ||
        incotermAfter.test(text.slice(money.end, money.end + 24)) ||
        (money.perUnit !== null && countUnitOf(money.perUnit) !== null)
      );
    });
    return price ? [{ value: price.currency!, clause, start: price.start, end: price.end }] : [];
  },
  when: (draft) => draft.currency === null,
  apply(value, { draft, evidence }) {
    draft.currency = value;
    return [as(evidence, "currency")];
  },
};
