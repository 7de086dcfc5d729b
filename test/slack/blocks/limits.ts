/** Walks Block Kit JSON and lists every place that breaks one of Slack's limits (for builder tests). */
import { slackLimits } from "../../../src/slack/blocks/slack-limits.ts";

export function limitViolations(
  blocks: unknown[],
  maxBlocks: number = slackLimits.blocksPerMessage,
): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  const visit = (node: unknown, path: string, parentType?: string) => {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, `${path}[${i}]`, parentType);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const type = record.type as string | undefined;
    if ((type === "mrkdwn" || type === "plain_text") && typeof record.text === "string") {
      const limit =
        parentType === "header"
          ? slackLimits.headerText
          : parentType === "button"
            ? slackLimits.buttonText
            : 3000;
      if (record.text.length > limit) problems.push(`${path}: text ${record.text.length} > ${limit}`);
      if (record.text.length === 0) problems.push(`${path}: empty text`);
    }
    if (
      type === "button" &&
      typeof record.value === "string" &&
      record.value.length > slackLimits.buttonValue
    )
      problems.push(`${path}: button value too long`);
    for (const key of ["action_id", "block_id", "callback_id"])
      if (typeof record[key] === "string" && (record[key] as string).length > slackLimits.id)
        problems.push(`${path}.${key} too long`);
    if (type === "actions" && Array.isArray(record.elements) && record.elements.length > 25)
      problems.push(`${path}: more than 25 elements`);
    if (type === "static_select" && Array.isArray(record.options) && record.options.length > 100)
      problems.push(`${path}: more than 100 options`);
    for (const [key, value] of Object.entries(record)) {
      if (type === "button" && key === "confirm") {
        confirmViolations(value, `${path}.confirm`);
        continue;
      }
      visit(value, `${path}.${key}`, type ?? parentType);
    }
  };
  // A confirmation dialog: its own limits on the title, the text and each of its two buttons.
  const confirmViolations = (dialog: unknown, path: string) => {
    const parts = dialog as Record<string, { text?: unknown } | undefined>;
    const limits = {
      title: slackLimits.confirmTitle,
      text: slackLimits.confirmText,
      confirm: slackLimits.confirmButton,
      deny: slackLimits.confirmButton,
    };
    for (const [key, limit] of Object.entries(limits)) {
      const text = parts[key]?.text;
      if (typeof text !== "string" || text.length === 0) problems.push(`${path}.${key}: empty text`);
      else if (text.length > limit) problems.push(`${path}.${key}: text ${text.length} > ${limit}`);
    }
  };
  visit(blocks, "blocks");
  return problems;
}
