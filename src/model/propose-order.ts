/**
 * One model call per transcript: field values with the line and words they rest on, and measurable
 * rewrites for vague terms. The answer is only a proposal: ground-proposal.ts decides what is kept.
 */
import { z } from "zod";
import type { ParsedTranscript } from "../core/schemas.ts";
import type { ModelClient, ModelResult } from "./create-model-client.ts";
import { renderTranscript } from "./render-transcript.ts";

/** What the model answers. Values are strings so one shape fits every field; grounding converts them. */
export const OrderProposal = z.object({
  values: z.array(
    z.object({
      /** A DraftOrder path, e.g. "items[0].unitPrice", "shipping.incoterm". */
      field: z.string(),
      value: z.string(),
      line: z.number().int(),
      quote: z.string(),
    }),
  ),
  rewrites: z.array(
    z.object({
      quote: z.string(),
      line: z.number().int(),
      suggestion: z.string(),
    }),
  ),
});
export type OrderProposal = z.infer<typeof OrderProposal>;

export type ProposeResult = ModelResult<OrderProposal> & { omittedLines: number };

/** Ask the model for a proposal; failures come back as a reason, never thrown. */
export async function proposeOrder(
  model: ModelClient,
  input: { transcript: ParsedTranscript; now: Date },
): Promise<ProposeResult> {
  const rendered = renderTranscript(input.transcript, {
    countTokens: model.countTokens,
    budgetTokens: model.promptBudgetTokens,
  });
  const prompt = model.prompts.render("propose-order", {
    today: input.now.toISOString().slice(0, 10),
    lineCount: String(input.transcript.lineCount),
    trimNote:
      rendered.omitted > 0
        ? ` (${rendered.omitted} lines without order terms are left out to fit; line numbers are unchanged)`
        : "",
    transcript: rendered.text,
  });
  const result = await model.complete({
    name: "order_proposal",
    system: prompt.system,
    user: prompt.user,
    schema: OrderProposal,
  });
  return { ...result, omittedLines: rendered.omitted };
}
