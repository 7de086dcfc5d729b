/** What every command-line command provides; one file per command in this folder. */

import type { Config } from "../config.ts";
import type { Clock } from "../core/clock.ts";
import type { Logger } from "../logger.ts";

export type CliContext = {
  /** Positional arguments after the command name. */
  args: string[];
  /** Parsed flags (`--json` -> json: true, `--now X` -> now: "X"). */
  flags: { json: boolean; verbose: boolean; now?: string } & Record<string, string | boolean | undefined>;
  /** "Today" fixed by --now, or the system clock. */
  clock: Clock;
  /** True when --now was given (commands that read a transcript otherwise take its newest timestamp). */
  nowGiven: boolean;
  /** The day when --now was a bare date (YYYY-MM-DD), else null: `tick` reads it as the end of that day. */
  nowDay: string | null;
  config: Config;
  logger: Logger;
  stdout: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
};

export type CliCommand = {
  usage: string;
  summary: string;
  /** Returns the exit status. Throw AppError for failures a person can act on. */
  run(context: CliContext): Promise<number>;
};
