/**
 * `tick [--now ISO] [--json]`: one reminder pass for an external scheduler or an operator. Posts
 * every due reminder to Slack (SLACK_BOT_TOKEN, SLACK_API_URL) and says what it posted in a sentence, or
 * with --json prints { "posted": N, "failed": N }.
 * @see ../shared/contract.md "Commands"
 */

import { runModeOf } from "../config.ts";
import { fixedClock } from "../core/clock.ts";
import { endOfDayIn, formatInstantIn } from "../core/dates.ts";
import { AppError } from "../errors.ts";
import { runReminderTick } from "../jobs/run-reminder-tick.ts";
import { createReminderSlackClient, reminderClientsFor } from "../jobs/slack-client.ts";
import { requestTickFromHolder } from "../jobs/tick-control.ts";
import { installationsFromConfig } from "../slack/installations.ts";
import { openStore } from "../store/open-store.ts";
import { countDueReminders } from "../store/reminders-claim.ts";
import type { CliCommand } from "./command.ts";

/** Reminders post at 09:00 in each channel's zone, so a bare date means the whole of that day (in UTC). */
const bareDayZone = "UTC";

export const command: CliCommand = {
  usage: "tick [--now ISO] [--json]",
  summary:
    "post every reminder due now (or at --now; a bare date is the end of that day, UTC) and say what was posted",
  async run({ config, clock: given, logger, stdout, nowGiven, nowDay, flags }) {
    const clock = nowDay ? fixedClock(endOfDayIn(nowDay, bareDayZone)) : given;
    const report = (result: { posted: number; failed: number }) =>
      stdout.write(
        flags.json
          ? `${JSON.stringify(result)}\n`
          : `Reminder pass as of ${formatInstantIn(clock.now(), bareDayZone)}${nowDay ? " (the end of that day)" : ""}: ${result.posted} posted, ${result.failed} failed.\n`,
      );
    // On the embedded database, a running bot holds the folder: it runs the pass for us.
    if (!config.DATABASE_URL) {
      const delegated = await requestTickFromHolder(config.PGLITE_DIR, nowGiven ? clock.now() : undefined);
      if (delegated) {
        report(delegated);
        return 0;
      }
    }
    const store = await openStore({
      databaseUrl: config.DATABASE_URL,
      pgliteDir: config.PGLITE_DIR,
      logger,
    });
    try {
      let result = { posted: 0, failed: 0 };
      if (runModeOf(config) === "distribution") {
        // Many workspaces: each reminder goes out with its own installation's token, refreshed when due.
        const installations = installationsFromConfig(config, store.db, logger);
        const slackFor = reminderClientsFor({ ...installations, apiUrl: config.SLACK_API_URL });
        result = await runReminderTick({ db: store.db, slackFor, clock, logger });
      } else if (!config.SLACK_BOT_TOKEN) {
        const due = await countDueReminders(store.db, { now: clock.now() });
        if (due > 0)
          throw new AppError(
            "config_invalid",
            `${due} reminder${due === 1 ? " is" : "s are"} due but SLACK_BOT_TOKEN is not set: set it to post them.`,
          );
      } else {
        const slack = createReminderSlackClient({
          token: config.SLACK_BOT_TOKEN,
          apiUrl: config.SLACK_API_URL,
        });
        result = await runReminderTick({ db: store.db, slack, clock, logger });
      }
      report(result);
      return 0;
    } finally {
      await store.close();
    }
  },
};
