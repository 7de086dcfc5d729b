/** "Today" for relative dates: the --now given, else the newest timestamp in the transcript, else the clock. */
import type { Clock } from "../clock.ts";
import type { ParsedTranscript } from "../schemas.ts";

/** @see ../../../../shared/contract.md (common options: --now) */
export function resolveNow(transcript: ParsedTranscript, given: Date | undefined, clock: Clock): Date {
  if (given && !Number.isNaN(given.getTime())) return given;
  if (transcript.newestAt) {
    const newest = new Date(transcript.newestAt);
    if (!Number.isNaN(newest.getTime())) return newest;
  }
  return clock.now();
}
