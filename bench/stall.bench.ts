/**
 * `npm run bench stall`: a 36 KB pathological paste (one line of "USD 1 " repeated, a shape that was
 * super-linear in extraction) sent as `/order new` to the real app over HTTP, then `/order help` every
 * 300 ms while it is being analysed. Reports the median and worst ack latency of those helps, with
 * extraction and review on the worker pool (the app as it runs) and, for comparison, in-process on the
 * event loop (as before the pool). Slack wants every ack within 3 s; the target here is under 1 s.
 */
import { Worker } from "node:worker_threads";
import { loadConfig } from "../src/config.ts";
import { systemClock } from "../src/core/clock.ts";
import type { Review } from "../src/core/schemas.ts";
import { startLocalSlackServer } from "../src/local/local-slack-server.ts";
import { silentLogger } from "../src/logger.ts";
import type { AnalysisRunner } from "../src/pipeline/analysis-pool.ts";
import { analyzePaste, extractPaste, reviewPaste } from "../src/pipeline/analysis-steps.ts";
import { createSlackApp } from "../src/slack/app.ts";
import { openStore } from "../src/store/index.ts";
import { median } from "./stats.ts";

const secret = "bench-signing-secret";
const botToken = "xoxb-bench-token";
const helps = 8;
const gapMs = 300;
const paste = `Supplier: ${"USD 1 ".repeat(6_000)}`;

/** The steps on the main thread, as before the pool (no budget can stop them there). */
const onEventLoop: AnalysisRunner = {
  analyze: async (input) => analyzePaste(input),
  extract: async (input) => extractPaste(input),
  review: async (input) => reviewPaste(input) as Review,
  close: async () => {},
};

function commandBody(text: string, channel: string, responseUrl: string, i: number): string {
  return new URLSearchParams({
    team_id: "TBENCH",
    channel_id: channel,
    user_id: "UBENCH",
    command: "/order",
    text,
    response_url: responseUrl,
    trigger_id: `${i}.${Date.now()}.stall`,
  }).toString();
}

async function run(label: string, analysis: AnalysisRunner | undefined): Promise<void> {
  const slack = await startLocalSlackServer({ botToken, teamId: "TBENCH" });
  const store = await openStore({ pgliteDir: "memory", logger: silentLogger() });
  const config = loadConfig({
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: "silent",
  });
  const app = await createSlackApp({
    config,
    store,
    model: null,
    clock: systemClock,
    logger: silentLogger(),
    mode: "http",
    analysis,
  });
  const { port } = await app.start({ port: 0, host: "127.0.0.1" });
  const url = `http://127.0.0.1:${port}/slack/events`;
  try {
    const started = performance.now();
    const worker = new Worker(new URL("./stall-client.mjs", import.meta.url), {
      workerData: {
        url,
        secret,
        gapMs,
        pasteBody: commandBody(`new ${paste}`, "CSTALL", slack.responseUrl(), 0),
        helpBodies: Array.from({ length: helps }, (_, i) =>
          commandBody("help", "CHELP", slack.responseUrl(), i + 1),
        ),
      },
    });
    const result = await new Promise<{
      paste: { status: number; ms: number };
      helps: Array<{ status: number; ms: number }>;
    }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    await worker.terminate();
    // The paste settles as a card ("PO-n") or as the over-budget sentence in place of "Drafting…".
    const settled = () =>
      slack.calls.find((call) => call.method === "chat.update" && call.body.channel === "CSTALL");
    const deadline = Date.now() + 600_000;
    while (!settled() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    const settledAfter = performance.now() - started;
    const outcome = String(settled()?.body.text ?? "never settled");
    const latencies = result.helps.map((help) => help.ms);
    const ok = result.helps.every((help) => help.status === 200);
    process.stdout.write(
      [
        `${label}:`,
        `  paste (${(Buffer.byteLength(paste) / 1024).toFixed(0)} KB) acked in ${result.paste.ms.toFixed(0)} ms; settled after ${(settledAfter / 1000).toFixed(1)} s as: ${outcome.slice(0, 70)}`,
        `  /order help x${helps} during it: median ack ${median(latencies).toFixed(0)} ms, worst ${Math.max(...latencies).toFixed(0)} ms, all HTTP 200: ${ok}`,
        `  every help acked within 1 s: ${latencies.every((ms) => ms < 1000)}`,
        "",
      ].join("\n"),
    );
  } finally {
    await app.stop();
    await store.close();
    await slack.close();
  }
}

export const bench = {
  name: "stall: acks while a pathological paste is analysed",
  async run() {
    await run("worker pool (the app as it runs)", undefined);
    if (!process.argv.includes("--pool-only"))
      await run("in-process on the event loop (before the pool)", onEventLoop);
  },
};
