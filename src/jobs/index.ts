/**
 * The cron table: what runs in-process on a schedule. Due times live in the database, so a run
 * missed while the process was down (or skipped by a DST change) is simply caught up by the next one.
 * @see ../shared/design.md "Platform facts": node-cron 4 never replays missed runs
 */
import cron from "node-cron";
import type { Config } from "../config.ts";
import { runDailyPurge } from "./run-daily-purge.ts";
import { type ReminderTickDeps, runReminderTick } from "./run-reminder-tick.ts";

/** The purge runs once a day, at a quiet hour (UTC). */
const purgeCron = "17 3 * * *";

export type JobsDeps = ReminderTickDeps & { config: Pick<Config, "TICK_CRON"> };

/** Starts the scheduled jobs; `stop()` stops them (a pass already running finishes on its own). */
export function startJobs(deps: JobsDeps): { stop(): Promise<void> } {
  const { config, ...tickDeps } = deps;
  const task = cron.schedule(
    config.TICK_CRON,
    async () => {
      try {
        await runReminderTick(tickDeps);
      } catch (error) {
        // The next run retries; nothing is lost, the rows stay due.
        deps.logger.error({ err: error }, "reminder tick failed");
      }
    },
    { noOverlap: true, name: "reminder-tick", timezone: "UTC" },
  );
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
      for (const job of [task, purge]) {
        await job.stop();
        await job.destroy();
      }
    },
  };
}
