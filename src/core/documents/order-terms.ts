/**
 * What both documents need to know about each term of an order: is it settled, or does an open finding
 * leave it to be agreed (then it prints as a blank, never as the words that were too loose), who said
 * it and when, and did a person edit it.
 */
import type { Finding, Message } from "../schemas.ts";
import type { FieldEdit, OpenTerm } from "./document-schemas.ts";

/** The blank a person fills in by hand. */
export const blankLine = "______";

/** Finding kinds that leave a term unsettled (a risk is a warning about a settled term). */
const unsettling = new Set(["vague", "missing", "conflict"]);

/** True when `field` is `parent` or lies under it ("items[0].specs.color" under "items[0]"). */
export function isUnder(field: string, parent: string): boolean {
  return field === parent || field.startsWith(`${parent}.`) || field.startsWith(`${parent}[`);
}

/**
 * The findings still open for the documents: an edit a person made to the field (or above it) after
 * the review settles it, since the person decided the term.
 */
export function openFindingsOf(findings: readonly Finding[], edits: readonly FieldEdit[]): Finding[] {
  return findings.filter(
    (finding) =>
      !edits.some((edit) => isUnder(finding.field, edit.field) || isUnder(edit.field, finding.field)),
  );
}

/** Why a term is blank, in words a supplier can act on. */
function reasonOf(finding: Finding): string {
  if (finding.kind === "vague")
    return `${finding.quote ? `'${finding.quote}' is` : "the chat's wording is"} not measurable; ${finding.suggestion}`;
  if (finding.kind === "conflict") return `the two sides stated different values; ${finding.suggestion}`;
  return `not settled in the chat; ${finding.suggestion}`;
}

/** A blank with the reason it is blank. */
export function blankFor(finding: Finding): string {
  return `${blankLine} (to be agreed: ${reasonOf(finding)})`;
}

/** The open finding that leaves `field` unsettled (on the field itself or a section above it). */
export function unsettledBy(findings: readonly Finding[], field: string): Finding | undefined {
  return findings.find((finding) => unsettling.has(finding.kind) && isUnder(field, finding.field));
}

/** Page 1's box: every open finding, with the line it stands on. */
export function openTermsOf(findings: readonly Finding[]): OpenTerm[] {
  return findings.map((finding) => ({
    field: finding.field,
    kind: finding.kind,
    line: finding.line,
    text: finding.kind === "risk" ? finding.suggestion : reasonOf(finding),
  }));
}

/** Who said the words on a transcript line, and when (null when the chat does not say). */
export function speakerOf(
  messages: readonly Message[],
  line: number,
): { speaker: string | null; at: string | null } {
  const message = messages.find(
    (candidate) => candidate.line === line || candidate.parts.some((part) => part.line === line),
  );
  return { speaker: message?.speaker ?? null, at: message?.at ?? null };
}

/** The newest edit of a field (or of a section containing it). */
export function editOf(edits: readonly FieldEdit[], field: string): FieldEdit | undefined {
  return [...edits].reverse().find((edit) => isUnder(field, edit.field));
}

/** "edited by U123 on 2026-11-03" */
export function editNote(edit: FieldEdit): string {
  return `edited by ${edit.actor} on ${edit.at.slice(0, 10)}`;
}

/** A count or a percentage as a person writes it in a contract: thousands grouped, at most 2 decimals (amounts: core/money.ts). */
export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", {
    minimumFractionDigits: 0,
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
  });
}
