/**
 * Block Kit as console text for local mode: headers, sections, context lines, and every button or menu
 * numbered so the person can "click" it by typing its number.
 */

/** Something on screen the person can act on by number. */
export type Clickable = {
  number: number;
  kind: "button" | "select";
  actionId: string;
  blockId?: string;
  value?: string;
  label: string;
  options?: { label: string; value: string }[];
  channel: string;
  messageTs: string;
  blocks: unknown[];
};

type Node = Record<string, unknown>;

const emoji: Record<string, string> = {
  ":white_check_mark:": "✔",
  ":x:": "✘",
  ":warning:": "⚠",
  ":grey_question:": "?",
  ":left_right_arrow:": "⇄",
  ":rotating_light:": "‼",
  ":hourglass_flowing_sand:": "…",
};

/** mrkdwn to plain console text: entities decoded, emphasis markers and emoji codes simplified. */
export function plain(text: string): string {
  return text
    .replace(/:[a-z_]+:/g, (code) => emoji[code] ?? code)
    .replace(/<#(\w+)>/g, "#$1")
    .replace(/<@(\w+)>/g, "@$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/(^|\s)\*([^*\n]+)\*/g, "$1$2")
    .replace(/(^|\s)_([^_\n]+)_/g, "$1$2");
}

const textOf = (node: unknown) => plain(String((node as Node | undefined)?.text ?? ""));

/** Render blocks; buttons and menus get the next numbers from `nextNumber` and are returned. */
export function renderBlocks(
  blocks: unknown[],
  context: { channel: string; messageTs: string; nextNumber: () => number },
): { text: string; clickables: Clickable[] } {
  const lines: string[] = [];
  const clickables: Clickable[] = [];
  const addElement = (element: Node, blockId?: string) => {
    const number = context.nextNumber();
    if (element.type === "button") {
      const label = textOf(element.text);
      clickables.push({
        number,
        kind: "button",
        actionId: String(element.action_id),
        blockId,
        value: element.value as string | undefined,
        label,
        channel: context.channel,
        messageTs: context.messageTs,
        blocks,
      });
      return `[${number}] ${label}`;
    }
    const options = ((element.options as Node[] | undefined) ?? []).map((option) => ({
      label: textOf(option.text),
      value: String(option.value),
    }));
    const label = textOf(element.placeholder) || "Choose…";
    clickables.push({
      number,
      kind: "select",
      actionId: String(element.action_id),
      blockId,
      label,
      options,
      channel: context.channel,
      messageTs: context.messageTs,
      blocks,
    });
    return `[${number}] ${label}`;
  };
  for (const raw of blocks) {
    const block = raw as Node;
    const blockId = block.block_id as string | undefined;
    switch (block.type) {
      case "header":
        lines.push(`== ${textOf(block.text)} ==`);
        break;
      case "section": {
        lines.push(textOf(block.text));
        if (block.accessory) lines.push(`  ${addElement(block.accessory as Node, blockId)}`);
        break;
      }
      case "context":
        lines.push(
          ((block.elements as Node[]) ?? [])
            .map((element) => `  ${plain(String(element.text ?? ""))}`)
            .join(" "),
        );
        break;
      case "divider":
        lines.push("  ----");
        break;
      case "actions":
        lines.push(
          `  ${((block.elements as Node[]) ?? []).map((element) => addElement(element, blockId)).join("   ")}`,
        );
        break;
      default:
        break;
    }
  }
  return { text: lines.join("\n"), clickables };
}
