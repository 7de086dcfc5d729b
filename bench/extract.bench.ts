/**
 * Extraction speed: median time to parse and extract a 100-message transcript in-process, and the
 * ratio for a transcript ten times longer (linear growth gives about 10). It times the compiled build in
 * dist/, the code `npm start` runs (built first when stale), not the sources as tsx loads them: tsx keeps
 * function names by wrapping every closure it creates, which costs the dev loader about a fifth more.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
// @ts-expect-error: plain JavaScript without types; it builds dist/ when it is missing or stale.
import { ensureBuilt } from "../scripts/run.mjs";
import type { extractDraft as ExtractDraft } from "../src/core/extract/extract-draft.ts";
import type { parseTranscript as ParseTranscript } from "../src/core/parse/parse-transcript.ts";
import { sampleExchange } from "./sample-exchange.ts";

/** The compiled extraction functions, as the running bot loads them. */
async function compiled() {
  ensureBuilt();
  const root = join(import.meta.dirname, "..");
  const load = (path: string) => import(pathToFileURL(join(root, "dist", path)).href);
  const { extractDraft } = (await load("src/core/extract/extract-draft.js")) as {
    extractDraft: typeof ExtractDraft;
  };
  const { parseTranscript } = (await load("src/core/parse/parse-transcript.js")) as {
    parseTranscript: typeof ParseTranscript;
  };
  return { extractDraft, parseTranscript };
}

import { median, ms, timeRuns } from "./stats.ts";

/** A transcript of `messages` messages built from a realistic five-message exchange. */
function transcriptOf(messages: number): string {
  const lines: string[] = [];
  while (lines.length / 2 < messages) lines.push(...sampleExchange);
  return lines.slice(0, messages * 2).join("\n");
}

export const bench = {
  name: "extract",
  async run() {
    const { extractDraft, parseTranscript } = await compiled();
    const now = new Date("2026-10-13T00:00:00Z");
    const small = transcriptOf(100);
    const large = transcriptOf(1000);
    const run = (text: string) => extractDraft(parseTranscript(text), { now });
    // Forty warm-up runs, not five: the bot is a long-running process, and the first few dozen runs time V8
    // compiling the extractor, not the extractor.
    const smallTimes = await timeRuns(() => run(small), 41, 40);
    const largeTimes = await timeRuns(() => run(large), 11, 2);
    const smallMedian = median(smallTimes);
    const largeMedian = median(largeTimes);
    // CPU time of this process per run: steadier than wall time on a machine shared with other work.
    const cpu = (text: string, runs: number) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = process.cpuUsage();
        run(text);
        const used = process.cpuUsage(start);
        times.push((used.user + used.system) / 1000);
      }
      return median(times);
    };
    const smallCpu = cpu(small, 41);
    const largeCpu = cpu(large, 11);
    process.stdout.write(
      `compiled build (dist/)\n100-message transcript: median ${ms(smallMedian)} wall, ${ms(smallCpu)} CPU (41 runs)\n`,
    );
    process.stdout.write(
      `1000-message transcript: median ${ms(largeMedian)} wall, ${ms(largeCpu)} CPU (11 runs)\n`,
    );
    process.stdout.write(
      `ratio 10x / 1x: ${(largeMedian / smallMedian).toFixed(1)} wall, ${(largeCpu / smallCpu).toFixed(1)} CPU\n`,
    );
  },
};
