/**
 * The `/order` grammar of ../shared/contract.md, parsed from the command text into a typed request.
 * Pure: no Slack, no database; the listener turns a parse result into a service call. A subcommand that
 * records a lifecycle step says which one (`event`), so the listener does not translate words again.
 */
import { parseCalendarDate } from "../core/dates.ts";
import { parseOrderRef } from "../core/lifecycle.ts";
import type { LifecycleEventKind } from "../core/schemas.ts";

/** The one-line usage shown for unknown subcommands and bad arguments. */
export const orderUsage =
  'Usage: /order help [fields] | new [transcript] | list | show PO-n | review PO-n | set PO-n FIELD VALUE [anyway] | confirm PO-n [anyway] | paid PO-n deposit|balance [YYYY-MM-DD] | shipped|received|completed PO-n [YYYY-MM-DD] | cancel PO-n [reason] | history PO-n | export PO-n | contract PO-n | checklist PO-n [csv] [MAJOR/MINOR] | settings company "NAME"';

/** Subcommands that take only the order reference. */
const refOnlyKinds = ["show", "review", "export", "history"] as const;
type RefOnlyKind = (typeof refOnlyKinds)[number];
/** Subcommands that record a lifecycle step on a date (default: today). */
const datedSteps = { shipped: "shipped", received: "received", completed: "completed" } as const;
type DatedKind = keyof typeof datedSteps;

export type OrderCommand =
  | { kind: "help"; topic: "commands" | "fields" }
  | { kind: "new"; text: string }
  | { kind: "list" }
  | { kind: RefOnlyKind; ref: number }
  | { kind: "set"; ref: number; field: string; value: string; anyway: boolean }
  | { kind: "confirm"; ref: number; event: "confirmed"; date: null; anyway: boolean }
  | {
      kind: "paid";
      ref: number;
      part: "deposit" | "balance";
      event: "deposit_paid" | "balance_paid";
      date: string | null;
    }
  | { kind: DatedKind; ref: number; event: LifecycleEventKind; date: string | null }
  | { kind: "cancel"; ref: number; event: "cancelled"; reason: string | null; date: null }
  | { kind: "invalid"; reason: string };

/** The commands that record a lifecycle step. */
export type LifecycleCommand = Extract<OrderCommand, { event: LifecycleEventKind }>;

/** Split on blanks, keeping "double quoted" (straight or curly) words together. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of text.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3] ?? "");
  return tokens;
}

/** "1900 anyway", "1.15 anyway": a number, then the word that confirms the edit. */
const numberThenAnyway = (value: string) => /^[-+]?[\d.,]+\s+anyway$/i.test(value);

const isRefOnly = (head: string): head is RefOnlyKind => (refOnlyKinds as readonly string[]).includes(head);
const isDated = (head: string): head is DatedKind => head in datedSteps;

/** Parse the text after `/order`. Never throws: bad input gives `{ kind: "invalid", reason }`. */
export function parseOrderCommand(text: string): OrderCommand {
  const trimmed = text.replace(/^\s+/, "");
  const head = trimmed.match(/^(\S+)/)?.[1]?.toLowerCase() ?? "help";
  const rest = trimmed.slice(head.length);
  const invalid = (reason: string): OrderCommand => ({ kind: "invalid", reason });

  // The transcript keeps its line breaks: only the separator after `new` is dropped.
  if (head === "new") return { kind: "new", text: rest.replace(/^[ \t]*\n?/, "").trimEnd() };
  const args = tokenize(rest);
  if (head === "help") {
    if (args.length === 0) return { kind: "help", topic: "commands" };
    if (args.length === 1 && args[0]?.toLowerCase() === "fields") return { kind: "help", topic: "fields" };
    return invalid("`help` takes nothing, or `fields` for the fields `set` accepts.");
  }
  if (head === "list") return args.length === 0 ? { kind: "list" } : invalid("`list` takes no arguments.");

  const needsRef = isRefOnly(head) || isDated(head) || ["set", "paid", "confirm", "cancel"].includes(head);
  if (!needsRef) return invalid(`Unknown subcommand "${head}".`);
  const ref = args[0] === undefined ? null : parseOrderRef(args[0]);
  if (ref === null) return invalid(`\`${head}\` needs an order reference such as PO-3.`);

  if (head === "confirm") {
    // `anyway` is the second step after the list of open problems.
    const anyway = args.length === 2 && args[1]?.toLowerCase() === "anyway";
    if (args.length !== 1 && !anyway)
      return invalid("`confirm` takes the order reference, and `anyway` to confirm with problems open.");
    return { kind: "confirm", ref, event: "confirmed", date: null, anyway };
  }
  if (isRefOnly(head)) {
    if (args.length !== 1) return invalid(`\`${head}\` takes only the order reference.`);
    return { kind: head, ref };
  }
  if (head === "set") {
    const field = args[1];
    if (!field || args.length < 3)
      return invalid("`set` needs a field and a value, e.g. set PO-3 currency USD.");
    // An unquoted value may hold blanks: take the remainder of the line after the field.
    const quoted = /^\s*\S+\s+\S+\s+["“]/.test(rest);
    const line = quoted ? (args[2] ?? "") : rest.replace(/^\s*\S+\s+\S+\s+/, "").trim();
    // `anyway` after a number is the second step of an edit that is asked about (a price after receipt);
    // after words it stays part of the value.
    const anyway = quoted ? args.length === 4 && args[3]?.toLowerCase() === "anyway" : numberThenAnyway(line);
    if (quoted && args.length > 3 && !anyway) return invalid("Put the whole value in one pair of quotes.");
    const value = anyway && !quoted ? line.replace(/\s+\S+$/, "") : line;
    return { kind: "set", ref, field, value, anyway };
  }
  if (head === "cancel") {
    // The reason is free text: the remainder of the line after the reference.
    const reason = rest
      .replace(/^\s*\S+/, "")
      .trim()
      .replace(/^["“](.*)["”]$/, "$1");
    return { kind: "cancel", ref, event: "cancelled", reason: reason === "" ? null : reason, date: null };
  }
  const dateWord = head === "paid" ? args[2] : args[1];
  const date = dateWord === undefined ? null : parseCalendarDate(dateWord);
  if (dateWord !== undefined && date === null)
    return invalid(`"${dateWord}" is not a date: use YYYY-MM-DD (a day that exists).`);
  if (head === "paid") {
    const part = args[1]?.toLowerCase();
    if (part !== "deposit" && part !== "balance") return invalid("`paid` needs deposit or balance.");
    if (args.length > 3) return invalid("`paid` takes PO-n, deposit|balance and an optional date.");
    return { kind: "paid", ref, part, event: part === "deposit" ? "deposit_paid" : "balance_paid", date };
  }
  if (args.length > 2) return invalid(`\`${head}\` takes PO-n and an optional date.`);
  const dated = head as DatedKind;
  return { kind: dated, ref, event: datedSteps[dated], date };
}
