/**
 * The model's vague-term findings and measurable rewrites, put on the rules' findings. A rewrite whose quote
 * overlaps a rules vague finding on the same line replaces that finding's placeholder template; any other
 * rewrite becomes a vague finding of its own, marked `by: "model"`, when its quote stands on its cited line
 * (ground-proposal.ts checked that), reads as a product attribute and carries no measurable anchor. Every
 * model suggestion stays a suggestion for a person to accept.
 */
import { attributeOfQuote } from "../core/review/find-attribute-clauses.ts";
import { isMeasurable } from "../core/review/measurable.ts";
import { vagueFinding } from "../core/review/review-draft.ts";
import type { DraftOrder, Finding } from "../core/schemas.ts";
import type { GroundedRewrite } from "./ground-proposal.ts";

/** Marks a suggestion as the model's, so nobody mistakes it for a settled term. */
export const modelSuggestionMark = "(proposed by the model from the chat; check before accepting)";

function overlaps(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/**
 * The findings with each rules vague finding's suggestion replaced by a matching model rewrite, followed by
 * the model's own vague findings. `lineText` gives a cited line's words (to tell which item it is about).
 */
export function applyRewrites(
  findings: readonly Finding[],
  rewrites: readonly GroundedRewrite[],
  context: { draft: DraftOrder; lineText: (line: number) => string },
): Finding[] {
  if (rewrites.length === 0) return [...findings];
  const matches = (finding: Finding, rewrite: GroundedRewrite) =>
    finding.kind === "vague" &&
    finding.quote !== null &&
    rewrite.line === finding.line &&
    overlaps(rewrite.quote, finding.quote);
  const amended = findings.map((finding) => {
    const rewrite = rewrites.find((candidate) => matches(finding, candidate));
    return rewrite ? { ...finding, suggestion: `${rewrite.suggestion} ${modelSuggestionMark}` } : finding;
  });
  const added: Finding[] = [];
  for (const rewrite of rewrites) {
    if (findings.some((finding) => matches(finding, rewrite))) continue;
    if (
      added.some((finding) => finding.line === rewrite.line && overlaps(finding.quote ?? "", rewrite.quote))
    )
      continue;
    if (isMeasurable(rewrite.quote)) continue;
    const attribute = attributeOfQuote(rewrite.quote);
    if (attribute === null) continue;
    const finding = vagueFinding(
      context.draft,
      { line: rewrite.line, quote: rewrite.quote, attribute },
      context.lineText(rewrite.line),
    );
    added.push({ ...finding, suggestion: `${rewrite.suggestion} ${modelSuggestionMark}`, by: "model" });
  }
  return [...amended, ...added];
}
