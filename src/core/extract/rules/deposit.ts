/** payment.depositPercent: "30% deposit", "30/70", "100% in advance", 定金30%. */
import { findDeposit } from "../payment.ts";
import { as, type TermRule } from "./rule.ts";

export const depositRule: TermRule<number> = {
  field: "payment.depositPercent",
  find(clause) {
    // A bare "50/50" counts when its message, or the one it answers, is about payment.
    const deposit = findDeposit(clause.text, `${clause.messageText}\n${clause.previousText ?? ""}`);
    return deposit ? [{ value: deposit.value, clause, start: deposit.start, end: deposit.end }] : [];
  },
  asked: {
    // "What are your payment terms?" / "50/50.": a split answers the payment question too.
    topic:
      /\b(?:deposit|down ?payment|advance|prepay\w*|upfront|up front|payment terms?|pay(?:ment)? split)\b|定金|订金|预付|付款方式/i,
    lead: "deposit",
  },
  apply(value, { draft, evidence }) {
    draft.payment.depositPercent = value;
    return [as(evidence, "payment.depositPercent")];
  },
};
