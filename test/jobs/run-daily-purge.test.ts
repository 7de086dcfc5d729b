/** The daily purge the cron table runs: a channel's transcript retention is applied, old request keys go. */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transcripts } from "../../db/schema.ts";
import { fixedClock } from "../../src/core/clock.ts";
import { runDailyPurge } from "../../src/jobs/run-daily-purge.ts";
import { silentLogger } from "../../src/logger.ts";
import {
  claimRequestKey,
  getTranscript,
  saveTranscript,
  updateChannelSettings,
} from "../../src/store/index.ts";
import { openTestStore, type TestStore } from "../helpers/store.ts";

let store: TestStore;
beforeAll(async () => {
  store = await openTestStore("pglite");
});
afterAll(async () => {
  await store?.dispose();
});

describe("runDailyPurge", () => {
  it("applies each channel's transcript retention and forgets request keys older than two days", async () => {
    await updateChannelSettings(store.db, {
      workspaceId: "TP",
      channelId: "CP",
      settings: { transcriptRetentionDays: 7 },
    });
    const old = await saveTranscript(store.db, {
      workspaceId: "TP",
      channelId: "CP",
      userId: "U1",
      source: "slash_command",
      text: "old chat",
    });
    await store.db
      .update(transcripts)
      .set({ createdAt: sql`now() - interval '10 days'` })
      .where(eq(transcripts.id, old.id));
    expect(await claimRequestKey(store.db, { key: "command:TP:1", kind: "command" })).toBe(true);

    const inThreeDays = fixedClock(new Date(Date.now() + 3 * 86_400_000));
    const result = await runDailyPurge({ db: store.db, clock: inThreeDays, logger: silentLogger() });
    expect(result).toEqual({ transcripts: 1, requests: 1 });
    expect((await getTranscript(store.db, { id: old.id }))?.rawText).toBeNull();
    // The key was forgotten, so the same key is new again.
    expect(await claimRequestKey(store.db, { key: "command:TP:1", kind: "command" })).toBe(true);
  });
});
