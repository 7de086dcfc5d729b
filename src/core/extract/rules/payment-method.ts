/** payment.method: T/T, L/C, PayPal, card...; of several named, the last, unless the sentence weighs them ("T/T or PayPal?"). */
import type { PaymentMethod } from "../../schemas.ts";
import { findPaymentMethods } from "../payment.ts";
import { as, type TermRule } from "./rule.ts";

export const paymentMethodRule: TermRule<PaymentMethod> = {
  field: "payment.method",
  find(clause) {
    const named = findPaymentMethods(clause.text);
    if (named.length === 0 || (named.length > 1 && /\bor\b/i.test(clause.text))) return [];
    const last = named[named.length - 1]!;
    return [{ value: last.value, clause, start: last.start, end: last.end }];
  },
  apply(value, { draft, evidence }) {
    draft.payment.method = value;
    return [as(evidence, "payment.method")];
  },
};
