/** payment.depositPercent: "30% deposit", "30/70", "100% in advance", 定金30%. */
import type { Clause } from "../clauses.ts";
import { findMoney } from "../money.ts";
import { findDeposit } from "../payment.ts";
import { as, type TermRule } from "./rule.ts";

/** An order page's deposit given as an amount: "Initial payment: US$ 576.00", "initial payment US$ 552". */
const initialPayment = /\b(?:initial|first|down)\s?payment\b(?!\s?\()/i;
/** The total it is a share of, in the same message: "Order total: US$ 1,920.00", "Total US$ 1,840". */
const orderTotal = /\b(?:order\s|product\s)?total(?:\s(?:amount|value))?\s?[:：]?\s*/gi;

/**
 * The deposit as a share of the order's total, where a page or a message gives both as amounts ("Order total:
 * US$ 1,920.00 ... Initial payment: US$ 576.00" is 30%). Only a whole percent counts: a share that is no round
 * figure is some other sum.
 */
function depositFromAmounts(clause: Clause): { value: number; start: number; end: number } | null {
  const label = initialPayment.exec(clause.text);
  if (!label) return null;
  const paid = findMoney(clause.text).find((money) => !money.bare && money.start > label.index);
  if (!paid || paid.start - label.index > 40) return null;
  // The total said nearest the payment, the order's before a product total beside it: a page read with the chat
  // under it may hold a total for each revision ("Order total: US$ 1,920.00", later "Total US$ 1,840").
  // (A paste of bare lines makes each line a message: the total is then the line before's.)
  const before = clause.previousText ? `${clause.previousText}\n` : "";
  const text = `${before}${clause.messageText}`;
  const at = before.length + Math.max(0, clause.messageText.indexOf(clause.text)) + paid.start;
  const totals = [...text.matchAll(orderTotal)].flatMap((m) => {
    const from = m.index + m[0].length;
    const money = findMoney(text.slice(from, from + 24))[0];
    if (!money || money.bare || money.start !== 0) return [];
    return [{ value: money.value, distance: Math.abs(at - from) - (/^order/i.test(m[0]) ? 40 : 0) }];
  });
  const total = totals.sort((a, b) => a.distance - b.distance)[0];
  if (!total || total.value <= paid.value) return null;
  const percent = (paid.value / total.value) * 100;
  const whole = Math.round(percent);
  if (Math.abs(percent - whole) > 0.3 || whole < 5) return null;
  return { value: whole, start: paid.start, end: paid.end };
}

export const depositRule: TermRule<number> = {
  field: "payment.depositPercent",
  find(clause) {
    // A bare "50/50" counts when its message, or the one it answers, is about payment.
    const deposit =
      findDeposit(clause.text, `${clause.messageText}\n${clause.previousText ?? ""}`) ??
      depositFromAmounts(clause);
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
