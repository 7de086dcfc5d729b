/**
 * The one way a transcript becomes a Review, shared by the Slack app and the command line:
 * check -> parse -> resolve "today" -> extract (rules) -> model propose + ground + merge (if configured) -> review.
 * The CPU steps run in-process by default (CLI, tests), or on an AnalysisRunner (the Slack app's worker
 * pool) within a time budget, so no paste holds the event loop; the model call waits on the main thread.
 * @see ../shared/design.md "Pipeline", "Hostile input"
 */
import type { Clock } from "../core/clock.ts";
import type { Review } from "../core/schemas.ts";
import type { Logger } from "../logger.ts";
import type { ModelClient } from "../model/create-model-client.ts";
import type { AnalysisRunner } from "./analysis-pool.ts";
import { analyzePaste, extractPaste, reviewPaste } from "./analysis-steps.ts";
import { pasteRequest } from "./extract-paste.ts";
import { improveWithModel } from "./improve-with-model.ts";

export type AnalyzeDeps = {
  model: ModelClient | null;
  logger: Logger;
  clock: Clock;
  /** Where extraction and review run, and the CPU time one paste may take there (default: in-process, no limit). */
  analysis?: { runner: AnalysisRunner; budgetMs: number };
};

/** Analyze a pasted transcript: the draft order (every value with evidence), findings and claim coverage. */
export async function analyzeTranscript(
  deps: AnalyzeDeps,
  input: { text: string; now?: Date },
): Promise<Review> {
  const request = pasteRequest(deps.clock, input);
  const steps = stepsOn(deps.analysis);
  if (!deps.model) return steps.analyze(request);
  const extracted = await steps.extract(request);
  const improved = await improveWithModel({ model: deps.model, logger: deps.logger }, extracted);
  // The model's findings go in before the claims are judged: a vague term only the model saw stops the quality claim.
  return steps.review({
    draft: improved.draft,
    transcript: extracted.transcript,
    conflicts: extracted.conflicts,
    rewrites: improved.rewrites,
  });
}

/** The three steps, in-process or on the runner; on the runner they share one budget (model time excluded). */
function stepsOn(analysis: AnalyzeDeps["analysis"]) {
  if (!analysis)
    return {
      analyze: async (input: Parameters<typeof analyzePaste>[0]) => analyzePaste(input),
      extract: async (input: Parameters<typeof extractPaste>[0]) => extractPaste(input),
      review: async (input: Parameters<typeof reviewPaste>[0]) => reviewPaste(input),
    };
  let left = analysis.budgetMs;
  const timed = async <T>(step: (budgetMs: number) => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await step(left);
    } finally {
      left -= performance.now() - started;
    }
  };
  const { runner } = analysis;
  return {
    analyze: (input: Parameters<typeof analyzePaste>[0]) => timed((ms) => runner.analyze(input, ms)),
    extract: (input: Parameters<typeof extractPaste>[0]) => timed((ms) => runner.extract(input, ms)),
    review: (input: Parameters<typeof reviewPaste>[0]) => timed((ms) => runner.review(input, ms)),
  };
}
