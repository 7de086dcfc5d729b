/**
 * "Apply suggestion" on a finding: writes the suggested rewrite into the field; a suggestion with blanks
 * to fill ("___ mAh", "YYYY-MM-DD") opens the edit modal prefilled instead, since only a person knows the number.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { applySuggestion } from "../../../services/apply-suggestion.ts";
import type { ServiceDeps } from "../../../services/deps.ts";
import { buildEditFieldModal } from "../../blocks/modals.ts";
import { explain, respondEphemeral } from "../reply.ts";
import { claimClick, readAction } from "./action-context.ts";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export function handleApplySuggestion(deps: ServiceDeps) {
  return async ({ ack, body, respond, client }: Args): Promise<void> => {
    await ack();
    const action = readAction(body);
    if (!action.value?.findingId) return;
    try {
      if (!(await claimClick(deps, action, `apply:${action.value.findingId}`))) return;
      const result = await applySuggestion(deps, {
        ...action,
        ref: action.value.ref,
        findingId: action.value.findingId,
        actor: action.userId,
      });
      if (result.kind === "needs_input")
        await client.views.open({
          trigger_id: action.triggerId,
          view: buildEditFieldModal({
            metadata: {
              channelId: action.channelId,
              ref: action.value.ref,
              field: result.field,
              findingId: action.value.findingId,
            },
            label: result.label,
            value: result.value,
            hint: `Fill in the blanks (___, YYYY-MM-DD) with the agreed values. Suggested: ${result.hint}`,
          }),
        });
    } catch (error) {
      await respondEphemeral(respond, explain(deps.logger, error, "apply suggestion")).catch(() => {});
    }
  };
}
