/** What every card button carries: the order (by reference, within the clicked message's channel) and the clicker. */
import type { BlockAction } from "@slack/bolt";
import { z } from "zod";
import { claimRequest } from "../../../services/dedupe.ts";
import type { ServiceDeps } from "../../../services/deps.ts";

const ButtonValue = z.object({
  ref: z.string().min(1),
  findingId: z.string().optional(),
  field: z.string().optional(),
});
export type ButtonValue = z.infer<typeof ButtonValue>;

/** Read a block action: workspace, channel, user and the parsed button value (or selected field). */
export function readAction(body: BlockAction): {
  workspaceId: string;
  channelId: string;
  userId: string;
  triggerId: string;
  actionTs: string;
  value: ButtonValue | null;
} {
  const action = body.actions[0] as
    | { value?: string; selected_option?: { value: string }; action_ts?: string; block_id?: string }
    | undefined;
  let value: ButtonValue | null = null;
  const container = body.container as { channel_id?: string; message_ts?: string } | undefined;
  if (action?.value) {
    try {
      const parsed = ButtonValue.safeParse(JSON.parse(action.value));
      value = parsed.success ? parsed.data : null;
    } catch {
      value = null;
    }
  } else if (action?.selected_option) {
    // The "Edit a field…" menu: the field comes from the option, the order from the block id
    // (ephemeral cards come without the message) or else the card's header.
    const header = (body.message?.blocks as { type: string; text?: { text: string } }[] | undefined)?.find(
      (block) => block.type === "header",
    );
    const ref = action.block_id?.match(/PO-\d+/)?.[0] ?? header?.text?.text.match(/PO-\d+/)?.[0];
    value = ref ? { ref, field: action.selected_option.value } : null;
  }
  return {
    workspaceId: body.team?.id ?? body.user.team_id ?? "",
    channelId: body.channel?.id ?? container?.channel_id ?? "",
    userId: body.user.id,
    triggerId: body.trigger_id,
    actionTs: action?.action_ts ?? "",
    value,
  };
}

/**
 * Claims one click of a card button so it is handled once: Slack's retried delivery and a double click
 * carry the same action timestamp. `what` names the button and its target ("confirm:PO-3").
 */
export function claimClick(
  deps: ServiceDeps,
  action: { workspaceId: string; actionTs: string },
  what: string,
): Promise<boolean> {
  return claimRequest(deps, {
    key: `action:${action.workspaceId}:${action.actionTs}:${what}`,
    kind: "action",
  });
}
