/**
 * Calendar dates as `YYYY-MM-DD` strings, with no time of day and no time zone: the dates the
 * Trade Assurance rules count in (ship date, receipt, completion). Arithmetic runs on UTC midnight,
 * where every day has 24 hours, so it is immune to daylight saving.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

function toUtcMidnight(date: string): Date {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: string, days: number): string {
  const at = toUtcMidnight(date);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return toUtcMidnight(date).getUTCDay();
}

/** Saturday and Sunday are not working days (suppliers' public holidays are not modelled). */
export function isWorkingDay(date: string): boolean {
  const day = dayOfWeek(date);
  return day !== 0 && day !== 6;
}

/**
 * The working day `days` working days before `date`: "book 7 working days before shipment" counts
 * back over Monday-to-Friday only, so a Monday ship date with 3 working days lands on Wednesday.
 */
export function subtractWorkingDays(date: string, days: number): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, -1);
    if (isWorkingDay(current)) left -= 1;
  }
  // Zero lead on a weekend ship date still has to land on a day someone is at work.
  while (!isWorkingDay(current)) current = addDays(current, -1);
  return current;
}

/** "Fri 25 Dec 2026": how a date reads in a message. */
export function formatCalendarDate(date: string): string {
  const at = toUtcMidnight(date);
  const weekday = at.toLocaleDateString("en-GB", { weekday: "short", timeZone: "UTC" });
  const rest = at.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return `${weekday} ${rest}`;
}
