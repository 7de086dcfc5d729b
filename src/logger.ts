/**
 * Structured logging (pino) with secrets redacted, so no token, signing secret or model key reaches a log.
 * Errors go through pino's own serializer (type, message, stack, cause), and masking works on the
 * finished line, so it covers messages, fields, child bindings and serialized errors alike.
 */
import { createRequire } from "node:module";
import type { Logger } from "pino";

export type { Logger };

type Pino = typeof import("pino").pino;
let loaded: Pino | undefined;
/**
 * pino (a CommonJS package) is read on the first logger made, not when this file is imported: a command
 * line run that never logs (`cli extract` without a model) does not pay for it.
 */
function pinoModule(): Pino {
  loaded ??= (createRequire(import.meta.url)("pino") as { pino: Pino }).pino;
  return loaded;
}

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

/** Shorter values are not masked: replacing every "abc" in a log would hide more than it protects. */
const shortestSecret = 6;

/** Masks secret-shaped substrings, and every occurrence of the given values whatever their shape. */
export function maskSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let masked = text;
  for (const secret of secrets)
    if (secret && secret.length >= shortestSecret && masked.includes(secret))
      masked = masked.split(secret).join("[redacted]");
  return masked
    .replace(secretPattern, (match) => `${match.slice(0, 5)}[redacted]`)
    .replace(clientSecretPattern, "$1[redacted]");
}

/** The forms a value takes inside a JSON line: as written, and escaped the way JSON.stringify escapes it. */
function jsonForms(values: readonly (string | undefined)[]): string[] {
  const forms = new Set<string>();
  for (const value of values) {
    if (!value || value.length < shortestSecret) continue;
    forms.add(value);
    forms.add(JSON.stringify(value).slice(1, -1));
  }
  // Longest first, so a secret that contains another is masked whole.
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * A logger for the app. `secrets` are configured values (the model key, tokens) masked wherever they
 * appear, whatever their shape; `destination` lets tests capture output.
 */
export function createLogger(
  options: {
    level?: string;
    destination?: NodeJS.WritableStream;
    secrets?: readonly (string | undefined)[];
  } = {},
): Logger {
  const secrets = jsonForms(options.secrets ?? []);
  const pino = pinoModule();
  return pino(
    {
      level: options.level ?? "info",
      redact: { paths: redactPaths, censor: "[redacted]" },
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      hooks: {
        streamWrite: (line) => maskSecrets(line, secrets),
      },
    },
    options.destination ?? pino.destination(2),
  );
}

/** A logger that writes nothing (tests, benchmarks). */
export function silentLogger(): Logger {
  return pinoModule()({ level: "silent" });
}
