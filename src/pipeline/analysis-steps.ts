/**
 * The CPU-bound steps of the pipeline, as plain functions of plain data (structured-clone safe), so the
 * same code runs in-process (CLI, tests) or in a worker thread (the Slack app, analysis-pool.ts).
 */
import { messageLines, reviewDraft } from "../core/review/review-draft.ts";
import type { Conflict, DraftOrder, ParsedTranscript, Review } from "../core/schemas.ts";
import { applyRewrites } from "../model/apply-rewrites.ts";
import type { GroundedRewrite } from "../model/ground-proposal.ts";
import { extractPaste } from "./extract-paste.ts";

export { type ExtractedPaste, extractPaste } from "./extract-paste.ts";

/**
 * review: vague / missing / conflict findings, measurable rewrites, claim coverage. The model's grounded
 * rewrites (when a model was asked) go in before the claims are judged: a vague term only the model found
 * becomes a finding of its own and stops the quality claim.
 */
export function reviewPaste(input: {
  draft: DraftOrder;
  transcript: ParsedTranscript;
  conflicts: Conflict[];
  rewrites?: GroundedRewrite[];
}): Review {
  const { rewrites = [], ...rest } = input;
  if (rewrites.length === 0) return reviewDraft(rest);
  const lineText = new Map(messageLines(input.transcript).map(({ line, text }) => [line, text]));
  return reviewDraft({
    ...rest,
    amend: (findings) =>
      applyRewrites(findings, rewrites, { draft: input.draft, lineText: (line) => lineText.get(line) ?? "" }),
  });
}

/** Both steps at once, for a paste with no model to wait for between them. */
export function analyzePaste(input: { text: string; now?: string; today: string }): Review {
  const extracted = extractPaste(input);
  return reviewPaste(extracted);
}
