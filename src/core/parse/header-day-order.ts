/**
 * Which way a chat export's headers write their dates in figures ("11/03/26, 19:42 - Me:", "[09/03/2026 08:05]
 * Josh:"). A figure above 12 tells at once; where every header could be read both ways, the readings are
 * compared over the run of headers: a chat moves on a day at a time, so "11/03" then "12/03" is the 11th and
 * 12th of March, not the 3rd of November and of December. Null when nothing tells (one day's chat).
 */
import type { DateOrder } from "./line-patterns.ts";
import { isoFromParts } from "./timestamps.ts";

/** A figure date opening a line, as export headers write it, with its year. */
const headerDate = /^\s*\u200e?\[?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;

/** The day's number since 1970, or null when the figures name no real date. */
const dayNumber = (year: number, month: number, day: number): number | null => {
  const iso = isoFromParts(year, month, day);
  return iso ? Date.parse(iso) / 86_400_000 : null;
};

export function headerDayOrder(lines: readonly string[]): DateOrder | null {
  const dates: Array<[number, number, number]> = [];
  for (const line of lines) {
    const m = headerDate.exec(line);
    if (!m) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first > 12 && second <= 12) return "dmy";
    if (second > 12 && first <= 12) return "mdy";
    const last = dates.at(-1);
    const year = Number(m[3]);
    if (!last || last[0] !== first || last[1] !== second || last[2] !== year)
      dates.push([first, second, year]);
  }
  let dayFirstGaps = 0;
  let monthFirstGaps = 0;
  for (let i = 1; i < dates.length; i++) {
    const [a0, b0, y0] = dates[i - 1]!;
    const [a1, b1, y1] = dates[i]!;
    const dayFirst = [dayNumber(y0, b0, a0), dayNumber(y1, b1, a1)];
    const monthFirst = [dayNumber(y0, a0, b0), dayNumber(y1, a1, b1)];
    if (dayFirst.includes(null) || monthFirst.includes(null)) continue;
    dayFirstGaps += Math.abs(dayFirst[1]! - dayFirst[0]!);
    monthFirstGaps += Math.abs(monthFirst[1]! - monthFirst[0]!);
  }
  if (dayFirstGaps < monthFirstGaps) return "dmy";
  if (monthFirstGaps < dayFirstGaps) return "mdy";
  return null;
}
