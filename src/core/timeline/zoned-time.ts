/**
 * Wall-clock times in an IANA time zone turned into instants, with Intl only (no time-zone library):
 * "09:00 in Europe/Berlin on 2026-03-29" is 07:00Z, the same wall time a day earlier is 08:00Z.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA name this runtime knows (e.g. "America/New_York", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds the zone's wall clock is ahead of UTC at `instant` (negative west of Greenwich). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return wall - (instant - (instant % 1000));
}

/**
 * The instant at which the wall clock in `timeZone` shows `hour`:`minute` on `date` (YYYY-MM-DD).
 * Like Temporal's "compatible" rule: a wall time repeated in autumn resolves to its first occurrence,
 * one skipped in spring to the same distance after the gap (02:30 -> 03:30 summer time).
 */
export function zonedInstant(date: string, hour: number, timeZone: string, minute = 0): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hour, minute);
  const day = 86_400_000;
  // A zone changes its offset at most once within a day either side, so these two cover every case.
  const before = zoneOffsetMs(wallAsUtc - day, timeZone);
  const after = zoneOffsetMs(wallAsUtc + day, timeZone);
  const candidates = [wallAsUtc - before, wallAsUtc - after];
  const valid = candidates.filter((instant) => instant === wallAsUtc - zoneOffsetMs(instant, timeZone));
  return new Date(valid.length > 0 ? Math.min(...valid) : Math.max(...candidates));
}
