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

/**
 * The months as mail programs in Portuguese, Spanish, French, Italian, German, Dutch and Polish write them in a
 * reply's attribution ("Em ter., 25 de ago. de 2026 às 10:14, Coco Li escreveu:"), by their first letters.
 */
const foreignMonths: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["jan", "ene", "gen", "jän", "sty"]],
  [2, ["fev", "feb", "fév", "lut"]],
  [3, ["mar", "mär", "mrt", "maa"]],
  [4, ["abr", "avr", "apr", "kwi"]],
  [5, ["mai", "may", "mag", "mei", "maj"]],
  [6, ["jun", "jui", "giu", "cze"]],
  [7, ["jul", "lug", "lip"]],
  [8, ["ago", "aoû", "aou", "aug", "sie"]],
  [9, ["set", "sep", "wrz"]],
  [10, ["out", "oct", "okt", "ott", "paź", "paz"]],
  [11, ["nov", "lis"]],
  [12, ["dez", "dic", "déc", "dec", "gru"]],
];
/** "25 de ago. de 2026 às 10:14", "3 mars 2026 à 10:14", "3. März 2026 um 10:14": a day, a month's word, a year, a time. */
const foreignDate =
  /\b(\d{1,2})\.?\s(?:de\s)?(\p{L}{3,10})\.?,?\s(?:de\s)?(\d{4})(?:[^\d\n]{1,12}?(\d{1,2})[:h](\d{2}))?/iu;

/** "juin" is June and "juil" July in French: the fourth letter tells them apart. */
function foreignMonth(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower.startsWith("juil")) return 7;
  const stem = lower.slice(0, 3);
  return foreignMonths.find(([, stems]) => stems.includes(stem))?.[0] ?? null;
}

function foreignIso(text: string): string | null {
  const m = foreignDate.exec(text);
  const month = m ? foreignMonth(m[2]!) : null;
  if (!m || month === null) return null;
  return isoFromParts(Number(m[3]), month, Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0);
}

/** Read a free-form date ("Oct 22, 2026", "Tue, 20 Oct 2026 at 17:45") into ISO; null when none is found. */
export function isoFromText(text: string, reference?: Date): string | null {
  try {
    const results = chrono.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)));
    const first = results[0];
    if (!first?.start.isCertain("year")) return foreignIso(text);
    const start = first.start;
    const iso = isoFromParts(
      start.get("year") ?? 0,
      start.get("month") ?? 0,
      start.get("day") ?? 0,
      start.get("hour") ?? 0,
      start.get("minute") ?? 0,
      start.get("second") ?? 0,
    );
    // ("El mar, 3 mar 2026 a las 10:14": English reads the day and leaves the Spanish clock; the other languages'
    // reading of the same day has both.)
    if (iso && !start.isCertain("hour")) {
      const foreign = foreignIso(text);
      if (foreign && foreign.slice(0, 10) === iso.slice(0, 10)) return foreign;
    }
    return iso;
  } catch {
    return null;
  }
}

/** Replace the time of day of an ISO date with a wall-clock time. */
export function withTime(dateIso: string, hour: number, minute: number, second = 0): string | null {
  const day = dateIso.slice(0, 10).split("-").map(Number);
  return isoFromParts(day[0] ?? 0, day[1] ?? 0, day[2] ?? 0, hour, minute, second);
}
