/** App Home: the open orders of the user's channels, each with its next deadline and open findings. */

import type { HomeOrder } from "../../services/list-orders.ts";
import { clip } from "../split-message.ts";
import type { HomeView, KnownBlock } from "./block-types.ts";
import { escapeMrkdwn } from "./format.ts";
import { slackLimits } from "./slack-limits.ts";

/** The Home tab view (views.publish), within Slack's 100-block cap. */
export function buildHomeBlocks(orders: HomeOrder[]): HomeView {
  const blocks: KnownBlock[] = [{ type: "header", text: { type: "plain_text", text: "Open orders" } }];
  if (orders.length === 0) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: "No open orders in your channels." } });
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "Start one with `/order new` in a channel, or *Extract order* on a message.",
        },
      ],
    });
  }
  // Room for the header, context, divider and a closing "more" line.
  const room = slackLimits.blocksPerView - 4;
  for (const order of orders.slice(0, room)) {
    const deadline = order.nextDeadline
      ? `Next: ${escapeMrkdwn(order.nextDeadline.label)} *${order.nextDeadline.date}*`
      : "No deadline yet";
    const findings =
      order.openFindings === 0
        ? "no open findings"
        : `${order.openFindings} open finding${order.openFindings === 1 ? "" : "s"}`;
    const supplier = escapeMrkdwn(clip(order.supplier ?? "supplier not settled", 200));
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `*${order.ref}* in <#${order.channelId}> · ${order.state.replace(/_/g, " ")} · ${supplier}\n${deadline} · ${findings}`,
      },
    });
  }
  if (orders.length > room) {
    blocks.push({ type: "divider" });
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: `${orders.length - room} more open orders: use \`/order list\` in each channel.`,
        },
      ],
    });
  }
  return { type: "home", blocks };
}
