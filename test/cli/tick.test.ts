/**
 * The acceptance check, through the real command line: an order on "25 days after deposit" with the
 * balance before shipment, deposit paid 2026-12-01, gets its balance reminder posted in its thread by
 * `cli tick --now 2026-12-25T12:00:00Z`; two more ticks at the same instant, run together, post nothing.
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDraft } from "../../src/core/extract/index.ts";
import { parseTranscript } from "../../src/core/parse/parse-transcript.ts";
import { planReminders } from "../../src/core/timeline/plan-reminders.ts";
import {
  applyLifecycleEvent,
  createOrder,
  openStore,
  type Store,
  setOrderThread,
} from "../../src/store/index.ts";
import { type FakeSlackApi, startFakeSlackApi, testBotToken } from "../helpers/fake-slack-api.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { quietLogger } from "../jobs/fixtures.ts";

const run = promisify(execFile);

/** The negotiation the order is extracted from: 30% deposit, balance before shipment, 25 days after deposit. */
const transcript = [
  "[2026-11-20 10:02] Buyer: Hi, we need 1000 pcs of the 7 inch kids tablet, black.",
  "[2026-11-20 10:05] Supplier (Ningbo Example Trading Co., Ltd.): Price is 38.5 USD per piece FOB Ningbo.",
  "[2026-11-20 10:07] Buyer: ok 38.5 usd final price. Payment terms?",
  "[2026-11-20 10:09] Supplier: 30% deposit, balance before shipment.",
  "[2026-11-20 10:11] Buyer: Delivery time?",
  "[2026-11-20 10:12] Supplier: 25 days after deposit.",
  "[2026-11-20 10:15] Buyer: Deal, we place the order.",
].join("\n");
const root = fileURLToPath(new URL("../../", import.meta.url));

let database: TestDatabase;
let store: Store;
let slackApi: FakeSlackApi;

beforeAll(async () => {
  database = await createTestDatabase("op_cli_tick");
  store = await openStore({ databaseUrl: database.url, logger: quietLogger });
  slackApi = await startFakeSlackApi();
});
afterAll(async () => {
  await store.close();
  await database.drop();
  await slackApi.close();
});

/** Runs `npm run --silent cli -- tick ...` as a separate process; resolves with its exit status and output. */
async function cliTick(args: string[], env: Record<string, string | undefined>) {
  try {
    const { stdout, stderr } = await run("node", ["scripts/run.mjs", "cli", "tick", ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "error", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("cli tick", () => {
  it("posts the balance reminder in the order's thread once, however many ticks run at that instant", async () => {
    const draft = extractDraft(parseTranscript(transcript), { now: new Date("2026-11-20T12:00:00Z") });
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 25, date: null });
    expect(draft.payment).toMatchObject({ depositPercent: 30, balance: "before_shipment" });
    const order = await createOrder(store.db, {
      workspaceId: "T1",
      channelId: "C_SOURCING",
      transcriptId: null,
      createdBy: "U1",
      draft,
      findings: [],
    });
    await setOrderThread(store.db, { orderId: order.id, threadTs: "1764500000.000200" });
    for (const [kind, occurredOn] of [
      ["confirmed", "2026-11-30"],
      ["deposit_paid", "2026-12-01"],
    ] as const) {
      await applyLifecycleEvent(store.db, {
        orderId: order.id,
        kind,
        occurredOn,
        actor: "U1",
        source: "test",
        planReminders,
      });
    }

    const env = { DATABASE_URL: database.url, SLACK_BOT_TOKEN: testBotToken, SLACK_API_URL: slackApi.origin };
    const first = await cliTick(["--now", "2026-12-25T12:00:00Z", "--json"], env);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    // Both balance reminders (7 and 2 days before the 26th) were due: one message carries them.
    expect(JSON.parse(first.stdout)).toEqual({ posted: 2, failed: 0 });
    const posts = slackApi.accepted("chat.postMessage");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe("C_SOURCING");
    expect(posts[0]?.args.thread_ts).toBe("1764500000.000200");
    expect(String(posts[0]?.args.text)).toMatch(
      /PO-1 ships by Sat 26 Dec 2026 and the 70% balance \(USD 26,950.00 = 70% of USD 38,500.00; order total USD 38,500.00\) is due/,
    );

    const again = await Promise.all([
      cliTick(["--now", "2026-12-25T12:00:00Z", "--json"], env),
      cliTick(["--now", "2026-12-25T12:00:00Z", "--json"], env),
    ]);
    expect(again.map((result) => JSON.parse(result.stdout))).toEqual([
      { posted: 0, failed: 0 },
      { posted: 0, failed: 0 },
    ]);
    expect(slackApi.accepted("chat.postMessage")).toHaveLength(1);
  });

  it("says in one line that a token is needed when something is due and none is set", async () => {
    const env = { DATABASE_URL: database.url, SLACK_BOT_TOKEN: "", SLACK_API_URL: slackApi.origin };
    const due = await cliTick(["--now", "2026-12-28T12:00:00Z"], env);
    expect(due.code).toBe(1);
    expect(due.stderr.trim().split("\n")).toEqual([
      "error: 1 reminder is due but SLACK_BOT_TOKEN is not set: set it to post them.",
    ]);
    const quiet = await cliTick(["--now", "2026-12-26T12:00:00Z", "--json"], env);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout)).toEqual({ posted: 0, failed: 0 });
  });

  it("reads a bare --now date as the end of that day (UTC), so that day's 09:00 reminder is posted, and says so in a sentence without --json", async () => {
    const draft = extractDraft(parseTranscript(transcript), { now: new Date("2026-12-20T12:00:00Z") });
    const order = await createOrder(store.db, {
      workspaceId: "T1",
      channelId: "C_LATER",
      transcriptId: null,
      createdBy: "U1",
      draft,
      findings: [],
    });
    await setOrderThread(store.db, { orderId: order.id, threadTs: "1767000000.000300" });
    for (const [kind, occurredOn] of [
      ["confirmed", "2026-12-31"],
      ["deposit_paid", "2027-01-01"],
    ] as const)
      await applyLifecycleEvent(store.db, {
        orderId: order.id,
        kind,
        occurredOn,
        actor: "U1",
        source: "test",
        planReminders,
      });
    // Ships by 2027-01-26: the 7-day balance reminder is due 2027-01-19 at 09:00 UTC.
    const env = { DATABASE_URL: database.url, SLACK_BOT_TOKEN: testBotToken, SLACK_API_URL: slackApi.origin };
    const result = await cliTick(["--now", "2027-01-19"], env);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /^Reminder pass as of 2027-01-19 23:59 UTC \(the end of that day\): \d+ posted, 0 failed\.\n$/,
    );
    const posts = slackApi.accepted("chat.postMessage").filter((post) => post.args.channel === "C_LATER");
    expect(posts).toHaveLength(1);
  });

  it("refuses a --now day that does not exist, as /order does", async () => {
    const result = await cliTick(["--now", "2026-02-30", "--json"], { DATABASE_URL: database.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: --now "2026-02-30" is not a date that exists: use 2026-12-25 or 2026-12-25T12:00:00Z.\n',
    );
  });
});
