/**
 * Local mode (`npm start` with no Slack credentials): the real Bolt app in HTTP mode on a loopback port
 * with a signing secret made up for this run, a local Slack Web API, and a console that plays a channel.
 * Everything the person types goes through the same receiver, signature check and listeners as in Slack.
 */
import { randomBytes } from "node:crypto";
import type { Config } from "../config.ts";
import { type Clock, fixedClock, settableClock } from "../core/clock.ts";
import { startJobs } from "../jobs/index.ts";
import { runReminderTick } from "../jobs/run-reminder-tick.ts";
import { createReminderSlackClient } from "../jobs/slack-client.ts";
import { startTickControl } from "../jobs/tick-control.ts";
import type { Logger } from "../logger.ts";
import type { ModelClient } from "../model/create-model-client.ts";
import { createSlackApp, type SlackApp } from "../slack/app.ts";
import { getChannelSettings, type Store } from "../store/index.ts";
import { type LocalChannel, runConsole } from "./local-console.ts";
import { type LocalSlackServer, startLocalSlackServer } from "./local-slack-server.ts";

export type LocalDeps = {
  config: Config;
  store: Store;
  model: ModelClient | null;
  clock: Clock;
  logger: Logger;
};

export const localChannel: LocalChannel = {
  teamId: "T0LOCAL",
  channelId: "C0LOCAL",
  channelName: "sourcing",
  userId: "U0YOU",
  userName: "you",
};

/** Start the local Slack API and the app wired to it; `stop` closes both. */
export async function startLocalSlack(deps: LocalDeps): Promise<{
  app: SlackApp;
  server: LocalSlackServer;
  appUrl: string;
  signingSecret: string;
  botToken: string;
  stop(): Promise<void>;
}> {
  const botToken = `xoxb-local-${randomBytes(12).toString("hex")}`;
  const signingSecret = randomBytes(16).toString("hex");
  const server = await startLocalSlackServer({
    botToken,
    teamId: localChannel.teamId,
    botUserId: "U0BOT",
    botId: "B0BOT",
  });
  const config: Config = {
    ...deps.config,
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_APP_TOKEN: undefined,
    SLACK_API_URL: server.apiUrl,
  };
  const app = await createSlackApp({
    ...deps,
    config,
    mode: "http",
    botIdentity: { botId: "B0BOT", botUserId: "U0BOT" },
  });
  const { port } = await app.start({ port: 0, host: "127.0.0.1" });
  return {
    app,
    server,
    appUrl: `http://127.0.0.1:${port}/slack/events`,
    signingSecret,
    botToken,
    async stop() {
      await app.stop();
      await server.close();
    },
  };
}

/** Run local mode on the given streams until the input ends. */
export async function runLocal(
  given: LocalDeps,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; logFile?: string },
): Promise<void> {
  // One clock for everything local mode does: `tick DATE` moves it, and Snooze, Done, the lifecycle
  // commands and the cron all read it.
  const clock = settableClock(given.clock);
  const deps = { ...given, clock };
  const local = await startLocalSlack(deps);
  // Reminders work locally as in Slack: the in-process cron posts what falls due, and the console's
  // `tick DATE` runs one pass as of another day, so a newcomer can see the balance reminder arrive.
  const tickDeps = {
    db: deps.store.db,
    slack: createReminderSlackClient({ token: local.botToken, apiUrl: local.server.apiUrl }),
    logger: deps.logger,
  };
  const jobs = startJobs({ config: deps.config, ...tickDeps, clock: deps.clock });
  const tick = (at?: Date) => runReminderTick({ ...tickDeps, clock: at ? fixedClock(at) : clock });
  const control =
    deps.store.driver === "pglite"
      ? await startTickControl({ dir: deps.config.PGLITE_DIR, runTick: tick })
      : null;
  try {
    await runConsole({
      appUrl: local.appUrl,
      signingSecret: local.signingSecret,
      server: local.server,
      channel: localChannel,
      clock,
      timeZone: async () =>
        (
          await getChannelSettings(deps.store.db, {
            workspaceId: localChannel.teamId,
            channelId: localChannel.channelId,
          })
        ).timeZone,
      tick: () => tick(),
      exportsDir: deps.config.EXPORTS_DIR,
      ...io,
    });
  } finally {
    await jobs.stop();
    await control?.stop();
    await local.stop();
  }
}
