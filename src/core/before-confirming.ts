/**
 * What is wrong with an order before it is confirmed: the open findings, and the gaps a placed Trade
 * Assurance order cannot have (no supplier, no item, an item without a name, quantity or unit price).
 * Computed here only; the card's confirm dialog, `/order confirm` and the console all show this list,
 * and a confirmation given anyway records it.
 */
import { fieldLabel, isFieldWithin } from "./order-fields.ts";
import { type DraftOrder, type Finding, unnamedItem } from "./schemas.ts";

/** One thing to settle before confirming: the field it is about and a short sentence. */
export type ConfirmProblem = { field: string; text: string; finding: boolean };

const kindWord: Record<Finding["kind"], string> = {
  vague: "Vague",
  missing: "Missing",
  conflict: "Conflict",
  risk: "Risk",
};

/** The gaps in the draft itself, each on the field a person would set to close it. */
function draftGaps(draft: DraftOrder): ConfirmProblem[] {
  const gaps: Array<Omit<ConfirmProblem, "finding">> = [];
  if (!draft.supplier?.trim()) gaps.push({ field: "supplier", text: "No supplier" });
  if (draft.items.length === 0) gaps.push({ field: "items", text: "No item" });
  draft.items.forEach((item, index) => {
    const name = item.name.trim();
    const label = `Item ${index + 1}`;
    if (name === "" || name.toLowerCase() === unnamedItem)
      gaps.push({ field: `items[${index}].name`, text: `${label} has no product name` });
    if (item.quantity === null || item.quantity <= 0)
      gaps.push({ field: `items[${index}].quantity`, text: `${label} has no quantity` });
    if (item.unitPrice === null || item.unitPrice <= 0)
      gaps.push({ field: `items[${index}].unitPrice`, text: `${label} has no unit price` });
  });
  return gaps.map((gap) => ({ ...gap, finding: false }));
}

/** A finding as stored: applied and dismissed ones no longer count. */
type StoredFinding = Pick<Finding, "field" | "kind"> & { state: "open" | "applied" | "dismissed" };

/**
 * Everything to settle before confirming, open findings first. A gap an open finding already names
 * ("Missing · unit price") is not listed twice.
 */
export function problemsBeforeConfirming(
  draft: DraftOrder,
  findings: ReadonlyArray<StoredFinding>,
): ConfirmProblem[] {
  const openFindings = findings.filter((finding) => finding.state === "open");
  const fromFindings = openFindings.map((finding) => ({
    field: finding.field,
    text: `${kindWord[finding.kind]} · ${fieldLabel(draft, finding.field)}`,
    finding: true,
  }));
  const gaps = draftGaps(draft).filter(
    (gap) => !openFindings.some((finding) => isFieldWithin(gap.field, finding.field)),
  );
  return [...fromFindings, ...gaps];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "3 open findings and 1 gap in the terms": how many of what, for a heading or the audit trail. */
export function countProblems(problems: readonly ConfirmProblem[]): string {
  const findings = problems.filter((problem) => problem.finding).length;
  const gaps = problems.length - findings;
  return [
    ...(findings > 0 ? [plural(findings, "open finding")] : []),
    ...(gaps > 0 ? [`${plural(gaps, "gap")} in the terms`] : []),
  ].join(" and ");
}

/** The audit note of a confirmation given with problems open. */
export function confirmedAnywayNote(problems: readonly ConfirmProblem[]): string {
  const listed = listWithin(
    problems.map((problem) => problem.text),
    400,
    "",
  );
  return `confirmed anyway with ${countProblems(problems)}: ${listed.replace(/\n/g, "; ")}`;
}

/**
 * The problems as one text of at most `maxChars` characters, one per line (`prefix` before each), ending
 * with "…and N more" when they do not all fit. A list is never cut inside an entry.
 */
export function listWithin(texts: readonly string[], maxChars: number, prefix = "• "): string {
  const more = (count: number) => `…and ${count} more`;
  let shown = texts.length;
  const joined = (count: number) =>
    [
      ...texts.slice(0, count).map((text) => `${prefix}${text}`),
      ...(count < texts.length ? [more(texts.length - count)] : []),
    ].join("\n");
  while (shown > 0 && joined(shown).length > maxChars) shown--;
  const text = joined(shown);
  return text.length <= maxChars ? text : text.slice(0, maxChars);
}
