/** The model a command uses: the one OPENAI_API_KEY configures, or none (rules only). */
import type { ModelClient } from "../model/create-model-client.ts";
import type { CliContext } from "./command.ts";

export async function configuredModel(context: CliContext): Promise<ModelClient | null> {
  const { config } = context;
  if (!config.OPENAI_API_KEY) return null;
  // The OpenAI SDK is loaded only when a key is set: the rules-only path starts in a fraction of the time.
  const { createModelClient } = await import("../model/create-model-client.ts");
  return createModelClient({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_S * 1000,
    logger: context.logger,
  });
}
