/**
 * The cron table: what runs in-process on a schedule. Due times live in the database, so a run
 * missed while the process was down (or skipped by a DST change) is simply caught up by the next one.
 * @see ../shared/design.md "Platform facts": node-cron 4 never replays missed runs
 */
import cron from "node-cron";
import type { Config } from "../config.ts";
import { type PasteRecoveryDeps, runPasteRecovery } from "./recover-pastes.ts";
import { runDailyPurge } from "./run-daily-purge.ts";
import { type ReminderTickDeps, runReminderTick } from "./run-reminder-tick.ts";

/** The purge runs once a day, at a quiet hour (UTC). */
const purgeCron = "17 3 * * *";

export type JobsDeps = ReminderTickDeps & {
  config: Pick<Config, "TICK_CRON">;
  /** What drafting a stranded paste needs (the app's services); no recovery job without it. */
  pasteRecovery?: PasteRecoveryDeps;
};

/** Starts the scheduled jobs; `stop()` stops them and waits for a pass already running to finish. */
export function startJobs(deps: JobsDeps): { stop(): Promise<void> } {
  const { config, pasteRecovery, ...tickDeps } = deps;
  let running: Promise<void> | null = null;
  const pass = async () => {
    try {
      await runReminderTick(tickDeps);
    } catch (error) {
      // The next run retries; nothing is lost, the rows stay due.
      deps.logger.error({ err: error }, "reminder tick failed");
    }
  };
  const task = cron.schedule(
    config.TICK_CRON,
    async () => {
      running = pass();
      await running;
      running = null;
    },
    { noOverlap: true, name: "reminder-tick", timezone: "UTC" },
  );
  // Pastes left without an order (Slack down when the card was due) are drafted on the same schedule.
  const recovery = pasteRecovery
    ? cron.schedule(
        config.TICK_CRON,
        async () => {
          try {
            await runPasteRecovery(pasteRecovery);
          } catch (error) {
            // The pastes stay stored and unsettled: the next run takes them again.
            deps.logger.error({ err: error }, "paste recovery failed");
          }
        },
        { noOverlap: true, name: "paste-recovery", timezone: "UTC" },
      )
    : null;
  const purge = cron.schedule(
    purgeCron,
    async () => {
      try {
        await runDailyPurge(tickDeps);
      } catch (error) {
        // Tomorrow's run purges what today's could not.
        deps.logger.error({ err: error }, "daily purge failed");
      }
    },
    { noOverlap: true, name: "daily-purge", timezone: "UTC" },
  );
  return {
    async stop() {
      for (const scheduled of [task, recovery, purge]) {
        if (!scheduled) continue;
        await scheduled.stop();
        await scheduled.destroy();
      }
      await running;
    },
  };
}
