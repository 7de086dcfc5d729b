/**
 * The command line of ../shared/contract.md: `npm run --silent cli -- <command> [options]`.
 * Thin over the same core as the Slack app; each command lives in src/cli/<command>.ts.
 */
import { existsSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import type { CliCommand, CliContext } from "./cli/command.ts";
import { parseNowOption } from "./cli/parse-now.ts";
import { configuredSecrets, loadConfig } from "./config.ts";
import { fixedClock, systemClock } from "./core/clock.ts";
import { AppError, userMessageOf } from "./errors.ts";
import { createLogger, type Logger } from "./logger.ts";

const commandNames = ["extract", "review", "tick", "migrate", "contract", "checklist"] as const;

async function loadCommand(name: string): Promise<CliCommand | undefined> {
  // The same name from src/ (.ts under tsx) and from the build (.js).
  const url = new URL(`./cli/${name}${extname(new URL(import.meta.url).pathname)}`, import.meta.url);
  if (!/^[a-z-]+$/.test(name) || !existsSync(url)) return undefined;
  const module = (await import(url.href)) as { command: CliCommand };
  return module.command;
}

async function usage(): Promise<string> {
  const lines = ["usage: npm run --silent cli -- <command> [options]", ""];
  for (const name of commandNames) {
    const command = await loadCommand(name);
    if (command) lines.push(`  ${command.usage.padEnd(40)} ${command.summary}`);
  }
  lines.push("", "options: --json  --now YYYY-MM-DD[THH:MM[:SS]Z]  --verbose");
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes("--verbose");
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: false,
      options: {
        json: { type: "boolean" },
        verbose: { type: "boolean" },
        now: { type: "string" },
        out: { type: "string" },
        aql: { type: "string" },
        help: { type: "boolean" },
      },
    });
    const [name, ...args] = positionals;
    if (!name || values.help) {
      process.stdout.write(`${await usage()}\n`);
      return name ? 0 : 2;
    }
    const command = await loadCommand(name);
    if (!command)
      throw new AppError("bad_arguments", `Unknown command "${name}". Run with --help to see the commands.`);
    if (values.now !== undefined && typeof values.now !== "string")
      throw new AppError("bad_arguments", "--now needs a date, e.g. --now 2026-12-25.");
    const config = loadConfig();
    const now = values.now ? parseNowOption(values.now as string) : null;
    let logger: Logger | undefined;
    const context: CliContext = {
      args,
      flags: { ...values, json: values.json === true, verbose, now: values.now as string | undefined },
      clock: now ? fixedClock(now.at) : systemClock,
      nowGiven: values.now !== undefined,
      nowDay: now?.bareDay ?? null,
      config,
      // Made on first use: most runs of `extract` and `review` log nothing.
      get logger() {
        logger ??= createLogger({
          level: verbose ? "debug" : config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL,
          secrets: configuredSecrets(config),
        });
        return logger;
      },
      stdout: process.stdout,
      stdin: process.stdin,
    };
    return await command.run(context);
  } catch (error) {
    process.stderr.write(`error: ${userMessageOf(error)}\n`);
    if (verbose && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return error instanceof AppError && error.code === "bad_arguments" ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
