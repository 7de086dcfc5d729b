/** Bolt's and the Web API client's log lines, sent through the app's pino logger (and so through its secret redaction). */
import { LogLevel } from "@slack/bolt";
import type { Logger } from "../logger.ts";

type BoltLogger = {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
  setLevel(level: LogLevel): void;
  getLevel(): LogLevel;
  setName(name: string): void;
};

const text = (parts: unknown[]) =>
  parts
    .map((part) =>
      part instanceof Error ? part.message : typeof part === "string" ? part : JSON.stringify(part),
    )
    .join(" ");

/** Adapt pino to the @slack/logger interface Bolt and WebClient expect. */
export function boltLogger(logger: Logger, name = "bolt"): BoltLogger {
  const child = logger.child({ component: name });
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => child.debug(text(msg)),
    info: (...msg) => child.info(text(msg)),
    warn: (...msg) => child.warn(text(msg)),
    error: (...msg) => child.error(text(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
