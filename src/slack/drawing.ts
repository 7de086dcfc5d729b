/** The Block Kit drawings the services post with (ServiceDeps.draw). */
import type { BlockMessage, Drawing } from "../services/deps.ts";
import { buildOrderCardBlocks } from "./blocks/order-card.ts";
import { splitMessage } from "./split-message.ts";

/** Plain text as messages of one section each, split at Slack's section limit. */
function textMessages(text: string): BlockMessage[] {
  return splitMessage(text).map((piece) => ({
    text: piece,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: piece } }],
  }));
}

/** The Slack layer's drawing of what services post (ServiceDeps.draw). */
export const slackDrawing: Drawing = { orderCard: buildOrderCardBlocks, textMessages };
