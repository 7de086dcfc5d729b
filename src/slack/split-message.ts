/**
 * Splits text that is too long for one Slack text object into several, at line breaks where it can,
 * so long content is posted in parts and never dropped.
 * @see ../shared/data/external/slack-schemas/slack-limits.md (3,000 characters per section text)
 */
import { slackLimits } from "./blocks/slack-limits.ts";

/** Cut `text` into pieces of at most `limit` characters, preferring line breaks, then spaces; never loses a character. */
export function splitMessage(text: string, limit: number = slackLimits.sectionText): string[] {
  if (limit < 1) throw new RangeError("limit must be positive");
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    // Cut after the last newline in the window, else after the last space, else hard at the limit.
    let cut = window.lastIndexOf("\n") + 1;
    if (cut < limit / 2) cut = Math.max(cut, window.lastIndexOf(" ") + 1);
    if (cut <= 0) cut = limit;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Shorten a label to `limit` characters with an ellipsis (for button texts and titles, where the full text is shown elsewhere). */
export function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
