/**
 * Slack's Block Kit limits the builders respect.
 * @see ../shared/data/external/slack-schemas/slack-limits.md
 */
export const slackLimits = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  modalTitle: 24,
  privateMetadata: 3000,
  plainTextInput: 3000,
  contextElements: 10,
  /** A confirmation dialog object: title, text, and each of its two buttons (Block Kit reference). */
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  id: 255,
} as const;
