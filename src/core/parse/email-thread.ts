/**
 * E-mail threads: header blocks (`From:` `Date:` `Subject:`) and quoted replies (`> On ... wrote:`).
 * Quoted messages are messages of their own, attributed to the quoted author; a line quoted again
 * in a newer message is read once only.
 */
import type { MessagePart } from "../schemas.ts";
import { isoFromText } from "./timestamps.ts";

/** A message found in a thread before roles are assigned; depth 0 is unquoted. */
export type EmailMessage = { speaker: string | null; at: string | null; parts: MessagePart[]; depth: number };

const quotePrefix = /^((?:\s*>)+)\s?/;
const fromHeader = /^\s*(?:from|von|发件人)\s*[:：]\s*(\S.*)$/i;
const otherHeader = /^\s*(to|cc|bcc|sent|date|subject|reply-to|收件人|日期|主题)\s*[:：]\s*((?:\S.*)?)$/i;
/** The end of an attribution line ("... wrote:"). */
const wroteAtEnd = /\s*(?:wrote|schrieb|写道)(?:\s*[:：])?\s*$/i;
/** How far into an attribution the last comma before the author's name may stand. */
const attributionLead = 81;
const companyAfterComma =
  /^([^,<>@]+),([^<>@]*\b(?:Co\.|Ltd\.?|Limited|Inc\.?|LLC|GmbH|Corp\.?|Company)[^<>@]*)$/i;
const separatorLine = /^\s*-{2,}\s*(original message|forwarded message)\s*-{2,}\s*$/i;

/** True when the paste reads as an e-mail thread. */
export function looksLikeEmail(lines: readonly string[]): boolean {
  let headers = 0;
  let attributions = 0;
  for (const line of lines) {
    const body = line.replace(quotePrefix, "");
    if (fromHeader.test(body) && /@|<|\w/.test(body)) headers++;
    else if (/^\s*(subject|to|date|sent)\s*:/i.test(body)) headers++;
    if (/\bwrote\s*:\s*$/i.test(body)) attributions++;
  }
  return (headers >= 2 && lines.some((l) => fromHeader.test(l))) || attributions >= 1;
}

function nameOf(value: string): string | null {
  const trimmed = value.trim().replace(/^"|"$/g, "");
  const angle = /^([^<]*)<([^>]+)>/.exec(trimmed);
  if (angle) return angle[1]!.trim().replace(/^"|"$/g, "").trim() || angle[2]!.trim();
  return trimmed || null;
}

function speakerOfAttribution(text: string): { speaker: string | null; at: string | null } | null {
  const end = wroteAtEnd.exec(text);
  if (!end) return null;
  const body = text.slice(0, end.index).replace(/^\s*on\s+/i, "");
  const angle = /([^,<>]*)<([^>]+)>\s*$/.exec(body);
  let speaker: string | null = null;
  if (angle) speaker = angle[1]!.trim() || angle[2]!.trim();
  else {
    // "On Mon, 3 Oct 2026 at 10:31, Lisa Wang wrote:": the author follows the last comma of the lead.
    const comma = body.lastIndexOf(",");
    if (comma <= attributionLead) speaker = body.slice(comma + 1).trim() || null;
  }
  return { speaker, at: isoFromText(body) };
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** Split an e-mail paste into messages, oldest first (deeper quotes are older). */
export function parseEmailThread(lines: readonly string[]): EmailMessage[] {
  const messages: EmailMessage[] = [];
  const current = new Map<number, EmailMessage>();
  let pending: { speaker: string | null; at: string | null; depth: number } | null = null;
  let headerBlock: EmailMessage | null = null;

  const open = (depth: number, speaker: string | null, at: string | null) => {
    const message: EmailMessage = { speaker, at, parts: [], depth };
    messages.push(message);
    current.set(depth, message);
    for (const key of [...current.keys()]) if (key > depth) current.delete(key);
    return message;
  };

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const prefix = quotePrefix.exec(raw);
    const depth = prefix ? (prefix[1]!.match(/>/g)?.length ?? 0) : 0;
    const text = prefix ? raw.slice(prefix[0].length) : raw;
    if (text.trim() === "" || separatorLine.test(text)) {
      if (text.trim() === "") headerBlock = null;
      return;
    }
    const from = fromHeader.exec(text);
    if (from) {
      // "From: Betty Ma, Xiamen Ceramicart Co., Ltd.": the person speaks; the company line is kept to be read.
      const signed = companyAfterComma.exec(from[1]!);
      headerBlock = open(depth, nameOf(signed ? signed[1]!.trim() : from[1]!), null);
      if (signed) headerBlock.parts.push({ line: lineNumber, text });
      pending = null;
      return;
    }
    const header = otherHeader.exec(text);
    if (header && (headerBlock || /^(subject|date|sent)$/i.test(header[1]!))) {
      const target = headerBlock ?? current.get(depth) ?? open(depth, null, null);
      const key = header[1]!.toLowerCase();
      if ((key === "date" || key === "sent" || key === "日期") && !target.at)
        target.at = isoFromText(header[2]!);
      // The subject often names the product ("Quotation 750 ml vacuum bottle"): keep it as a line.
      if (key === "subject" || key === "主题") target.parts.push({ line: lineNumber, text });
      return;
    }
    headerBlock = null;
    const author = speakerOfAttribution(text);
    if (author) {
      pending = { ...author, depth };
      return;
    }
    let message = current.get(depth);
    if (pending && depth >= pending.depth) {
      message = open(depth, pending.speaker, pending.at);
      pending = null;
    }
    message ??= open(depth, null, null);
    message.parts.push({ line: lineNumber, text });
  });

  // A newer message quoting an older one: the quoted copy of a line already read is dropped.
  const seen = new Set<string>();
  const byDepth = [...messages].sort((a, b) => a.depth - b.depth);
  for (const message of byDepth) {
    message.parts = message.parts.filter((part) => {
      const key = normalise(part.text);
      if (key.length < 8) return true;
      if (message.depth > 0 && seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  const kept = messages.filter((message) => message.parts.length > 0);
  const allDated = kept.every((message) => message.at !== null);
  return kept
    .map((message, order) => ({ message, order }))
    .sort((a, b) => {
      if (allDated && a.message.at !== b.message.at) return a.message.at! < b.message.at! ? -1 : 1;
      if (a.message.depth !== b.message.depth) return b.message.depth - a.message.depth;
      return a.order - b.order;
    })
    .map(({ message }) => message);
}
