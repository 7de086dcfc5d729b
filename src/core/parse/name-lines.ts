/**
 * Copies from Messenger, iMessage and phone chat apps: each message under a line that holds only its sender's
 * name ("Lisa Aquaflow", "Piotr"), the days and times on lines of their own ("Tue, 2 Mar at 09:20",
 * "Yesterday 10:15", "Today 09:41"). Found by names that recur alone on their lines, each above a message.
 */
import type { MessagePart } from "../schemas.ts";
import { matchDateSeparator, matchTimestampLine } from "./line-patterns.ts";

type Draft = { speaker: string | null; at: string | null; parts: MessagePart[] };

/** A line that is only a person's or a company's name: up to four capitalised words, no digits. */
const nameOnly = /^[\p{Lu}][\p{L}'’.&_-]{0,24}(?: [\p{Lu}(][\p{L}'’.&()_-]{0,24}){0,3}$/u;
/** Words a line may hold alone that name nobody. */
const notAName =
  /^(?:ok(?:ay)?|thanks?|thank you|yes|no|hi|hello|hey|sure|great|done|perfect|noted|received|good|fine|deal|cool|nice|agreed|confirmed|you sent|you replied|replied to you|seen|delivered|read|sent|today|yesterday|tomorrow|subject|from|to)$/i;
/** A day or a time on a line of its own: "Tue, 2 Mar at 09:20", "Yesterday 10:15", "Today 09:41", "9:20 AM". */
const dayOrTime =
  /^(?:(?:today|yesterday|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)[^a-z\n]{0,12}(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[^a-z\n]{0,8})?(?:at\s)?)?\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?$|^(?:today|yesterday|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)$/i;

/** Names that stand alone on at least two lines each, each time above a message: the senders. */
function sendersOf(lines: readonly string[]): Set<string> | null {
  const counts = new Map<string, number>();
  let nonBlank = 0;
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === "") return;
    nonBlank += 1;
    if (!nameOnly.test(text) || notAName.test(text)) return;
    const next = lines
      .slice(index + 1, index + 3)
      .find((other) => other.trim() !== "")
      ?.trim();
    // (The line under a name holds the message: not another name, not a day.)
    if (next === undefined || nameOnly.test(next) || dayOrTime.test(next)) return;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  });
  const senders = [...counts].filter(([, count]) => count >= 2);
  const named = senders.reduce((sum, [, count]) => sum + count, 0);
  if (senders.length < 2 || named < 4 || named * 6 < nonBlank) return null;
  return new Set(senders.map(([name]) => name));
}

/**
 * The messages of a paste whose senders stand alone on the line above each message, or null when it is not
 * one. A paste that heads its messages with timestamps of their own is left to the timestamp reader.
 */
export function nameLineDrafts(lines: readonly string[]): Draft[] | null {
  if (lines.filter((line) => matchTimestampLine(line) !== null).length >= 2) return null;
  const senders = sendersOf(lines);
  if (!senders) return null;
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === "" || dayOrTime.test(text) || matchDateSeparator(line) !== null) return;
    if (senders.has(text)) {
      current = { speaker: text, at: null, parts: [] };
      drafts.push(current);
      return;
    }
    if (!current) {
      current = { speaker: null, at: null, parts: [] };
      drafts.push(current);
    }
    current.parts.push({ line: index + 1, text });
  });
  return drafts.filter((draft) => draft.parts.length > 0);
}
