/**
 * Grounding: a model's value is kept only when the line it cites supports it: the number (1,000 = 1000,
 * 2.3 = 2.30), the code (FOB), an enum's trigger words (T/T or wire for bank_transfer), a name's words.
 * Messages that read as instructions to a model are never evidence, judged whole and on normalised text
 * (core/normalize-text.ts). Pure; the caller logs what is dropped.
 * @see ../shared/design.md "Grounding"
 */
import { withSpokenFigures } from "../core/extract/spoken-figures.ts";
import { normalizeText } from "../core/normalize-text.ts";
import type { ParsedTranscript } from "../core/schemas.ts";
import type { OrderProposal } from "./propose-order.ts";

/** A value the transcript supports, converted to the field's type, with the words it rests on. */
export type GroundedValue = { field: string; value: string | number | boolean; line: number; quote: string };
/** Why a value was dropped, in a word a log can count by. */
export type DropCode =
  | "no_such_line"
  | "instruction"
  | "unknown_field"
  | "not_allowed"
  | "not_a_number"
  | "not_whole"
  | "over_100"
  | "not_true_false"
  | "not_on_line";
export type DroppedValue = { field: string; value: string; line: number; code: DropCode; reason: string };
export type GroundedRewrite = { quote: string; line: number; suggestion: string };

type FieldKind =
  | "number"
  | "integer"
  | "percent"
  | "text"
  | "date"
  | "boolean"
  | { triggers: Record<string, RegExp> };

/** Trigger words that ground each enum value. */
export const enumTriggers = {
  currency: {
    USD: /\$|\busd\b|\bus\s?dollars?\b|\bdollars?\b/i,
    EUR: /€|\beur\b|\beuros?\b/i,
    CNY: /¥|\brmb\b|\bcny\b|\byuan\b|元/i,
    GBP: /£|\bgbp\b|\bpounds?\b/i,
  },
  "shipping.method": {
    sea: /\bsea\b|\bocean\b|\bvessel\b|\bfcl\b|\blcl\b|\bcontainer\b|\bby\s+ship\b/i,
    air: /\bair\b|\bairport\b/i,
    express: /\bexpress\b|\bdhl\b|\bfedex\b|\bups\b|\btnt\b|\bcourier\b|\bems\b/i,
    rail: /\brail\b|\btrain\b|\brailway\b/i,
    truck: /\btruck\b|\broad\b|\blorry\b/i,
  },
  "dispatch.basis": {
    fixed_date: /\d/,
    after_deposit: /\bdeposit\b|\badvance\b|\bdown\s*payment\b|\bprepayment\b/i,
    after_balance: /\bbalance\b|\bfull\s+payment\b/i,
    after_order: /\border\b|\bconfirm|\bpo\b|\bplaced?\b/i,
  },
  "payment.balance": {
    before_shipment: /\bbefore\s+(?:shipment|shipping|delivery|dispatch|loading|ship)\b/i,
    after_shipment: /\bb\/l\b|\bbill\s+of\s+lading\b|\bafter\s+(?:shipment|shipping|loading)\b/i,
    on_delivery: /\bon\s+(?:delivery|arrival|receipt)\b|\bafter\s+(?:delivery|arrival|receiv)/i,
  },
  "payment.method": {
    bank_transfer: /\bt\/?t\b|\bwire\b|\bbank\s+transfer\b|\btelegraphic\b|\bach\b|\bswift\b/i,
    card: /\bcard\b|\bvisa\b|\bmastercard\b/i,
    paypal: /\bpaypal\b/i,
    letter_of_credit: /\bl\/c\b|\bletter\s+of\s+credit\b|\blc\b/i,
    pay_later: /\bpay\s*later\b/i,
    other: /\balipay\b|\bwechat\s*pay\b|\bwestern\s+union\b|\bmoneygram\b|\bcash\b/i,
  },
  "inspection.by": {
    third_party:
      /\bqima\b|\bsgs\b|\bv-?trust\b|\bintertek\b|\bbureau\s+veritas\b|\btuv\b|\bthird[\s-]party\b|\b3rd[\s-]party\b|\binspector\b/i,
    alibaba: /\balibaba\b/i,
    buyer: /\b(?:we|i|our|my)\b.*\b(?:inspect|check|qc)/i,
    supplier: /\b(?:we|our)\b.*\b(?:qc|inspect|check)/i,
  },
  "shipping.incoterm": Object.fromEntries(
    ["EXW", "FCA", "FAS", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"].map((code) => [
      code,
      code === "EXW" ? /\bexw\b|\bex[\s-]?works?\b/i : new RegExp(`\\b${code}\\b`, "i"),
    ]),
  ),
} satisfies Record<string, Record<string, RegExp>>;

const fieldKinds: Array<{ pattern: RegExp; kind: FieldKind }> = [
  { pattern: /^supplier$/, kind: "text" },
  { pattern: /^currency$/, kind: { triggers: enumTriggers.currency } },
  { pattern: /^items\[\d+\]\.(?:name|unit)$/, kind: "text" },
  { pattern: /^items\[\d+\]\.(?:quantity|unitPrice)$/, kind: "number" },
  { pattern: /^items\[\d+\]\.specs\.(?:size|material|color|packaging|branding|other)$/, kind: "text" },
  { pattern: /^shipping\.method$/, kind: { triggers: enumTriggers["shipping.method"] } },
  { pattern: /^shipping\.incoterm$/, kind: { triggers: enumTriggers["shipping.incoterm"] } },
  { pattern: /^shipping\.(?:place|address)$/, kind: "text" },
  { pattern: /^shipping\.fee$/, kind: "number" },
  { pattern: /^dispatch\.basis$/, kind: { triggers: enumTriggers["dispatch.basis"] } },
  { pattern: /^dispatch\.days$/, kind: "integer" },
  { pattern: /^dispatch\.date$/, kind: "date" },
  { pattern: /^payment\.depositPercent$/, kind: "percent" },
  { pattern: /^payment\.balance$/, kind: { triggers: enumTriggers["payment.balance"] } },
  { pattern: /^payment\.method$/, kind: { triggers: enumTriggers["payment.method"] } },
  { pattern: /^inspection\.required$/, kind: "boolean" },
  { pattern: /^inspection\.by$/, kind: { triggers: enumTriggers["inspection.by"] } },
];

/** Lines that address a model rather than the other party: never evidence for anything. */
export const injectionPattern =
  /\b(?:ignore|disregard|forget)\b.{0,40}\b(?:instructions?|prompts?|rules?|above)\b|\bsystem\s+prompt\b|\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|chatgpt|gpt|language\s+model|llm)\b|\b(?:set|change|make)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:price|quantity|deposit|date|value|field)s?\s+(?:to|=)\s|\bnew\s+instructions?\b|\bas\s+an\s+ai\b|\bassistant\s*:|\bjson\s+output\b/i;

const monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Digits with their group and decimal separators (linear: each separator must be followed by a digit). */
const writtenNumber = /\d+(?:[.,]\d+)*(?:\s?[kK]\b)?/g;

/** "1,000" or "1.000.000": a first group of one to three digits (no leading zero), then groups of three. */
function isGrouped(groups: string[]): boolean {
  return (
    groups.length > 1 && /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3)
  );
}

/**
 * What one written number can mean, and nothing else: 2.30 is 2.3 (never 230), 0.01 is 0.01 (never 1),
 * 1,234.50 and 1.234,50 are 1234.5, 2,5 is 2.5. Only a separator followed by exactly three digits is
 * ambiguous (1.000 is 1000 or 1), and then both readings stand. Digits that fit no reading (a date like
 * 20.12.2026, a list like 1,2,3) are read as the separate numbers they are.
 */
function readingsOf(digits: string): number[] {
  const groups = digits.split(/[.,]/);
  const separators = digits.match(/[.,]/g) ?? [];
  if (separators.length === 0) return [Number(digits)];
  const readings: number[] = [];
  const sameSeparator = separators.every((separator) => separator === separators[0]);
  if (sameSeparator && isGrouped(groups)) readings.push(Number(groups.join("")));
  const decimal = separators.at(-1)!;
  const whole = groups.slice(0, -1);
  const wholeSeparators = separators.slice(0, -1);
  const wholeReadable =
    whole.length === 1 ? /^\d+$/.test(whole[0]!) : !wholeSeparators.includes(decimal) && isGrouped(whole);
  if (wholeReadable) readings.push(Number(`${whole.join("")}.${groups.at(-1)}`));
  return readings.length > 0 ? readings : groups.map(Number);
}

/**
 * Every number written on a line, each read only as what it can mean as written (see readingsOf); 3k is 3000.
 * A figure said in words counts as written ("twelve hundred pairs" holds 1200, "one dollar forty" 1.40).
 */
export function numbersOn(text: string): number[] {
  const spoken = withSpokenFigures(text, true);
  return spoken ? [...writtenNumbersOn(text), ...writtenNumbersOn(spoken.text)] : writtenNumbersOn(text);
}

function writtenNumbersOn(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(writtenNumber)) {
    const raw = match[0].replace(/\s/g, "");
    const thousands = /[kK]$/.test(raw) ? 1000 : 1;
    for (const value of new Set(readingsOf(raw.replace(/[kK]$/, ""))))
      if (Number.isFinite(value)) found.push(value * thousands);
  }
  return found;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function parseNumber(value: string): number | null {
  const cleaned = value.replace(/[^\d.,-]/g, "").replace(/,(?=\d{3}\b)/g, "");
  if (!/\d/.test(cleaned)) return null;
  const number = Number(cleaned.replace(/,/g, "."));
  return Number.isFinite(number) ? number : null;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Text values: most of their words, and every number in them, stand on the line. */
function textGrounded(value: string, line: string): boolean {
  const words = wordsOf(value);
  if (words.length === 0) return false;
  const lineWords = new Set(wordsOf(line));
  const lineNumbers = numbersOn(line);
  const numbersOk = numbersOn(value).every((number) =>
    lineNumbers.some((other) => sameNumber(number, other)),
  );
  const shared = words.filter((word) => lineWords.has(word)).length;
  return numbersOk && shared >= Math.ceil(words.length / 2);
}

function dateGrounded(value: string, line: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (line.includes(value)) return true;
  const lower = line.toLowerCase();
  const dayOnLine = new RegExp(`(?:^|\\D)0?${day}(?:st|nd|rd|th)?(?:\\D|$)`).test(lower);
  const monthOnLine =
    lower.includes(monthNames[month - 1] ?? "~") ||
    new RegExp(`(?:^|\\D)0?${day}[/.-]0?${month}(?:\\D|$)|(?:^|\\D)0?${month}[/.-]0?${day}(?:\\D|$)`).test(
      lower,
    );
  return dayOnLine && monthOnLine;
}

type Conversion = { value: string | number | boolean } | { code: DropCode; reason: string };

function convert(kind: FieldKind, raw: string, line: string): Conversion {
  const value = raw.trim();
  if (typeof kind === "object") {
    const key = Object.keys(kind.triggers).find((name) => name.toLowerCase() === value.toLowerCase());
    if (!key) return { code: "not_allowed", reason: `"${value}" is not an allowed value` };
    return kind.triggers[key]!.test(line)
      ? { value: key }
      : { code: "not_on_line", reason: `no words for ${key} on the line` };
  }
  switch (kind) {
    case "number":
    case "integer":
    case "percent": {
      const number = parseNumber(value);
      if (number === null || number < 0)
        return { code: "not_a_number", reason: `"${value}" is not a number` };
      if (kind === "integer" && !Number.isInteger(number))
        return { code: "not_whole", reason: `"${value}" is not whole` };
      if (kind === "percent" && number > 100) return { code: "over_100", reason: `${number} is over 100%` };
      const onLine = numbersOn(line).some((other) => sameNumber(other, number));
      const weeks =
        kind === "integer" &&
        numbersOn(line).some((other) => sameNumber(other * 7, number)) &&
        /\bweeks?\b/i.test(line);
      const full =
        kind === "percent" && number === 100 && /\b(?:full|in\s+advance|up\s*front|upfront)\b/i.test(line);
      return onLine || weeks || full
        ? { value: number }
        : { code: "not_on_line", reason: `${number} is not on the line` };
    }
    case "date":
      return dateGrounded(value, line)
        ? { value }
        : { code: "not_on_line", reason: `the date ${value} is not on the line` };
    case "boolean": {
      const flag = /^(?:true|yes)$/i.test(value) ? true : /^(?:false|no)$/i.test(value) ? false : null;
      if (flag === null) return { code: "not_true_false", reason: `"${value}" is not true or false` };
      const declined =
        /\b(?:no|not|without|skip|don['’]?t)\b.{0,25}\b(?:inspection|inspect|qc|check)|\b(?:inspection|qc)\b.{0,20}\bnot\s+(?:needed|necessary|required)/i.test(
          line,
        );
      const mentioned = /\binspect|\bqc\b|\bqima\b|\bsgs\b|\bintertek\b|\bv-?trust\b|\bcheck\b/i.test(line);
      if (flag)
        return mentioned && !declined
          ? { value: true }
          : { code: "not_on_line", reason: "no inspection on the line" };
      return declined
        ? { value: false }
        : { code: "not_on_line", reason: "no declined inspection on the line" };
    }
    case "text":
      return textGrounded(value, line)
        ? { value }
        : { code: "not_on_line", reason: `"${value}" is not on the line` };
  }
}

/** The quote as it stands on the line: the model's words when they are there, else the whole line. */
function quoteOn(quote: string, line: string): string {
  if (quote && line.includes(quote)) return quote;
  const at = quote ? line.toLowerCase().indexOf(quote.toLowerCase()) : -1;
  return at >= 0 ? line.slice(at, at + quote.length) : line.trim();
}

/** Keep what the transcript supports; say why the rest is dropped. */
export function groundProposal(
  proposal: OrderProposal,
  transcript: ParsedTranscript,
): { values: GroundedValue[]; dropped: DroppedValue[]; rewrites: GroundedRewrite[] } {
  // Checks read normalised text (a zero-width space or a Cyrillic "о" changes nothing); quotes stay original.
  const lineText = new Map<number, string>();
  const readText = new Map<number, string>();
  const instructionLines = new Set<number>();
  for (const message of transcript.messages) {
    const parts = message.parts.length > 0 ? message.parts : [{ line: message.line, text: message.text }];
    for (const part of parts) {
      lineText.set(part.line, part.text);
      readText.set(part.line, normalizeText(part.text));
    }
    // A message is judged whole: an instruction split over two of its lines taints every line of it.
    if (injectionPattern.test(normalizeText(parts.map((part) => part.text).join(" ")).replace(/\s+/g, " ")))
      for (const part of parts) instructionLines.add(part.line);
  }
  const values: GroundedValue[] = [];
  const dropped: DroppedValue[] = [];
  for (const entry of proposal.values) {
    const drop = (code: DropCode, reason: string) =>
      dropped.push({ field: entry.field, value: entry.value, line: entry.line, code, reason });
    const original = lineText.get(entry.line);
    const line = readText.get(entry.line);
    if (original === undefined || line === undefined) {
      drop("no_such_line", `line ${entry.line} is not a message line`);
      continue;
    }
    if (instructionLines.has(entry.line)) {
      drop("instruction", `line ${entry.line} reads as an instruction to a model, not a term`);
      continue;
    }
    const kind = fieldKinds.find(({ pattern }) => pattern.test(entry.field))?.kind;
    if (!kind) {
      drop("unknown_field", `unknown field ${entry.field}`);
      continue;
    }
    const converted = convert(kind, normalizeText(entry.value), line);
    if ("reason" in converted) drop(converted.code, converted.reason);
    else
      values.push({
        field: entry.field,
        value: converted.value,
        line: entry.line,
        quote: quoteOn(entry.quote, original),
      });
  }
  const rewrites = proposal.rewrites.flatMap((rewrite) => {
    const line = lineText.get(rewrite.line);
    if (line === undefined || !rewrite.quote.trim() || !rewrite.suggestion.trim()) return [];
    if (!line.toLowerCase().includes(rewrite.quote.toLowerCase())) return [];
    return [
      { quote: quoteOn(rewrite.quote, line), line: rewrite.line, suggestion: rewrite.suggestion.trim() },
    ];
  });
  return { values, dropped, rewrites };
}
