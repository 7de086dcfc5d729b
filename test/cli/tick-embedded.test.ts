/**
 * The acceptance check on the embedded database: the bot holds the PGlite folder, so `cli tick` (with no
 * DATABASE_URL) asks it to run the pass; the balance reminder is posted once, and two more ticks run
 * together at the same instant post nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { extractDraft } from "../../src/core/extract/index.ts";
import { parseTranscript } from "../../src/core/parse/parse-transcript.ts";
import { runReminderTick } from "../../src/jobs/run-reminder-tick.ts";
import { startTickControl } from "../../src/jobs/tick-control.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { tickJson } from "../helpers/cli-tick.ts";
import { type FakeSlackApi, reminderClientFor, startFakeSlackApi } from "../helpers/fake-slack-api.ts";
import { orderWithEvents, quietLogger } from "../jobs/fixtures.ts";

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
  const slack = reminderClientFor(slackApi.origin);
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

/** `cli tick --json` with no DATABASE_URL, on the bot's folder. */
const cliTick = (args: string[]) => tickJson(args, { DATABASE_URL: "", PGLITE_DIR: dir, LOG_LEVEL: "error" });

describe("cli tick on the embedded database held by the bot", () => {
  it("has the bot post the due balance reminder once, however many ticks run at that instant", async () => {
    const draft = extractDraft(parseTranscript(transcript), { now: new Date("2026-11-20T12:00:00Z") });
    await orderWithEvents(store.db, {
      channelId: "C_SOURCING",
      threadTs: "1764500000.000300",
      draft,
      events: [["deposit_paid", "2026-12-01"]],
    });

    expect(await cliTick(["--now", "2026-12-25T12:00:00Z"])).toEqual({ posted: 2, failed: 0 });
    const posts = slackApi.accepted("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.thread_ts).toBe("1764500000.000300");
    expect(String(posts[0]?.args.text)).toMatch(/balance/);

    const again = await Promise.all([
      cliTick(["--now", "2026-12-25T12:00:00Z"]),
      cliTick(["--now", "2026-12-25T12:00:00Z"]),
    ]);
    expect(again).toEqual([
      { posted: 0, failed: 0 },
      { posted: 0, failed: 0 },
    ]);
    expect(slackApi.accepted("chat.postMessage")).toHaveLength(1);
  });
});
