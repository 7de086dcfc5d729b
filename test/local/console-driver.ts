/**
 * Local mode's console driven as a person drives it: lines typed into its input, the screen read from
 * its output. The real app, local Slack API and store run in this process, on a fixed starting clock.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { loadConfig } from "../../src/config.ts";
import { fixedClock } from "../../src/core/clock.ts";
import { runLocal } from "../../src/local/run-local.ts";
import { silentLogger } from "../../src/logger.ts";
import { openTestStore, type TestStore } from "../helpers/store.ts";
import { sampleTranscript } from "../slack/harness.ts";

export type ConsoleDriver = {
  store: TestStore;
  /** Everything printed so far. */
  screen(): string;
  /** Type lines (each ends with Enter). */
  type(...lines: string[]): void;
  /** Wait until the screen after `from` matches; returns the match. */
  waitFor(pattern: RegExp, from?: number): Promise<RegExpMatchArray>;
  /** Type `lines` and wait for the prompt that follows the last one; returns what they printed. */
  run(...lines: string[]): Promise<string>;
  /** Type quit and wait for the console to end. */
  quit(): Promise<void>;
};

/** Start local mode with the clock at `now`. */
export async function startConsole(now: string): Promise<ConsoleDriver> {
  const store = await openTestStore("pglite");
  const dir = mkdtempSync(join(tmpdir(), "orderproof-console-"));
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = "";
  output.on("data", (chunk) => {
    screen += String(chunk);
  });
  const config = loadConfig({ PGLITE_DIR: dir, LOG_LEVEL: "silent", TICK_CRON: "0 0 1 1 *" });
  const done = runLocal(
    { config, store, model: null, clock: fixedClock(now), logger: silentLogger() },
    { input, output },
  );
  const waitFor = async (pattern: RegExp, from = 0) => {
    for (let i = 0; i < 1200; i++) {
      const match = screen.slice(from).match(pattern);
      if (match) return match;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`the console never showed ${pattern}; it shows:\n${screen.slice(from)}`);
  };
  const driver: ConsoleDriver = {
    store,
    screen: () => screen,
    type: (...lines) => {
      for (const line of lines) input.write(`${line}\n`);
    },
    waitFor,
    async run(...lines) {
      const from = screen.length;
      await waitFor(/\n> $/, Math.max(0, from - 3));
      driver.type(...lines);
      // Done when the console prints its prompt again and nothing more follows for a moment.
      let stableSince = Date.now();
      let seen = screen.length;
      for (let i = 0; i < 4800; i++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        if (screen.length !== seen) {
          seen = screen.length;
          stableSince = Date.now();
        } else if (seen > from && screen.endsWith("\n> ") && Date.now() - stableSince > 200) break;
      }
      return screen.slice(from);
    },
    async quit() {
      input.write("quit\n");
      await done;
      await store.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await waitFor(/\n> $/);
  return driver;
}

/** A console at `now` holding PO-1, drafted from the sample chat, with its card (and Confirm button) on screen. */
export async function startConsoleWithSampleOrder(now: string): Promise<ConsoleDriver> {
  const driver = await startConsole(now);
  await driver.run("/order new", sampleTranscript, "", ".");
  await driver.waitFor(/\[\d+\] Confirm order/);
  return driver;
}
