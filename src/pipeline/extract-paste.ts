/**
 * The extraction step on its own: check -> parse -> resolve "today" -> extract (rules). Kept apart from the
 * review step so a caller that only wants the draft (`cli extract`) never loads the reviewer and its
 * English model, which cost more start-up time than the extraction itself.
 */
import { type Clock, fixedClock } from "../core/clock.ts";
import { extractWithConflicts } from "../core/extract/extract-draft.ts";
import { resolveNow } from "../core/extract/resolve-now.ts";
import { checkTranscriptText } from "../core/input.ts";
import { parseTranscript } from "../core/parse/parse-transcript.ts";
import type { Conflict, DraftOrder, ParsedTranscript } from "../core/schemas.ts";

/** What extraction hands on: the parsed transcript, the "today" it read dates against, the draft. */
export type ExtractedPaste = {
  transcript: ParsedTranscript;
  /** ISO instant. */
  now: string;
  draft: DraftOrder;
  conflicts: Conflict[];
};

/** check -> parse -> resolve "today" -> extract (rules). `now` is the caller's --now; `today` the clock's. */
export function extractPaste(input: { text: string; now?: string; today: string }): ExtractedPaste {
  const text = checkTranscriptText(input.text);
  const transcript = parseTranscript(text);
  const now = resolveNow(transcript, input.now ? new Date(input.now) : undefined, fixedClock(input.today));
  const extracted = extractWithConflicts(transcript, { now });
  return { transcript, now: now.toISOString(), draft: extracted.draft, conflicts: extracted.conflicts };
}

/** The steps' input from a caller's text and optional "today": `now` when given, the clock's day otherwise. */
export function pasteRequest(
  clock: Clock,
  input: { text: string; now?: Date },
): { text: string; now?: string; today: string } {
  const given = input.now && !Number.isNaN(input.now.getTime()) ? input.now.toISOString() : undefined;
  return { text: input.text, now: given, today: clock.now().toISOString() };
}
