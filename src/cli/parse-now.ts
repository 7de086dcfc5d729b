/**
 * The contract's `--now YYYY-MM-DD[THH:MM[:SS]Z]` option. Read by the one date parser (../core/dates.ts),
 * so a day that does not exist is refused here as it is by `/order`. A bare date is midnight UTC for
 * reading a transcript; `tick` reads it as the end of that day (see ./tick.ts).
 */
import { parseMoment } from "../core/dates.ts";
import { AppError } from "../errors.ts";

/** The instant `--now` names, and the bare day when no time was given. */
export function parseNowOption(value: string): { at: Date; bareDay: string | null } {
  const moment = parseMoment(value);
  if (!moment) {
    const looksRight = /^\d{4}-\d{2}-\d{2}/.test(value.trim());
    throw new AppError(
      "bad_arguments",
      looksRight
        ? `--now "${value}" is not a date that exists: use 2026-12-25 or 2026-12-25T12:00:00Z.`
        : `--now must look like 2026-12-25 or 2026-12-25T12:00:00Z, not "${value}".`,
    );
  }
  return moment.at
    ? { at: moment.at, bareDay: null }
    : { at: new Date(`${moment.day}T00:00:00Z`), bareDay: moment.day };
}

/** `--now` as an instant (a bare date is midnight UTC). */
export function parseNow(value: string): Date {
  return parseNowOption(value).at;
}
