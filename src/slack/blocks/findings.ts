/**
 * Review findings as Block Kit: each finding's words, the measurable rewrite, and its buttons
 * ("Apply suggestion", "Edit"). Used on the card and, for what does not fit there, in the thread.
 */

import { editTargetFor, fieldLabel } from "../../core/order-fields.ts";
import type { FindingView, OrderView } from "../../services/order-view.ts";
import { ids } from "../ids.ts";
import { clip } from "../split-message.ts";
import type { BlockMessage, KnownBlock } from "./block-types.ts";
import { escapeMrkdwn } from "./format.ts";
import { encodeButtonValue } from "./order-view.ts";
import { slackLimits } from "./slack-limits.ts";

const kindLabel: Record<FindingView["kind"], string> = {
  vague: ":warning: Vague",
  missing: ":grey_question: Missing",
  conflict: ":left_right_arrow: Conflict",
  risk: ":rotating_light: Risk",
};

/** The finding as mrkdwn: kind, field, the words quoted, and the suggested measurable rewrite. */
export function findingText(order: OrderView, finding: FindingView): string {
  const where = finding.line === null ? "" : ` (line ${finding.line})`;
  const quote = finding.quote === null ? "" : ` — “${escapeMrkdwn(clip(finding.quote, 300))}”${where}`;
  const label = escapeMrkdwn(fieldLabel(order.draft, finding.field));
  const text = `*${kindLabel[finding.kind]}* · ${label}${quote}\n> ${escapeMrkdwn(finding.suggestion)}`;
  return clip(text, slackLimits.sectionText);
}

/** Two blocks for one finding: its text and its buttons. */
export function buildFindingBlocks(order: OrderView, finding: FindingView): KnownBlock[] {
  return [
    { type: "section", text: { type: "mrkdwn", text: findingText(order, finding) } },
    {
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: ids.action.applySuggestion,
          text: { type: "plain_text", text: "Apply suggestion" },
          value: encodeButtonValue({ ref: order.ref, findingId: finding.id }),
        },
        {
          type: "button",
          action_id: ids.action.editField,
          text: { type: "plain_text", text: "Edit" },
          value: encodeButtonValue({
            ref: order.ref,
            findingId: finding.id,
            field: editTargetFor(order.draft, finding.field),
          }),
        },
      ],
    },
  ];
}

/** Findings spread over as many messages as Slack's 50-block cap needs (for the thread). */
export function buildFindingsMessages(order: OrderView, findings: FindingView[]): BlockMessage[] {
  const perMessage = Math.floor((slackLimits.blocksPerMessage - 1) / 2);
  const messages: BlockMessage[] = [];
  for (let i = 0; i < findings.length; i += perMessage) {
    const page = findings.slice(i, i + perMessage);
    const title = `${order.ref}: findings ${i + 1}–${i + page.length} of ${findings.length}`;
    messages.push({
      text: title,
      blocks: [
        { type: "context", elements: [{ type: "mrkdwn", text: title }] },
        ...page.flatMap((finding) => buildFindingBlocks(order, finding)),
      ],
    });
  }
  return messages;
}

/** `/order review PO-n`: every open finding and the claim coverage, as one or more messages. */
export function buildReviewMessages(order: OrderView): BlockMessage[] {
  const open = order.findings.filter((finding) => finding.state === "open");
  if (open.length === 0) {
    const text =
      `${order.ref}: no open findings. ${order.claims.quality ? "Every item has measurable specs." : ""}`.trim();
    return [{ text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] }];
  }
  return buildFindingsMessages(order, open);
}
