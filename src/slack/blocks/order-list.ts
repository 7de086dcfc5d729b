/** `/order list`: this channel's orders, their state and next deadline. */

import type { HomeOrder } from "../../services/list-orders.ts";
import { splitMessage } from "../split-message.ts";
import type { BlockMessage } from "./block-types.ts";
import { escapeMrkdwn } from "./format.ts";
import { slackLimits } from "./slack-limits.ts";

/** The list as messages (more than one only for a very busy channel). */
export function buildOrderListMessages(orders: HomeOrder[]): BlockMessage[] {
  if (orders.length === 0) {
    const text = "No orders in this channel yet. Start one with `/order new`.";
    return [{ text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] }];
  }
  const lines = orders.map((order) => {
    const deadline = order.nextDeadline
      ? `next: ${order.nextDeadline.label} ${order.nextDeadline.date}`
      : "no deadline";
    const findings = order.openFindings ? ` · ${order.openFindings} open findings` : "";
    return `*${order.ref}* · ${order.state.replace(/_/g, " ")} · ${escapeMrkdwn(order.supplier ?? "supplier not settled")} · ${deadline}${findings}`;
  });
  const pieces = splitMessage(lines.join("\n"), slackLimits.sectionText);
  const messages: BlockMessage[] = [];
  for (let i = 0; i < pieces.length; i += slackLimits.blocksPerMessage) {
    const page = pieces.slice(i, i + slackLimits.blocksPerMessage);
    messages.push({
      text: `${orders.length} orders in this channel`,
      blocks: page.map((text) => ({ type: "section", text: { type: "mrkdwn", text } })),
    });
  }
  return messages;
}
