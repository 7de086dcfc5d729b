/**
 * Why a model call failed, and the note each reason leaves on a draft. Apart from the client so the
 * pipeline can read them without loading the OpenAI SDK (the rules-only path stays quick to start).
 */

/** Why a model call gave no usable answer; each maps to a note on the draft. */
export type ModelFailure =
  | "timeout"
  | "rate_limited"
  | "server_error"
  | "refusal"
  | "truncated"
  | "invalid_json"
  | "schema_mismatch"
  | "request_failed";

/** Sentences for the draft's notes, by failure. */
export const failureNotes: Record<ModelFailure, string> = {
  timeout: "the model did not answer in time",
  rate_limited: "the model server is rate limiting (429) after retries",
  server_error: "the model server failed (5xx) after retries",
  refusal: "the model refused to answer",
  truncated: "the model's answer was cut off (length limit)",
  invalid_json: "the model's answer was not valid JSON",
  schema_mismatch: "the model's answer did not match the expected shape",
  request_failed: "the model request failed",
};
