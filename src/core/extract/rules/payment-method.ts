/**
 * payment.method: T/T, L/C, PayPal, card... A sentence that names one method settles it; one that
 * offers several ("T/T or L/C", "T/T, PayPal", "L/C / cheque / cash", "deposit or original L/C")
 * settles none, nor one granted on a condition ("If you insist on L/C, we agree"); a method turned
 * down ("TT instead of LC", "L/C is too complicated") is not named.
 */
import type { PaymentMethod } from "../../schemas.ts";
import { findPaymentMethods } from "../payment.ts";
import { as, type TermRule } from "./rule.ts";

const refusedBefore =
  /\b(?:instead of|rather than|not|no|(?:do not|don'?t|cannot|can'?t|won'?t) (?:accept|take|use|do|support))\s+(?:by\s+|via\s+|an?\s+)?$/i;
const refusedAfter =
  /^\s?(?:(?:is|are)\s)?(?:(?:rather|too|very|quite|a bit)\s){0,2}(?:complicated|expensive|costly|slow|troublesome|not (?:accepted|available|possible|supported|ok))\b/i;
const orBefore = /(?:\bor\s+|或者?\s*)(?:(?:an?|the|by|via|original|irrevocable|confirmed|sight)\s+){0,3}$/i;
const orAfter = /^\s*(?:at sight\s+)?(?:or\s|\/\s|或)/i;
/** A method granted on a condition ("If you insist on L/C, we agree"). */
const conditionBefore = /\b(?:if|should|unless)\s+(?:you|the buyer|the customer|customers?)\b[^,.;]{0,50}$/i;

export const paymentMethodRule: TermRule<PaymentMethod> = {
  field: "payment.method",
  find(clause) {
    const text = clause.text;
    const named = findPaymentMethods(text)
      .filter(
        (m) =>
          !refusedBefore.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
          !refusedAfter.test(text.slice(m.end, m.end + 40)),
      )
      .sort((a, b) => a.start - b.start);
    if (named.length === 0 || new Set(named.map((m) => m.value)).size > 1) return [];
    const only = named[0]!;
    const alternative =
      orBefore.test(text.slice(Math.max(0, only.start - 40), only.start)) ||
      orAfter.test(text.slice(only.end, only.end + 20)) ||
      conditionBefore.test(text.slice(Math.max(0, only.start - 40), only.start));
    if (alternative) return [];
    return [{ value: only.value, clause, start: only.start, end: only.end }];
  },
  apply(value, { draft, evidence }) {
    draft.payment.method = value;
    return [as(evidence, "payment.method")];
  },
};
