/**
 * The modals: pasting a long transcript (several 3,000-character inputs and an optional file, since
 * Slack caps one input at 3,000 characters) and editing one field of an order.
 */
import { ids, pastePartCount } from "../ids.ts";
import { clip } from "../split-message.ts";
import type { KnownBlock, ModalView } from "./block-types.ts";
import { slackLimits } from "./slack-limits.ts";

/** What the paste modal carries to its submission. */
export type PasteModalMetadata = { channelId: string };

/** What the edit modal carries to its submission. */
export type EditModalMetadata = {
  channelId: string;
  ref: string;
  field: string;
  findingId?: string;
  /** Set on the second step of an edit that was asked about: saving it makes the change anyway. */
  anyway?: boolean;
};

/** The paste modal opened by `/order new` with no text. */
export function buildPasteModal(metadata: PasteModalMetadata): ModalView {
  const parts: KnownBlock[] = Array.from({ length: pastePartCount }, (_, index) => ({
    type: "input",
    block_id: ids.block.pastePart(index),
    optional: true,
    label: { type: "plain_text", text: index === 0 ? "Supplier chat" : `Continued (part ${index + 1})` },
    element: {
      type: "plain_text_input",
      action_id: ids.element.pastePart,
      multiline: true,
      max_length: slackLimits.plainTextInput,
      ...(index === 0
        ? { placeholder: { type: "plain_text", text: "Paste the chat; continue below if it is long" } }
        : {}),
    },
  }));
  return {
    type: "modal",
    callback_id: ids.view.pasteTranscript,
    private_metadata: JSON.stringify(metadata),
    title: { type: "plain_text", text: "Extract an order" },
    submit: { type: "plain_text", text: "Extract" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: "Slack takes 3,000 characters per box: continue a long chat in the next box, or attach it as a text file.",
          },
        ],
      },
      ...parts,
      {
        type: "input",
        block_id: ids.block.pasteFile,
        optional: true,
        label: { type: "plain_text", text: "Or a text file" },
        element: {
          type: "file_input",
          action_id: ids.element.pasteFile,
          filetypes: ["txt", "text", "eml", "csv", "md", "log"],
          max_files: 1,
        },
      },
    ],
  };
}

/** The edit modal for one field, prefilled with its value (or a suggestion to complete). */
export function buildEditFieldModal(input: {
  metadata: EditModalMetadata;
  label: string;
  value: string;
  hint?: string;
  /** Why this edit is asked about (shown above the value, on the second step). */
  warning?: string;
}): ModalView {
  const { metadata } = input;
  const warning: KnownBlock[] = input.warning
    ? [
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: clip(`:warning: ${input.warning} Save again to change it anyway.`, slackLimits.sectionText),
          },
        },
      ]
    : [];
  return {
    type: "modal",
    callback_id: ids.view.editField,
    private_metadata: JSON.stringify(metadata),
    title: { type: "plain_text", text: clip(`Edit ${metadata.ref}`, slackLimits.modalTitle) },
    submit: {
      type: "plain_text",
      text: clip(metadata.anyway ? "Change anyway" : "Save", slackLimits.modalTitle),
    },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      ...warning,
      {
        type: "input",
        block_id: ids.block.editValue,
        label: { type: "plain_text", text: clip(input.label, 2000) },
        ...(input.hint ? { hint: { type: "plain_text", text: clip(input.hint, 2000) } } : {}),
        element: {
          type: "plain_text_input",
          action_id: ids.element.editValue,
          multiline: input.value.length > 60 || input.value.includes("\n"),
          max_length: slackLimits.plainTextInput,
          ...(input.value ? { initial_value: clip(input.value, slackLimits.plainTextInput) } : {}),
        },
      },
    ],
  };
}
