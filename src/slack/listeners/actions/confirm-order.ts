/**
 * "Confirm order" on the card and "Confirm anyway" under the list of problems: records the confirmation.
 * Slack showed the problems in the button's dialog (or the list above it) before this click, so the click
 * confirms anyway, and the audit trail keeps what was open.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { confirmOrder } from "../../../services/confirm-order.ts";
import type { ServiceDeps } from "../../../services/deps.ts";
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
      await confirmOrder(deps, {
        ...action,
        ref: action.value.ref,
        actor: action.userId,
        source: "button",
        anyway: true,
      });
    } catch (error) {
      await respondEphemeral(respond, explain(deps.logger, error, "confirm button")).catch(() => {});
    }
  };
}
