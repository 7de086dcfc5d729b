/**
 * shipping.fee: freight quoted apart ("air freight US$420"). A fee in another currency than the
 * prices is left out rather than mixed in; with no price, the fee's currency is the order's.
 */
import type { DraftOrder } from "../../schemas.ts";
import { evidenceFor } from "../clauses.ts";
import { findIncoterms } from "../incoterm.ts";
import type { Mention } from "../settle.ts";
import { findShippingFee, findShippingModes } from "../shipping.ts";
import { as, type TermRule } from "./rule.ts";

type Fee = { amount: number; currency: string | null };

/** Whether a fee's sentence names the option the order took (its trade term or mode), another, or none. */
function optionOf(mention: Mention<Fee>, draft: DraftOrder): "taken" | "other" | "none" {
  const { incoterm, method } = draft.shipping;
  const codes = findIncoterms(mention.clause.text).map((c) => c.code);
  const modes = findShippingModes(mention.clause.text).map((m) => m.method);
  if (
    (incoterm && codes.length > 0 && !codes.includes(incoterm)) ||
    (method && modes.length > 0 && !modes.includes(method))
  )
    return "other";
  return (incoterm && codes.includes(incoterm)) || (method && modes.includes(method)) ? "taken" : "none";
}

const otherOption =
  /\bor\s+(?:(?:we|you)\s+(?:can\s+)?(?:do|quote|go)\s+)?(?:EXW|FCA|FOB|CFR|CIF|CPT|CIP|DAP|DDP|your (?:own )?forwarder)\b/i;

export const shippingFeeRule: TermRule<Fee> = {
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
  apply(settled, { draft, mentions, evidence }) {
    let value = settled;
    let cited = as(evidence, "shipping.fee");
    // "By sea CIF Hamburg EUR 780. By rail DAP Duisburg EUR 1,150." / "Rail DAP Duisburg please": when the
    // fee that stands was quoted for an option the order did not take, the fee is the taken option's.
    const last = [...mentions].reverse().find((m) => m.value.amount === settled.amount);
    // With no fee quoted for the option taken ("FOB Ningbo, our forwarder books"), the order carries none.
    if (last && optionOf(last, draft) === "other") {
      const taken = [...mentions].reverse().find((m) => optionOf(m, draft) === "taken");
      if (!taken) return [];
      value = taken.value;
      cited = evidenceFor("shipping.fee", taken.clause, taken.start, taken.end);
    }
    // The currency of the fee as last quoted (a restated amount may drop its currency sign).
    const currency = mentions[mentions.length - 1]?.value.currency ?? null;
    if (draft.currency !== null && currency !== null && currency !== draft.currency) return [];
    draft.shipping.fee = value.amount;
    if (!draft.currency && currency) draft.currency = currency;
    return [cited];
  },
};
