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

/** A line marked as an item of a list: "- ", "* ", "• ", "1. ", "2) " (the match is the mark and its spaces). */
export const listMark = /^(?:[-*•·–]|\d{1,2}[.)])\s+/;

/**
 * Each line's place, by line number, when the paste nests lines under others (else an empty map). Only a paste
 * whose lines carry their indentation (one without senders) can.
 */
export function outlineOf(transcript: ParsedTranscript): Map<number, OutlinePlace> {
  const parts = transcript.messages.flatMap((message) => message.parts);
  const places = new Map<number, OutlinePlace>();
  if (!parts.some((part) => part.indent !== undefined)) return places;
  let heading = false;
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    if (part.indent !== undefined) {
      if (heading) places.set(part.line, "under");
      return;
    }
    heading = next?.indent !== undefined && listMark.test(next.text);
    places.set(part.line, heading ? "heading" : "margin");
  });
  return [...places.values()].includes("under") ? places : new Map();
}
