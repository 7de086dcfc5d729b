/** payment.depositPercent: "30% deposit", "30/70", "100% in advance", 定金30%. */
import { findDeposit } from "../payment.ts";
import { as, type TermRule } from "./rule.ts";

export const depositRule: TermRule<number> = {
  field: "payment.depositPercent",
  find(clause) {
    const deposit = findDeposit(clause.text);
    return deposit ? [{ value: deposit.value, clause, start: deposit.start, end: deposit.end }] : [];
  },
  asked: {
    topic: /\b(?:deposit|down ?payment|advance|prepay\w*|upfront|up front)\b|定金|订金|预付/i,
    lead: "deposit",
  },
  apply(value, { draft, evidence }) {
    draft.payment.depositPercent = value;
    return [as(evidence, "payment.depositPercent")];
  },
};
