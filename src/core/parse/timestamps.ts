/**
 * Timestamps as chat exports write them, read into ISO 8601. Wall-clock times without a zone are
 * kept as written (tagged Z) because only the calendar date matters for "today".
 */
// English only: the package root loads every locale (some 260 modules) for nothing.
import * as chrono from "chrono-node/en";

/** Build an ISO string from calendar parts; null when the parts are not a real date. */
export function isoFromParts(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): string | null {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (date.getUTCDate() !== day) return null;
  // Every header of a chat export has a timestamp: write the usual four-digit year by hand, which
  // costs a fraction of toISOString.
  const plain = year >= 1000 && year <= 9999 && whole(year, month, hour, minute, second);
  if (!plain) return date.toISOString().replace(".000Z", "Z");
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}Z`;
}

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const whole = (...values: number[]) => values.every((value) => Number.isInteger(value) && value >= 0);

/** Convert "2:05 PM" style hours to 24-hour. */
export function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toUpperCase().startsWith("P");
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Read a free-form date ("Oct 22, 2026", "Tue, 20 Oct 2026 at 17:45") into ISO; null when none is found. */
export function isoFromText(text: string, reference?: Date): string | null {
  try {
    const results = chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)));
    const first = results[0];
    if (!first?.start.isCertain("year")) return null;
    const start = first.start;
    return isoFromParts(
      start.get("year") ?? 0,
      start.get("month") ?? 0,
      start.get("day") ?? 0,
      start.get("hour") ?? 0,
      start.get("minute") ?? 0,
      start.get("second") ?? 0,
    );
  } catch {
    return null;
  }
}

/** Replace the time of day of an ISO date with a wall-clock time. */
export function withTime(dateIso: string, hour: number, minute: number, second = 0): string | null {
  const day = dateIso.slice(0, 10).split("-").map(Number);
  return isoFromParts(day[0] ?? 0, day[1] ?? 0, day[2] ?? 0, hour, minute, second);
}
