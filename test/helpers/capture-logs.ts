/**
 * A real app logger whose lines a test can read and wait for: a repeated delivery that is skipped
 * leaves no trace but its log line, so a negative check waits for that line instead of a fixed time.
 */
import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/logger.ts";

export type LogLine = Record<string, unknown> & { msg?: string };

export type CapturedLogs = {
  logger: Logger;
  readonly lines: LogLine[];
  /** Resolves with the first line (already written or still to come) that `predicate` accepts. */
  waitFor(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
};

/** A logger at `level` that keeps every line it writes, parsed. */
export function captureLogs(level = "info"): CapturedLogs {
  const lines: LogLine[] = [];
  const written = new EventEmitter();
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split("\n").filter(Boolean)) {
        const line = JSON.parse(text) as LogLine;
        lines.push(line);
        written.emit("line", line);
      }
      done();
    },
  });
  return {
    logger: createLogger({ level, destination }),
    lines,
    waitFor(predicate, timeoutMs = 20_000) {
      const found = lines.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const onLine = (line: LogLine) => {
          if (!predicate(line)) return;
          clearTimeout(timer);
          written.off("line", onLine);
          resolve(line);
        };
        const timer = setTimeout(() => {
          written.off("line", onLine);
          reject(
            new Error(`no such log line; messages so far: ${lines.map((line) => line.msg).join(" | ")}`),
          );
        }, timeoutMs);
        written.on("line", onLine);
      });
    },
  };
}
