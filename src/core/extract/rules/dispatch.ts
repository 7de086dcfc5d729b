/**
 * dispatch: "25 days after deposit", "within 3 weeks", "ship by 20 December". With no anchor named
 * ("lead time 30 days") the Trade Assurance form counts from the initial payment when there is one.
 */
import type { DispatchBasis } from "../../schemas.ts";
import { findDispatch } from "../dispatch.ts";
import { depositRule } from "./deposit.ts";
import { as, type TermRule } from "./rule.ts";

/** Items said to leave in one shipment. */
const shippedTogether =
  /\b(?:ship(?:ped)? (?:them |all )?together|in one shipment|same shipment|ship all at once)\b/i;

type Dispatch = { basis: DispatchBasis | null; days: number | null; date: string | null };

/** The event a dispatch counts from; with none named, the deposit when one was stated, else the order. */
const basisOf = (value: Dispatch, statedCount: (field: string) => number): DispatchBasis =>
  value.basis ??
  (value.date ? "fixed_date" : statedCount(depositRule.field) > 0 ? "after_deposit" : "after_order");

export const dispatchRule: TermRule<Dispatch> = {
  field: "dispatch",
  find(clause, now) {
    let found = findDispatch(clause.text, now, clause.dayFirst === true);
    // "PCBA 20 working days after deposit, probe 7 days, we ship together": the order leaves with the slowest.
    if (found.length > 1 && shippedTogether.test(clause.text) && found.every((d) => d.days !== null))
      found = [found.reduce((a, b) => (b.days! > a.days! ? b : a))];
    return found.map((d) => ({
      value: { basis: d.basis, days: d.days, date: d.date },
      clause,
      start: d.start,
      end: d.end,
    }));
  },
  key: (value) => `${value.days ?? ""}|${value.date ?? ""}`,
  show: (value) => (value.date ? value.date : `${value.days} days`),
  asked: {
    topic:
      /\b(?:lead ?time|dispatch|ship|shipment|deliver|delivery|production time|ready)\b|交期|交货|发货|出货/i,
    lead: "dispatch",
  },
  // A day count or a date said again by the side that named it ("Aug 20 is a must", "I said 45 days") is that
  // side holding to it, so the other side's later date does not stand unopposed.
  restated: true,
  restatedBare: (count) => `${count}|`,
  applyShared([one, other], { draft, statedCount, evidence }) {
    const basis = basisOf(one, statedCount);
    // A date against a date shares nothing a buyer can hold to; a count from the same event does.
    if (basis === "fixed_date" || basis !== basisOf(other, statedCount)) return [];
    draft.dispatch = { basis, days: null, date: null };
    return [as(evidence, "dispatch.basis")];
  },
  apply(value, { draft, statedCount, evidence, mentions }) {
    // "ship 20 days after deposit?" / "20 days ok": a count taken up bare counts from the event it was asked from.
    const asked =
      value.basis === null && value.days !== null
        ? mentions.find((m) => m.value.days === value.days && m.value.basis !== null)?.value.basis
        : undefined;
    const basis = asked ?? basisOf(value, statedCount);
    draft.dispatch = { basis, days: value.days, date: value.date };
    const found = [as(evidence, "dispatch.basis")];
    if (value.days !== null) found.push(as(evidence, "dispatch.days"));
    if (value.date !== null) found.push(as(evidence, "dispatch.date"));
    return found;
  },
};
