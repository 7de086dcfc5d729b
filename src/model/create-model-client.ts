/**
 * The OpenAI-compatible client (OpenAI, Ollama, vLLM, a gateway): one structured call at a time, parsed by
 * a zod schema, with every failure turned into a reason the caller can fall back on.
 * @see ../shared/design.md "openai SDK" (retries, timeouts, refusals, length cuts)
 */
import OpenAI from "openai";
import { ContentFilterFinishReasonError, LengthFinishReasonError } from "openai/error";
import { zodResponseFormat } from "openai/helpers/zod";
import type { z } from "zod";
import { type Logger, maskSecrets } from "../logger.ts";
import { createTokenCounter, type TokenCounter } from "./count-tokens.ts";
import { loadPrompts, type PromptLibrary } from "./prompts.ts";

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

export type ModelResult<T> =
  | { ok: true; value: T; tokensIn: number | null; tokensOut: number | null }
  | { ok: false; reason: ModelFailure; detail: string };

/** One structured request: the fixed system text first (cacheable), the varying user text last. */
export type ModelRequest<T> = {
  /** Schema name sent to the server (letters, digits, _ and -). */
  name: string;
  system: string;
  user: string;
  schema: z.ZodType<T>;
  maxOutputTokens?: number;
};

/** What the pipeline needs from a model: a name, a prompt budget and one structured call. */
export type ModelClient = {
  model: string;
  /** Most prompt tokens a call may send; longer transcripts are trimmed to the lines that carry terms. */
  promptBudgetTokens: number;
  /** Counts prompt tokens (built on first use). */
  countTokens: TokenCounter;
  /** The prompt files, read once when the client is made. */
  prompts: PromptLibrary;
  complete<T>(request: ModelRequest<T>): Promise<ModelResult<T>>;
};

export type ModelClientOptions = {
  apiKey?: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  logger: Logger;
  maxRetries?: number;
  promptBudgetTokens?: number;
  /** A token counter to share (building one takes a second or two); one is built on first use otherwise. */
  countTokens?: TokenCounter;
};

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

/** Thrown when a call's whole time budget (retries and their waits included) runs out. */
class BudgetExpiredError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms, retries included`);
    this.name = "BudgetExpiredError";
  }
}

function classify(error: unknown): { reason: ModelFailure; detail: string } {
  const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
  if (error instanceof BudgetExpiredError || error instanceof OpenAI.APIUserAbortError)
    return { reason: "timeout", detail };
  if (error instanceof OpenAI.APIConnectionTimeoutError) return { reason: "timeout", detail };
  if (error instanceof LengthFinishReasonError) return { reason: "truncated", detail };
  if (error instanceof ContentFilterFinishReasonError) return { reason: "refusal", detail };
  if (error instanceof OpenAI.APIError && error.status === 429) return { reason: "rate_limited", detail };
  if (error instanceof OpenAI.APIError && typeof error.status === "number" && error.status >= 500)
    return { reason: "server_error", detail };
  if (error instanceof SyntaxError) return { reason: "invalid_json", detail };
  if (error instanceof Error && error.name === "ZodError") return { reason: "schema_mismatch", detail };
  if (error instanceof Error && error.name === "AbortError") return { reason: "timeout", detail };
  return { reason: "request_failed", detail };
}

/** A client for any OpenAI-compatible server, or null when no API key is configured (rules only). */
export function createModelClient(options: ModelClientOptions): ModelClient | null {
  if (!options.apiKey) return null;
  const { logger, model } = options;
  const openai = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries ?? 2,
  });
  let counter: TokenCounter | null = options.countTokens ?? null;
  const secrets = [options.apiKey];
  return {
    model,
    promptBudgetTokens: options.promptBudgetTokens ?? 12_000,
    countTokens: (text) => {
      counter ??= createTokenCounter();
      return counter(text);
    },
    prompts: loadPrompts(),
    async complete<T>(request: ModelRequest<T>): Promise<ModelResult<T>> {
      const started = performance.now();
      // The SDK's timeout is per attempt and its retry waits (Retry-After) are unbounded: the configured
      // time is the whole budget, so one timer aborts the request and stops waiting, whatever is in flight.
      const budget = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          budget.abort();
          reject(new BudgetExpiredError(options.timeoutMs));
        }, options.timeoutMs);
      });
      try {
        const call = openai.chat.completions.parse(
          {
            model,
            temperature: 0,
            max_completion_tokens: request.maxOutputTokens ?? 2_000,
            messages: [
              { role: "system", content: request.system },
              { role: "user", content: request.user },
            ],
            response_format: zodResponseFormat(request.schema, request.name),
          },
          { signal: budget.signal },
        );
        const completion = await Promise.race([call, expired]);
        const latencyMs = Math.round(performance.now() - started);
        const tokensIn = completion.usage?.prompt_tokens ?? null;
        const tokensOut = completion.usage?.completion_tokens ?? null;
        logger.info({ model, tokensIn, tokensOut, latencyMs, task: request.name }, "model call");
        const message = completion.choices[0]?.message;
        if (message?.refusal) return { ok: false, reason: "refusal", detail: message.refusal.slice(0, 200) };
        if (!message || message.parsed === null || message.parsed === undefined)
          return { ok: false, reason: "invalid_json", detail: "empty answer" };
        return { ok: true, value: message.parsed as T, tokensIn, tokensOut };
      } catch (error) {
        const failure = classify(error);
        const latencyMs = Math.round(performance.now() - started);
        logger.warn({ model, latencyMs, task: request.name, reason: failure.reason }, "model call failed");
        // A server may echo the key back ("Incorrect API key provided: ..."), in any shape.
        return { ok: false, reason: failure.reason, detail: maskSecrets(failure.detail, secrets) };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
