/**
 * Pastes stored while Slack answered 500: the recovery job drafts them once Slack is back, and tells the
 * channel once when it gives up. Real store (PGlite), real WebClient against the fake Slack Web API.
 */
import { WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { fixedClock } from "../../src/core/clock.ts";
import { startJobs } from "../../src/jobs/index.ts";
import { runPasteRecovery } from "../../src/jobs/recover-pastes.ts";
import { silentLogger } from "../../src/logger.ts";
import { slackDrawing } from "../../src/slack/drawing.ts";
import { getTranscript, listOrders, saveTranscript } from "../../src/store/index.ts";
import { type FakeSlackApi, startFakeSlackApi, testBotToken } from "../helpers/fake-slack-api.ts";
import { openTestStore, type TestStore } from "../helpers/store.ts";
import { sampleTranscript } from "../slack/harness.ts";

let store: TestStore;
let slackApi: FakeSlackApi;
let slack: WebClient;
beforeAll(async () => {
  store = await openTestStore("pglite");
  slackApi = await startFakeSlackApi();
  slack = new WebClient(testBotToken, { slackApiUrl: slackApi.url, retryConfig: { retries: 0 } });
});
afterAll(async () => {
  await store.dispose();
  await slackApi.close();
});

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

function recover(at: Date) {
  return runPasteRecovery({
    config: loadConfig({ LOG_LEVEL: "silent" }),
    store,
    model: null,
    clock: fixedClock(at),
    logger: silentLogger(),
    slack,
    draw: slackDrawing,
  });
}

/** A paste stored by /order new whose card never reached Slack. */
async function strandedPaste(channelId: string) {
  return saveTranscript(store.db, {
    workspaceId: "T1",
    channelId,
    userId: "U_BUYER",
    source: "slash_command",
    text: sampleTranscript,
  });
}

const postsTo = (channelId: string) =>
  slackApi.accepted("chat.postMessage").filter((call) => call.args.channel === channelId);

describe("runPasteRecovery", () => {
  it("waits out the grace period, retries while Slack answers 500, then drafts the order and posts the card", async () => {
    const paste = await strandedPaste("CDOWN");
    expect(await recover(minutes(1))).toEqual({ drafted: 0, failed: 0, gaveUp: 0 });

    slackApi.script("chat.postMessage", { status: 500 }, 2);
    expect(await recover(minutes(11))).toMatchObject({ failed: 1 });
    // backing off: not tried again a moment later
    expect(await recover(minutes(11.5))).toEqual({ drafted: 0, failed: 0, gaveUp: 0 });
    expect(await recover(minutes(13))).toMatchObject({ failed: 1 });
    expect(await listOrders(store.db, { workspaceId: "T1", channelId: "CDOWN" })).toEqual([]);

    // Slack is back
    expect(await recover(minutes(20))).toEqual({ drafted: 1, failed: 0, gaveUp: 0 });
    const [order] = await listOrders(store.db, { workspaceId: "T1", channelId: "CDOWN" });
    expect(order?.transcriptId).toBe(paste.id);
    expect(order?.threadTs).toBe(postsTo("CDOWN")[0]?.reply?.ts);
    const card = slackApi.accepted("chat.update").find((call) => call.args.channel === "CDOWN");
    expect(String(card?.args.text)).toMatch(/^PO-\d+/);

    // drafted once: later runs leave it alone
    expect(await recover(minutes(200))).toEqual({ drafted: 0, failed: 0, gaveUp: 0 });
    expect(await listOrders(store.db, { workspaceId: "T1", channelId: "CDOWN" })).toHaveLength(1);
  });

  it("tells the person in the channel once that it gave up, after the last attempt", async () => {
    const paste = await strandedPaste("CGONE");
    slackApi.script("chat.postMessage", { status: 500 }, 5);
    let at = 11;
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await recover(minutes(at))).toMatchObject({ failed: 1, gaveUp: 0 });
      at += 2 ** attempt + 1;
    }
    expect(await recover(minutes(at))).toEqual({ drafted: 0, failed: 0, gaveUp: 1 });
    const told = postsTo("CGONE");
    expect(told).toHaveLength(1);
    expect(String(told[0]?.args.text)).toContain("<@U_BUYER>");
    expect(String(told[0]?.args.text)).toContain(paste.id.slice(0, 8));
    expect(String(told[0]?.args.text)).toContain("/order new");
    expect((await getTranscript(store.db, { id: paste.id }))?.settledAt).not.toBeNull();

    expect(await recover(minutes(at + 500))).toEqual({ drafted: 0, failed: 0, gaveUp: 0 });
    expect(postsTo("CGONE")).toHaveLength(1);
    expect(await listOrders(store.db, { workspaceId: "T1", channelId: "CGONE" })).toEqual([]);
  });
});

describe("the cron table", () => {
  it("runs the recovery job on the tick's schedule", async () => {
    const paste = await strandedPaste("CCRON");
    const clock = fixedClock(minutes(30));
    const config = loadConfig({ LOG_LEVEL: "silent", TICK_CRON: "* * * * * *" });
    const jobs = startJobs({
      config,
      db: store.db,
      slack,
      clock,
      logger: silentLogger(),
      pasteRecovery: { config, store, model: null, clock, logger: silentLogger(), slack, draw: slackDrawing },
    });
    try {
      let orders = await listOrders(store.db, { workspaceId: "T1", channelId: "CCRON" });
      for (let i = 0; i < 100 && orders.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        orders = await listOrders(store.db, { workspaceId: "T1", channelId: "CCRON" });
      }
      expect(orders.map((order) => order.transcriptId)).toEqual([paste.id]);
    } finally {
      await jobs.stop();
    }
  });
});
