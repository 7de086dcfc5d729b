/**
 * `npm start`: config -> store -> model -> Slack app -> jobs -> start. The mode comes from the
 * credentials present (../shared/contract.md "Running the bot"): Socket Mode, HTTP, or the local console.
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { configuredSecrets, loadConfig, runModeOf } from "./config.ts";
import { fixedClock, systemClock } from "./core/clock.ts";
import { userMessageOf } from "./errors.ts";
import { startJobs } from "./jobs/index.ts";
import { runReminderTick } from "./jobs/run-reminder-tick.ts";
import { createReminderSlackClient, reminderClientsFor } from "./jobs/slack-client.ts";
import { startTickControl } from "./jobs/tick-control.ts";
import { runLocal } from "./local/run-local.ts";
import { createLogger } from "./logger.ts";
import { createModelClient } from "./model/create-model-client.ts";
import { createSlackApp } from "./slack/app.ts";
import { installationsFromConfig } from "./slack/installations.ts";
import { openStore } from "./store/index.ts";

async function main(): Promise<void> {
  const config = loadConfig();
  const mode = runModeOf(config);
  // The local console owns the terminal: the log goes to a file beside the embedded database instead.
  const logFile = mode === "local" ? join(config.PGLITE_DIR, "orderproof.log") : undefined;
  if (logFile) mkdirSync(config.PGLITE_DIR, { recursive: true });
  const logger = createLogger({
    level: config.LOG_LEVEL,
    secrets: configuredSecrets(config),
    ...(logFile ? { destination: createWriteStream(logFile, { flags: "a" }) } : {}),
  });
  const clock = systemClock;
  const store = await openStore({ databaseUrl: config.DATABASE_URL, pgliteDir: config.PGLITE_DIR, logger });
  const model = createModelClient({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_S * 1000,
    logger,
  });

  if (mode === "local") {
    try {
      await runLocal(
        { config, store, model, clock, logger },
        { input: process.stdin, output: process.stdout, logFile },
      );
    } finally {
      await store.close();
    }
    return;
  }

  const installations =
    mode === "distribution" ? installationsFromConfig(config, store.db, logger) : undefined;
  const slack = await createSlackApp({ config, store, model, clock, logger, mode, installations });
  const tickDeps = {
    db: store.db,
    ...(installations
      ? { slackFor: reminderClientsFor({ ...installations, apiUrl: config.SLACK_API_URL }) }
      : {
          slack: createReminderSlackClient({ token: config.SLACK_BOT_TOKEN!, apiUrl: config.SLACK_API_URL }),
        }),
    logger,
  };
  const jobs = startJobs({
    config,
    ...tickDeps,
    clock,
    pasteRecovery: { config, store, model, clock, logger, slack: slack.client, analysis: slack.analysis },
  });
  // The embedded database is this process's alone: `cli tick` asks this process to run its pass.
  const control =
    store.driver === "pglite"
      ? await startTickControl({
          dir: config.PGLITE_DIR,
          runTick: (now) => runReminderTick({ ...tickDeps, clock: now ? fixedClock(now) : clock }),
        })
      : null;
  const { port } = await slack.start();
  logger.info(
    { mode, port, model: model ? config.OPENAI_MODEL : "rules only", driver: store.driver },
    "orderproof is running",
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // Work in flight gets SHUTDOWN_TIMEOUT_S; a process manager's SIGKILL must never be what stops the bot.
    // The step still waiting when the deadline passes is what gets cut, and the log line names it.
    let waitingFor = "Slack requests in flight";
    setTimeout(() => {
      logger.warn(
        { seconds: config.SHUTDOWN_TIMEOUT_S, cut: waitingFor, requestsInFlight: slack.inFlight() },
        "work still running at the deadline: exiting anyway",
      );
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_S * 1000).unref();
    // New requests stop first; then the acked work, the running tick, and last the database.
    await slack.stop().catch((error: unknown) => logger.warn({ err: error }, "stopping the Slack app"));
    waitingFor = "the reminder tick";
    await jobs.stop();
    waitingFor = "the tick control socket";
    await control?.stop();
    waitingFor = "closing the database";
    await store.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`orderproof could not start: ${userMessageOf(error)}\n`);
  if (error instanceof Error && error.cause)
    process.stderr.write(`cause: ${String((error.cause as Error).message ?? error.cause)}\n`);
  process.exitCode = 1;
});
