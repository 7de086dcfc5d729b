/** "Confirm order" on the card: records the confirmation; the thread says what comes next. */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { recordLifecycleEvent } from "../../../services/record-lifecycle-event.ts";
import { explain, respondEphemeral } from "../reply.ts";
import { claimClick, readAction } from "./action-context.ts";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export function handleConfirmOrder(deps: ServiceDeps) {
  return async ({ ack, body, respond }: Args): Promise<void> => {
    await ack();
    const action = readAction(body);
    if (!action.value) return;
    try {
      if (!(await claimClick(deps, action, `confirm:${action.value.ref}`))) return;
      await recordLifecycleEvent(deps, {
        ...action,
        ref: action.value.ref,
        kind: "confirmed",
        date: null,
        actor: action.userId,
        source: "button",
      });
    } catch (error) {
      await respondEphemeral(respond, explain(deps.logger, error, "confirm button")).catch(() => {});
    }
  };
}
