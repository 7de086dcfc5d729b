/**
 * The Slack app: builds Bolt (HTTP with signature and timestamp checks, or Socket Mode), points its
 * client at SLACK_API_URL, registers the listeners from the index files, and catches errors at the edge.
 * It only wires; what happens on each surface lives in listeners/ and services/.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, HTTPReceiver } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import { AppError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { type AnalysisRunner, createAnalysisPool } from "../pipeline/analysis-pool.ts";
import type { ServiceDeps } from "../services/deps.ts";
import { createLane } from "../services/lane.ts";
import { noteWorkspaceEnterprise } from "../store/installations.ts";
import { boltLogger } from "./bolt-logger.ts";
import { slackClientOptions } from "./client-options.ts";
import { guardHttpReceiver } from "./guard-receiver.ts";
import type { Installations } from "./installations.ts";
import { landingPageHtml } from "./landing-page.ts";
import { registerInstallationEvents } from "./listeners/events/app-uninstalled.ts";
import { registerListeners } from "./listeners/index.ts";
import { botScopes } from "./oauth-scopes.ts";
import { RequestScopedClient, withRequestToken } from "./request-client.ts";

/** What the app needs; `slack` is built here, so callers pass everything else. */
export type SlackAppDeps = Omit<ServiceDeps, "slack"> & {
  mode: "http" | "socket" | "distribution";
  /** Distribution mode: where installations and their tokens live. */
  installations?: Installations;
  /** Known bot ids skip Bolt's auth.test; otherwise auth.test runs once here. */
  botIdentity?: { botId: string; botUserId: string };
};

export type SlackApp = {
  app: App;
  /** The Web API client the services and jobs post with. */
  client: WebClient;
  /** The worker pool extraction and review run on (jobs that draft use it too). */
  analysis: AnalysisRunner;
  /** HTTP: listen (port 0 = any free port) and return the port; Socket Mode: connect. */
  start(listen?: number | { port: number; host: string }): Promise<{ port: number | null }>;
  /** Takes no new requests, then waits for the work already acked to finish. */
  stop(): Promise<void>;
  /** Requests whose work is still running after their ack (what a shutdown deadline would cut). */
  inFlight(): number;
};

/** Build the Bolt app for HTTP or Socket Mode. Throws AppError(config_invalid) when a credential is missing. */
export async function createSlackApp(deps: SlackAppDeps): Promise<SlackApp> {
  const { config, logger } = deps;
  const clientOptions = slackClientOptions(config, logger);
  let ready = false;
  let server: Server | undefined;
  const routes: CustomRoute[] = [
    {
      path: "/healthz",
      method: ["GET"],
      handler: (_req, res) => {
        res.writeHead(ready ? 200 : 503, { "content-type": "text/plain" });
        res.end(ready ? "ok" : "starting");
      },
    },
  ];
  const signingSecret = () => {
    if (!config.SLACK_SIGNING_SECRET)
      throw new AppError("config_invalid", "SLACK_SIGNING_SECRET is not set.");
    return config.SLACK_SIGNING_SECRET;
  };
  // Every HTTP receiver refuses stale or unsigned requests before Bolt reads them. Freshness is judged
  // against the wall clock, as Slack stamps it: the business clock (deps.clock) may be set to another day.
  const guard = (receiver: HTTPReceiver) =>
    guardHttpReceiver(receiver, {
      signingSecret: signingSecret(),
      endpoint: "/slack/events",
      logger,
    });
  // Ack is sent the moment a listener calls ack(); the slow work (model, database) runs after it.
  const receiverOptions = {
    endpoints: "/slack/events",
    processBeforeResponse: false,
    logger: boltLogger(logger),
  };

  let app: App;
  let client: WebClient;
  if (deps.mode === "distribution") {
    const installations = deps.installations;
    if (
      !installations ||
      !config.SLACK_CLIENT_ID ||
      !config.SLACK_CLIENT_SECRET ||
      !config.SLACK_STATE_SECRET
    )
      throw new AppError(
        "config_invalid",
        "Distribution mode needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and TOKEN_ENCRYPTION_KEY.",
      );
    client = new RequestScopedClient(clientOptions);
    const page = landingPageHtml();
    const receiver = new HTTPReceiver({
      ...receiverOptions,
      signingSecret: signingSecret(),
      clientId: config.SLACK_CLIENT_ID,
      clientSecret: config.SLACK_CLIENT_SECRET,
      stateSecret: config.SLACK_STATE_SECRET,
      scopes: [...botScopes],
      installationStore: installations.store,
      installerOptions: {
        // The landing page carries the "Add to Slack" button: /slack/install goes straight to Slack.
        directInstall: true,
        stateVerification: true,
        clientOptions: { slackApiUrl: clientOptions.slackApiUrl },
      },
      customRoutes: [
        ...routes,
        {
          path: "/",
          method: ["GET"],
          handler: (_req, res) => {
            res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
            res.end(page);
          },
        },
      ],
    });
    guard(receiver);
    app = new App({ receiver, logger: receiverOptions.logger, clientOptions });
    // Each request's work posts with its own workspace's token; org members are mapped to their org.
    app.use(async ({ context, next }) => {
      if (context.enterpriseId && context.teamId && context.isEnterpriseInstall)
        await noteWorkspaceEnterprise(deps.store.db, {
          workspaceId: context.teamId,
          enterpriseId: context.enterpriseId,
        });
      await withRequestToken(context.botToken, next);
    });
  } else {
    const token = config.SLACK_BOT_TOKEN;
    if (!token) throw new AppError("config_invalid", "SLACK_BOT_TOKEN is not set.");
    client = new WebClient(token, clientOptions);
    const identity = deps.botIdentity ?? (await whoAmI(client, logger));
    const common = {
      token,
      botId: identity.botId,
      botUserId: identity.botUserId,
      logger: receiverOptions.logger,
      clientOptions,
    };
    if (deps.mode === "socket") {
      if (!config.SLACK_APP_TOKEN) throw new AppError("config_invalid", "SLACK_APP_TOKEN is not set.");
      app = new App({ ...common, appToken: config.SLACK_APP_TOKEN, socketMode: true });
    } else {
      const receiver = new HTTPReceiver({
        ...receiverOptions,
        signingSecret: signingSecret(),
        customRoutes: routes,
      });
      guard(receiver);
      app = new App({ ...common, receiver });
    }
  }

  // Work still running after its ack (a card being drafted): stop() lets it finish before the store closes.
  const inFlight = new Set<Promise<void>>();
  app.use(async ({ next }) => {
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
    }
  });
  // A few database/CPU steps at a time after the acks, so a burst of pastes never delays an ack.
  // Extraction and review run on worker threads within a budget, so no paste holds the event loop.
  const analysis = deps.analysis ?? createAnalysisPool();
  registerListeners(app, { ...deps, slack: client, lane: deps.lane ?? createLane(4), analysis });
  registerInstallationEvents(app, deps.installations ?? null, logger);
  app.error(async (error) => {
    // The edge of last resort: listeners answer the person themselves; this only keeps a record.
    const original = (error as { original?: unknown }).original ?? error;
    logger.error({ err: original }, "unhandled error in a Slack listener");
  });

  return {
    app,
    client,
    analysis,
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
      await Promise.allSettled([...inFlight]);
      if (!deps.analysis) await analysis.close();
    },
    inFlight: () => inFlight.size,
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
