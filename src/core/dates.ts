/**
 * Dates, in one place: what a valid `YYYY-MM-DD` is, calendar arithmetic, "today" in a time zone, and how
 * a date a person types ("2026-12-20", "2026-12-20T10:00Z") becomes an instant. Calendar dates carry no
 * time of day and no zone; arithmetic runs on UTC midnight, where every day has 24 hours, so it is
 * immune to daylight saving.
 */
import { zonedInstant, zoneOffsetMs } from "./timeline/zoned-time.ts";

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const momentPattern =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;
const dayMs = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30 and 2026-12-1). */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

/** The date itself when `word` is a real `YYYY-MM-DD`, else null. */
export function parseCalendarDate(word: string): string | null {
  const trimmed = word.trim();
  return isCalendarDate(trimmed) ? trimmed : null;
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

/** Whole days from `a` to `b` (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMidnight(b).getTime() - toUtcMidnight(a).getTime()) / dayMs);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return toUtcMidnight(date).getUTCDay();
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

/** The calendar date the wall clock in `timeZone` shows at `instant` (throws RangeError for an unknown zone). */
export function todayIn(timeZone: string, instant: Date): string {
  const offset = zoneOffsetMs(instant.getTime(), timeZone);
  return new Date(instant.getTime() + offset).toISOString().slice(0, 10);
}

/** The last millisecond of `date` on the wall clock of `timeZone`. */
export function endOfDayIn(date: string, timeZone: string): Date {
  return new Date(zonedInstant(addDays(date, 1), 0, timeZone).getTime() - 1);
}

/** "2026-12-20 23:59 Europe/Berlin": an instant on the wall clock of `timeZone`, to the minute. */
export function formatInstantIn(instant: Date, timeZone: string): string {
  const wall = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone));
  return `${wall.toISOString().slice(0, 16).replace("T", " ")} ${timeZone}`;
}

/** A moment a person typed: a bare day, or an instant with a time (no zone = UTC). */
export type Moment = { day: string; at: Date | null };

/**
 * Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`; null when it is not one, or names a day that
 * does not exist (2026-02-30). A bare day keeps `at` null: what a bare day means (its start, its end,
 * in which zone) is the caller's decision, stated where it is made.
 */
export function parseMoment(text: string): Moment | null {
  const match = momentPattern.exec(text.trim());
  if (!match) return null;
  const [, day, time, zone] = match as unknown as [string, string, string | undefined, string | undefined];
  if (!isCalendarDate(day)) return null;
  if (!time) return { day, at: null };
  const at = new Date(`${day}T${time}${zone ?? "Z"}`);
  return Number.isNaN(at.getTime()) ? null : { day, at };
}
