/**
 * The acceptance check, through the real command line: an order on "25 days after deposit" with the
 * balance before shipment, deposit paid 2026-12-01, gets its balance reminder posted in its thread by
 * `cli tick --now 2026-12-25T12:00:00Z`; two more ticks at the same instant, run together, post nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractDraft } from "../../src/core/extract/index.ts";
import { parseTranscript } from "../../src/core/parse/parse-transcript.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { runCliTick, depositThenBalanceChat as transcript } from "../helpers/cli-tick.ts";
import { type FakeSlackApi, startFakeSlackApi, testBotToken } from "../helpers/fake-slack-api.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { orderWithEvents, quietLogger } from "../jobs/fixtures.ts";

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

/** `cli tick ...args` as a separate process, quiet but for errors. */
const cliTick = (args: string[], env: Record<string, string | undefined>) =>
  runCliTick(args, { LOG_LEVEL: "error", ...env });

describe("cli tick", () => {
  it("posts the balance reminder in the order's thread once, however many ticks run at that instant", async () => {
    const draft = extractDraft(parseTranscript(transcript), { now: new Date("2026-11-20T12:00:00Z") });
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 25, date: null });
    expect(draft.payment).toMatchObject({ depositPercent: 30, balance: "before_shipment" });
    await orderWithEvents(store.db, {
      channelId: "C_SOURCING",
      threadTs: "1764500000.000200",
      draft,
      events: [
        ["confirmed", "2026-11-30"],
        ["deposit_paid", "2026-12-01"],
      ],
    });

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
    await orderWithEvents(store.db, {
      channelId: "C_LATER",
      threadTs: "1767000000.000300",
      draft,
      events: [
        ["confirmed", "2026-12-31"],
        ["deposit_paid", "2027-01-01"],
      ],
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
