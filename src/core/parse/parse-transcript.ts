/**
 * Lines in, messages out. Recognises the formats buyers paste (Alibaba message center, WhatsApp,
 * WeChat, e-mail, `Supplier:`/`Me:` prefixes, bare lines), keeps multi-line messages whole with
 * each physical line and its 1-based number, and infers who is the buyer and who the supplier.
 */

import type { Message, MessagePart, ParsedTranscript, Role, TranscriptFormat } from "../schemas.ts";
import { looksLikeEmail, parseEmailThread } from "./email-thread.ts";
import { headerDayOrder } from "./header-day-order.ts";
import { inferLineRoles, inferSpeakerRoles } from "./infer-roles.ts";
import {
  type CsvChatLayout,
  csvChatLayout,
  type DateOrder,
  type HeaderMatch,
  knownRoleLabels,
  matchAlibabaHeader,
  matchCsvChatRow,
  matchDateLine,
  matchDateSeparator,
  matchLineAppHeader,
  matchPrefixedLine,
  matchTimestampLine,
  matchWeChatHeader,
  matchWhatsAppHeader,
  prefixedSpeakers,
  timedSenders,
  whatsAppDateParts,
} from "./line-patterns.ts";
import { nameLineDrafts } from "./name-lines.ts";
import { splitQuotedMessages } from "./quoted-messages.ts";

/** Options: roles stated by the person ("Anna" is the supplier), overriding inference. */
export type ParseOptions = { roles?: Partial<Record<string, Role>> };

/** A message as the parser builds it: who sent it, when, and its lines. */
export type Draft = { speaker: string | null; at: string | null; parts: MessagePart[] };

/** `headers`: the order the paste's header dates tell (header-day-order.ts), read once per paste. */
function whatsAppOrder(lines: readonly string[], headers: DateOrder | null): DateOrder {
  for (const line of lines) {
    const parts = whatsAppDateParts(line);
    if (parts && parts[1] > 12) return "mdy";
  }
  return headers ?? "dmy";
}

/**
 * What a line-based format reads in the paste: the day order and prefixed speakers of the whole paste,
 * and each line's header as each format's recogniser read it while the format was being detected
 * (undefined: not read), so the parse does not read the same lines again.
 */
type LineReading = {
  order: DateOrder;
  speakers: Set<string>;
  /** The senders of a LINE export whose tabs became single spaces. */
  timed: string[];
  headers: Record<"whatsapp" | "alibaba" | "prefixed", Array<HeaderMatch | null | undefined>>;
  /** A chat exported as a table: its header row's layout and the line it stands on. */
  csv: { layout: CsvChatLayout; at: number } | null;
};

/** The first header row of a chat exported as a table, among the paste's first lines. */
function csvChatOf(lines: readonly string[]): LineReading["csv"] {
  for (let at = 0; at < Math.min(lines.length, 8); at++) {
    const layout = csvChatLayout(lines[at]!);
    if (layout) return { layout, at };
  }
  return null;
}

function readLines(lines: readonly string[], headers: DateOrder | null): LineReading {
  return {
    order: whatsAppOrder(lines, headers),
    speakers: prefixedSpeakers(lines),
    timed: timedSenders(lines),
    headers: { whatsapp: [], alibaba: [], prefixed: [] },
    csv: csvChatOf(lines),
  };
}

function detectFormat(
  lines: readonly string[],
  dayOrder: DateOrder | null,
): { format: TranscriptFormat; reading: LineReading | null } {
  if (looksLikeEmail(lines)) return { format: "email", reading: null };
  const reading = readLines(lines, dayOrder);
  const { order, speakers, headers } = reading;
  const counts: Record<Exclude<TranscriptFormat, "email" | "plain">, number> = {
    whatsapp: 0,
    alibaba: 0,
    wechat: 0,
    line: 0,
    prefixed: 0,
  };
  lines.forEach((line, index) => {
    // ("2026-10-05,Nadia Kowalski (LR),Alibaba,\"Hi! ...\",Inquiry": a row under the table's header names its sender.)
    const row = reading.csv && index > reading.csv.at ? matchCsvChatRow(line, reading.csv.layout) : null;
    if (row) {
      headers.alibaba[index] = row;
      counts.alibaba++;
      return;
    }
    const whatsapp = matchWhatsAppHeader(line, order);
    headers.whatsapp[index] = whatsapp;
    if (whatsapp?.speaker) {
      counts.whatsapp++;
      return;
    }
    const alibaba = matchAlibabaHeader(line);
    headers.alibaba[index] = alibaba;
    if (alibaba) {
      counts.alibaba++;
      return;
    }
    if (matchLineAppHeader(line, null, reading.timed)) {
      counts.line++;
      return;
    }
    if (matchWeChatHeader(line, null)) {
      counts.wechat++;
      return;
    }
    const prefixed = matchPrefixedLine(line, speakers);
    headers.prefixed[index] = prefixed;
    if (prefixed) counts.prefixed++;
  });
  const best = (Object.entries(counts) as Array<[TranscriptFormat, number]>).sort((a, b) => b[1] - a[1])[0]!;
  const needed = best[0] === "whatsapp" ? 1 : 2;
  return { format: best[1] >= needed ? best[0] : "plain", reading };
}

function headerFor(
  format: TranscriptFormat,
  line: string,
  index: number,
  state: ParseState,
): HeaderMatch | null {
  const read =
    format === "whatsapp" || format === "alibaba" || format === "prefixed"
      ? state.headers[format][index]
      : undefined;
  if (read !== undefined) return read;
  switch (format) {
    case "whatsapp":
      return matchWhatsAppHeader(line, state.order);
    case "alibaba":
      return matchAlibabaHeader(line);
    case "wechat":
      return matchWeChatHeader(line, state.day);
    case "line":
      return matchLineAppHeader(line, state.day, state.timed);
    case "prefixed":
      return matchPrefixedLine(line, state.speakers);
    default:
      return null;
  }
}

type ParseState = LineReading & { day: string | null };

/** A line that is only a person's or a company's name: up to five capitalised words. */
const senderName = /^[\p{Lu}][\p{L}'’.&-]{0,24}(?: [\p{Lu}(][\p{L}'’.,&()-]{0,24}){0,4}$/u;

function parseLineFormat(
  lines: readonly string[],
  format: TranscriptFormat,
  reading: LineReading | null,
): Draft[] {
  // (Without a reading, the paste is read as plain lines, whose headers' day order nothing reads.)
  const state: ParseState = { ...(reading ?? readLines(lines, null)), day: null };
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === "") return;
    if (format === "plain") {
      // "2026-12-01 09:42:31" on a line of its own heads the message under it, however many lines it runs to.
      const stamp = matchTimestampLine(line);
      if (stamp !== null) {
        // ("Javier Morales" on the line above names who sent it.)
        const previous = drafts.at(-1);
        const above = previous?.parts.at(-1);
        const speaker = above?.line === lineNumber - 1 && senderName.test(above.text) ? above.text : null;
        if (speaker !== null) previous!.parts.pop();
        current = { speaker, at: stamp, parts: [] };
        drafts.push(current);
      } else if (current) current.parts.push(plainPart(lineNumber, line));
      else drafts.push({ speaker: null, at: null, parts: [plainPart(lineNumber, line)] });
      return;
    }
    // (A LINE export dates its days on lines of their own: "2026/10/05, Mon".)
    const day = matchDateSeparator(line) ?? (format === "line" ? matchDateLine(line) : null);
    if (day) {
      state.day = day;
      current = null;
      return;
    }
    const header = headerFor(format, line, index, state);
    if (header) {
      if (header.at) state.day = header.at.slice(0, 10);
      current = { speaker: header.speaker, at: header.at, parts: [] };
      drafts.push(current);
      if (header.text !== null && header.text.trim() !== "")
        current.parts.push({ line: lineNumber, text: header.text.trim() });
      if (header.whole) current = null;
      return;
    }
    if (!current) {
      current = { speaker: null, at: null, parts: [] };
      drafts.push(current);
    }
    current.parts.push({ line: lineNumber, text: line.trim() });
  });
  if (format === "line") drafts.forEach(unquoteLineAppMessage);
  return drafts.filter((draft) => draft.parts.length > 0);
}

/**
 * A note an export sets after the sender's name ("Ionela Marin (voice 0:33, transcribed)", "Lee (edited)"): the
 * sender is the same person with or without it.
 */
const noteOnName =
  /\s*\((?:voice|audio|video|photo|image|picture|sticker|file|edited|forwarded|transcribed)\b[^()]{0,40}\)\s*$/i;
function withoutNoteOnName(speaker: string | null): string | null {
  if (speaker === null) return null;
  const name = speaker.replace(noteOnName, "");
  return name === "" ? speaker : name;
}

/** A line of a paste without senders, with how far it stands in (a tab as four spaces) when it does. */
function plainPart(line: number, raw: string): MessagePart {
  const lead = /^[ \t\u00a0\u3000]*/.exec(raw)![0];
  const indent = lead.replace(/\t/g, "    ").length;
  return indent > 0 ? { line, text: raw.trim(), indent } : { line, text: raw.trim() };
}

/** LINE exports a message of several lines in double quotes ("\"M3 Mini: USD 21.50/pc ... free from 500 pcs\""). */
function unquoteLineAppMessage(draft: Draft): void {
  const first = draft.parts[0];
  const last = draft.parts[draft.parts.length - 1];
  if (!first || !last || first === last || !first.text.startsWith('"') || !last.text.endsWith('"')) return;
  first.text = first.text.slice(1).trim();
  last.text = last.text.slice(0, -1).trim();
}

function statedRoles(drafts: readonly Draft[], options: ParseOptions | undefined): Map<string, Role> {
  const fixed = new Map<string, Role>();
  const given = new Map(
    Object.entries(options?.roles ?? {}).map(([name, role]) => [name.trim().toLowerCase(), role] as const),
  );
  for (const draft of drafts) {
    if (draft.speaker === null) continue;
    const key = draft.speaker.toLowerCase();
    const role = given.get(key) ?? knownRoleLabels[key];
    if (role) fixed.set(draft.speaker, role);
  }
  return fixed;
}

/**
 * The person a sender label names: a label with its company in brackets ("Mert Aydın (Konya Fren)") is the
 * person another label names bare ("Mert Aydın"), when one does; any other label stands for itself.
 */
function personOfLabel(drafts: readonly Draft[]): (label: string) => string {
  const bare = new Set(drafts.map((draft) => draft.speaker).filter((speaker) => speaker !== null));
  return (label) => {
    const open = label.lastIndexOf("(");
    if (open <= 0 || !label.endsWith(")") || label.indexOf(")") < label.length - 1) return label;
    const name = label.slice(0, open).trimEnd();
    return bare.has(name) ? name : label;
  };
}

/** Parse a pasted transcript; never throws. Messages are in the order they were written (oldest first). */
export function parseTranscript(text: string, options?: ParseOptions): ParsedTranscript {
  const lines = String(text ?? "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const lineCount = text.length === 0 ? 0 : lines.length;
  let format: TranscriptFormat;
  let drafts: Draft[];
  // (The headers' order of day and month is the paste's: "ship by 10/04" under "12/03/26" headers is April.)
  const dayOrder = headerDayOrder(lines);
  try {
    const detected = detectFormat(lines, dayOrder);
    // (Names alone above each message: read so unless the paste is a format with headers of its own.)
    const named = detected.format === "plain" || detected.format === "wechat" ? nameLineDrafts(lines) : null;
    format = named ? "prefixed" : detected.format;
    drafts =
      named ??
      (detected.reading ? parseLineFormat(lines, format, detected.reading) : parseEmailThread(lines));
    // (A teammate's post quoting the supplier's messages between their own replies: each its author's.)
    drafts = splitQuotedMessages(drafts).map((draft) => ({
      ...draft,
      speaker: withoutNoteOnName(draft.speaker),
    }));
  } catch {
    // A recogniser tripping over odd input must not lose the paste: fall back to one message a line.
    format = "plain";
    drafts = parseLineFormat(lines, "plain", null);
  }
  const joined = drafts.map((draft) => ({
    speaker: draft.speaker,
    text: draft.parts.map((part) => part.text).join("\n"),
  }));
  let roles: Role[];
  if (drafts.every((draft) => draft.speaker === null)) {
    const given = options?.roles ?? {};
    roles =
      Object.keys(given).length > 0
        ? drafts.map(() => "unknown")
        : inferLineRoles(
            joined.map((j) => j.text),
            drafts.map((draft) => draft.at),
          );
  } else {
    // ("Mert Aydın (Konya Fren Ltd. Şti.)" heads the first message, "Mert Aydın" the rest: one person, one side.)
    const person = personOfLabel(drafts);
    const speakerRoles = inferSpeakerRoles(
      joined.map((j) => ({ ...j, speaker: j.speaker === null ? null : person(j.speaker) })),
      statedRoles(drafts, options),
    );
    roles = drafts.map((draft) =>
      draft.speaker === null ? "unknown" : (speakerRoles.get(person(draft.speaker)) ?? "unknown"),
    );
  }
  const messages: Message[] = drafts.map((draft, index) => ({
    line: draft.parts[0]!.line,
    speaker: draft.speaker,
    role: roles[index] ?? "unknown",
    at: draft.at,
    text: joined[index]!.text,
    parts: draft.parts,
  }));
  let newestAt: string | null = null;
  for (const message of messages)
    if (message.at && (newestAt === null || message.at > newestAt)) newestAt = message.at;
  return dayOrder
    ? { format, lineCount, messages, newestAt, dayOrder }
    : { format, lineCount, messages, newestAt };
}
