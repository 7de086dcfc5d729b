/** payment.balance: when the rest is due (before shipment, against the B/L copy, on delivery); none when paid in full up front. */
import type { BalanceTiming } from "../../schemas.ts";
import { findBalance } from "../payment.ts";
import { as, type TermRule } from "./rule.ts";
import { conditionalMode } from "./shipping-method.ts";

export const balanceRule: TermRule<BalanceTiming> = {
  field: "payment.balance",
  find(clause) {
    // "balance against B/L if ship by sea": one branch of a choice the order has not made.
    if (conditionalMode.test(clause.text)) return [];
    const balance = findBalance(clause.text);
    return balance ? [{ value: balance.value, clause, start: balance.start, end: balance.end }] : [];
  },
  // Paid in full up front: there is no balance to time.
  when: (draft) => draft.payment.depositPercent !== 100,
  asked: { topic: /\b(?:balance|rest|remaining|remainder|final payment)\b|尾款|余款/i, lead: "balance" },
  apply(value, { draft, evidence }) {
    draft.payment.balance = value;
    return [as(evidence, "payment.balance")];
  },
};
