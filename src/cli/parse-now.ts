/** The contract's `--now YYYY-MM-DD[THH:MM[:SS]Z]` option, read as an instant (a bare date is midnight UTC). */
import { AppError } from "../errors.ts";

const nowPattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseNow(value: string): Date {
  const match = nowPattern.exec(value.trim());
  if (!match)
    throw new AppError(
      "bad_arguments",
      `--now must look like 2026-12-25 or 2026-12-25T12:00:00Z, not "${value}".`,
    );
  const [, date, time, zone] = match;
  const instant = new Date(time ? `${date}T${time}${zone ?? "Z"}` : `${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime()))
    throw new AppError("bad_arguments", `--now "${value}" is not a real date.`);
  return instant;
}
