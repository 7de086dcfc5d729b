/**
 * The model step of the pipeline: propose, ground, merge. Any failure (timeout, 429/5xx after retries,
 * refusal, bad JSON, wrong shape, an unexpected error) leaves the rules draft as it was, with a note saying
 * the model was not used and why. Nothing is lost.
 */
import { type Conflict, DraftOrder, type ParsedTranscript } from "../core/schemas.ts";
import type { Logger } from "../logger.ts";
import { failureNotes, type ModelClient } from "../model/create-model-client.ts";
import { type DroppedValue, type GroundedRewrite, groundProposal } from "../model/ground-proposal.ts";
import { mergeDrafts } from "../model/merge-drafts.ts";
import { proposeOrder } from "../model/propose-order.ts";

export type ModelStepResult = { draft: DraftOrder; rewrites: GroundedRewrite[] };

function withNote(draft: DraftOrder, note: string): DraftOrder {
  return { ...draft, notes: [...(draft.notes ?? []), note] };
}

/** How many dropped values a log line shows; the rest are only counted. */
const droppedExamples = 5;

/** One log line per call, however many values a model invents: counts by reason and the first few. */
function summarizeDropped(dropped: DroppedValue[]) {
  const byReason: Partial<Record<DroppedValue["code"], number>> = {};
  for (const entry of dropped) byReason[entry.code] = (byReason[entry.code] ?? 0) + 1;
  const examples = dropped
    .slice(0, droppedExamples)
    .map(({ field, value, line, reason }) => ({ field, value: value.slice(0, 80), line, reason }));
  return { dropped: dropped.length, byReason, examples };
}

/** The rules draft improved by the model's grounded values, or the rules draft with a note on why not. */
export async function draftWithModel(
  deps: { model: ModelClient; logger: Logger },
  input: { transcript: ParsedTranscript; now: Date; draft: DraftOrder; conflicts: Conflict[] },
): Promise<ModelStepResult> {
  const { model, logger } = deps;
  const fallback = (why: string): ModelStepResult => ({
    draft: withNote(input.draft, `Model not used: ${why}; the rules engine's result is shown.`),
    rewrites: [],
  });
  try {
    const proposal = await proposeOrder(model, { transcript: input.transcript, now: input.now });
    if (!proposal.ok) {
      logger.warn({ model: model.model, reason: proposal.reason, detail: proposal.detail }, "model not used");
      return fallback(failureNotes[proposal.reason]);
    }
    const grounded = groundProposal(proposal.value, input.transcript);
    if (grounded.dropped.length > 0)
      logger.info({ model: model.model, ...summarizeDropped(grounded.dropped) }, "model values dropped");
    const merged = mergeDrafts(input.draft, grounded.values, input.conflicts);
    if (merged.disagreed.length > 0)
      logger.info({ disagreed: merged.disagreed }, "model disagreed with rules");
    const checked = DraftOrder.safeParse(merged.draft);
    if (!checked.success) {
      logger.warn({ issues: checked.error.issues.slice(0, 5) }, "merged draft invalid");
      return fallback(failureNotes.schema_mismatch);
    }
    const parts = [
      `Model ${model.model} filled ${merged.filled.length} field${merged.filled.length === 1 ? "" : "s"} the rules left open`,
      `${grounded.dropped.length} proposed value${grounded.dropped.length === 1 ? " was" : "s were"} dropped as not grounded in the cited line`,
    ];
    if (proposal.omittedLines > 0)
      parts.push(`${proposal.omittedLines} lines without terms were left out to fit`);
    return { draft: withNote(checked.data, `${parts.join("; ")}.`), rewrites: grounded.rewrites };
  } catch (error) {
    logger.error({ err: error }, "model step failed");
    return fallback(failureNotes.request_failed);
  }
}
