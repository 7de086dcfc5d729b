/**
 * When the order must ship, from its terms and what has happened: a fixed date, or N calendar days
 * after the deposit, the balance or the order itself. Unknown until the basis event has a date.
 * @see ../shared/design.md "The order form": "a shipping date given as a fixed date or as N days after ..."
 */
import type { DraftOrder, LifecycleDates } from "../schemas.ts";
import { addDays, isCalendarDate } from "./calendar.ts";

/** The latest ship date (YYYY-MM-DD) the order allows, or null while it cannot be known yet. */
export function shipDateOf(draft: DraftOrder, dates: LifecycleDates): string | null {
  const { basis, days, date } = draft.dispatch;
  if (basis === "fixed_date" || (basis === null && date !== null)) {
    return date !== null && isCalendarDate(date) ? date : null;
  }
  if (basis === null || days === null) return null;
  const from = basisDate(basis, dates);
  return from !== null && isCalendarDate(from) ? addDays(from, days) : null;
}

function basisDate(basis: "after_deposit" | "after_balance" | "after_order", dates: LifecycleDates) {
  switch (basis) {
    case "after_deposit":
      return dates.deposit_paid;
    case "after_balance":
      return dates.balance_paid;
    case "after_order":
      // Paying the deposit means the order was placed, even if nobody recorded "confirmed".
      return dates.confirmed ?? dates.deposit_paid;
  }
}
