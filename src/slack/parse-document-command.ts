/**
 * The `/order` subcommands about documents and the buyer's name, parsed apart from the main grammar:
 *   contract PO-n
 *   checklist PO-n [pdf|csv] [MAJOR/MINOR]
 *   settings company "Your Company Ltd"
 * Pure: returns null for any other subcommand, and never throws.
 */
import { parseAqlOption } from "../core/documents/aql-option.ts";
import type { AqlLevels } from "../core/documents/contract-content.ts";
import { parseOrderRef } from "../core/lifecycle.ts";

export type DocumentCommand =
  | { kind: "contract"; ref: number }
  | { kind: "checklist"; ref: number; format: "pdf" | "csv"; aqls: AqlLevels }
  | { kind: "company"; name: string }
  | { kind: "invalid"; reason: string };

/** Longest company name accepted (it is printed in the contract's parties block). */
export const maxCompanyNameLength = 200;

/** Parse the text after `/order` when it is a document or settings subcommand; else null. */
export function parseDocumentCommand(text: string): DocumentCommand | null {
  const trimmed = text.trim();
  const head = trimmed.match(/^(\S+)/)?.[1]?.toLowerCase();
  if (head !== "contract" && head !== "checklist" && head !== "settings") return null;
  const rest = trimmed.slice(head.length);
  const args = rest
    .trim()
    .split(/\s+/)
    .filter((word) => word !== "");
  const invalid = (reason: string): DocumentCommand => ({ kind: "invalid", reason });

  if (head === "settings") {
    if (args[0]?.toLowerCase() !== "company")
      return invalid('`settings` takes `company "Your Company Ltd"` (the buyer named on contracts).');
    const name = rest
      .replace(/^\s*\S+\s*/, "")
      .trim()
      .replace(/^["“](.*)["”]$/s, "$1")
      .trim();
    if (name === "")
      return invalid('Give the company name, e.g. `/order settings company "Baker Outdoor GmbH"`.');
    if (name.length > maxCompanyNameLength || /[\n\r]/.test(name))
      return invalid(`The company name must be one line of at most ${maxCompanyNameLength} characters.`);
    return { kind: "company", name };
  }

  const ref = args[0] === undefined ? null : parseOrderRef(args[0]);
  if (ref === null) return invalid(`\`${head}\` needs an order reference such as PO-3.`);
  if (head === "contract")
    return args.length === 1
      ? { kind: "contract", ref }
      : invalid("`contract` takes only the order reference.");

  let format: "pdf" | "csv" = "pdf";
  let aqlText: string | undefined;
  for (const word of args.slice(1)) {
    const lower = word.toLowerCase();
    if (lower === "pdf" || lower === "csv") format = lower;
    else if (aqlText === undefined && word.includes("/")) aqlText = word;
    else
      return invalid(
        "`checklist` takes PO-n, then optionally pdf or csv and the AQLs as MAJOR/MINOR (e.g. 1.5/4.0).",
      );
  }
  const aql = parseAqlOption(aqlText);
  if (!aql.ok) return invalid(aql.reason);
  return { kind: "checklist", ref, format, aqls: aql.aqls };
}
