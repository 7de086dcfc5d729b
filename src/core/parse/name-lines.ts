/**
 * Copies from Messenger, iMessage and phone chat apps: each message under a line that holds only its sender's
 * name ("Lisa Aquaflow", "Piotr") or Messenger's own ("You sent", "Hoa Nguyen replied to you"), the days and
 * times on lines of their own ("Tue, 2 Mar at 09:20", "Yesterday 10:15", "Feb 23, 2027, 9:14 AM"). Found by
 * senders that recur alone on their lines, each above a message.
 */
import { matchDateSeparator, matchTimestampLine } from "./line-patterns.ts";
import type { Draft } from "./parse-transcript.ts";

/** A line that is only a person's or a company's name: up to four capitalised words, no digits. */
const nameOnly = /^[\p{Lu}][\p{L}'’.&_-]{0,24}(?: [\p{Lu}(][\p{L}'’.&()_-]{0,24}){0,3}$/u;
/** Words a line may hold alone that name nobody. */
const notAName =
  /^(?:ok(?:ay)?|thanks?|thank you|yes|no|hi|hello|hey|sure|great|done|perfect|noted|received|good|fine|deal|cool|nice|agreed|confirmed|seen|delivered|read|sent|today|yesterday|tomorrow|subject|from|to)$/i;
/** Messenger's own lines: "You sent", "You replied to Hoa", "Hoa Nguyen replied to you" head a message. */
const youSent = /^You (?:sent|replied(?: to .{1,40})?)$/;
const repliedToYou = /^(.{2,40}) replied to you$/;
/** The words a line giving only a day or a time may hold besides figures, commas and colons. */
const dayWords =
  /\b(?:today|yesterday|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|at|[ap]\.?m)\b\.?/gi;

/** A day named by its month alone, as LinkedIn heads a day: "MAY 12", "Nov 3, 2026", "12 May". */
const monthDay =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?: \d{4})?)$/i;

/** A day or a time on a line of its own: nothing but day and month words, figures, "at" and a clock time. */
function dayOrTime(line: string): boolean {
  if (line.length > 40) return false;
  if (monthDay.test(line)) return true;
  if (
    !/\d{1,2}:\d{2}/.test(line) &&
    !/^(?:today|yesterday|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)$/i.test(line)
  )
    return false;
  return /^[\d\s,.:/-]*$/.test(line.replace(dayWords, " "));
}

/**
 * Headers that give the sender beside the time: "[16/11/2026 09:14] Harriet Cole" (Teams, Skype), "Sunny
 * Zhou, Nov 16, 9:12 PM" (Google Chat), "Kevin Chen sent the following messages at 3:47 PM" (LinkedIn).
 */
const timeThenName = /^\[([^\]]{4,30})\] (.{2,60})$/;
const nameThenTime = /^([^,]{2,40}), (.{4,30})$/;
const sentAt = /^(.{2,40}) sent the following messages? at (.{4,12})$/;
/** LinkedIn's link under each header names nobody's message. */
const profileLink = /^View .{1,40}['’]s profile$/;

/** A phone number alone on its line: an SMS export names a contact not in the phone by the number ("+86 138 2614 4417"). */
const phoneOnly = /^\+\d[\d ()-]{6,18}\d$/;

/** A name alone on its line: a person or a company, no word of a chat. */
const aName = (text: string) => {
  if (phoneOnly.test(text)) return true;
  // ("Jenny Xu (Yongkang Greenleaf Tools)": a company in brackets after a name is the sender's.)
  const name = text.replace(/ \([^()]{2,60}\)$/, "");
  return nameOnly.test(name) && !notAName.test(name);
};

/** The sender a line names alone or in a header with the time, or null. */
function senderOf(text: string): string | null {
  if (youSent.test(text)) return "You";
  const replied = repliedToYou.exec(text);
  if (replied) return replied[1]!;
  const stamped = timeThenName.exec(text);
  if (stamped && dayOrTime(stamped[1]!) && aName(stamped[2]!)) return stamped[2]!;
  const dated = nameThenTime.exec(text) ?? sentAt.exec(text);
  if (dated && dayOrTime(dated[2]!) && aName(dated[1]!)) return dated[1]!;
  return aName(text) ? text : null;
}

/** Senders that stand alone on at least two lines each, each time above a message. */
function sendersOf(lines: readonly string[]): Set<string> | null {
  const counts = new Map<string, number>();
  let nonBlank = 0;
  lines.forEach((line, index) => {
    const text = line.trim();
    if (text === "") return;
    nonBlank += 1;
    const sender = senderOf(text);
    if (sender === null) return;
    const next = lines
      .slice(index + 1, index + 3)
      .find((other) => other.trim() !== "")
      ?.trim();
    // (The line under a name holds the message: not another name, not a day.)
    if (next === undefined || senderOf(next) !== null || dayOrTime(next)) return;
    counts.set(sender, (counts.get(sender) ?? 0) + 1);
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
    if (text === "" || dayOrTime(text) || profileLink.test(text) || matchDateSeparator(line) !== null) return;
    const sender = senderOf(text);
    if (sender !== null && senders.has(sender)) {
      current = { speaker: sender, at: null, parts: [] };
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
