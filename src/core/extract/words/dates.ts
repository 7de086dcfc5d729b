/** Date words, written once: month and weekday names as the patterns that skip or read dates need them. */

export const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

export const weekdayNames = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;

/** Regex alternation of the three-letter month stems ("jan|feb|...|dec"). */
export const monthStems = monthNames.map((m) => m.slice(0, 3)).join("|");

/** Regex alternation of month names and their usual short forms, longest first ("september|sept|sep|..."). */
export const monthWords = [...new Set([...monthNames, "sept", ...monthNames.map((m) => m.slice(0, 3))])]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Month and weekday names with a capital, as they stand after an Incoterm ("FOB May" is no port). */
export const capitalisedDateWords = [
  ...monthNames,
  "sept",
  ...monthNames.map((m) => m.slice(0, 3)),
  ...weekdayNames,
].map((word) => word[0]!.toUpperCase() + word.slice(1));

/**
 * Month names of the other languages buyers write in (Spanish, Portuguese, French, German, Indonesian), after a day
 * with or without "de" ("el 5 de diciembre", "5 décembre", "5. Dezember", "5 Desember"): a pattern's source.
 */
export const otherLanguageMonthAfter = String.raw`(?:de\s|\.\s)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maret|mei|agustus|desember)(?![a-zà-ÿ])`;
