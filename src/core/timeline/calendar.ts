/**
 * Working days, as the Trade Assurance inspection lead times count them. Calendar dates themselves
 * (validity, arithmetic, formatting) are owned by ../dates.ts.
 */
import { addDays, dayOfWeek } from "../dates.ts";

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
