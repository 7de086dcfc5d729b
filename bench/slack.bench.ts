/**
 * Slack ack latency under a burst: 200 concurrent signed `/order new <transcript>` against the real app
 * (HTTP mode, PGlite in memory, the model played by a local OpenAI-compatible server that holds every
 * answer 5 s), then the same burst against a bare Bolt app that only acks, in the same run.
 * Reports p50/p99 ack latency of both, their ratio, and whether every order's card was posted.
 * Load generator, app and fakes share this process (2-core machine), as they would share a small host.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { App, HTTPReceiver } from "@slack/bolt";
import { loadConfig } from "../src/config.ts";
import { systemClock } from "../src/core/clock.ts";
import { startLocalSlackServer } from "../src/local/local-slack-server.ts";
import { postSigned } from "../src/local/sign-request.ts";
import { silentLogger } from "../src/logger.ts";
import { createModelClient } from "../src/model/create-model-client.ts";
import { createSlackApp } from "../src/slack/app.ts";
import { openStore } from "../src/store/index.ts";
import { sampleExchange } from "./sample-exchange.ts";
import { ms, percentile } from "./stats.ts";

const burst = 200;
const modelHoldMs = 5_000;
const secret = "bench-signing-secret";
const botToken = "xoxb-bench-token";

const transcript = sampleExchange.join("\n");

/** An OpenAI-compatible server that answers every chat completion after `holdMs` (with an unusable draft). */
async function startSlowModel(
  holdMs: number,
): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let count = 0;
  const server: Server = createServer((req, res) => {
    count++;
    req.resume();
    setTimeout(() => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id: "chatcmpl-bench",
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: "bench",
          choices: [
            { index: 0, message: { role: "assistant", content: "{}", refusal: null }, finish_reason: "stop" },
          ],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    }, holdMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function commandBody(i: number, responseUrl: string): string {
  return new URLSearchParams({
    token: "bench",
    team_id: "TBENCH",
    team_domain: "bench",
    channel_id: `CBENCH${i % 10}`,
    channel_name: "sourcing",
    user_id: `UBENCH${i}`,
    user_name: "buyer",
    command: "/order",
    text: `new ${transcript}`,
    response_url: responseUrl,
    trigger_id: `${i}.${Date.now()}.bench`,
  }).toString();
}

/** Fire `burst` signed commands at once from a worker thread; returns each ack's latency in ms. */
async function fire(url: string, responseUrl: (i: number) => string): Promise<number[]> {
  const bodies = Array.from({ length: burst }, (_, i) => commandBody(i, responseUrl(i)));
  const worker = new Worker(new URL("./slack-burst-client.mjs", import.meta.url), {
    workerData: { url, secret, bodies },
  });
  const result = await new Promise<{ latencies: number[]; failures: number }>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  await worker.terminate();
  if (result.failures > 0) throw new Error(`${result.failures} acks were not HTTP 200`);
  return result.latencies;
}

async function bareBolt(): Promise<{ url: string; stop(): Promise<void> }> {
  const receiver = new HTTPReceiver({ signingSecret: secret, processBeforeResponse: false });
  const app = new App({ token: botToken, botId: "B0", botUserId: "U0", receiver, logLevel: undefined });
  app.command("/order", async ({ ack }) => {
    await ack();
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" } as unknown as number)) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slack/events`,
    stop: async () => {
      const stopping = app.stop();
      server.closeIdleConnections();
      await stopping;
    },
  };
}

export const bench = {
  name: "slack",
  async run() {
    const slack = await startLocalSlackServer({ botToken, teamId: "TBENCH" });
    const model = await startSlowModel(modelHoldMs);
    const logger = silentLogger();
    const store = await openStore({ pgliteDir: "memory", logger });
    const config = loadConfig({
      SLACK_BOT_TOKEN: botToken,
      SLACK_SIGNING_SECRET: secret,
      SLACK_API_URL: slack.apiUrl,
      OPENAI_API_KEY: "sk-bench-not-a-real-key",
      OPENAI_BASE_URL: model.url,
      LOG_LEVEL: "silent",
    });
    const modelClient = createModelClient({
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      model: config.OPENAI_MODEL,
      timeoutMs: config.OPENAI_TIMEOUT_S * 1000,
      logger,
    });
    const app = await createSlackApp({
      config,
      store,
      model: modelClient,
      clock: systemClock,
      logger,
      mode: "http",
    });
    const { port } = await app.start({ port: 0, host: "127.0.0.1" });
    const bare = await bareBolt();
    try {
      // Warm both up (JIT, first connections) with a few acks that are not counted.
      await postSigned(bare.url, secret, commandBody(9999, slack.responseUrl()));
      await postSigned(
        `http://127.0.0.1:${port}/slack/events`,
        secret,
        new URLSearchParams({
          command: "/order",
          text: "help",
          team_id: "TBENCH",
          channel_id: "CW",
          user_id: "UW",
          trigger_id: "w",
          response_url: slack.responseUrl(),
        }).toString(),
      );

      const bareLatencies = await fire(bare.url, () => slack.responseUrl());
      const started = performance.now();
      const appLatencies = await fire(`http://127.0.0.1:${port}/slack/events`, () => slack.responseUrl());
      // Every order's card: the working message updated into a "PO-n" card.
      const deadline = Date.now() + 180_000;
      const cards = () =>
        slack.calls.filter(
          (call) => call.method === "chat.update" && String(call.body.text).startsWith("PO-"),
        ).length;
      while (cards() < burst && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const allPosted = performance.now() - started;

      const bareP50 = percentile(bareLatencies, 50);
      const bareP99 = percentile(bareLatencies, 99);
      const appP50 = percentile(appLatencies, 50);
      const appP99 = percentile(appLatencies, 99);
      const rows = [
        ["", "p50 ack", "p99 ack", "max ack"],
        ["bare Bolt (ack only)", ms(bareP50), ms(bareP99), ms(Math.max(...bareLatencies))],
        ["orderproof /order new", ms(appP50), ms(appP99), ms(Math.max(...appLatencies))],
      ];
      for (const row of rows)
        process.stdout.write(
          `${row[0]!.padEnd(24)}${row
            .slice(1)
            .map((cell) => cell!.padStart(12))
            .join("")}\n`,
        );
      process.stdout.write(
        `p99 ratio (orderproof / bare): ${(appP99 / bareP99).toFixed(2)}  (aim <= 2 and p99 < 1 s)\n`,
      );
      process.stdout.write(
        `${burst} concurrent commands, model held ${modelHoldMs / 1000} s each (${model.requests()} model calls): ${cards()}/${burst} cards posted, all within ${ms(allPosted)}\n`,
      );
    } finally {
      await bare.stop();
      await app.stop();
      await store.close();
      await model.close();
      await slack.close();
    }
  },
};
