/**
 * A transcript's draft order alone, for `cli extract`: extract (rules), then the model's propose + ground +
 * merge when one is configured: the same draft analyzeTranscript hands to the reviewer, without the review.
 * Nothing here loads the reviewer, and the model step is loaded only when there is a model.
 */
import type { Clock } from "../core/clock.ts";
import type { DraftOrder } from "../core/schemas.ts";
import type { Logger } from "../logger.ts";
import type { ModelClient } from "../model/create-model-client.ts";
import { extractPaste, pasteRequest } from "./extract-paste.ts";
import { improveWithModel } from "./improve-with-model.ts";

export async function draftTranscript(
  deps: { model: ModelClient | null; logger: Logger; clock: Clock },
  input: { text: string; now?: Date },
): Promise<DraftOrder> {
  const extracted = extractPaste(pasteRequest(deps.clock, input));
  if (!deps.model) return extracted.draft;
  const improved = await improveWithModel({ model: deps.model, logger: deps.logger }, extracted);
  return improved.draft;
}
