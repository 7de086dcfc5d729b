/**
 * Which way a paste writes a day and a month in figures. "Ship by 3/2" is the 3rd of February in Dublin,
 * Bilbao or Istanbul and the 2nd of March in Texas; the chat itself usually tells: a figure date that can be
 * read one way only ("26/1", "11/14/2026"), or dates written with the month's name ("12 Jan" against
 * "Jan 12"). With no sign either way, figures read month first, as before.
 */

import { matchesOf } from "../matches.ts";

/** A day and a month in figures, with an optional year: "26/1", "3/2/27", "14.11.2026", "11-14-2026". */
const figureDate = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|\.\d|-\d)/g;
/** Words before a figure date without a year that make it a date, not a fraction or a finish ("24/410"). */
const dateWord =
  /\b(?:by|before|on|until|till|latest|date|dated|etd|eta|from|since|ship|shipped|shipping|deliver(?:ed|y)?|sent|paid|arrive[sd]?|ready|due|the)\s$/i;
const months = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
/** "12 Jan", "3rd of March": the day before the month's name. */
const dayThenMonth = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:${months})[a-z]*\b`, "gi");
/** "Jan 12", "March 3rd": the month's name before the day (not before a year: "Jan 2027"). */
const monthThenDay = new RegExp(
  String.raw`\b(?:${months})[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?\b(?!\d|:)`,
  "gi",
);

/** Weight of a figure date that reads one way only, against a date written with its month's name. */
const figureWeight = 3;

/**
 * Whether the paste's figure dates put the day first; false when nothing says so. The export's headers, where
 * they tell (`headers`), count as much as a figure date that reads one way only.
 */
export function dayFirstIn(texts: readonly string[], headers?: "dmy" | "mdy"): boolean {
  let vote = headers === "dmy" ? figureWeight : headers === "mdy" ? -figureWeight : 0;
  for (const text of texts) {
    if (!/\d/.test(text)) continue;
    // (matchesOf, not matchAll: matchAll copies the pattern on every call, for every message of the paste.)
    for (const m of matchesOf(figureDate, text)) {
      const first = Number(m[1]);
      const second = Number(m[3]);
      // A dot without a year is a decimal ("3.2 mm"); a slash without one a fraction ("5/16 inch") unless a date
      // word stands before it, or its first figure is above 12 ("closed 26/1": no fraction is over one).
      if (!m[4] && m[2] !== "/") continue;
      if (!m[4] && first <= 12 && !dateWord.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (first >= 13 && first <= 31 && second >= 1 && second <= 12) vote += figureWeight;
      else if (second >= 13 && second <= 31 && first >= 1 && first <= 12) vote -= figureWeight;
      // ("14.11.2026": dotted with its year, Europe's way, whatever the figures.)
      else if (m[2] === "." && m[4]) vote += 1;
    }
    if (!/[a-z]/i.test(text)) continue;
    vote += matchesOf(dayThenMonth, text).length;
    vote -= matchesOf(monthThenDay, text).length;
  }
  return vote > 0;
}
