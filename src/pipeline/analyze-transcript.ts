/**
 * The one way a transcript becomes a Review, shared by the Slack app and the command line:
 * check -> parse -> resolve "today" -> extract (rules) -> model propose + ground + merge (if configured) -> review.
 * @see ../shared/design.md "Pipeline"
 */
import type { Clock } from "../core/clock.ts";
import { extractWithConflicts } from "../core/extract/extract-draft.ts";
import { resolveNow } from "../core/extract/resolve-now.ts";
import { checkTranscriptText } from "../core/input.ts";
import { parseTranscript } from "../core/parse/parse-transcript.ts";
import { messageLines, reviewDraft } from "../core/review/review-draft.ts";
import type { Review } from "../core/schemas.ts";
import type { Logger } from "../logger.ts";
import { applyRewrites } from "../model/apply-rewrites.ts";
import type { ModelClient } from "../model/create-model-client.ts";
import { draftWithModel } from "./draft-with-model.ts";

export type AnalyzeDeps = { model: ModelClient | null; logger: Logger; clock: Clock };

/** Analyze a pasted transcript: the draft order (every value with evidence), findings and claim coverage. */
export async function analyzeTranscript(
  deps: AnalyzeDeps,
  input: { text: string; now?: Date },
): Promise<Review> {
  const text = checkTranscriptText(input.text);
  const transcript = parseTranscript(text);
  const now = resolveNow(transcript, input.now, deps.clock);
  const extracted = extractWithConflicts(transcript, { now });
  if (!deps.model) return reviewDraft({ draft: extracted.draft, transcript, conflicts: extracted.conflicts });
  const improved = await draftWithModel(
    { model: deps.model, logger: deps.logger },
    { transcript, now, draft: extracted.draft, conflicts: extracted.conflicts },
  );
  const lineText = new Map(messageLines(transcript).map(({ line, text }) => [line, text]));
  // The model's findings go in before the claims are judged: a vague term only the model saw stops the quality claim.
  return reviewDraft({
    draft: improved.draft,
    transcript,
    conflicts: extracted.conflicts,
    amend: (findings) =>
      applyRewrites(findings, improved.rewrites, {
        draft: improved.draft,
        lineText: (line) => lineText.get(line) ?? "",
      }),
  });
}
