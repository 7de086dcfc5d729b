/** The edit modal's submission: write the value (marking the finding applied), or show why it is refused in the modal. */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { isAppError } from "../../../errors.ts";
import type { ServiceDeps } from "../../../services/deps.ts";
import { setOrderField } from "../../../services/set-order-field.ts";
import { buildEditFieldModal } from "../../blocks/modals.ts";
import { ids } from "../../ids.ts";
import { explain } from "../reply.ts";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const Metadata = z.object({
  channelId: z.string().min(1),
  ref: z.string().min(1),
  field: z.string().min(1),
  findingId: z.string().optional(),
  anyway: z.boolean().optional(),
});

/** The edit-modal submission listener. */
export function handleEditFieldSubmitted(deps: ServiceDeps) {
  return async ({ ack, view, body }: Args): Promise<void> => {
    const metadata = Metadata.safeParse(JSON.parse(view.private_metadata || "{}"));
    if (!metadata.success) return void (await ack());
    const value = view.state.values[ids.block.editValue]?.[ids.element.editValue]?.value ?? "";
    try {
      // The write is one quick query: doing it before the ack lets a refused value be shown in the modal itself.
      await setOrderField(deps, {
        workspaceId: body.team?.id ?? body.user.team_id ?? "",
        channelId: metadata.data.channelId,
        ref: metadata.data.ref,
        field: metadata.data.field,
        value,
        findingId: metadata.data.findingId,
        actor: body.user.id,
        source: "modal",
        anyway: metadata.data.anyway === true,
      });
      await ack();
    } catch (error) {
      if (isAppError(error, "needs_confirmation")) {
        // Ask in the modal itself: the same value, the reason, and a submit button that changes it anyway.
        const input = (view.blocks ?? []).find((block) => block.block_id === ids.block.editValue) as
          | { label?: { text?: string } }
          | undefined;
        return void (await ack({
          response_action: "update",
          view: buildEditFieldModal({
            metadata: { ...metadata.data, anyway: true },
            label: input?.label?.text ?? metadata.data.field,
            value,
            warning: error.userMessage,
          }),
        }));
      }
      const sentence = explain(deps.logger, error, "edit modal");
      await ack({
        response_action: "errors",
        errors: { [ids.block.editValue]: isAppError(error) ? sentence : `${sentence}` },
      });
    }
  };
}
