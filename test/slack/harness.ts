/**
 * The real Slack app over real HTTP for tests: Bolt in HTTP mode on 127.0.0.1:0, signed requests in,
 * a fake Slack Web API out, and a real store (PGlite clone or a fresh Postgres database).
 */
import { loadConfig } from "../../src/config.ts";
import { type Clock, systemClock } from "../../src/core/clock.ts";
import { type Logger, silentLogger } from "../../src/logger.ts";
import type { ModelClient } from "../../src/model/create-model-client.ts";
import type { AnalysisRunner } from "../../src/pipeline/analysis-pool.ts";
import { createSlackApp, type SlackApp } from "../../src/slack/app.ts";
import { listOrders, type Store } from "../../src/store/index.ts";
import { type FakeSlack, startFakeSlack, testBotToken } from "../helpers/fake-slack.ts";
import {
  interactiveBody,
  postToSlackApp,
  type SlackPost,
  slashCommandBody,
} from "../helpers/slack-request.ts";
import { type Driver, openTestStore } from "../helpers/store.ts";

export const testSigningSecret = "8f742231b10e8888abcd99yyyzzz85a5-test";

export type Harness = {
  slack: FakeSlack;
  store: Store;
  app: SlackApp;
  url: string;
  /** POST a signed /order command; `text` is what follows "/order". */
  command(
    text: string,
    options?: { channelId?: string; teamId?: string; userId?: string; triggerId?: string; retryNum?: number },
  ): Promise<{ status: number; text: string; responseUrl: string }>;
  /** POST a signed interactive payload (block_actions, message_action, view_submission). */
  interactive(payload: unknown): Promise<{ status: number; text: string }>;
  /** POST a signed Events API body (JSON). */
  event(body: unknown, options?: { retryNum?: number }): Promise<{ status: number; text: string }>;
  post(request: SlackPost): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
};

/** Start the app against a fake Slack and a real store. */
export async function startHarness(
  options: {
    driver?: Driver;
    store?: Store;
    clock?: Clock;
    logger?: Logger;
    model?: ModelClient | null;
    /** More environment for the app's config (e.g. ANALYSIS_BUDGET_S). */
    env?: Record<string, string>;
    analysis?: AnalysisRunner;
  } = {},
): Promise<Harness> {
  const slack = await startFakeSlack();
  const testStore = options.store ? null : await openTestStore(options.driver ?? "pglite");
  const store = options.store ?? testStore!;
  const config = loadConfig({
    SLACK_BOT_TOKEN: testBotToken,
    SLACK_SIGNING_SECRET: testSigningSecret,
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: "silent",
    ...options.env,
  });
  const app = await createSlackApp({
    config,
    store,
    model: options.model ?? null,
    clock: options.clock ?? systemClock,
    logger: options.logger ?? silentLogger(),
    mode: "http",
    analysis: options.analysis,
  });
  const { port } = await app.start({ port: 0, host: "127.0.0.1" });
  const url = `http://127.0.0.1:${port}/slack/events`;
  const post = (request: SlackPost) => postToSlackApp(url, { secret: testSigningSecret, ...request });
  return {
    slack,
    store,
    app,
    url,
    post,
    async command(text, commandOptions = {}) {
      const responseUrl = slack.responseUrl();
      const body = slashCommandBody({ text, responseUrl, ...commandOptions });
      const reply = await post({ body, retryNum: commandOptions.retryNum });
      return { ...reply, responseUrl };
    },
    interactive: (payload) => post({ body: interactiveBody(payload) }),
    event: (body, eventOptions = {}) =>
      post({ body: JSON.stringify(body), contentType: "application/json", retryNum: eventOptions.retryNum }),
    async close() {
      await app.stop();
      await slack.close();
      if (testStore) await testStore.dispose();
    },
  };
}

/** The response_url replies recorded for one command. */
export function repliesTo(slack: FakeSlack, responseUrl: string): Record<string, unknown>[] {
  const path = new URL(responseUrl).pathname;
  return slack
    .callsOf("response_url")
    .filter((call) => call.body.url === path)
    .map((call) => call.body);
}

/** A transcript like the ones buyers paste (Alibaba chat export style). */
export const sampleTranscript = [
  "Ningbo Example Trading Co., Ltd. (Lily) 2026-11-02 10:01",
  "Hello, 7 inch kids tablet MOQ 500 pcs, price 39.8 usd",
  "Buyer (Tom) 2026-11-02 10:05",
  "We need 1000 pcs. Can you do 38.5 usd FOB Ningbo?",
  "Ningbo Example Trading Co., Ltd. (Lily) 2026-11-02 10:20",
  "ok 38.5 usd final price for 1000 pcs, 30% deposit, balance before shipment by T/T",
  "Buyer (Tom) 2026-11-02 10:25",
  "Ship within 25 days after deposit. Long lasting battery please, color Pantone 2925 C",
  "Ningbo Example Trading Co., Ltd. (Lily) 2026-11-02 10:30",
  "confirmed, 25 days after deposit by sea",
].join("\n");

/** The channel's newest order once its card is posted and recorded as its thread (polls; the work runs after the ack). */
export async function postedOrder(h: Harness, channelId: string, workspaceId = "T111") {
  for (let i = 0; i < 400; i++) {
    const [order] = await listOrders(h.store.db, { workspaceId, channelId });
    if (order?.threadTs) return order;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no posted order in ${channelId}`);
}

/**
 * `/order <text>` in `channelId`, with its replies at the response_url once `count` arrived (none
 * awaited for 0). Throws when the command was not acknowledged with 200.
 */
export async function commandReplies(
  h: Harness,
  text: string,
  options: { channelId: string; count?: number },
): Promise<{ ack: string; replies: Record<string, unknown>[] }> {
  const reply = await h.command(text, { channelId: options.channelId });
  if (reply.status !== 200) throw new Error(`/order ${text} was answered ${reply.status}`);
  const count = options.count ?? 1;
  const replies =
    count === 0
      ? []
      : await h.slack.waitFor(() => {
          const found = repliesTo(h.slack, reply.responseUrl);
          return found.length >= count ? found : undefined;
        });
  return { ack: reply.text, replies };
}

/** `/order new <chat>` (default: the sample chat) in `channelId`, once its card is posted: the order and its ref. */
export async function draftOrder(h: Harness, channelId: string, chat = sampleTranscript) {
  await h.command(`new ${chat}`, { channelId });
  const order = await postedOrder(h, channelId);
  return { order, ref: `PO-${order.number}` };
}
