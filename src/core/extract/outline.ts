/**
 * Notes that nest what was said about a product under the product's line:
 *
 *   * Masa moldeable set 6 colores (play dough, 6 x 140 g tubs)
 *     - list price $2.490 CLP + IVA per set
 *     - I said $2.200 -> R: "$2.250, última" -> OK
 *   * Burbujero gigante (giant bubble wand 45 cm)
 *     - $1.890 CLP + IVA, MOQ 600 per colour
 *
 * A line with lines standing in under it heads them; the lines under it speak of what it names, whatever else
 * they mention in passing ("Huang opened at USD 0.17/pc"). A line back at the margin ends the heading's lines.
 */
import type { ParsedTranscript } from "../schemas.ts";

/** Where a line stands in notes nested so: a heading, a line under one, or a line at the margin with none under it. */
export type OutlinePlace = "heading" | "under" | "margin";

/**
 * A line marked as an item of a list: "- ", "* ", "• ", "1. ", "2) ", "a) ", "b. " (the match is the mark and its
 * spaces). (A capital and a full stop may be a name's initial, "A. Smith said", so only a small letter's is a mark.)
 */
export const listMark = /^(?:[-*•·–]|\d{1,2}[.)]|[a-zA-Z]\)|[a-z]\.)\s+/;

/**
 * Each line's place, by line number, when the paste nests lines under others (else an empty map). Only a paste
 * whose lines carry their indentation (one without senders) can. Notes may nest deeper ("1. Products" over
 * "   a) HR-60 hose reel cart" over "      - Agreed 17.20 x 500 pcs"): a line is the heading of the marked lines
 * standing in further under it, and under the nearest heading standing out further than it.
 */
export function outlineOf(transcript: ParsedTranscript): Map<number, OutlinePlace> {
  const places = new Map<number, OutlinePlace>();
  // (Asked of the messages before their lines are gathered: most pastes carry no indentation at all.)
  if (!transcript.messages.some((message) => message.parts.some((part) => part.indent !== undefined)))
    return places;
  const parts = transcript.messages.flatMap((message) => message.parts);
  // The indentation of each heading whose lines are still running, outermost first.
  const open: number[] = [];
  parts.forEach((part, i) => {
    const level = part.indent ?? 0;
    while (open.length > 0 && open.at(-1)! >= level) open.pop();
    const next = parts[i + 1];
    if (next !== undefined && (next.indent ?? 0) > level && listMark.test(next.text)) {
      places.set(part.line, "heading");
      open.push(level);
    } else if (open.length > 0) places.set(part.line, "under");
    // (A line standing in under no heading is left unplaced, as it was written.)
    else if (part.indent === undefined) places.set(part.line, "margin");
  });
  return [...places.values()].includes("under") ? places : new Map();
}
