/** Structured logging (pino) with secrets redacted, so no token or signing secret reaches a log. */
import { type Logger, pino } from "pino";

export type { Logger };

const redactPaths = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "signingSecret",
  "*.signingSecret",
  "apiKey",
  "*.apiKey",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "refreshToken",
  "*.refreshToken",
  "refresh_token",
  "*.refresh_token",
  "clientSecret",
  "*.clientSecret",
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "TOKEN_ENCRYPTION_KEY",
  "SLACK_APP_TOKEN",
  "OPENAI_API_KEY",
  "*.SLACK_BOT_TOKEN",
  "*.SLACK_SIGNING_SECRET",
  "*.SLACK_APP_TOKEN",
  "*.OPENAI_API_KEY",
];

/** Secret-looking substrings (Slack tokens, OpenAI keys) masked in any logged string. */
const secretPattern = /\b(xox[abeprs]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|sk-[A-Za-z0-9_-]{8,})/g;

/** A client secret inside a logged request body (JSON, escaped JSON or a form), as the OAuth calls log it. */
const clientSecretPattern = /(client_secret\\?"?\s*[:=]\s*\\?"?)[^"\\&\s]+/g;

export function maskSecrets(text: string): string {
  return text
    .replace(secretPattern, (match) => `${match.slice(0, 5)}[redacted]`)
    .replace(clientSecretPattern, "$1[redacted]");
}

/** A logger for the app; `destination` lets tests capture output. */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      redact: { paths: redactPaths, censor: "[redacted]" },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === "string" ? maskSecrets(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
      formatters: {
        log(object) {
          return JSON.parse(maskSecrets(JSON.stringify(object))) as Record<string, unknown>;
        },
      },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that writes nothing (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
