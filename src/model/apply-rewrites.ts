/**
 * Puts the model's measurable rewrites (values taken from the chat) on the vague findings they are about.
 * They replace the rules' placeholder template but stay suggestions for a person to accept.
 */
import type { Review } from "../core/schemas.ts";
import type { GroundedRewrite } from "./ground-proposal.ts";

/** Marks a suggestion as the model's, so nobody mistakes it for a settled term. */
export const modelSuggestionMark = "(proposed by the model from the chat; check before accepting)";

function overlaps(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
}

/** The review with each vague finding's suggestion replaced by a matching model rewrite, when there is one. */
export function applyRewrites(review: Review, rewrites: readonly GroundedRewrite[]): Review {
  if (rewrites.length === 0) return review;
  return {
    ...review,
    findings: review.findings.map((finding) => {
      if (finding.kind !== "vague" || finding.quote === null) return finding;
      const quote = finding.quote;
      const rewrite = rewrites.find(
        (candidate) => candidate.line === finding.line && overlaps(candidate.quote, quote),
      );
      return rewrite ? { ...finding, suggestion: `${rewrite.suggestion} ${modelSuggestionMark}` } : finding;
    }),
  };
}
