/**
 * Filling a modal the app opened, from the lines the person types next: the paste modal takes the chat
 * (ended by a lone "."), the edit modal takes one value. A prefilled template with blanks ("Pantone ___ C",
 * "YYYY-MM-DD") asks only for the blanks; a prefilled value is accepted as shown with Enter, as Slack's
 * Save button would.
 */

import { templateBlank } from "../core/order-fields.ts";
import { slackLimits } from "../slack/blocks/slack-limits.ts";
import { ids, pastePartCount } from "../slack/ids.ts";
import { plain } from "./render-blocks.ts";

/** What to do with the modal: submit these values, send the paste as a command instead, or nothing. */
export type ModalAnswer =
  | { kind: "submit"; values: Record<string, Record<string, unknown>> }
  | { kind: "command"; text: string }
  | { kind: "cancelled"; note: string };

type Io = { nextLine(): Promise<string | null>; write(text: string): void; prompt(text: string): void };

/** Fill `view` from the next lines. */
export async function fillModal(view: Record<string, unknown>, io: Io): Promise<ModalAnswer> {
  if (view.callback_id === ids.view.pasteTranscript) return fillPaste(io);
  return fillEdit(view, io);
}

async function fillPaste(io: Io): Promise<ModalAnswer> {
  // Only a lone '.' ends the paste: e-mail threads carry blank lines of their own.
  io.write("\nPaste the supplier chat, then a line holding only '.':");
  const pasted: string[] = [];
  for (;;) {
    const next = await io.nextLine();
    if (next === null || next.trim() === ".") break;
    if (next.trim() !== "" || pasted.length > 0) pasted.push(next);
  }
  const transcript = pasted.join("\n");
  const part = slackLimits.plainTextInput;
  // Longer than the modal's inputs hold together: send it as `/order new <text>`, as a person would.
  if (transcript.length > pastePartCount * part) return { kind: "command", text: `new\n${transcript}` };
  const values: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < pastePartCount; i++)
    values[ids.block.pastePart(i)] = {
      [ids.element.pastePart]: {
        type: "plain_text_input",
        value: transcript.slice(i * part, (i + 1) * part) || null,
      },
    };
  values[ids.block.pasteFile] = { [ids.element.pasteFile]: { type: "file_input", files: [] } };
  return { kind: "submit", values };
}

type InputBlock = {
  type?: string;
  text?: { text?: string };
  block_id?: string;
  label?: { text?: string };
  hint?: { text?: string };
  element?: { initial_value?: string };
};

async function fillEdit(view: Record<string, unknown>, io: Io): Promise<ModalAnswer> {
  const blocks = (view.blocks as InputBlock[] | undefined) ?? [];
  const input = blocks.find((block) => block.block_id === ids.block.editValue) ?? blocks[0];
  const prefilled = input?.element?.initial_value ?? "";
  const label = plain(input?.label?.text ?? "value");
  const title = plain(String((view.title as { text?: string } | undefined)?.text ?? ""));
  io.write(`\n${title} — ${label}`);
  // What the modal says above the input (why a second step asks again).
  for (const block of blocks)
    if (block.type === "section" && block.text?.text) io.write(plain(block.text.text));
  const submitLabel = plain(String((view.submit as { text?: string } | undefined)?.text ?? "Save"));
  if (input?.hint?.text) io.write(plain(input.hint.text));
  const submit = (value: string): ModalAnswer => ({
    kind: "submit",
    values: { [ids.block.editValue]: { [ids.element.editValue]: { type: "plain_text_input", value } } },
  });

  const blanks = [...prefilled.matchAll(templateBlank)];
  if (blanks.length > 0) {
    io.write(`Suggested: ${prefilled}`);
    io.write("Fill in each blank (Enter leaves it blank; '-' cancels):");
    let filled = "";
    let from = 0;
    for (const [index, blank] of blanks.entries()) {
      const at = blank.index ?? 0;
      io.prompt(
        `  ${blank[0]} (${index + 1} of ${blanks.length}, after “${prefilled.slice(Math.max(from, at - 30), at).trim()}”): `,
      );
      const answer = ((await io.nextLine()) ?? "-").trim();
      if (answer === "-") return { kind: "cancelled", note: "Cancelled; nothing changed." };
      filled += prefilled.slice(from, at) + (answer === "" ? blank[0] : answer);
      from = at + blank[0].length;
    }
    return submit(filled + prefilled.slice(from));
  }
  if (prefilled !== "") {
    io.write(`Now: ${prefilled}`);
    io.prompt(
      `Enter: ${submitLabel.toLowerCase()}, with the value as shown; or type a new value ('-' cancels): `,
    );
  } else io.prompt("value ('-' cancels): ");
  const answer = (await io.nextLine()) ?? "-";
  if (answer.trim() === "-") return { kind: "cancelled", note: "Cancelled; nothing changed." };
  if (answer.trim() === "" && prefilled === "")
    return { kind: "cancelled", note: "Nothing typed; nothing changed." };
  return submit(answer.trim() === "" ? prefilled : answer);
}
