/** "Edit" on a finding, or "Edit a field…" on the card: opens the edit modal with the field's current value. */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { fieldForEditing } from "../../../services/show-order.ts";
import { buildEditFieldModal } from "../../blocks/modals.ts";
import { explain, respondEphemeral } from "../reply.ts";
import { readAction } from "./action-context.ts";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export function handleEditField(deps: ServiceDeps) {
  return async ({ ack, body, respond, client }: Args): Promise<void> => {
    await ack();
    const action = readAction(body);
    if (!action.value?.field) return;
    try {
      const field = await fieldForEditing(deps, {
        ...action,
        ref: action.value.ref,
        field: action.value.field,
      });
      await client.views.open({
        trigger_id: action.triggerId,
        view: buildEditFieldModal({
          metadata: {
            channelId: action.channelId,
            ref: action.value.ref,
            field: field.field,
            ...(action.value.findingId ? { findingId: action.value.findingId } : {}),
          },
          label: field.label,
          value: field.value,
        }),
      });
    } catch (error) {
      await respondEphemeral(respond, explain(deps.logger, error, "edit button")).catch(() => {});
    }
  };
}
