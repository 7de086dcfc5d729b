/** A chat written as lines, read by the rules engine as the draft a person would see. */
import { extractWithConflicts } from "../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../src/core/parse/parse-transcript.ts";
import type { DraftOrder } from "../../src/core/schemas.ts";

const defaultNow = new Date("2026-11-20T12:00:00Z");

/** The draft of a chat given as lines ("Buyer: ...", "Supplier: ..."). */
export function draftOf(lines: readonly string[], now = defaultNow): DraftOrder {
  return extractWithConflicts(parseTranscript(lines.join("\n")), { now }).draft;
}

/** Each item of the chat's draft as [name, quantity, unit price]. */
export function itemRowsOf(
  lines: readonly string[],
  now = defaultNow,
): Array<[string, number | null, number | null]> {
  return draftOf(lines, now).items.map((item) => [item.name, item.quantity, item.unitPrice]);
}
