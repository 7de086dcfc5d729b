/** `/order help`: the grammar of the slash command, as the contract states it. */
import { fieldReference } from "../../core/order-fields.ts";
import { orderUsage } from "../parse-order-command.ts";
import type { BlockMessage } from "./block-types.ts";

const grammar = [
  "/order help [fields]             this help; `fields`: every field `set` accepts",
  "/order new [transcript]          extract a draft from the pasted text (no text: open a paste modal)",
  "/order list                      this channel's orders and their next deadlines",
  "/order show PO-n                 the order card",
  "/order review PO-n               findings and suggested measurable rewrites",
  '/order set PO-n FIELD VALUE      e.g. /order set PO-3 items[0].specs.color "Pantone 2925 C"',
  "/order set PO-n FIELD NUMBER anyway   change a quantity or unit price after the goods were received",
  "/order confirm PO-n              lists what is still open first; then",
  "/order confirm PO-n anyway       confirms with problems open (the history keeps them)",
  "/order paid PO-n deposit|balance [YYYY-MM-DD]",
  "/order shipped PO-n [YYYY-MM-DD]",
  "/order received PO-n [YYYY-MM-DD]",
  "/order completed PO-n [YYYY-MM-DD]",
  "/order cancel PO-n [reason]      stop a stray or dead order (its reminders stop)",
  "/order history PO-n              the audit trail: who changed what, when, from what",
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

/** `/order help fields`: every field `set` and "Edit a field..." accept, with what it takes and an example. */
export function buildFieldHelpBlocks(): BlockMessage {
  const lines = fieldReference().map(
    (spec) => `${spec.path.padEnd(26)} ${spec.takes} · e.g. ${spec.example}`,
  );
  const text = `Fields for \`/order set PO-n FIELD VALUE\` (items count from 0: items[0] is the first):\n\`\`\`${lines.join("\n")}\`\`\``;
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}
