/**
 * The installation store on both drivers: workspace and Enterprise Grid org installs stored sealed,
 * fetched and deleted; a token near expiry refreshed exactly once when two replicas ask at the same time;
 * a tick for an uninstalled workspace skips its reminders with a log line and pauses them.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { runReminderTick } from "../../src/jobs/run-reminder-tick.ts";
import { reminderClientsFor } from "../../src/jobs/slack-client.ts";
import { silentLogger } from "../../src/logger.ts";
import { createInstallations, type Installations } from "../../src/slack/installations.ts";
import { countDueReminders } from "../../src/store/reminders-claim.ts";
import { createTokenCipher } from "../../src/store/token-cipher.ts";
import { captureLogs } from "../helpers/capture-logs.ts";
import {
  clientId,
  clientSecret,
  type FakeSlackWorkspaces,
  installationOf,
  startFakeSlackWorkspaces,
} from "../helpers/fake-slack-workspaces.ts";
import { drivers, openTestStore, type TestStore } from "../helpers/store.ts";
import { orderWithEvents } from "../jobs/fixtures.ts";

const key = randomBytes(32);

describe.each(drivers)("installations on %s", (driver) => {
  let store: TestStore;
  let slack: FakeSlackWorkspaces;
  const replica = (): Installations =>
    createInstallations({
      db: store.db,
      cipher: createTokenCipher(key),
      clientId,
      clientSecret,
      apiUrl: slack.origin,
      logger: silentLogger(),
    });

  beforeAll(async () => {
    store = await openTestStore(driver);
    slack = await startFakeSlackWorkspaces();
  });
  afterAll(async () => {
    await slack.close();
    await store.dispose();
  });

  it("stores, fetches and deletes workspace and org installs, sealed", async () => {
    const installations = replica();
    const far = Math.floor(Date.now() / 1000) + 12 * 3600;
    const team = await installationOf(slack, { teamId: "T0ONE", expiresAt: far });
    const org = await installationOf(slack, { enterpriseId: "E0ORG", expiresAt: far });
    await installations.store.storeInstallation(team);
    await installations.store.storeInstallation(org);
    const fetchedTeam = await installations.store.fetchInstallation({
      teamId: "T0ONE",
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(fetchedTeam.bot?.token).toBe(team.bot?.token);
    const fetchedOrg = await installations.store.fetchInstallation({
      teamId: "T0MEMBER",
      enterpriseId: "E0ORG",
      isEnterpriseInstall: true,
    });
    expect(fetchedOrg.bot?.token).toBe(org.bot?.token);
    const rows = (await store.db.execute("select sealed from installations")) as unknown;
    expect(JSON.stringify(rows)).not.toContain(team.bot?.token);
    expect(JSON.stringify(rows)).not.toContain(team.bot?.refreshToken);

    await installations.store.deleteInstallation?.({
      teamId: "T0ONE",
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    await expect(
      installations.store.fetchInstallation({
        teamId: "T0ONE",
        enterpriseId: undefined,
        isEnterpriseInstall: false,
      }),
    ).rejects.toThrow(/No installation/);
    expect(await installations.botTokenForWorkspace("T0ONE", new Date())).toBeNull();
  });

  it("refreshes a token near expiry once when two replicas ask together; both get the new token", async () => {
    const soon = Math.floor(Date.now() / 1000) + 600;
    const team = await installationOf(slack, { teamId: "T0ROT", expiresAt: soon });
    await replica().store.storeInstallation(team);
    const before = slack
      .callsOf("oauth.v2.access")
      .filter((call) => call.body.grant_type === "refresh_token").length;
    const [one, two] = await Promise.all([
      replica().botTokenForWorkspace("T0ROT", new Date()),
      replica().botTokenForWorkspace("T0ROT", new Date()),
    ]);
    const refreshes = slack
      .callsOf("oauth.v2.access")
      .filter((call) => call.body.grant_type === "refresh_token");
    expect(refreshes.length - before).toBe(1);
    const newest = slack.tokensOf("T0ROT").at(-1);
    expect(newest).not.toBe(team.bot?.token);
    expect(one).toBe(newest);
    expect(two).toBe(newest);
    // The next lookup finds a fresh token and refreshes nothing.
    expect(await replica().botTokenForWorkspace("T0ROT", new Date())).toBe(newest);
    expect(
      slack.callsOf("oauth.v2.access").filter((call) => call.body.grant_type === "refresh_token"),
    ).toHaveLength(refreshes.length);
  });

  it("skips the reminders of a workspace with no installation, with a log line, and never retries them", async () => {
    await orderWithEvents(store.db, { events: [["deposit_paid", "2026-12-01"]] });
    const now = new Date("2026-12-25T12:00:00Z");
    expect(await countDueReminders(store.db, { now })).toBeGreaterThan(0);
    const logs = captureLogs("warn");
    const slackFor = reminderClientsFor({ ...replica(), apiUrl: slack.origin });
    const result = await runReminderTick({
      db: store.db,
      slackFor,
      clock: fixedClock(now),
      logger: logs.logger,
    });
    expect(result).toEqual({ posted: 0, failed: 0 });
    expect(JSON.stringify(logs.lines)).toContain("no installation for this workspace");
    // Paused: the next passes claim nothing, however late.
    expect(await countDueReminders(store.db, { now: new Date("2027-02-01T00:00:00Z") })).toBe(0);
    const later = await runReminderTick({
      db: store.db,
      slackFor,
      clock: fixedClock(new Date("2027-02-01")),
      logger: logs.logger,
    });
    expect(later).toEqual({ posted: 0, failed: 0 });
    expect(slack.callsOf("chat.postMessage")).toHaveLength(0);
  });
});
