/**
 * The environment, parsed once by zod. Nothing else in the project reads process.env.
 * @see ../shared/contract.md "Environment"
 */
import { z } from "zod";
import { AppError } from "./errors.ts";

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

export const Config = z.object({
  DATABASE_URL: optionalString,
  /** Folder of the embedded PGlite database when DATABASE_URL is unset. */
  PGLITE_DIR: z.string().default("./data"),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalString,
  PORT: z.coerce.number().int().positive().default(3000),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: z.string().default("gpt-4o-mini"),
  /** Seconds before a model call is abandoned and the rules result is used. */
  OPENAI_TIMEOUT_S: z.coerce.number().positive().default(20),
  /** Seconds of CPU one paste's extraction and review may take (in the worker pool) before it is stopped. */
  ANALYSIS_BUDGET_S: z.coerce.number().positive().default(10),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Cron expression of the in-process reminder tick. */
  TICK_CRON: z.string().default("* * * * *"),
});
export type Config = z.infer<typeof Config>;

/** The configured values no log line or message may show, whatever their shape. */
export function configuredSecrets(config: Config): string[] {
  return [
    config.OPENAI_API_KEY,
    config.SLACK_BOT_TOKEN,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_APP_TOKEN,
  ].filter((value): value is string => Boolean(value));
}

export type RunMode = "socket" | "http" | "local";

/** Parse an environment object (process.env at the edge, a literal in tests). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Config.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new AppError("config_invalid", `The configuration is invalid: ${problems}.`);
  }
  return parsed.data;
}

/** Which way `npm start` runs, from the credentials present. @see ../shared/contract.md "Running the bot" */
export function runModeOf(config: Config): RunMode {
  if (config.SLACK_BOT_TOKEN && config.SLACK_APP_TOKEN) return "socket";
  if (config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET) return "http";
  return "local";
}
