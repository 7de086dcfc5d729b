/**
 * The acceptance check on the embedded database: the bot holds the PGlite folder, so `cli tick` (with no
 * DATABASE_URL) asks it to run the pass; the balance reminder is posted once, and two more ticks run
 * together at the same instant post nothing.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { extractDraft } from "../../src/core/extract/index.ts";
import { parseTranscript } from "../../src/core/parse/parse-transcript.ts";
import { planReminders } from "../../src/core/timeline/plan-reminders.ts";
import { runReminderTick } from "../../src/jobs/run-reminder-tick.ts";
import { createReminderSlackClient } from "../../src/jobs/slack-client.ts";
import { startTickControl } from "../../src/jobs/tick-control.ts";
import {
  applyLifecycleEvent,
  createOrder,
  openStore,
  type Store,
  setOrderThread,
} from "../../src/store/index.ts";
import { type FakeSlackApi, startFakeSlackApi, testBotToken } from "../helpers/fake-slack-api.ts";
import { quietLogger } from "../jobs/fixtures.ts";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const transcript = [
  "Supplier: Ningbo Example Trading Co., Ltd. 7 inch kids tablet, 38.5 USD per piece FOB Ningbo.",
  "Me: 1000 pcs at 38.5 usd, ok. Payment terms?",
  "Supplier: 30% deposit, balance before shipment. 25 days after deposit.",
  "Me: Deal, we place the order.",
].join("\n");

let dir: string;
let store: Store;
let slackApi: FakeSlackApi;
let control: { stop(): Promise<void> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "orderproof-tick-"));
  store = await openStore({ pgliteDir: dir, logger: quietLogger });
  slackApi = await startFakeSlackApi();
  const slack = createReminderSlackClient({ token: testBotToken, apiUrl: slackApi.origin });
  control = await startTickControl({
    dir,
    runTick: (now) =>
      runReminderTick({ db: store.db, slack, logger: quietLogger, clock: fixedClock(now ?? new Date()) }),
  });
});
afterAll(async () => {
  await control.stop();
  await store.close();
  await slackApi.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cliTick(args: string[]) {
  const { stdout } = await run("node", ["scripts/run.mjs", "cli", "tick", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dir, LOG_LEVEL: "error" },
  });
  return JSON.parse(stdout) as { posted: number; failed: number };
}

describe("cli tick on the embedded database held by the bot", () => {
  it("has the bot post the due balance reminder once, however many ticks run at that instant", async () => {
    const draft = extractDraft(parseTranscript(transcript), { now: new Date("2026-11-20T12:00:00Z") });
    const order = await createOrder(store.db, {
      workspaceId: "T1",
      channelId: "C_SOURCING",
      transcriptId: null,
      createdBy: "U1",
      draft,
      findings: [],
    });
    await setOrderThread(store.db, { orderId: order.id, threadTs: "1764500000.000300" });
    await applyLifecycleEvent(store.db, {
      orderId: order.id,
      kind: "deposit_paid",
      occurredOn: "2026-12-01",
      actor: "U1",
      source: "/order paid PO-1 deposit 2026-12-01",
      planReminders,
    });

    expect(await cliTick(["--now", "2026-12-25T12:00:00Z", "--json"])).toEqual({ posted: 2, failed: 0 });
    const posts = slackApi.accepted("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.thread_ts).toBe("1764500000.000300");
    expect(String(posts[0]?.args.text)).toMatch(/balance/);

    const again = await Promise.all([
      cliTick(["--now", "2026-12-25T12:00:00Z", "--json"]),
      cliTick(["--now", "2026-12-25T12:00:00Z", "--json"]),
    ]);
    expect(again).toEqual([
      { posted: 0, failed: 0 },
      { posted: 0, failed: 0 },
    ]);
    expect(slackApi.accepted("chat.postMessage")).toHaveLength(1);
  });
});
