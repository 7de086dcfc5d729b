/**
 * The draft card: the root of an order's thread. Every term with the line it rests on, the claim
 * coverage, the open findings with "Apply suggestion" / "Edit", and "Confirm order". Anything that
 * would break Slack's limits is moved to follow-up messages in the thread, never dropped.
 */

import { countProblems, listWithin, problemsBeforeConfirming } from "../../core/before-confirming.ts";
import { formatMoney, goodsValueOf } from "../../core/money.ts";
import { editableFields, isFieldWithin } from "../../core/order-fields.ts";
import { priceHistoryOf } from "../../core/price-history.ts";
import { ids } from "../ids.ts";
import { clip, splitMessage } from "../split-message.ts";
import type { BlockMessage, Button, KnownBlock, PlainTextOption, StaticSelect } from "./block-types.ts";
import { contractButton } from "./contract-button.ts";
import { buildFindingBlocks, buildFindingsMessages } from "./findings.ts";
import {
  describeDispatch,
  describeInspection,
  describeItem,
  describePayment,
  describeShipping,
  escapeMrkdwn,
  evidenceFor,
  specLines,
} from "./format.ts";
import { encodeButtonValue, type OrderView, stateLabel } from "./order-view.ts";
import { slackLimits } from "./slack-limits.ts";

/** The card for the thread root, plus any messages that did not fit and go into the thread. */
export type OrderCard = BlockMessage & { overflow: BlockMessage[] };

const notSettled = "_not settled_";

function cite(order: OrderView, field: string): string {
  // Several fields often rest on one line ("1000 pcs at 38.5"): cite each line once.
  const seen = new Set<string>();
  const entries = evidenceFor(order.draft, field)
    .filter((entry) => !seen.has(`${entry.line}`) && seen.add(`${entry.line}`))
    .slice(0, 2)
    .map((entry) => `line ${entry.line}: “${escapeMrkdwn(clip(entry.quote, 80))}”`);
  // An edited value cites who set it and when, not the chat line it replaced.
  const edits = (order.edits ?? [])
    .filter((edit) => isFieldWithin(edit.field, field))
    .slice(-2)
    .map(
      (edit) => `${edit.field.split(".").at(-1)} set by <@${edit.actor}>${edit.on ? ` on ${edit.on}` : ""}`,
    );
  const all = [...edits, ...entries];
  return all.length === 0 ? "" : ` _(${all.join("; ")})_`;
}

function term(order: OrderView, label: string, value: string | null, field: string): string {
  return `*${label}:* ${value === null ? notSettled : escapeMrkdwn(value)}${value === null ? "" : cite(order, field)}`;
}

/** The terms as mrkdwn lines (supplier, items with specs, shipping, ship date, payment, inspection, total). */
export function termsLines(order: OrderView): string[] {
  const { draft } = order;
  const lines = [term(order, "Supplier", draft.supplier, "supplier")];
  if (draft.items.length === 0) lines.push(`*Items:* ${notSettled}`);
  draft.items.forEach((item, index) => {
    lines.push(
      `*Item ${index + 1}:* ${escapeMrkdwn(describeItem(item, draft.currency))}${cite(order, `items[${index}].unitPrice`) || cite(order, `items[${index}]`)}`,
    );
    const history = priceHistoryOf(draft, index);
    if (history) lines.push(`    • price: ${escapeMrkdwn(history)}`);
    for (const spec of specLines(item)) lines.push(`    • ${escapeMrkdwn(spec)}`);
  });
  lines.push(term(order, "Shipping", describeShipping(draft), "shipping"));
  lines.push(term(order, "Ship date", describeDispatch(draft), "dispatch"));
  lines.push(term(order, "Payment", describePayment(draft), "payment"));
  lines.push(term(order, "Inspection", describeInspection(draft), "inspection"));
  const total = goodsValueOf(draft);
  if (total !== null) lines.push(`*Total goods value:* ${formatMoney(total, draft.currency)}`);
  return lines;
}

/** One-line summary for notifications, the fallback `text`, list and local mode. */
export function summaryLine(order: OrderView): string {
  const { draft } = order;
  const items = draft.items.map((item) => describeItem(item, draft.currency)).join("; ") || "no items yet";
  const parts = [
    draft.supplier ?? "supplier not settled",
    items,
    describeDispatch(draft),
    describePayment(draft),
  ];
  return `${order.ref} (${stateLabel(order.state)}): ${parts.filter(Boolean).join(" · ")}`;
}

function claimsText(order: OrderView): string {
  const late = order.claims.lateDelivery
    ? "Late-delivery claim: :white_check_mark: possible"
    : "Late-delivery claim: :x: not possible (no ship date)";
  const quality = order.claims.quality
    ? "Quality claim: :white_check_mark: measurable specs"
    : "Quality claim: :x: specs not measurable yet";
  const deadline = order.nextDeadline
    ? ` · Next: ${order.nextDeadline.label} ${order.nextDeadline.date}`
    : "";
  return `${late} · ${quality}${deadline}`;
}

function editSelect(order: OrderView): StaticSelect {
  const options: PlainTextOption[] = editableFields(order.draft)
    .slice(0, slackLimits.selectOptions)
    .map(({ path: field, label }) => ({
      text: { type: "plain_text", text: clip(label, slackLimits.optionText) },
      value: clip(field, slackLimits.optionValue),
    }));
  return {
    type: "static_select",
    action_id: ids.action.editField,
    placeholder: { type: "plain_text", text: "Edit a field…" },
    options,
  };
}

/**
 * "Confirm order": with problems open, Slack asks first in a dialog that lists them (its text holds 300
 * characters, so a long list ends "…and N more"); confirming through the dialog is confirming anyway.
 */
export function confirmButton(order: OrderView): Button {
  const button: Button = {
    type: "button",
    action_id: ids.action.confirmOrder,
    style: "primary",
    text: { type: "plain_text", text: "Confirm order" },
    value: encodeButtonValue({ ref: order.ref }),
  };
  const problems = problemsBeforeConfirming(order.draft, order.findings);
  if (problems.length === 0) return button;
  const heading = `${order.ref} has ${countProblems(problems)}:\n`;
  const list = listWithin(
    problems.map((problem) => problem.text),
    slackLimits.confirmText - heading.length,
  );
  button.confirm = {
    title: { type: "plain_text", text: clip("Confirm with problems open?", slackLimits.confirmTitle) },
    text: { type: "plain_text", text: `${heading}${list}` },
    confirm: { type: "plain_text", text: clip("Confirm anyway", slackLimits.confirmButton) },
    deny: { type: "plain_text", text: clip("Not yet", slackLimits.confirmButton) },
    style: "danger",
  };
  return button;
}

/** The draft card of an order (thread root) and the overflow messages for its thread. */
export function buildOrderCardBlocks(order: OrderView): OrderCard {
  const header: KnownBlock = {
    type: "header",
    text: {
      type: "plain_text",
      text: clip(`${order.ref} · ${stateLabel(order.state)}`, slackLimits.headerText),
    },
  };
  const terms: KnownBlock[] = splitMessage(termsLines(order).join("\n"), slackLimits.sectionText).map(
    (text) => ({ type: "section", text: { type: "mrkdwn", text } }),
  );
  const claims: KnownBlock = { type: "context", elements: [{ type: "mrkdwn", text: claimsText(order) }] };
  const actions: KnownBlock = {
    type: "actions",
    // The field menu's choice carries no value of ours: the block id tells which order it belongs to.
    block_id: `${ids.block.cardActions}${order.ref}`,
    elements: [
      ...(order.state === "draft" ? [confirmButton(order)] : []),
      ...contractButton(order),
      editSelect(order),
    ],
  };
  const open = order.findings.filter((finding) => finding.state === "open");
  const settled = order.findings.length - open.length;
  const footerText = `${open.length} open finding${open.length === 1 ? "" : "s"}${settled ? `, ${settled} resolved` : ""} · reply in this thread or use \`/order set ${order.ref} FIELD VALUE\``;

  const fixed = [header, ...terms, claims, actions];
  // Each finding takes two blocks (text + buttons); keep room for the divider and the footer.
  const room = Math.max(0, slackLimits.blocksPerMessage - fixed.length - 2);
  const shown = open.slice(0, Math.floor(room / 2));
  const rest = open.slice(shown.length);
  const findingBlocks = shown.flatMap((finding) => buildFindingBlocks(order, finding));
  const footer: KnownBlock = {
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: rest.length > 0 ? `${footerText} · ${rest.length} more finding(s) in the thread` : footerText,
      },
    ],
  };
  let blocks: KnownBlock[] = [
    header,
    ...terms,
    claims,
    ...(findingBlocks.length > 0 ? [{ type: "divider" } as KnownBlock, ...findingBlocks] : []),
    actions,
    footer,
  ];
  const overflow: BlockMessage[] = [];
  if (blocks.length > slackLimits.blocksPerMessage) {
    // Only a very long terms text gets here: keep the header, the first sections and the buttons on the card.
    const keep = slackLimits.blocksPerMessage - 3;
    const moved = terms.slice(keep - 1);
    blocks = [header, ...terms.slice(0, keep - 1), claims, actions, footer];
    for (let i = 0; i < moved.length; i += slackLimits.blocksPerMessage)
      overflow.push({
        text: `${order.ref} terms (continued)`,
        blocks: moved.slice(i, i + slackLimits.blocksPerMessage),
      });
  }
  overflow.push(...buildFindingsMessages(order, rest));
  return { text: summaryLine(order), blocks, overflow };
}
