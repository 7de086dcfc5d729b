/**
 * Every Slack id the app owns (command, shortcut callback, actions, views, blocks), in one place,
 * so the listener index files and the Block Kit builders cannot drift apart.
 * @see ../shared/data/external/slack-schemas/slack-limits.md (ids are at most 255 characters)
 */
export const ids = {
  command: "/order",
  shortcut: { extractOrder: "extract_order" },
  action: {
    confirmOrder: "order_confirm",
    applySuggestion: "finding_apply",
    editField: "field_edit",
    showOrder: "order_show",
    contractPdf: "order_contract_pdf",
    reminderDone: "reminder_done",
    reminderSnooze: "reminder_snooze",
  },
  view: { pasteTranscript: "paste_transcript", editField: "edit_field" },
  block: {
    pastePart: (index: number) => `paste_part_${index}`,
    pasteFile: "paste_file",
    editValue: "edit_value",
    cardActions: "card_actions_",
    /** The block holding one reminder kind's buttons, so a press can replace exactly that block. */
    reminderActions: (kind: string) => `reminder_actions_${kind}`,
  },
  element: { pastePart: "text", pasteFile: "files", editValue: "value" },
} as const;

/** Number of 3,000-character inputs in the paste modal (Slack caps one plain_text_input at 3,000). */
export const pastePartCount = 4;
