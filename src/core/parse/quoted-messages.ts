/**
 * A teammate's post that quotes the other side's messages and answers each one, as Slack and Teams show a
 * quote: "> Annie Zhou (Yunhe Toys Co., Ltd.), Nov 17: stacker 3.60 usd/set" then "I countered 3.10." Each
 * quoted run is its author's message, each reply between them the poster's, so the sides can be told apart.
 */
import type { Draft } from "./parse-transcript.ts";

/**
 * A quoted line that opens someone's message: "> Name", an optional company in brackets, an optional day or
 * time after a comma, then a colon. (Up to four capitalised words: "> Note: ..." or "> Re: ..." is one word
 * and stays a quote of the poster's.)
 */
const quotedHeader =
  /^>\s?([\p{Lu}][\p{L}'’.-]{1,24}(?: [\p{Lu}][\p{L}'’.-]{0,24}){0,3})(\s\([^()]{2,80}\))?(?:,\s?([^:>]{1,24}(?::\d\d(?:\s?[AaPp][Mm])?)?))?:\s(.*)$/u;
/** Words that open a quoted line without naming anyone. */
const notAPerson =
  /^(?:note|notes|re|fw|fwd|quote|update|ps|p\.s\.|edit|important|attention|nb|tip|reminder)$/i;

type QuotedHeader = { label: string; first: string; text: string };

function readQuotedHeader(text: string, known: ReadonlySet<string>): QuotedHeader | null {
  const m = quotedHeader.exec(text);
  if (!m) return null;
  const name = m[1]!;
  if (notAPerson.test(name)) return null;
  const first = name.split(" ")[0]!.toLowerCase();
  // A capitalised first word is a name, not a sentence: "> Price: 3.40" has one word and no brackets, unless
  // the word is the first name of someone in the chat ("> Oliver: ok deal" quoted by Oliver Grant).
  if (!m[2] && !m[3] && !name.includes(" ") && !known.has(first)) return null;
  return { label: `${name}${m[2] ?? ""}`, first, text: m[4]! };
}

/**
 * Split each message that quotes someone else's messages into those messages and the poster's replies, in
 * order; a message with no quoted header stays as it is. A later label by the same first name ("Annie, Nov
 * 18") is the person an earlier one named in full ("Annie Zhou (Yunhe ...)"), and a quoted sender of the chat
 * ("> Oliver: ..." in Oliver Grant's post) is that sender.
 */
export function splitQuotedMessages(drafts: readonly Draft[]): Draft[] {
  // The chat's senders, by first name: a quote of one of them is that sender's message.
  const labels = new Map<string, string>();
  // (Each sender is read once, not once a message.)
  const senders = new Set<string>();
  for (const draft of drafts)
    if (draft.speaker !== null && !senders.has(draft.speaker)) {
      senders.add(draft.speaker);
      const first = draft.speaker.split(" ")[0]!.toLowerCase();
      if (!labels.has(first)) labels.set(first, draft.speaker);
    }
  const known = new Set(labels.keys());
  const readHeader = (text: string) => readQuotedHeader(text, known);
  const out: Draft[] = [];
  for (const draft of drafts) {
    if (draft.speaker === null || !draft.parts.some((part) => readHeader(part.text))) {
      out.push(draft);
      continue;
    }
    let current: Draft | null = null;
    let quoting = false;
    for (const part of draft.parts) {
      const header = readHeader(part.text);
      if (header) {
        const label = labels.get(header.first) ?? header.label;
        if (!labels.has(header.first)) labels.set(header.first, label);
        current = { speaker: label, at: draft.at, parts: [] };
        out.push(current);
        quoting = true;
        if (header.text.trim() !== "") current.parts.push({ line: part.line, text: header.text.trim() });
        continue;
      }
      const quoted = part.text.startsWith(">");
      if (quoted && quoting && current) {
        const text = part.text.replace(/^>\s?/, "").trim();
        if (text !== "") current.parts.push({ line: part.line, text });
        continue;
      }
      if (!current || quoting) {
        current = { speaker: draft.speaker, at: draft.at, parts: [] };
        out.push(current);
        quoting = false;
      }
      current.parts.push(part);
    }
  }
  return out.filter((draft) => draft.parts.length > 0);
}
