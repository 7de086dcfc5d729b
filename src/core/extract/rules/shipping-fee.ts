/**
 * shipping.fee: freight quoted apart ("air freight US$420"). A fee in another currency than the
 * prices is left out rather than mixed in; with no price, the fee's currency is the order's.
 */
import { findShippingFee } from "../shipping.ts";
import { as, type TermRule } from "./rule.ts";

const otherOption =
  /\bor\s+(?:(?:we|you)\s+(?:can\s+)?(?:do|quote|go)\s+)?(?:EXW|FCA|FOB|CFR|CIF|CPT|CIP|DAP|DDP|your (?:own )?forwarder)\b/i;

export const shippingFeeRule: TermRule<{ amount: number; currency: string | null }> = {
  field: "shipping.fee",
  find(clause) {
    const fee = findShippingFee(clause.text);
    if (!fee) return [];
    // "DDP Reno for USD 1,150, or FOB Shenzhen and your forwarder picks up": a fee for one option.
    if (otherOption.test(clause.text.slice(fee.end))) return [];
    return [{ value: { amount: fee.value, currency: fee.currency }, clause, start: fee.start, end: fee.end }];
  },
  key: (value) => String(value.amount),
  show: (value) => String(value.amount),
  apply(value, { draft, mentions, evidence }) {
    // The currency of the fee as last quoted (a restated amount may drop its currency sign).
    const currency = mentions[mentions.length - 1]?.value.currency ?? null;
    if (draft.currency !== null && currency !== null && currency !== draft.currency) return [];
    draft.shipping.fee = value.amount;
    if (!draft.currency && currency) draft.currency = currency;
    return [as(evidence, "shipping.fee")];
  },
};
