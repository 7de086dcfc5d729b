/**
 * The reviewer: vague, missing, conflict and risk findings for a draft, each with a measurable rewrite,
 * and the claims the order would support. Pure; works with rules alone.
 */

import { withoutReaderNotes } from "../reader-notes.ts";
import type { Conflict, DraftOrder, Finding, ParsedTranscript, Review } from "../schemas.ts";
import { findMissingTerms, itemHasMeasurableSpec } from "./find-missing-terms.ts";
import { findReaderNotes } from "./find-reader-notes.ts";
import { findRisks } from "./find-risks.ts";
import { findVagueTerms, type VagueTerm } from "./find-vague-terms.ts";
import { judgeClaims } from "./judge-claims.ts";
import { fieldFor, suggestRewrite } from "./suggest-rewrite.ts";

/** Suggestions for conflicts, by the top-level field in dispute. */
const conflictSuggestions: Record<string, string> = {
  payment:
    "Agree one payment split in writing (e.g. 30% deposit, 70% before shipment) and put it on the order",
  dispatch: "Agree one ship date (YYYY-MM-DD or N days after deposit) and put it on the order",
  items: "Agree one quantity and unit price with the supplier and put them on the order",
  shipping: "Agree one Incoterm, named place and mode and put them on the order",
  inspection:
    "Agree who inspects and to which standard (ISO 2859-1, AQL 0 / 2.5 / 4.0) before paying the balance",
  currency: "Agree the order currency (ISO code) before the order is placed",
};

/** The physical lines of every message, as the reviewer scans them. */
export function messageLines(transcript: ParsedTranscript): Array<{ line: number; text: string }> {
  return transcript.messages.flatMap((message) =>
    message.parts.length > 0 ? message.parts : [{ line: message.line, text: message.text }],
  );
}

/** The item a line speaks of: the one whose name shares a word with it, else the first. */
function itemIndexFor(draft: DraftOrder, text: string): number | null {
  if (draft.items.length === 0) return null;
  const lower = text.toLowerCase();
  let best = 0;
  let bestScore = 0;
  draft.items.forEach((item, index) => {
    const score = item.name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3 && lower.includes(word)).length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** The vague finding for a term: its field (the item the line speaks of), quote, line and measurable rewrite. */
export function vagueFinding(
  draft: DraftOrder,
  term: Pick<VagueTerm, "line" | "quote" | "attribute">,
  lineText: string,
): Finding {
  return {
    field: fieldFor(term.attribute, itemIndexFor(draft, lineText)),
    kind: "vague",
    quote: term.quote,
    line: term.line,
    suggestion: suggestRewrite(term.attribute),
  };
}

function conflictFinding(conflict: Conflict): Finding {
  const [first] = conflict.values;
  const top = conflict.field.replace(/[.[].*$/, "");
  const stated = conflict.values
    .map((value) => `${value.role} said ${value.value} (line ${value.line})`)
    .join(", ");
  return {
    field: conflict.field,
    kind: "conflict",
    quote: first?.quote ?? null,
    line: first?.line ?? null,
    suggestion: `${conflictSuggestions[top] ?? "Agree one value with the supplier and put it on the order"}: ${stated}.`,
  };
}

/** A term said vaguely is not missing: "dark green" is a vague colour, so no "colour missing" beside it. */
function withoutMissingVague(findings: Finding[]): Finding[] {
  const vagueFields = new Set(
    findings.filter((finding) => finding.kind === "vague").map((finding) => finding.field),
  );
  return findings.filter((finding) => finding.kind !== "missing" || !vagueFields.has(finding.field));
}

/**
 * Review a draft against its transcript: findings with rewrites, and the claims the order would support.
 * `amend` adds to or edits the rules' findings (the model's findings and rewrites) before the claims are
 * judged, so a vague term only the model found still stops the quality claim.
 */
export function reviewDraft(input: {
  draft: DraftOrder;
  transcript: ParsedTranscript;
  conflicts?: Conflict[];
  amend?: (findings: Finding[]) => Finding[];
}): Review {
  const { draft, transcript, conflicts = [], amend = (findings) => findings } = input;
  const original = messageLines(transcript);
  // The checks read the chat as the draft did: a note to the reading tool is warned about, not read.
  const lines = original.map(({ line, text }) => ({ line, text: withoutReaderNotes(text) }));
  const textOf = new Map(lines.map(({ line, text }) => [line, text]));
  const vague = findVagueTerms(lines).map((term) => vagueFinding(draft, term, textOf.get(term.line) ?? ""));
  const conflictFields = new Set(conflicts.map((conflict) => conflict.field));
  const findings = withoutMissingVague(
    amend([
      ...conflicts.map(conflictFinding),
      ...vague,
      ...findMissingTerms(draft, lines, conflictFields),
      ...findRisks(draft, lines),
      ...findReaderNotes(original),
    ]),
  );
  const claims = judgeClaims(draft, findings, (index) => itemHasMeasurableSpec(draft, index, lines));
  return { order: draft, findings, claims };
}
