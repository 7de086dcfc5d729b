/** `/order help`: the grammar of the slash command, as the contract states it. */
import { orderUsage } from "../order-command.ts";
import type { BlockMessage } from "./block-types.ts";

const grammar = [
  "/order help",
  "/order new [transcript]          extract a draft from the pasted text (no text: open a paste modal)",
  "/order list                      this channel's orders and their next deadlines",
  "/order show PO-n                 the order card",
  "/order review PO-n               findings and suggested measurable rewrites",
  '/order set PO-n FIELD VALUE      e.g. /order set PO-3 items[0].specs.color "Pantone 2925 C"',
  "/order confirm PO-n",
  "/order paid PO-n deposit|balance [YYYY-MM-DD]",
  "/order shipped PO-n [YYYY-MM-DD]",
  "/order received PO-n [YYYY-MM-DD]",
  "/order completed PO-n [YYYY-MM-DD]",
  "/order export PO-n",
  "/order contract PO-n             the purchase contract PDF, uploaded into the order's thread",
  "/order checklist PO-n [csv] [MAJOR/MINOR]  the inspection checklist (ISO 2859-1, level II)",
  `/order settings company "..."    the buyer's company name printed on contracts`,
];

/** The help message (ephemeral). */
export function buildHelpBlocks(): BlockMessage {
  return {
    text: orderUsage,
    blocks: [
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "*orderproof* turns a supplier chat into a purchase order you can enforce. Paste the chat with `/order new`, or use *Extract order* on a message.",
        },
      },
      { type: "section", text: { type: "mrkdwn", text: `\`\`\`${grammar.join("\n")}\`\`\`` } },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: "Orders are `PO-<n>`; commands take `PO-<n>` or `<n>`." }],
      },
    ],
  };
}

/** The usage reply for a bad command (ephemeral), with what was wrong first. */
export function buildUsageBlocks(reason: string): BlockMessage {
  const text = `${reason}\n${orderUsage}`;
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}
