/**
 * Which open findings an edit settles: a finding is re-reviewed when the edited field is its field, lies
 * under it, or contains it. A missing term is settled when the review no longer finds it missing in the
 * edited draft; a vague, conflicting or risky value is settled once the person replaced it (its quoted
 * words are no longer in the field).
 */
import { isFieldWithin, readDraftField } from "./order-fields.ts";
import type { DraftOrder, FindingKind } from "./schemas.ts";

export type OpenFinding = { id: number; field: string; kind: FindingKind | string; quote: string | null };

/** Ids of the `open` findings the edit of `field` settles, given the fields still found missing. */
export function findingsSettledByEdit(input: {
  field: string;
  draft: DraftOrder;
  open: readonly OpenFinding[];
  stillMissing: ReadonlySet<string>;
}): number[] {
  const { field, draft } = input;
  const settled: number[] = [];
  for (const finding of input.open) {
    const related = isFieldWithin(field, finding.field) || isFieldWithin(finding.field, field);
    if (!related) continue;
    if (finding.kind === "missing") {
      if (!input.stillMissing.has(finding.field)) settled.push(finding.id);
      continue;
    }
    const value = readDraftField(draft, finding.field.replace(/\[\d+\]$/, "")).value;
    const text = Array.isArray(value)
      ? value.join("\n")
      : value === null || value === undefined
        ? ""
        : String(value);
    if (finding.quote === null || !text.toLowerCase().includes(finding.quote.toLowerCase()))
      settled.push(finding.id);
  }
  return settled;
}
