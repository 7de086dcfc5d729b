/**
 * The model step over an extracted paste (propose + ground + merge), shared by the draft alone
 * (`cli extract`) and the whole analysis. Its modules load on first use, so a rules-only caller never
 * reads them.
 */
import type { Logger } from "../logger.ts";
import type { ModelClient } from "../model/create-model-client.ts";
import type { ModelStepResult } from "./draft-with-model.ts";
import type { ExtractedPaste } from "./extract-paste.ts";

export async function improveWithModel(
  deps: { model: ModelClient; logger: Logger },
  extracted: ExtractedPaste,
): Promise<ModelStepResult> {
  const { draftWithModel } = await import("./draft-with-model.ts");
  return draftWithModel(deps, {
    transcript: extracted.transcript,
    now: new Date(extracted.now),
    draft: extracted.draft,
    conflicts: extracted.conflicts,
  });
}
