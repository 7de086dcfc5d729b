/** `/order history`: the audit trail as messages, split to stay under Slack's section limit. */
import type { HistoryEntry } from "../../services/order-history.ts";
import { splitMessage } from "../split-message.ts";
import type { BlockMessage } from "./block-types.ts";
import { slackLimits } from "./slack-limits.ts";

const actorText = (actor: string) => (/^[UW][A-Z0-9]+$/.test(actor) ? `<@${actor}>` : actor);

/** One or more messages listing the trail, oldest first. */
export function buildHistoryMessages(ref: string, entries: HistoryEntry[]): BlockMessage[] {
  const lines = entries.map((entry) => `${entry.at} UTC · ${actorText(entry.actor)} · ${entry.what}`);
  const body = lines.length === 0 ? "Nothing recorded yet." : lines.join("\n");
  return splitMessage(`*${ref}: history*\n${body}`, slackLimits.sectionText - 100).map((text) => ({
    text,
    blocks: [{ type: "section", text: { type: "mrkdwn", text } }],
  }));
}
