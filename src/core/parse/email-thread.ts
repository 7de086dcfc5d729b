/**
 * E-mail threads: header blocks (`From:` `Date:` `Subject:`) and quoted replies (`> On ... wrote:`).
 * Quoted messages are messages of their own, attributed to the quoted author; a line quoted again
 * in a newer message is read once only.
 */
import type { MessagePart } from "../schemas.ts";
import { isoFromText } from "./timestamps.ts";

/** A message found in a thread before roles are assigned; depth 0 is unquoted. */
export type EmailMessage = {
  speaker: string | null;
  at: string | null;
  parts: MessagePart[];
  depth: number;
  /** The domain of the sender's address, where the header or attribution gives one ("tonglu-tools.example"). */
  domain?: string;
  /** The message was forwarded into the thread ("---------- Forwarded message ---------" above its header). */
  forwarded?: boolean;
};

const quotePrefix = /^((?:\s*>)+)\s?/;
/**
 * "From:" in English, German and Chinese; in Portuguese, Spanish, Italian, Dutch, Polish, Czech and the Nordic
 * languages ("De:", "Da:", "Van:", "Od:", "Från:") only before an address, those words being common ones too.
 */
const englishFrom = /^\s*(?:from|von|发件人)\s*[:：]\s*(\S.*)$/i;
const otherFrom = /^\s*(?:de|da|van|od|från|fra)\s*:\s*(\S.*)$/i;
/** The sender a "From:" header names, or null when the line is none. */
function senderOf(text: string): string | null {
  const english = englishFrom.exec(text)?.[1];
  if (english !== undefined) return english;
  const other = otherFrom.exec(text)?.[1];
  return other?.includes("@") ? other : null;
}
/** Header names that carry when a mail was sent, and the ones that carry its subject. */
const dateHeaders = new Set([
  "date",
  "sent",
  "日期",
  "enviado",
  "enviada",
  "data",
  "fecha",
  "envoyé",
  "gesendet",
  "datum",
  "inviato",
  "verzonden",
  "wysłano",
  "odesláno",
]);
const subjectHeaders = new Set([
  "subject",
  "主题",
  "assunto",
  "asunto",
  "objet",
  "betreff",
  "oggetto",
  "onderwerp",
  "temat",
  "předmět",
]);
/** Header names of the addressees: read as headers, kept as nothing. */
const addresseeHeaders = ["to", "cc", "bcc", "reply-to", "收件人", "para", "an", "aan", "komu"];
/** The other header lines, in the mail programs' languages ("Para:", "Assunto:", "Objet :", "Betreff:"). */
const otherHeader = new RegExp(
  String.raw`^\s*(${[...addresseeHeaders, ...dateHeaders, ...subjectHeaders].join("|")})\s*[:：]\s*((?:\S.*)?)$`,
  "i",
);
/** A date header on the sender's line, set apart by wide spaces or a bar ("From: Tony Chen   Sent: 20 April 2026"). */
const inlineDate = new RegExp(
  String.raw`(?:\s{2,}|\s\|\s)(${[...dateHeaders].join("|")})\s?[:：]\s?(\S.*)$`,
  "i",
);
/**
 * The end of an attribution line ("... wrote:"), as mail programs write it in the buyers' languages: "escreveu",
 * "escribió", "a écrit", "ha scritto", "schrieb", "schreef", "napisał(a)", "napsal(a)", "yazdı", "skrev".
 */
const wroteAtEnd =
  /(?<![A-Za-z])(?:wrote|schrieb|写道|escreveu|escribió|a\s+écrit|ha\s+scritto|schreef|napisał\(a\)|napisała?|napsal\(a\)|napsala?|yazdı|skrev|kirjoitti)(?:\s*[:：])?\s*$/i;
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
    if (senderOf(body) !== null && /@|<|\w/.test(body)) headers++;
    else if (/^\s*(subject|to|date|sent)\s*:/i.test(body)) headers++;
    // (The colon at the line's end first: most lines have none, and the attribution patterns scan the whole line.)
    if (/[:：]\s*$/.test(body) && (wroteAtEnd.test(body) || wroteThenAuthor.test(body))) attributions++;
  }
  return (headers >= 2 && lines.some((l) => senderOf(l) !== null)) || attributions >= 1;
}

function nameOf(value: string): string | null {
  const trimmed = value.trim().replace(/^"|"$/g, "");
  const angle = /^([^<]*)<([^>]+)>/.exec(trimmed);
  if (angle) return angle[1]!.trim().replace(/^"|"$/g, "").trim() || angle[2]!.trim();
  return trimmed || null;
}

/** Dutch and Nordic mail programs name the author after the verb: "Op di 3 mrt. 2026 om 10:14 schreef Ana <ana@x>:". */
const wroteThenAuthor = /\s(?:schreef|skrev)\s+([^:：]{1,80})[:：]\s*$/i;

function speakerOfAttribution(text: string): { speaker: string | null; at: string | null } | null {
  const after = wroteThenAuthor.exec(text);
  if (after)
    return {
      speaker: nameOf(after[1]!),
      at: isoFromText(text.slice(0, after.index)),
      ...domainOf(after[1]!),
    };
  const end = wroteAtEnd.exec(text);
  if (!end) return null;
  const body = text
    .slice(0, end.index)
    .trimEnd()
    .replace(/^\s*(?:on|em|el|le|am|il giorno|op|w dniu|dne)\s+/i, "");
  const angle = /([^,<>]*)<([^>]+)>\s*$/.exec(body);
  let speaker: string | null = null;
  if (angle) speaker = angle[1]!.trim() || angle[2]!.trim();
  else {
    // "On Mon, 3 Oct 2026 at 10:31, Lisa Wang wrote:": the author follows the last comma of the lead.
    const comma = body.lastIndexOf(",");
    if (comma <= attributionLead) speaker = body.slice(comma + 1).trim() || null;
  }
  return { speaker, at: isoFromText(body), ...domainOf(body) };
}

/** The domain of the last address in a header or attribution ("Coco Li <coco@tonglu-tools.example>"). */
function domainOf(text: string): { domain?: string } {
  const domains = [...text.matchAll(/@([\w-]+(?:\.[\w-]+)+)/g)];
  const last = domains.at(-1)?.[1]?.toLowerCase();
  return last ? { domain: last } : {};
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** Split an e-mail paste into messages, oldest first (deeper quotes are older). */
export function parseEmailThread(lines: readonly string[]): EmailMessage[] {
  const messages: EmailMessage[] = [];
  const current = new Map<number, EmailMessage>();
  let pending: { speaker: string | null; at: string | null; depth: number; domain?: string } | null = null;
  let headerBlock: EmailMessage | null = null;
  let forwarding = false;

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
      else forwarding = /forwarded/i.test(text);
      return;
    }
    const fromLine = senderOf(text);
    if (fromLine !== null) {
      // ("> From: Tony Chen   Sent: 20 April 2026 17:05": a quoted header may keep its date on the sender's line.)
      const inline = inlineDate.exec(fromLine);
      const sender = inline ? fromLine.slice(0, inline.index) : fromLine;
      // "From: Betty Ma, Xiamen Ceramicart Co., Ltd.": the person speaks; the company line is kept to be read.
      const signed = companyAfterComma.exec(sender);
      headerBlock = open(
        depth,
        nameOf(signed ? signed[1]!.trim() : sender),
        inline ? isoFromText(inline[2]!) : null,
      );
      Object.assign(headerBlock, domainOf(sender), forwarding ? { forwarded: true } : {});
      forwarding = false;
      if (signed) headerBlock.parts.push({ line: lineNumber, text });
      pending = null;
      return;
    }
    const header = otherHeader.exec(text);
    if (header && (headerBlock || /^(subject|date|sent)$/i.test(header[1]!))) {
      const target = headerBlock ?? current.get(depth) ?? open(depth, null, null);
      const key = header[1]!.toLowerCase();
      if (dateHeaders.has(key) && !target.at) target.at = isoFromText(header[2]!);
      // The subject often names the product ("Quotation 750 ml vacuum bottle"): keep it as a line.
      if (subjectHeaders.has(key)) target.parts.push({ line: lineNumber, text });
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
      if (pending.domain) message.domain = pending.domain;
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
  // "Coco, see offer below from another factory" over a forwarded quote from another company's address: the
  // forwarded message is a third party's, no word of the two sides, and is left out of the thread read.
  const sides = new Set(
    messages.flatMap((message) => (!message.forwarded && message.domain ? [message.domain] : [])),
  );
  const kept = messages.filter(
    (message) =>
      message.parts.length > 0 &&
      !(message.forwarded && message.domain && sides.size >= 2 && !sides.has(message.domain)),
  );
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
