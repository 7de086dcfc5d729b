/**
 * The closed vocabulary of failures. Inside the app code throws AppError with a code; the edges
 * (listeners, jobs, CLI) log it and show the user the one plain sentence below.
 */
export const errorMessages = {
  empty_input: "The paste is empty: paste the supplier chat (or attach it as a text file) and try again.",
  input_too_large: "The paste is over 512 KB: paste only the negotiation (or split it) and try again.",
  binary_input: "That looks like binary data, not a chat transcript: paste the text of the conversation.",
  file_not_found: "The file was not found: check the path and try again.",
  bad_arguments: "Those arguments are not understood: see the usage line.",
  not_found: "No such order in this channel: check the PO number with `/order list`.",
  invalid_transition: "That step does not fit the order's current state.",
  invalid_field: "That field or value is not accepted.",
  needs_confirmation: "That change needs a second yes: repeat it with `anyway` to make it.",
  database_unavailable:
    "The order database is not answering right now, so nothing was saved: please try again in a minute.",
  model_failed: "The language model could not be used; the rules engine's result is shown instead.",
  slack_failed: "Slack did not accept the message; it will be retried.",
  config_invalid: "The configuration is invalid.",
  analysis_too_slow:
    "Reading this paste took longer than allowed, so it was stopped: paste only the negotiation (or split it) and try again.",
  internal: "Something went wrong on our side; please try again.",
} as const;

export type ErrorCode = keyof typeof errorMessages;

/** An expected failure with a code from the closed set and a message a person can act on. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    const userMessage = detail ?? errorMessages[code];
    super(userMessage, options);
    this.name = "AppError";
    this.code = code;
    this.userMessage = userMessage;
  }
}

/** The sentence to show a person for any thrown value: AppError's own, else the generic one. */
export function userMessageOf(error: unknown): string {
  return error instanceof AppError ? error.userMessage : errorMessages.internal;
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
