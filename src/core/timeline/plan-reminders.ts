/**
 * The reminder timeline: from an order's terms, its lifecycle dates and the channel's settings,
 * every reminder still owed, each with a stable key and the instant it falls due. Pure: recomputed
 * on every lifecycle event, so a reminder whose condition is met (balance paid, goods shipped)
 * simply drops out of the plan and its pending row is cancelled by the store.
 * @see ../shared/design.md "Reminders" and "Windows"
 */

import { addDays, isCalendarDate } from "../dates.ts";
import { hasReached, shipDateOf } from "../lifecycle.ts";
import type {
  ChannelSettings,
  DraftOrder,
  LifecycleDates,
  LifecycleEventKind,
  OrderState,
  ReminderKind,
  ReminderPlan,
} from "../schemas.ts";
import { subtractWorkingDays } from "./calendar.ts";
import { reminderKinds } from "./reminder-kinds.ts";
import { isTimeZone, zonedInstant } from "./zoned-time.ts";

export type PlanInput = {
  draft: DraftOrder;
  state: OrderState;
  dates: LifecycleDates;
  settings: ChannelSettings;
};

type Milestone = keyof LifecycleDates;

/** Every reminder the order is still owed, sorted by due time. */
export function planReminders(input: PlanInput): ReminderPlan[] {
  const { draft, state, dates, settings } = input;
  // A draft is still a negotiation; a cancelled order owes nothing; a disputed one is in Alibaba's
  // dispute process, whose deadlines the supplier and Alibaba drive.
  if (state === "draft" || state === "cancelled" || state === "disputed") return [];

  const timeZone = isTimeZone(settings.timeZone) ? settings.timeZone : "UTC";
  const plans: ReminderPlan[] = [];
  const add = (kind: ReminderKind, key: string, dueOn: string, about: string | null, broadcast = false) => {
    const dueAt = zonedInstant(dueOn, settings.reminderHour, timeZone).toISOString();
    plans.push({ kind, key, dueAt, broadcast, about });
  };
  const happened = (milestone: Milestone) => dates[milestone] !== null || hasReached(state, milestone);
  const dateOf = (milestone: Milestone) => {
    const value = dates[milestone];
    return value !== null && isCalendarDate(value) ? value : null;
  };

  const shipDate = shipDateOf(draft, dates);
  if (shipDate !== null && !happened("shipped")) {
    const lead = inspectionLeadWorkingDays(draft, settings);
    if (lead !== null)
      add("inspection_booking", "inspection_booking", subtractWorkingDays(shipDate, lead), shipDate);

    const balanceOwed =
      draft.payment.balance === "before_shipment" &&
      draft.payment.depositPercent !== 100 &&
      !happened("balance_paid");
    if (balanceOwed) {
      for (const days of unique(settings.balanceReminderDaysBefore)) {
        add("balance_payment", `balance_payment:${days}`, addDays(shipDate, -days), shipDate);
      }
    }
    // The day after the latest ship date: from then on a late-shipment claim can be opened.
    add("ship_date_passed", "ship_date_passed", addDays(shipDate, 1), shipDate, true);
  }

  const received = dateOf("received");
  if (received !== null) {
    // The dispute clock runs from receipt; counting from the day the goods arrived is the safe
    // (earliest) reading, and completing the order does not close the window, so these stay.
    const disputeDeadline = addDays(received, settings.disputeWindowDays);
    if (!happened("completed")) add("inspect_on_arrival", "inspect_on_arrival", received, disputeDeadline);
    for (const days of unique(settings.disputeReminderDaysBefore)) {
      if (days >= settings.disputeWindowDays) continue;
      add(
        "dispute_window_closing",
        `dispute_window_closing:${days}`,
        addDays(disputeDeadline, -days),
        disputeDeadline,
        true,
      );
    }
  }

  const completedOn = completionDate(dates, settings);
  if (completedOn !== null) {
    const reviewDeadline = addDays(completedOn, settings.reviewWindowDays);
    add("review_invitation", "review_invitation", completedOn, reviewDeadline);
    for (const days of unique(settings.reviewReminderDaysBefore)) {
      if (days >= settings.reviewWindowDays) continue;
      add(
        "review_window_closing",
        `review_window_closing:${days}`,
        addDays(reviewDeadline, -days),
        reviewDeadline,
      );
    }
  }

  return plans.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.key.localeCompare(b.key));
}

/**
 * Working days of notice the inspection needs, or null when nobody on the buyer's side books one.
 * Unknown inspector: Alibaba's longer lead, because reminding early is cheap and late is not.
 */
function inspectionLeadWorkingDays(draft: DraftOrder, settings: ChannelSettings): number | null {
  const { required, by } = draft.inspection;
  const wanted = required === true || (required === null && by !== null);
  if (!wanted || by === "supplier") return null;
  if (by === "third_party" || by === "buyer") return settings.thirdPartyInspectionLeadWorkingDays;
  return settings.alibabaInspectionLeadWorkingDays;
}

/**
 * The day the order completed: as recorded, or, once received, the day it completes on its own
 * (Alibaba closes orders N days after arrival), which starts the review clock too.
 */
export function completionDate(dates: LifecycleDates, settings: ChannelSettings): string | null {
  if (dates.completed !== null && isCalendarDate(dates.completed)) return dates.completed;
  if (dates.received !== null && isCalendarDate(dates.received))
    return addDays(dates.received, settings.autoCompleteDaysAfterArrival);
  return null;
}

/** The lifecycle event a reminder's "Done" button records, or null when done only silences that kind. */
export function doneEventOf(kind: ReminderKind): LifecycleEventKind | null {
  return reminderKinds[kind].records?.event ?? null;
}

/**
 * True when a reminder's deadline is already over (a full day past, in any time zone) by the time it
 * could be posted, e.g. an order recorded as received weeks late: "the dispute window closes on a
 * date already gone" helps nobody. The ship-date-passed notice never expires: it says a claim is open.
 */
export function isReminderExpired(plan: Pick<ReminderPlan, "kind" | "about">, now: Date): boolean {
  if (plan.kind === "ship_date_passed" || plan.about === null || !isCalendarDate(plan.about)) return false;
  return addDays(plan.about, 1) < now.toISOString().slice(0, 10);
}

/** Each reminder day once (the plan is sorted by due time afterwards). */
function unique(values: number[]): number[] {
  return [...new Set(values)];
}
