/**
 * Header lines of the chat formats buyers paste: each recogniser returns who spoke and when, or null.
 * Kept apart from the parser so each format can be tested on its own.
 */

import { csvCells } from "../csv-cells.ts";
import { matchesOf } from "../matches.ts";
import type { Role } from "../schemas.ts";
import { isoFromParts, isoFromText, to24h, withTime } from "./timestamps.ts";

/** A header line: the speaker, the timestamp (ISO or null) and any message text on the same line. */
export type HeaderMatch = {
  speaker: string | null;
  at: string | null;
  text: string | null;
  bodyOffset: number;
  /** The line holds the whole message (a row of a table): a line after it that is no row is no part of it. */
  whole?: true;
};

/** Words that end a sentence rather than a name ("see you at 10:30" is not a WeChat header). */
const trailingFunctionWord =
  /\b(at|by|before|after|until|till|around|from|to|on|about|is|are|was|the|of|and|or)$/i;

/**
 * A company as the sender label, the way Alibaba's message centre shows a supplier account:
 * "Ningbo Example Trading Co., Ltd. (Lily)", "Shenzhen Bright Lighting (Anna)" or a person before their
 * company, "Liang Mei (Zhongshan Brightline Lighting Co., Ltd.)": longer than a
 * person's name, and it may end in a company abbreviation's full stop.
 */
const companySender =
  /^[^()\n]{2,70}?(?:\b(?:co|ltd|limited|inc|corp|llc|gmbh|company|factory|trading|industry|industrial|group|jsc|exports|impex|ltd\.?\s?[şs]ti|a\.\s?ş)\.?(?:\s*\([^()\n]{1,30}\))?|\s\([^()\n]{1,30}\)|\s\([^()\n]{2,60}?\b(?:co|ltd|limited|inc|corp|llc|gmbh|company|factory|trading|ltd\.?\s?[şs]ti|a\.\s?ş)\.?\))$/iu;

function plausibleName(name: string): boolean {
  const trimmed = name.trim();
  const words = trimmed.split(/\s+/);
  // Every word of a company label is capitalised ("Co.,", "Ltd.", "(Lily)"); a sentence is not.
  // (A dot or a dash may set the person apart from the company: "Sunny Huang · Xiamen X Co., Ltd.")
  // (A Chinese name has no capitals: "陈静 Chen Jing | Xiamen Bluecrest Outdoor Products Co., Ltd.")
  const capitalised = words.every(
    (word) => /^[("]?[\p{Lu}0-9&\u4e00-\u9fff]/u.test(word) || /^[·|–—-]$/.test(word),
  );
  if (words.length <= 11 && capitalised && companySender.test(trimmed)) return true;
  // ("Amy Xu | Foshan Dingsheng Hardware", "Lan Pham - Sunrise Outdoor": a person and the company set apart, its
  // legal form left out.)
  if (words.length <= 10 && trimmed.length <= 70 && capitalised && /\s[·|–—-]\s/.test(trimmed)) return true;
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  if (trimmed.split(/\s+/).length > 4) return false;
  if (trailingFunctionWord.test(trimmed)) return false;
  return !/[.!?,;:]$/.test(trimmed);
}

const endsInClock = /:\d\d\s*$/;
const alibabaHeader =
  /^\s*(\S.{0,58}?)\s+(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ ,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;

/**
 * A header's name and date set apart by a dot or a bar, the last one on the line: `Nasrin Akter · Mar 1, 2027
 * 4:12 PM`, `Grace Liu · Fujian Zhuyun Bamboo Products Co., Ltd. | Oct 5, 2026 10:10`.
 */
const nameDateSeparator = /\s[·•|]\s/g;
const endsInClockOrMeridiem = /:\d\d(?::\d\d)?(?: ?[AaPp]\.?[Mm]\.?)?\s*$/;

/**
 * Alibaba.com message-center export: `Name  2026-10-02 10:31`, the text on the following lines; the app and
 * other messengers write the date out, after a dot (`Nasrin Akter · Mar 1, 2027 4:12 PM`).
 */
export function matchAlibabaHeader(line: string): HeaderMatch | null {
  if (csvRowStart.test(line)) {
    const row = matchCsvRow(line);
    if (row) return row;
  }
  // Zalo and some desktop apps put the time before the date: `Thu Tran - Greenleaf  09:10 24/07/2026`.
  if (endsInDate.test(line)) return matchTimeFirstHeader(line);
  // A header ends in its clock time: most lines of a paste are messages and are passed over at once.
  if (line.endsWith("]")) return matchBracketedDateHeader(line);
  if (!endsInClockOrMeridiem.test(line)) return null;
  if (line.includes(" — ")) {
    const discord = matchDiscordHeader(line);
    if (discord) return discord;
  }
  const m = endsInClock.test(line) ? alibabaHeader.exec(line) : null;
  if (!m) return matchDayFirstHeader(line) ?? matchNamedDateHeader(line);
  if (!plausibleName(m[1]!) || /\d{4}/.test(m[1]!)) return null;
  const at = isoFromParts(+m[2]!, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7] ? +m[7] : 0);
  return { speaker: m[1]!.trim(), at, text: null, bodyOffset: line.length };
}

/** The same header with the day first and a 12-hour clock, as Teams and Outlook copy it: `Liam O'Connor 18/01/2027 2:02 PM`. */
const dayFirstHeader =
  /^\s*(\S.{0,58}?) (\d{1,2})[/.-](\d{1,2})[/.-](\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])\.?[Mm]\.?)?\s*$/;

function matchDayFirstHeader(line: string): HeaderMatch | null {
  const m = dayFirstHeader.exec(line);
  if (!m || !plausibleName(m[1]!)) return null;
  // (Day first unless the first number cannot be a day's month: "01/18/2027" is written month first.)
  const [month, day] = dayAndMonth(+m[2]!, +m[3]!);
  const hour = to24h(+m[5]!, m[8] ? `${m[8]}m` : undefined);
  const at = isoFromParts(+m[4]!, month, day, hour, +m[6]!, m[7] ? +m[7] : 0);
  return { speaker: m[1]!.trim(), at, text: null, bodyOffset: line.length };
}

/**
 * Discord's copy: the user name, an em dash and the date month first, or "Today" / "Yesterday" with the time:
 * `velowerks_mike — 03/09/2027 8:52 PM`, `amy_rongda — Yesterday at 2:15 AM` (the day of those is not known).
 */
const discordHeader =
  /^\s*(\S[^—\n]{0,40}?) — (?:(\d{1,2})\/(\d{1,2})\/(\d{4}),? |(?:Today|Yesterday|Last \w+day) at )(\d{1,2}):(\d{2})(?: ?([AaPp])\.?[Mm]\.?)?$/;

function matchDiscordHeader(line: string): HeaderMatch | null {
  const m = discordHeader.exec(line.trimEnd());
  if (!m || !/^[\w.\s'’-]+$/u.test(m[1]!) || m[1]!.split(/\s+/).length > 4) return null;
  const hour = to24h(+m[5]!, m[7] ? `${m[7]}m` : undefined);
  const at = m[4] ? isoFromParts(+m[4], +m[2]!, +m[3]!, hour, +m[6]!, 0) : null;
  return { speaker: m[1]!.trim(), at, text: null, bodyOffset: line.length };
}

/**
 * A chat exported as CSV rows, time, sender and text: `2027-01-05 10:11,Coco (Jiaxin Auto),"JX-M8 vent holder 12.5
 * RMB/pc, EXW Shenzhen"`, or the date and the time in columns of their own, the date as the phone's locale
 * writes it (Viber: `06/04/2026,09:12,Cindy Wu,"Dear Diego..."`), the sender's phone number in a column of its own
 * or not (`03/06/2026,09:14,Jessa Villanueva,+639171234508,"Hi po"`). The text may be quoted, its own quotes doubled.
 */
const csvRowStart = /^(?:\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{4})[ T,]\d/;
const csvRow =
  /^(?:(\d{4})-(\d\d)-(\d\d)|(\d{1,2})[/.](\d{1,2})[/.](\d{4}))[ T,](\d{1,2}):(\d\d)(?::(\d\d))?,([^,"\n]{1,60}|"[^"\n]{1,60}"),(?:"?\+?\d[\d ()-]{5,19}"?,)?("?)/;

function matchCsvRow(line: string): HeaderMatch | null {
  const m = csvRow.exec(line);
  if (!m) return null;
  const speaker = m[10]!.replace(/^"|"$/g, "").trim();
  if (!plausibleName(speaker)) return null;
  const quoted = m[11] === '"';
  const rest = line.slice(m[0].length);
  const body = quoted ? rest.replace(/"\s*$/, "") : rest;
  const [year, month, day] = m[1] ? [+m[1], +m[2]!, +m[3]!] : [+m[6]!, ...dayAndMonth(+m[4]!, +m[5]!)];
  const at = isoFromParts(year, month, day, +m[7]!, +m[8]!, m[9] ? +m[9] : 0);
  return { speaker, at, text: body.replace(/""/g, '"'), bodyOffset: m[0].length };
}

/**
 * A chat exported as a table whose header row names its columns ("Date,From,Channel,Message,Tag" from Airtable,
 * "Date,Time,Sender,Phone,Message" from Viber): which column holds the sender, the text, the date and the time.
 */
export type CsvChatLayout = { columns: number; sender: number; text: number; date: number; time: number };

const senderColumn = /^(?:from|sender|author|name|user|speaker|who|sent by)$/i;
const textColumn = /^(?:message|messages|text|body|content|msg)$/i;

/** The layout a header row gives, or null when the line is no such header. */
export function csvChatLayout(line: string): CsvChatLayout | null {
  if (!line.includes(",") || line.length > 200) return null;
  const names = csvCells(line).map((cell) => cell.text);
  if (names.length < 3 || names.some((name) => !/^[A-Za-z][A-Za-z ()_-]{0,30}$/.test(name))) return null;
  const sender = names.findIndex((name) => senderColumn.test(name));
  const text = names.findIndex((name) => textColumn.test(name));
  if (sender < 0 || text < 0) return null;
  return {
    columns: names.length,
    sender,
    text,
    date: names.findIndex((name) => /^(?:date|day|sent|timestamp|date ?time)$/i.test(name)),
    time: names.findIndex((name) => /^time$/i.test(name)),
  };
}

/** A row of a chat exported under such a header: its sender, date and text (the cell, quotes taken off). */
export function matchCsvChatRow(line: string, layout: CsvChatLayout): HeaderMatch | null {
  if (!line.includes(",")) return null;
  const cells = csvCells(line);
  if (cells.length !== layout.columns) return null;
  const speaker = cells[layout.sender]!.text;
  const text = cells[layout.text]!;
  if (!plausibleName(speaker) || text.text === "") return null;
  // (A "time" column may hold the date too: "2027-01-05 10:02".)
  const time = layout.time >= 0 ? cells[layout.time]!.text : "";
  const date = layout.date >= 0 ? cells[layout.date]!.text : time;
  const iso = /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d{1,2}):(\d\d))?/.exec(date);
  const figures = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ ,]+(\d{1,2}):(\d\d))?/.exec(date);
  const clock = /^(\d{1,2}):(\d\d)/.exec(time);
  const [year, month, day, hour, minute] = iso
    ? [+iso[1]!, +iso[2]!, +iso[3]!, iso[4], iso[5]]
    : figures
      ? [+figures[3]!, ...dayAndMonth(+figures[1]!, +figures[2]!), figures[4], figures[5]]
      : [null, null, null, undefined, undefined];
  const at =
    year !== null
      ? isoFromParts(year, month!, day!, +(clock?.[1] ?? hour ?? 0), +(clock?.[2] ?? minute ?? 0), 0)
      : null;
  return { speaker, at, text: text.text.replace(/""/g, '"'), bodyOffset: text.start, whole: true };
}

/** Month and day of a date written with its day and month in figures: day first, unless only month first can be. */
function dayAndMonth(first: number, second: number): [month: number, day: number] {
  return second > 12 ? [first, second] : [second, first];
}

/** The time, then the date: `Joanna Reyes  08:41 24/07/2026`, `Thu Tran - Greenleaf  09:10 24/07/2026`. */
const endsInDate = /\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/;
const timeFirstHeader =
  /^\s*(\S.{0,58}?)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])\.?[Mm]\.?)?,? (\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

function matchTimeFirstHeader(line: string): HeaderMatch | null {
  const m = timeFirstHeader.exec(line);
  if (!m || !plausibleName(m[1]!)) return null;
  const [month, day] = dayAndMonth(+m[6]!, +m[7]!);
  const hour = to24h(+m[2]!, m[5] ? `${m[5]}m` : undefined);
  const at = isoFromParts(+m[8]!, month, day, hour, +m[3]!, m[4] ? +m[4] : 0);
  return at ? { speaker: m[1]!.trim(), at, text: null, bodyOffset: line.length } : null;
}

/**
 * Telegram Desktop's copy of several messages: the sender, a comma and the day-first date in brackets on a line of
 * its own, `Tom Fletcher, [12.01.2027 09:05]` (the year may be two digits: `[12.03.27 10:14]`), and what kind of
 * message it was in brackets after it: `Mert Aydın (Konya Fren), [19.01.2027 10:12] [voice 0:52]`.
 */
const bracketedDateHeader =
  /^\s*(\S.{0,78}?),? \[(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])\.?[Mm]\.?)?\](?: \[[\p{L} ]{1,20}(?: \d{1,2}:\d\d)?\])?$/u;

function matchBracketedDateHeader(line: string): HeaderMatch | null {
  const m = bracketedDateHeader.exec(line.trimEnd());
  if (!m || !plausibleName(m[1]!)) return null;
  const year = m[4]!.length === 2 ? 2000 + +m[4]! : +m[4]!;
  const hour = to24h(+m[5]!, m[8] ? `${m[8]}m` : undefined);
  const at = isoFromParts(year, +m[3]!, +m[2]!, hour, +m[6]!, m[7] ? +m[7] : 0);
  return { speaker: m[1]!.trim(), at, text: null, bodyOffset: line.length };
}

/** A voice note's length after its header's date ("· 1:34"), and the icon a transcript sets before the name ("🎤"). */
const voiceLength = /\s[·•|]\s\d{1,2}:\d\d\s*$/;
const leadingIcon = /^[^\p{L}\p{N}("]+/u;

function matchNamedDateHeader(line: string): HeaderMatch | null {
  if (line.length > 140) return null;
  // ("🎤 Emre Yıldız · 11 Jan 2027, 15:42 · 1:34": a transcribed voice note's header ends in the note's length.)
  const header = line.replace(voiceLength, "");
  // ("Yousef Al-Enezi  Mar 1, 2027 10:15": the message center's export sets the date apart by two spaces.)
  // (Not a Gmail print's "Lucy Chen <lucy@...>    Mon, Mar 2, 2026 at 3:12 PM": the e-mail reader takes those.)
  const last =
    matchesOf(nameDateSeparator, header).at(-1) ??
    (/[<@]/.test(header) ? undefined : matchesOf(/ {2,}(?=\S)/g, header).at(-1));
  if (!last) return null;
  const name = header.slice(0, last.index).trim().replace(leadingIcon, "");
  const date = header.slice(last.index + last[0].length).trim();
  if (name.length < 2 || date.length < 6 || date.length > 40 || !plausibleName(name)) return null;
  const at = isoFromText(date);
  if (!at) return null;
  return { speaker: name, at, text: null, bodyOffset: line.length };
}

const weChatHeader =
  /^\s*([^\s\d:：[\]<>@][^\d:：[\]<>@]{0,69}?)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?\s*$/;

/**
 * The same header with the message on its line (`Leo 10:06 hood should be black`): only for a name
 * of at most three words, each capitalised (or Chinese), so "ok 10:30 works" stays a message.
 */
const weChatInline =
  /^\s*((?:[A-Z\u4e00-\u9fff][\w.'\u4e00-\u9fff-]{0,20})(?: [A-Z\u4e00-\u9fff][\w.'\u4e00-\u9fff-]{0,20}){0,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?\s+(\S.*)$/u;

/** WeChat-style header `Lily 10:31` (the date comes from separators); `dateIso` is the current day. */
/** A name, the day and month, the time, then the message: `Jerry 22/09 10:14  Kasia, for jumbo...`. */
const dayMonthInline =
  /^\s*([A-Z][\w.'-]{0,20}(?: [A-Z][\w.'-]{0,20}){0,2}) (\d{1,2})[/.](\d{1,2}) (\d{1,2}):(\d{2})\s+(\S.*)$/;

/**
 * A call transcript's speaker line with the time into the call (`Speaker 1  0:04`, Otter and Zoom): the
 * elapsed time is no clock, so the message has no timestamp.
 */
const callTranscriptHeader = /^\s*((?:Speaker|Participant|Guest)\s?\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/i;

/**
 * KakaoTalk's export for PC: the name and the time each in brackets, the message after them, the day on
 * separator lines (`[Han Jiwoo] [오전 10:02] Hello Mr. Lin`, `[Lin Hao] [10:15 AM] Hello!`). The morning and
 * afternoon may be written in Korean, Japanese or Chinese before the time.
 */
const kakaoHeader =
  /^\s*\[([^\][\n]{1,60})\] \[(?:(오전|오후|午前|午後|上午|下午|AM|PM|am|pm) ?)?(\d{1,2}):(\d{2})(?: ?([AaPp][Mm]))?\](?: (.*))?$/;
const afternoonWords = new Set(["오후", "午後", "下午"]);

function matchKakaoHeader(line: string, dateIso: string | null): HeaderMatch | null {
  const m = kakaoHeader.exec(line);
  if (!m || !plausibleName(m[1]!)) return null;
  const meridiem = m[2] ? (afternoonWords.has(m[2]) || /^pm$/i.test(m[2]) ? "pm" : "am") : m[5];
  const hour = to24h(+m[3]!, meridiem);
  if (hour > 23 || +m[4]! > 59) return null;
  const text = m[6] ?? null;
  return {
    speaker: m[1]!.trim(),
    at: dateIso ? withTime(dateIso, hour, +m[4]!, 0) : null,
    text,
    bodyOffset: text === null ? line.length : line.length - text.length,
  };
}

export function matchWeChatHeader(line: string, dateIso: string | null): HeaderMatch | null {
  if (!line.includes(":")) return null;
  const kakao = matchKakaoHeader(line, dateIso);
  if (kakao) return kakao;
  const call = callTranscriptHeader.exec(line);
  if (call) return { speaker: call[1]!, at: null, text: null, bodyOffset: line.length };
  const dated = dayMonthInline.exec(line);
  if (dated && plausibleName(dated[1]!)) {
    const hour = +dated[4]!;
    if (hour > 23 || +dated[5]! > 59 || +dated[3]! > 12 || +dated[2]! > 31) return null;
    const year = dateIso ? +dateIso.slice(0, 4) : null;
    const at = year ? isoFromParts(year, +dated[3]!, +dated[2]!, hour, +dated[5]!, 0) : null;
    const text = dated[6]!;
    return { speaker: dated[1]!.trim(), at, text, bodyOffset: line.length - text.length };
  }
  const m = weChatHeader.exec(line) ?? weChatInline.exec(line);
  // ("Kelly Wu  Today at 8:05 AM" reads as a name "Kelly Wu  Today at" and a time: Slack's header of a forward.)
  if (!m || !plausibleName(m[1]!)) return matchSlackForwardHeader(line, dateIso);
  const hour = to24h(+m[2]!, m[5]);
  if (hour > 23 || +m[3]! > 59) return null;
  const at = dateIso ? withTime(dateIso, hour, +m[3]!, m[4] ? +m[4] : 0) : null;
  const text = m[6] ?? null;
  return {
    speaker: m[1]!.trim(),
    at,
    text,
    bodyOffset: text === null ? line.length : line.length - text.length,
  };
}

/**
 * The header of a message forwarded or shared in Slack, inside the message that forwards it: the author, two
 * spaces, then the day and time Slack writes ("Vivian Zhao  Nov 16th at 9:58 PM", "Vivian Zhao  Today at 10:59 AM").
 * The message under it is the author's, not the forwarder's.
 */
const slackForwardHeader =
  /^\s*(\S[^:：[\]<>@]{0,60}?) {2,}(?:(Today|Yesterday)|([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?) at (\d{1,2}):(\d{2})\s?([AaPp][Mm])?\s*$/;

function matchSlackForwardHeader(line: string, dateIso: string | null): HeaderMatch | null {
  const m = slackForwardHeader.exec(line);
  if (!m || !plausibleName(m[1]!)) return null;
  const hour = to24h(+m[6]!, m[8]);
  const month = m[3] ? monthNumber(m[3]) : null;
  const year = m[5] ? +m[5] : dateIso ? +dateIso.slice(0, 4) : null;
  const at =
    m[2] === "Today" && dateIso
      ? withTime(dateIso, hour, +m[7]!, 0)
      : month && year
        ? isoFromParts(year, month, +m[4]!, hour, +m[7]!, 0)
        : null;
  return { speaker: m[1]!.trim(), at, text: null, bodyOffset: line.length };
}

/** A month's number from its English name or its first three letters, or null. */
function monthNumber(name: string): number | null {
  const at = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(
    name.slice(0, 3).toLowerCase(),
  );
  return at >= 0 ? at + 1 : null;
}

const separator = /^\s*[—–\-=~_*]{2,}\s*([^—–\-=~_*\s].{1,38}?[^—–\-=~_*\s])\s*[—–\-=~_*]{2,}\s*$/;

/** A date separator line (`—— Oct 22, 2026 ——`): the day as ISO, or null when the line is not one. */
export function matchDateSeparator(line: string): string | null {
  const m = separator.exec(line);
  if (!m) return null;
  return isoFromText(m[1]!);
}

/**
 * LINE's "Save chat" export: the clock time first, then the name and the message, set apart by tabs
 * (`10:21\tEllie Marsh\tHi Ploy!`), or by two spaces or more once a paste has turned the tabs to spaces.
 */
const lineAppTime = /^\s*(\d{1,2}):(\d{2})(?:\s?([AaPp][Mm]))?(?:\t| {2,})/;
const singleSpacedTime = /^\s*(\d{1,2}):(\d{2})(?:\s?([AaPp][Mm]))? /;

/**
 * The senders of a LINE export whose tabs a paste turned to single spaces ("21:05 Mateo Fernández Hola, ..."):
 * the capitalised words after the time that open two lines at least, as long as they are shared.
 */
const timedLine = /^\s*\d{1,2}:\d{2}(?:\s?[AaPp][Mm])? (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) \S/u;

export function timedSenders(lines: readonly string[]): string[] {
  const openings = new Map<string, number>();
  for (const line of lines) {
    const words = timedLine.exec(line)?.[1]?.split(" ") ?? [];
    for (let size = 1; size <= words.length; size++) {
      const name = words.slice(0, size).join(" ");
      openings.set(name, (openings.get(name) ?? 0) + 1);
    }
  }
  // The longest shared opening of each line is its sender: "Sunny Wang" over "Sunny", never "Sunny Wang Hello".
  const senders = new Set<string>();
  for (const line of lines) {
    const words = timedLine.exec(line)?.[1]?.split(" ") ?? [];
    for (let size = words.length; size >= 1; size--) {
      const name = words.slice(0, size).join(" ");
      if ((openings.get(name) ?? 0) >= 2 && plausibleName(name)) {
        senders.add(name);
        break;
      }
    }
  }
  return [...senders].sort((a, b) => b.length - a.length);
}

/** A LINE export's message line; `dateIso` is the day its date line gave, `senders` those `timedSenders` found. */
export function matchLineAppHeader(
  line: string,
  dateIso: string | null,
  senders: readonly string[] = [],
): HeaderMatch | null {
  if (!line.includes(":")) return null;
  const tabbed = lineAppTime.exec(line);
  const m = tabbed ?? singleSpacedTime.exec(line);
  if (!m) return null;
  const nameStart = m[0].length;
  let nameEnd: number;
  if (tabbed) {
    // The name runs to the next tab, or to the next two spaces when the paste turned tabs to spaces.
    const tab = line.indexOf("\t", nameStart);
    const spaces = line.indexOf("  ", nameStart);
    nameEnd = m[0].endsWith("\t") && tab >= 0 ? tab : spaces >= 0 ? spaces : tab;
    if (nameEnd < 0) return null;
    const name = line.slice(nameStart, nameEnd);
    if (name.length > 60 || !plausibleName(name)) return null;
  } else {
    // (Single spaces throughout: the name is one of the senders read from the whole paste.)
    const sender = senders.find((name) => line.startsWith(`${name} `, nameStart));
    if (!sender) return null;
    nameEnd = nameStart + sender.length;
  }
  const name = line.slice(nameStart, nameEnd);
  const hour = to24h(+m[1]!, m[3]);
  if (hour > 23 || +m[2]! > 59) return null;
  // (After a name read from the paste, one space parts it from the message.)
  const text = tabbed ? line.slice(nameEnd).replace(/^[\t ]+/, "") : line.slice(nameEnd + 1);
  return {
    speaker: name.trim(),
    at: dateIso ? withTime(dateIso, hour, +m[2]!, 0) : null,
    text,
    bodyOffset: line.length - text.length,
  };
}

/** A line that is only a date and a clock time ("2026-12-01 09:42:31", "[01/12/2026 09:42]"), as ISO, or null. */
const timestampOnlyLine =
  /^\s*\[?(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\]?\s*$/;

export function matchTimestampLine(line: string): string | null {
  const m = timestampOnlyLine.exec(line);
  return m ? isoFromParts(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, m[6] ? +m[6] : 0) : null;
}

/** A line that is only a date, with or without its weekday ("2026/10/05, Mon", "2027/01/11(Mon)", "Mon, 10/05/2026"). */
const dateOnlyLine =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? ?)?(?:(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))\.?(?:,? ?\(?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)?)?$/i;

/** The day a line that holds nothing but a date names, as ISO, or null ("Tue, 5/19/2026" as LINE writes it too). */
export function matchDateLine(line: string): string | null {
  const m = dateOnlyLine.exec(line.trim());
  if (!m) return null;
  if (m[1]) return isoFromParts(+m[1], +m[2]!, +m[3]!, 0, 0, 0);
  const [month, day] = dayAndMonth(+m[4]!, +m[5]!);
  return isoFromParts(+m[6]!, month, day, 0, 0, 0);
}

/** Day-month order of numeric dates in a WhatsApp export. */
export type DateOrder = "dmy" | "mdy";

const whatsAppBracket =
  /^\s*\u200e?\[(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp]\.?\s?[Mm]\.?))?\]\s*((?:\S.*)?)$/;
const whatsAppDash =
  /^\s*\u200e?(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp]\.?\s?[Mm]\.?))?\s+[-–]\s+((?:\S.*)?)$/;

/** The date parts of a WhatsApp header, for deciding the day-month order of the whole export. */
export function whatsAppDateParts(line: string): [number, number] | null {
  if (!line.includes(":")) return null;
  const m = whatsAppBracket.exec(line) ?? whatsAppDash.exec(line);
  if (!m || m[1]!.length === 4) return null;
  return [+m[1]!, +m[2]!];
}

/** WhatsApp export: `[02/10/2026, 10:31:05] Anna Lee: ...` or `02/10/2026, 10:31 - Anna: ...`. */
export function matchWhatsAppHeader(line: string, order: DateOrder): HeaderMatch | null {
  // A header holds its clock time: a line without a colon is a message line.
  if (!line.includes(":")) return null;
  const m = whatsAppBracket.exec(line) ?? whatsAppDash.exec(line);
  if (!m) return null;
  const a = +m[1]!;
  const b = +m[2]!;
  const c = +m[3]!;
  const [year, month, day] = m[1]!.length === 4 ? [a, b, c] : order === "dmy" ? [c, b, a] : [c, a, b];
  const at = isoFromParts(
    year,
    month,
    day,
    to24h(+m[4]!, m[7]?.replace(/[.\s]/g, "")),
    +m[5]!,
    m[6] ? +m[6] : 0,
  );
  const rest = m[8] ?? "";
  // ("Ionela Marin (voice 0:52, transcribed): Hello": a note in brackets after the name may hold a colon of its own.)
  const colon = /^([^:(]{1,60}?(?:\([^()]{0,40}\))?):\s?/.exec(rest) ?? /^([^:]{1,60}?):\s?/.exec(rest);
  const restOffset = line.length - rest.length;
  if (!colon) return { speaker: null, at, text: rest, bodyOffset: restOffset };
  return {
    speaker: colon[1]!.trim(),
    at,
    text: rest.slice(colon[0].length),
    bodyOffset: restOffset + colon[0].length,
  };
}

/** Speaker labels whose role is stated by the label itself. */
export const knownRoleLabels: Record<string, Role> = {
  supplier: "supplier",
  seller: "supplier",
  vendor: "supplier",
  factory: "supplier",
  sales: "supplier",
  manufacturer: "supplier",
  them: "supplier",
  供应商: "supplier",
  卖家: "supplier",
  me: "buyer",
  buyer: "buyer",
  customer: "buyer",
  client: "buyer",
  purchaser: "buyer",
  i: "buyer",
  us: "buyer",
  我: "buyer",
  买家: "buyer",
};

/** Words that start a body line like "Payment: 30%" and must not be taken for speakers. */
const fieldWords =
  /^(price|prices|payment|payments|shipping|shipment|delivery|lead ?time|note|notes|specs?|specification|size|colou?r|material|packing|packaging|package|moq|subject|re|fw|fwd|total|qty|quantity|terms?|remarks?|logo|sample|samples|product|item|items|model|unit price|incoterms?|port|address|tel|phone|email|e-mail|from|to|cc|date|sent|attn|ps|p\.s|warning|important|update|edit|step \d|option \d|tier \d|q|a|eta|etd|fob|cif|exw|ddp|dap|inspection|warranty|battery|capacity|weight|dimensions?|carton|label|labels|printing|print|branding|finish|hardness|thickness|plating|fabric|origin|brand|certificate|certification|http|https)$/i;

const prefixLine = /^\s*(\p{L}[\p{L}\p{M}\d_ .,'&()/-]{0,40}?)\s*[:：]\s?(.*)$/u;

/**
 * A date written after the speaker's name ("Marisol (26 Nov)", "Joana Ferreira (Hidrotec) 10 Nov",
 * "Tom 12/11", "Li Wei (Lanxin), 02.07"): when the message was sent, no part of who sent it.
 */
const labelDate =
  /,?\s?(?:\((\d{1,2}\s?[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s?\d{1,2}|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?)\)|(\d{1,2}\s[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s\d{1,2}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?))$/;
const monthWord = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?$/i;

/** A bracket after the name that says how and when it was sent ("(email, 8 May)", "(WeChat 02.07)"). */
const sentNote =
  /\s?\([^()]*?[\s,](\d{1,2}\s[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s\d{1,2}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\)$/;

/** The speaker's name with any date after it taken off. */
export function undatedLabel(label: string): string {
  const note = sentNote.exec(label);
  if (note && note.index > 0) {
    const letters = /[A-Za-z]+\.?/.exec(note[1]!)?.[0];
    if (!letters || monthWord.test(letters)) return label.slice(0, note.index).trim();
  }
  const m = labelDate.exec(label);
  if (!m || m.index === 0) return label;
  const date = m[1] ?? m[2]!;
  const letters = /[A-Za-z]+\.?/.exec(date)?.[0];
  if (letters && !monthWord.test(letters)) return label;
  return label.slice(0, m.index).trim();
}

/** A company as the speaker label ("Shenzhen Soundwave Technology Co., Ltd.: Hi, ..."). */
const companyPrefixLine =
  /^\s*(\p{Lu}[\p{L}\p{M}\d_ .,'&()-]{2,70}?(?<![\p{L}\d_])(?:Co\.?,?\s*Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|GmbH|Corp\.?))\s*[:：]\s?(.*)$/u;

/**
 * A meeting transcript's time into the call before the speaker ("00:02:50 Paula Ríos: ...", "[12:04] Tom: ..."):
 * how far into the call it was said, no part of who said it, and no date.
 */
const callOffset = /^\s*\[?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?\]?\s(?=\p{L})/u;
/**
 * A chat copied with each line's date and time before the speaker ("Aug 10, 2026 3:40 PM  Hamdan Saeed: ...",
 * "2026-08-10 15:40 Amy Luo: ..."): when it was said, no part of who said it.
 */
const dateTimeStamp =
  /^\s*((?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}),? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.?[Mm]\.?)?)\s+(?=\p{L})/u;
const withoutOffset = (line: string) => {
  const m = callOffset.exec(line);
  return m ? " ".repeat(m[0].length) + line.slice(m[0].length) : line;
};

/**
 * A line's label and text, its call time or date stamp left out; `company` when the label is a company's
 * registered name. (A stamped line with nothing after its label, "2027-04-12 21:03:40  Marcus Bell:", is a
 * header the dated formats read.)
 */
function labelled(line: string): { m: RegExpExecArray | null; company: boolean; stamp: string | undefined } {
  // (The stamp is read once here, for the label and for the message's date both.)
  const stamp = dateTimeStamp.exec(line);
  const read = (spoken: string) => {
    const company = companyPrefixLine.exec(spoken);
    return { m: company ?? prefixLine.exec(spoken), company: company !== null, stamp: stamp?.[1] };
  };
  if (stamp) {
    const stamped = read(" ".repeat(stamp[0].length) + line.slice(stamp[0].length));
    if (stamped.m && (stamped.m[2] ?? "").trim() !== "") return stamped;
  }
  return read(withoutOffset(line));
}

/** A label ends in a colon, Latin or full-width: a line with neither has no label. */
const hasLabelColon = (line: string) => line.includes(":") || line.includes("：");

/** The colon of a clock time is no label's colon ("Leo 10:06 hood..." is not the speaker "Leo 10"). */
const clockSplit = (label: string, rest: string | undefined) =>
  /\d$/.test(label) && /^\d{2}\b/.test(rest ?? "");

/** `Supplier: ...` / `Me: ...` / `Anna: ...`: the label and the text; `speakers` are labels accepted as names. */
export function matchPrefixedLine(line: string, speakers: ReadonlySet<string>): HeaderMatch | null {
  if (!hasLabelColon(line)) return null;
  const { m, stamp } = labelled(line);
  if (!m) return null;
  const label = undatedLabel(m[1]!.trim());
  const key = label.toLowerCase();
  if (clockSplit(m[1]!.trim(), m[2])) return null;
  if (!(key in knownRoleLabels) && !speakers.has(key)) return null;
  const text = m[2] ?? "";
  return {
    speaker: label,
    at: stamp ? isoFromText(stamp) : null,
    text,
    bodyOffset: line.length - text.length,
  };
}

/** Labels that look like speakers in a prefixed paste: known role words, or names used at least twice. */
export function prefixedSpeakers(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (!hasLabelColon(line)) continue;
    const { m, company } = labelled(line);
    if (!m) continue;
    if (clockSplit(m[1]!.trim(), m[2])) continue;
    const label = undatedLabel(m[1]!.trim());
    // (A company in brackets after the name is no part of its length: "Chen Hao (Meiyu Lighting)".)
    const words = label.replace(/\s?\([^()]*\)/g, "").split(/\s+/).length;
    if (!company && (fieldWords.test(label) || words > 3 || /^\d/.test(label))) continue;
    const key = label.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const accepted = new Set<string>();
  for (const [key, count] of counts) if (key in knownRoleLabels || count >= 2) accepted.add(key);
  return accepted;
}
