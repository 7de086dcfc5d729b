/**
 * The order lifecycle: which recorded step may follow which, and the dates the timeline reads.
 * draft -> confirmed -> deposit_paid -> balance_paid -> shipped -> received -> completed; plus disputed
 * and cancelled. Real flows bend the line: 100% up front (the deposit covers everything, or the whole
 * amount is recorded as the balance), the balance against the B/L copy (shipped before balance_paid),
 * Pay Later, paying on delivery.
 * @see ../shared/design.md "Trade Assurance facts"
 */
import { addDays, daysBetween, isCalendarDate } from "./dates.ts";
import type { DraftOrder, LifecycleDates, LifecycleEventKind, OrderState } from "./schemas.ts";

export type TransitionResult = { ok: true; state: OrderState } | { ok: false; reason: string };

/** Position of each state on the main line; disputed and cancelled sit beside it (-1). */
const rank: Record<OrderState, number> = {
  draft: 0,
  confirmed: 1,
  deposit_paid: 2,
  balance_paid: 3,
  shipped: 4,
  received: 5,
  completed: 6,
  disputed: -1,
  cancelled: -1,
};

/** True when an order in `state` is on the main line at or past `step` (never for disputed or cancelled). */
export function hasReached(state: OrderState, step: OrderState): boolean {
  return rank[state] >= 0 && rank[state] >= rank[step];
}

/** How each step reads in a sentence ("deposit paid"). */
export const stepLabel: Record<LifecycleEventKind, string> = {
  confirmed: "confirmed",
  deposit_paid: "deposit paid",
  balance_paid: "balance paid",
  shipped: "shipped",
  received: "received",
  completed: "completed",
  disputed: "disputed",
  cancelled: "cancelled",
};

const emptyDates: LifecycleDates = {
  confirmed: null,
  deposit_paid: null,
  balance_paid: null,
  shipped: null,
  received: null,
  completed: null,
};

/** True when the terms let the goods leave before the balance is paid (B/L copy, on delivery, Pay Later). */
export function balanceMayFollowShipment(draft: DraftOrder): boolean {
  return (
    draft.payment.balance === "after_shipment" ||
    draft.payment.balance === "on_delivery" ||
    draft.payment.method === "pay_later"
  );
}

/** True when the deposit alone is the whole price (100% in advance). */
function depositIsFullPrice(draft: DraftOrder): boolean {
  return draft.payment.depositPercent === 100;
}

function refuse(reason: string): TransitionResult {
  return { ok: false, reason };
}

/**
 * Whether `kind` may be recorded on an order in `state`, and the state it leads to. `dates` (what was
 * recorded before) catches paying twice when the state has moved on; `occurredOn` and
 * `disputeWindowDays` check a dispute after completion is still within the window.
 */
export function nextState(input: {
  state: OrderState;
  kind: LifecycleEventKind;
  draft: DraftOrder;
  dates?: LifecycleDates;
  occurredOn?: string;
  disputeWindowDays?: number;
}): TransitionResult {
  const verdict = stepFits(input);
  if (!verdict.ok || !input.occurredOn || !input.dates) return verdict;
  // A step dated before the step it depends on is almost always a typo in the date.
  const earlier = mustFollow[input.kind];
  const on = earlier ? input.dates[earlier] : null;
  if (earlier && on && input.occurredOn < on)
    return refuse(
      `${input.occurredOn} is before the ${stepLabel[earlier]} date (${on}), and ${stepLabel[input.kind]} cannot come first; check the date (YYYY-MM-DD).`,
    );
  return verdict;
}

/**
 * The recorded step a step cannot be dated before; the others may carry any date. Confirmation is not
 * among them: teams often record it in the bot days after the order was placed, and the payment dates
 * are what the deadlines rest on.
 */
const mustFollow: Partial<Record<LifecycleEventKind, keyof LifecycleDates>> = {
  shipped: "deposit_paid",
  received: "shipped",
  completed: "received",
};

/**
 * Steps a recorded step implies first. A Trade Assurance order can only be paid once it is placed, so a
 * payment recorded on a draft confirms it on the same day rather than being refused.
 */
export function impliedSteps(state: OrderState, kind: LifecycleEventKind): LifecycleEventKind[] {
  return state === "draft" && (kind === "deposit_paid" || kind === "balance_paid") ? ["confirmed"] : [];
}

function stepFits(input: {
  state: OrderState;
  kind: LifecycleEventKind;
  draft: DraftOrder;
  dates?: LifecycleDates;
  occurredOn?: string;
  disputeWindowDays?: number;
}): TransitionResult {
  const { state, kind, draft } = input;
  const dates = input.dates ?? emptyDates;
  const at = rank[state];

  if (state === "cancelled")
    return refuse(
      "This order is cancelled, so nothing more can be recorded on it; start a new order instead.",
    );
  if (state === kind && kind !== "balance_paid")
    return refuse(`This order is already marked ${stepLabel[kind]}; there is nothing to record twice.`);

  switch (kind) {
    case "confirmed":
      if (state === "draft") return { ok: true, state: "confirmed" };
      return refuse("This order is already confirmed.");

    case "deposit_paid":
      if (state === "draft")
        return refuse("Confirm the order first (`/order confirm`), then record the deposit.");
      if (dates.deposit_paid !== null || at > rank.confirmed || state === "disputed")
        return refuse("A deposit is already recorded or the order is past the deposit stage.");
      if (draft.payment.depositPercent === 0)
        return refuse(
          "This order's terms have no deposit (0%); record the payment as the balance (`/order paid PO-n balance`).",
        );
      return { ok: true, state: "deposit_paid" };

    case "balance_paid": {
      if (state === "draft")
        return refuse("Confirm the order first (`/order confirm`), then record the payment.");
      if (dates.balance_paid !== null || state === "balance_paid")
        return refuse("The balance is already recorded as paid; there is nothing to pay twice.");
      if (state === "deposit_paid" && depositIsFullPrice(draft))
        return refuse(
          "The deposit was 100% of the price, so no balance is due; record `shipped` when the goods leave.",
        );
      if (state === "confirmed" || state === "deposit_paid") return { ok: true, state: "balance_paid" };
      // Paid against the B/L copy or on delivery: the goods moved first, the state stays where it is.
      if (state === "shipped" || state === "received") return { ok: true, state };
      if (state === "disputed") return { ok: true, state };
      return refuse("This order is completed; its payments can no longer change.");
    }

    case "shipped": {
      if (state === "draft")
        return refuse("Confirm the order first (`/order confirm`); it cannot ship before.");
      if (state === "disputed")
        return refuse("This order is in dispute; settle the dispute before recording shipment.");
      if (at >= rank.shipped) return refuse("This order is already marked shipped.");
      const paidInFull = state === "balance_paid" || (state === "deposit_paid" && depositIsFullPrice(draft));
      if (paidInFull || draft.payment.method === "pay_later") return { ok: true, state: "shipped" };
      if (balanceMayFollowShipment(draft)) {
        const depositOwed = (draft.payment.depositPercent ?? 0) > 0 && state === "confirmed";
        if (!depositOwed) return { ok: true, state: "shipped" };
        return refuse(
          "The deposit is due before the goods ship and is not recorded yet; record it first (`/order paid PO-n deposit`).",
        );
      }
      return refuse(
        "The balance is due before shipment and is not recorded as paid; record it first (`/order paid PO-n balance`), or set payment.balance to after_shipment if it is paid against the B/L copy.",
      );
    }

    case "received":
      if (state === "shipped") return { ok: true, state: "received" };
      if (state === "disputed")
        return refuse("This order is in dispute; settle the dispute before recording receipt.");
      if (at >= rank.received) return refuse("This order is already marked received.");
      return refuse("The goods are not marked shipped yet; record `shipped` first, then `received`.");

    case "completed":
      if (state === "received" || state === "disputed") return { ok: true, state: "completed" };
      return refuse(
        "Only an order whose goods are marked received can be completed; record `received` first.",
      );

    case "disputed": {
      if (state === "draft" || state === "confirmed")
        return refuse(
          "Nothing has been paid on this order, so there is nothing to dispute; cancel it instead if the deal is off.",
        );
      if (state === "completed") {
        const windowDays = input.disputeWindowDays ?? 30;
        const start = dates.received ?? dates.completed;
        if (start && input.occurredOn && daysBetween(start, input.occurredOn) > windowDays)
          return refuse(
            `The dispute window closed ${windowDays} days after receipt (on ${addDays(start, windowDays)}); Trade Assurance no longer accepts a dispute for this order.`,
          );
      }
      return { ok: true, state: "disputed" };
    }

    case "cancelled":
      // A dispute settled by a full refund ends as a cancellation: disputed ranks beside the main line.
      if (at >= rank.shipped)
        return refuse(
          "The goods have already shipped, so the order cannot simply be cancelled; open a dispute (`disputed`) to claim a refund.",
        );
      return { ok: true, state: "cancelled" };
  }
}

const datedKinds = Object.keys(emptyDates) as Array<keyof LifecycleDates>;

/** The date each lifecycle step happened, from the audit trail (the latest record of each wins). */
export function lifecycleDatesOf(
  events: ReadonlyArray<{ kind: string; occurredOn: string | null }>,
): LifecycleDates {
  const dates: LifecycleDates = { ...emptyDates };
  for (const event of events) {
    if ((datedKinds as string[]).includes(event.kind) && event.occurredOn)
      dates[event.kind as keyof LifecycleDates] = event.occurredOn;
  }
  return dates;
}

/**
 * The latest date the goods may ship: the fixed date, or the deposit/balance/confirmation date plus days.
 * When the whole price went in one payment, that payment starts both clocks, whichever name it was
 * recorded under.
 */
export function shipDateOf(draft: DraftOrder, dates: LifecycleDates): string | null {
  const { basis, days, date } = draft.dispatch;
  if (basis === "fixed_date") return date && isCalendarDate(date) ? date : null;
  if (days === null) return null;
  const start =
    basis === "after_deposit"
      ? (dates.deposit_paid ?? dates.balance_paid)
      : basis === "after_balance"
        ? (dates.balance_paid ?? (depositIsFullPrice(draft) ? dates.deposit_paid : null))
        : basis === "after_order"
          ? dates.confirmed
          : null;
  return start && isCalendarDate(start) ? addDays(start, days) : null;
}

/** "PO-3" for order number 3. */
export function formatOrderRef(number: number): string {
  return `PO-${number}`;
}

/** The order number in "PO-3", "po-3", "PO3", "PO 3", "#3", "PO-003" or "3"; null when it is not a reference. */
export function parseOrderRef(ref: string): number | null {
  const match = /^\s*(?:po[-\s]?|#)?0*(\d{1,9})\s*$/i.exec(ref);
  if (!match) return null;
  const number = Number(match[1]);
  return number > 0 ? number : null;
}
