/** "Contract (PDF)" on the card: draw the purchase contract and upload it into the order's thread. */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { ServiceDeps } from "../../../services/deps.ts";
import { sendOrderDocument } from "../../../services/send-order-document.ts";
import { explain, respondEphemeral } from "../reply.ts";
import { claimClick, readAction } from "./action-context.ts";

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export function handleContractPdf(deps: ServiceDeps) {
  return async ({ ack, body, respond }: Args): Promise<void> => {
    await ack();
    const action = readAction(body);
    if (!action.value) return;
    try {
      if (!(await claimClick(deps, action, `contract:${action.value.ref}`))) return;
      const sentence = await sendOrderDocument(deps, { ...action, ref: action.value.ref, kind: "contract" });
      await respondEphemeral(respond, sentence);
    } catch (error) {
      await respondEphemeral(respond, explain(deps.logger, error, "contract button")).catch(() => {});
    }
  };
}
