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
  /** Slack's confirm dialog on the element: asked before the click is sent. */
  confirm?: { question: string; yes: string; no: string };
  channel: string;
  messageTs: string;
  blocks: unknown[];
};

type Node = Record<string, unknown>;

const emoji: Record<string, string> = {
  white_check_mark: "✔",
  heavy_check_mark: "✔",
  x: "✘",
  warning: "⚠",
  grey_question: "?",
  question: "?",
  left_right_arrow: "⇄",
  rotating_light: "‼",
  hourglass_flowing_sand: "…",
  hourglass: "…",
  zzz: "💤",
  alarm_clock: "⏰",
  calendar: "📅",
  package: "📦",
  moneybag: "💰",
  money_with_wings: "💸",
  mag: "🔍",
  star: "★",
  memo: "📝",
  truck: "🚚",
  ship: "🚢",
  clipboard: "📋",
  information_source: "ℹ",
  no_entry_sign: "⛔",
};

/** Names for the ids Slack would turn into names: the local user and channel. */
export type MarkupNames = { users: Record<string, string>; channels: Record<string, string> };

const pad = (n: number) => String(n).padStart(2, "0");
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `<!date^SECONDS^FORMAT|fallback>` as Slack shows it (here in UTC, the local channel's zone). */
function slackDate(seconds: string, format: string, fallback: string): string {
  const at = new Date(Number(seconds) * 1000);
  if (Number.isNaN(at.getTime())) return fallback;
  const day = `${at.getUTCDate()} ${months[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
  const tokens: Record<string, string> = {
    date_num: at.toISOString().slice(0, 10),
    date: day,
    date_short: day,
    date_long: day,
    date_pretty: day,
    date_short_pretty: day,
    date_long_pretty: day,
    time: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`,
    time_secs: `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())} UTC`,
  };
  return format.replace(/\{(\w+)\}/g, (token, name: string) => tokens[name] ?? token);
}

/**
 * mrkdwn to plain console text, as Slack would show it: mentions and channels by name, dates formatted,
 * links as their label, code fences dropped, entities decoded, emphasis markers and emoji codes simplified.
 */
export function plain(text: string, names: MarkupNames = { users: {}, channels: {} }): string {
  return text
    .replace(/<!date\^(\d+)\^([^|>]*)\|([^>]*)>/g, (_, seconds: string, format: string, fallback: string) =>
      slackDate(seconds, format, fallback),
    )
    .replace(
      /<#(\w+)(?:\|([^>]*))?>/g,
      (_, id: string, label?: string) => `#${label || names.channels[id] || id}`,
    )
    .replace(
      /<@(\w+)(?:\|([^>]*))?>/g,
      (_, id: string, label?: string) => `@${label || names.users[id] || id}`,
    )
    .replace(/<!(here|channel|everyone)>/g, "@$1")
    .replace(/<(https?:[^|>\s]+)\|([^>]*)>/g, "$2 ($1)")
    .replace(/<(https?:[^|>\s]+)>/g, "$1")
    .replace(/```\n?/g, "")
    .replace(/:([a-z0-9_+-]+):/g, (code, name: string) => emoji[name] ?? code)
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/(^|\s)\*([^*\n]+)\*/g, "$1$2")
    .replace(/(^|\s)_([^_\n]+)_/g, "$1$2")
    .replace(/(^|\s)`([^`\n]+)`/g, "$1$2");
}

/** Render blocks; buttons and menus get the next numbers from `nextNumber` and are returned. */
export function renderBlocks(
  blocks: unknown[],
  context: { channel: string; messageTs: string; nextNumber: () => number; names?: MarkupNames },
): { text: string; clickables: Clickable[] } {
  const textOf = (node: unknown) => plain(String((node as Node | undefined)?.text ?? ""), context.names);
  const lines: string[] = [];
  const clickables: Clickable[] = [];
  const addElement = (element: Node, blockId?: string) => {
    const number = context.nextNumber();
    if (element.type === "button") {
      const label = textOf(element.text);
      const dialog = element.confirm as Node | undefined;
      clickables.push({
        number,
        kind: "button",
        ...(dialog
          ? {
              confirm: {
                question: `${textOf(dialog.title)}: ${textOf(dialog.text)}`,
                yes: textOf(dialog.confirm) || "Yes",
                no: textOf(dialog.deny) || "Cancel",
              },
            }
          : {}),
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
            .map((element) => `  ${plain(String(element.text ?? ""), context.names)}`)
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
