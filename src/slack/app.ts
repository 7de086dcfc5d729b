/**
 * The Slack app: builds Bolt (HTTP with signature and timestamp checks, or Socket Mode), points its
 * client at SLACK_API_URL, registers the listeners from the index files, and catches errors at the edge.
 * It only wires; what happens on each surface lives in listeners/ and services/.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import { systemClock } from "../core/clock.ts";
import { AppError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { createAnalysisPool } from "../pipeline/analysis-pool.ts";
import type { ServiceDeps } from "../services/deps.ts";
import { createLane } from "../services/lane.ts";
import { boltLogger } from "./bolt-logger.ts";
import { slackClientOptions } from "./client-options.ts";
import { guardHttpReceiver } from "./guard-receiver.ts";
import { registerListeners } from "./listeners/index.ts";

/** What the app needs; `slack` is built here, so callers pass everything else. */
export type SlackAppDeps = Omit<ServiceDeps, "slack"> & {
  mode: "http" | "socket";
  /** Known bot ids skip Bolt's auth.test; otherwise auth.test runs once here. */
  botIdentity?: { botId: string; botUserId: string };
};

export type SlackApp = {
  app: App;
  /** The Web API client the services and jobs post with. */
  client: WebClient;
  /** HTTP: listen (port 0 = any free port) and return the port; Socket Mode: connect. */
  start(listen?: number | { port: number; host: string }): Promise<{ port: number | null }>;
  stop(): Promise<void>;
};

/** Build the Bolt app for HTTP or Socket Mode. Throws AppError(config_invalid) when a credential is missing. */
export async function createSlackApp(deps: SlackAppDeps): Promise<SlackApp> {
  const { config, logger } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new AppError("config_invalid", "SLACK_BOT_TOKEN is not set.");
  const clientOptions = slackClientOptions(config, logger);
  const client = new WebClient(token, clientOptions);
  const identity = deps.botIdentity ?? (await whoAmI(client, logger));
  let ready = false;
  let server: Server | undefined;

  const common = {
    token,
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger: boltLogger(logger),
    clientOptions,
  };
  let app: App;
  if (deps.mode === "socket") {
    if (!config.SLACK_APP_TOKEN) throw new AppError("config_invalid", "SLACK_APP_TOKEN is not set.");
    app = new App({ ...common, appToken: config.SLACK_APP_TOKEN, socketMode: true });
  } else {
    if (!config.SLACK_SIGNING_SECRET)
      throw new AppError("config_invalid", "SLACK_SIGNING_SECRET is not set.");
    const receiver = new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET,
      endpoints: "/slack/events",
      // Ack is sent the moment a listener calls ack(); the slow work (model, database) runs after it.
      processBeforeResponse: false,
      logger: common.logger,
      customRoutes: [
        {
          path: "/healthz",
          method: ["GET"],
          handler: (_req, res) => {
            res.writeHead(ready ? 200 : 503, { "content-type": "text/plain" });
            res.end(ready ? "ok" : "starting");
          },
        },
      ],
    });
    guardHttpReceiver(receiver, {
      signingSecret: config.SLACK_SIGNING_SECRET,
      endpoint: "/slack/events",
      // Freshness is judged against the wall clock, as Slack stamps it and Bolt checks the past:
      // the business clock (deps.clock) may be set to another day (tests, the local console).
      clock: systemClock,
      logger,
    });
    app = new App({ ...common, receiver });
  }

  // A few database/CPU steps at a time after the acks, so a burst of pastes never delays an ack.
  // Extraction and review run on worker threads within a budget, so no paste holds the event loop.
  const analysis = deps.analysis ?? createAnalysisPool();
  registerListeners(app, { ...deps, slack: client, lane: deps.lane ?? createLane(4), analysis });
  app.error(async (error) => {
    // The edge of last resort: listeners answer the person themselves; this only keeps a record.
    const original = (error as { original?: unknown }).original ?? error;
    logger.error({ err: original }, "unhandled error in a Slack listener");
  });

  return {
    app,
    client,
    async start(listen) {
      const started = (await app.start((listen ?? config.PORT) as number)) as unknown;
      ready = true;
      if (deps.mode === "socket") return { port: null };
      server = started as Server;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      ready = false;
      const stopping = app.stop();
      // Keep-alive connections would hold server.close() open until they time out.
      server?.closeIdleConnections();
      await stopping;
      if (!deps.analysis) await analysis.close();
    },
  };
}

/** Slack's answers to auth.test that mean the token itself is wrong. */
const refusedToken = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
]);

/**
 * auth.test once, so Bolt does not call it on every request. A refused token stops the start; any other
 * failure (Slack unreachable for a moment) is logged and the app serves anyway: the ids only let Bolt
 * ignore the bot's own messages, which none of these listeners receive.
 */
async function whoAmI(client: WebClient, logger: Logger): Promise<{ botId: string; botUserId: string }> {
  try {
    const result = await client.auth.test();
    if (result.bot_id && result.user_id) return { botId: result.bot_id, botUserId: result.user_id };
    logger.warn("auth.test gave no bot id; serving without it");
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code && refusedToken.has(code))
      throw new AppError("config_invalid", `Slack refused the bot token (${code}): check SLACK_BOT_TOKEN.`, {
        cause: error,
      });
    logger.warn({ err: error }, "auth.test failed; serving without the bot's ids");
  }
  return { botId: "B_UNKNOWN", botUserId: "U_UNKNOWN" };
}
