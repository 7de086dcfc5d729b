/**
 * The `/order` grammar of ../shared/contract.md, parsed from the command text into a typed request.
 * Pure: no Slack, no database; the listener turns a parse result into a service call.
 */

/** The one-line usage shown for unknown subcommands and bad arguments. */
export const orderUsage =
  "Usage: /order help | new [transcript] | list | show PO-n | review PO-n | set PO-n FIELD VALUE | confirm PO-n | paid PO-n deposit|balance [YYYY-MM-DD] | shipped|received|completed PO-n [YYYY-MM-DD] | export PO-n";

export type OrderCommand =
  | { kind: "help" }
  | { kind: "new"; text: string }
  | { kind: "list" }
  | { kind: "show" | "review" | "confirm" | "export"; ref: number }
  | { kind: "set"; ref: number; field: string; value: string }
  | { kind: "paid"; ref: number; part: "deposit" | "balance"; date: string | null }
  | { kind: "shipped" | "received" | "completed"; ref: number; date: string | null }
  | { kind: "invalid"; reason: string };

/** `PO-7`, `po-7`, `PO7` or `7` -> 7; anything else -> null. */
export function parseRefArgument(word: string | undefined): number | null {
  const match = word?.trim().match(/^(?:po-?)?0*(\d{1,9})$/i);
  if (!match) return null;
  const n = Number(match[1]);
  return n > 0 ? n : null;
}

/** A calendar date YYYY-MM-DD that exists (2026-02-30 does not). */
export function parseDateArgument(word: string): string | null {
  const match = word.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return null;
  const date = new Date(`${word}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== word ? null : word;
}

/** Split on blanks, keeping "double quoted" (straight or curly) words together. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of text.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3] ?? "");
  return tokens;
}

const refOnly = new Set(["show", "review", "confirm", "export"]);
const dated = new Set(["shipped", "received", "completed"]);

/** Parse the text after `/order`. Never throws: bad input gives `{ kind: "invalid", reason }`. */
export function parseOrderCommand(text: string): OrderCommand {
  const trimmed = text.replace(/^\s+/, "");
  const head = trimmed.match(/^(\S+)/)?.[1]?.toLowerCase() ?? "help";
  const rest = trimmed.slice(head.length);
  const invalid = (reason: string): OrderCommand => ({ kind: "invalid", reason });

  if (head === "help") return { kind: "help" };
  // The transcript keeps its line breaks: only the separator after `new` is dropped.
  if (head === "new") return { kind: "new", text: rest.replace(/^[ \t]*\n?/, "").trimEnd() };
  const args = tokenize(rest);
  if (head === "list") return args.length === 0 ? { kind: "list" } : invalid("`list` takes no arguments.");

  const ref = parseRefArgument(args[0]);
  const needsRef = refOnly.has(head) || dated.has(head) || head === "set" || head === "paid";
  if (!needsRef) return invalid(`Unknown subcommand "${head}".`);
  if (ref === null) return invalid(`\`${head}\` needs an order reference such as PO-3.`);

  if (refOnly.has(head)) {
    if (args.length !== 1) return invalid(`\`${head}\` takes only the order reference.`);
    return { kind: head as "show" | "review" | "confirm" | "export", ref };
  }
  if (head === "set") {
    const field = args[1];
    if (!field || args.length < 3)
      return invalid("`set` needs a field and a value, e.g. set PO-3 currency USD.");
    // An unquoted value may hold blanks: take the remainder of the line after the field.
    const quoted = /^\s*\S+\s+\S+\s+["“]/.test(rest);
    const value = quoted ? (args[2] ?? "") : rest.replace(/^\s*\S+\s+\S+\s+/, "").trim();
    if (quoted && args.length > 3) return invalid("Put the whole value in one pair of quotes.");
    return { kind: "set", ref, field, value };
  }
  const dateWord = head === "paid" ? args[2] : args[1];
  const date = dateWord === undefined ? null : parseDateArgument(dateWord);
  if (dateWord !== undefined && date === null) return invalid(`"${dateWord}" is not a date: use YYYY-MM-DD.`);
  if (head === "paid") {
    const part = args[1]?.toLowerCase();
    if (part !== "deposit" && part !== "balance") return invalid("`paid` needs deposit or balance.");
    if (args.length > 3) return invalid("`paid` takes PO-n, deposit|balance and an optional date.");
    return { kind: "paid", ref, part, date };
  }
  if (args.length > 2) return invalid(`\`${head}\` takes PO-n and an optional date.`);
  return { kind: head as "shipped" | "received" | "completed", ref, date };
}
