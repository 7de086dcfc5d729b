import { WebClient } from "@slack/web-api";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reminders } from "../../db/schema.ts";
import { fixedClock } from "../../src/core/clock.ts";
import { runReminderTick } from "../../src/jobs/run-reminder-tick.ts";
import { createReminderSlackClient } from "../../src/jobs/slack-client.ts";
import {
  type FakeSlackApi,
  reminderClientFor,
  startFakeSlackApi,
  testBotToken,
} from "../helpers/fake-slack-api.ts";
import { listReminders, openTestStore, type TestStore } from "../helpers/store.ts";
import { orderWithEvents, quietLogger, recordingSleep } from "./fixtures.ts";

let slackApi: FakeSlackApi;
let store: TestStore;
let slack: WebClient;

beforeAll(async () => {
  slackApi = await startFakeSlackApi();
  slack = reminderClientFor(slackApi.url);
});
afterAll(() => slackApi.close());
beforeEach(async () => {
  store = await openTestStore("pglite");
  slackApi.reset();
});
afterEach(() => store.dispose());

const at = (iso: string) => fixedClock(iso);
const tick = (now: string, extra: Partial<Parameters<typeof runReminderTick>[0]> = {}) =>
  runReminderTick({ db: store.db, slack, clock: at(now), logger: quietLogger, channelPaceMs: 0, ...extra });

const depositPaid: Array<["confirmed" | "deposit_paid", string]> = [
  ["confirmed", "2026-11-28"],
  ["deposit_paid", "2026-12-01"],
];

describe("the reminder tick (PGlite)", () => {
  it("posts the balance reminders due by then as one message in the order's thread, with the buttons", async () => {
    await orderWithEvents(store.db, { threadTs: "1700000000.000100", events: depositPaid });
    expect(await tick("2026-12-18T12:00:00Z")).toEqual({ posted: 0, failed: 0 });

    expect(await tick("2026-12-25T12:00:00Z")).toEqual({ posted: 2, failed: 0 });
    const posts = slackApi.accepted("chat.postMessage");
    expect(posts).toHaveLength(1);
    const args = posts[0]?.args ?? {};
    expect(args.channel).toBe("C1");
    expect(args.thread_ts).toBe("1700000000.000100");
    expect(args.reply_broadcast).toBe(false);
    expect(String(args.text)).toContain("PO-1");
    expect(String(args.text)).toContain("70% balance");
    const buttons = (args.blocks as Array<{ type: string; elements?: Array<{ action_id: string }> }>)
      .filter((block) => block.type === "actions")
      .flatMap((block) => block.elements ?? [])
      .map((element) => element.action_id);
    expect(buttons).toEqual(["reminder_done", "reminder_snooze"]);

    // Slack's ts is recorded on both rows, and nothing is posted twice.
    const rows = await listReminders(store.db, {
      orderId: (await store.db.select().from(reminders))[0]!.orderId,
    });
    const sent = rows.filter((row) => row.state === "sent");
    expect(sent.map((row) => row.key).sort()).toEqual(["balance_payment:2", "balance_payment:7"]);
    expect(new Set(sent.map((row) => row.slackTs)).size).toBe(1);
    expect(await tick("2026-12-25T12:01:00Z")).toEqual({ posted: 0, failed: 0 });
  });

  it("broadcasts the ship-date-passed reminder to the channel", async () => {
    await orderWithEvents(store.db, {
      events: [...depositPaid, ["balance_paid", "2026-12-10"]],
    });
    expect(await tick("2026-12-27T09:00:00Z")).toEqual({ posted: 1, failed: 0 });
    const args = slackApi.accepted("chat.postMessage")[0]?.args ?? {};
    expect(args.reply_broadcast).toBe(true);
    expect(String(args.text)).toMatch(/late-shipment claim is now possible/);
  });

  it("sends one message per order, serialized per channel, after downtime", async () => {
    await orderWithEvents(store.db, { channelId: "C1", threadTs: "1.1", events: depositPaid });
    await orderWithEvents(store.db, { channelId: "C1", threadTs: "2.2", events: depositPaid });
    await orderWithEvents(store.db, { channelId: "C2", threadTs: "3.3", events: depositPaid });
    const { waits, sleep } = recordingSleep();
    // A week of downtime: balance (x2) and ship-date-passed for each order are overdue.
    const result = await tick("2026-12-27T12:00:00Z", { sleep, channelPaceMs: 1100 });
    expect(result).toEqual({ posted: 9, failed: 0 });
    const posts = slackApi.accepted("chat.postMessage");
    expect(posts.map((call) => call.args.thread_ts).sort()).toEqual(["1.1", "2.2", "3.3"]);
    // Two messages went to C1, so the tick paused once between them.
    expect(waits).toEqual([1100]);
  });

  it("waits out a 429's Retry-After, then posts", async () => {
    await orderWithEvents(store.db, { events: depositPaid });
    slackApi.script("chat.postMessage", { status: 429, retryAfter: 2 });
    const { waits, sleep } = recordingSleep();
    expect(await tick("2026-12-20T12:00:00Z", { sleep })).toEqual({ posted: 1, failed: 0 });
    expect(waits).toEqual([2000]);
    expect(slackApi.calls.filter((call) => call.method === "chat.postMessage")).toHaveLength(2);
  });

  it("hands reminders back when Slack asks for a longer pause than a tick should wait", async () => {
    const order = await orderWithEvents(store.db, { events: depositPaid });
    slackApi.script("chat.postMessage", { status: 429, retryAfter: 600 });
    expect(await tick("2026-12-20T12:00:00Z")).toEqual({ posted: 0, failed: 0 });
    const [row] = await listReminders(store.db, { orderId: order.id, states: ["pending"] });
    expect(row?.key).toBe("balance_payment:7");
    expect(row?.attempts).toBe(0);
    expect(row?.nextAttemptAt?.toISOString()).toBe("2026-12-20T12:10:00.000Z");
    expect(await tick("2026-12-20T12:05:00Z")).toEqual({ posted: 0, failed: 0 });
    expect(await tick("2026-12-20T12:10:00Z")).toEqual({ posted: 1, failed: 0 });
  });

  it("retries a failed post with backoff, and succeeds later", async () => {
    const order = await orderWithEvents(store.db, { events: depositPaid });
    slackApi.script("chat.postMessage", { status: 500 });
    expect(await tick("2026-12-20T12:00:00Z")).toEqual({ posted: 0, failed: 1 });
    const [waiting] = await listReminders(store.db, { orderId: order.id, states: ["pending"] });
    expect(waiting?.lastError).toBe("Slack answered HTTP 500");
    expect(waiting?.nextAttemptAt?.toISOString()).toBe("2026-12-20T12:01:00.000Z");
    expect(await tick("2026-12-20T12:00:30Z")).toEqual({ posted: 0, failed: 0 });
    expect(await tick("2026-12-20T12:01:00Z")).toEqual({ posted: 1, failed: 0 });
    expect(slackApi.accepted("chat.postMessage")).toHaveLength(1);
  });

  it("tells the channel after the last attempt, and stops trying", async () => {
    const order = await orderWithEvents(store.db, { threadTs: "9.9", events: depositPaid });
    slackApi.script("chat.postMessage", { status: 200, error: "not_in_channel" }, 3);
    const options = { maxAttempts: 3, backoffSeconds: () => 60 };
    expect(await tick("2026-12-20T12:00:00Z", options)).toEqual({ posted: 0, failed: 1 });
    expect(await tick("2026-12-20T12:01:00Z", options)).toEqual({ posted: 0, failed: 1 });
    expect(await tick("2026-12-20T12:02:00Z", options)).toEqual({ posted: 0, failed: 1 });
    const told = slackApi.accepted("chat.postMessage");
    expect(told).toHaveLength(1);
    expect(told[0]?.args.thread_ts).toBe("9.9");
    expect(String(told[0]?.args.text)).toMatch(
      /could not be posted after 3 attempts \(Slack said not_in_channel\)/,
    );
    const [failed] = await listReminders(store.db, { orderId: order.id, states: ["failed"] });
    expect(failed?.attempts).toBe(3);
    expect(await tick("2026-12-21T12:00:00Z", options)).toEqual({ posted: 0, failed: 0 });
  });

  it("posts an order with no thread yet to its channel", async () => {
    await orderWithEvents(store.db, { threadTs: null, events: depositPaid });
    expect(await tick("2026-12-20T12:00:00Z")).toEqual({ posted: 1, failed: 0 });
    const args = slackApi.accepted("chat.postMessage")[0]?.args ?? {};
    expect(args.channel).toBe("C1");
    expect(args.thread_ts).toBeUndefined();
  });

  it("hands a channel's later messages back rather than post them after its lease could be taken over", async () => {
    await orderWithEvents(store.db, { channelId: "C1", threadTs: "1.1", events: depositPaid });
    await orderWithEvents(store.db, { channelId: "C1", threadTs: "2.2", events: depositPaid });
    // A clock that moves on while the tick waits between two posts to the same channel.
    let now = new Date("2026-12-20T12:00:00Z").getTime();
    const clock = { now: () => new Date(now) };
    const sleep = async (ms: number) => {
      now += ms;
    };
    const slow = { clock, sleep, leaseSeconds: 120, channelPaceMs: 100_000 };
    expect(await runReminderTick({ db: store.db, slack, logger: quietLogger, ...slow })).toEqual({
      posted: 1,
      failed: 0,
    });
    expect(slackApi.accepted("chat.postMessage").map((call) => call.args.thread_ts)).toEqual(["1.1"]);
    // The next tick posts the one handed back, once.
    expect(await runReminderTick({ db: store.db, slack, logger: quietLogger, ...slow })).toEqual({
      posted: 1,
      failed: 0,
    });
    expect(slackApi.accepted("chat.postMessage").map((call) => call.args.thread_ts)).toEqual(["1.1", "2.2"]);
  });

  it("does not post warnings whose deadline was already over, e.g. for a receipt recorded weeks late", async () => {
    const order = await orderWithEvents(store.db, {
      events: [
        ...depositPaid,
        ["balance_paid", "2026-12-20"],
        ["shipped", "2026-12-24"],
        ["received", "2027-01-10"],
      ],
    });
    // Recorded on 2027-02-25: the dispute window closed 2027-02-09; the review window (to 2027-02-24,
    // from the automatic completion on 2027-01-25) is within a day, so both review reminders go, in one message.
    expect(await tick("2027-02-25T12:00:00Z")).toEqual({ posted: 2, failed: 0 });
    expect(slackApi.accepted("chat.postMessage")).toHaveLength(1);
    const [post] = slackApi.accepted("chat.postMessage");
    expect(String(post?.args.text)).toMatch(/Leave a review/);
    expect(String(post?.args.text)).not.toMatch(/dispute/i);
    const expired = (await listReminders(store.db, { orderId: order.id, states: ["cancelled"] })).filter(
      (row) => row.lastError?.startsWith("expired"),
    );
    expect(expired.map((row) => row.key).sort()).toEqual([
      "dispute_window_closing:10",
      "dispute_window_closing:3",
      "inspect_on_arrival",
    ]);
  });

  it("posts nothing for an order cancelled before its reminders fell due", async () => {
    const order = await orderWithEvents(store.db, { events: [...depositPaid, ["cancelled", "2026-12-05"]] });
    expect(await tick("2026-12-25T12:00:00Z")).toEqual({ posted: 0, failed: 0 });
    expect(slackApi.calls).toHaveLength(0);
    const rows = await listReminders(store.db, { orderId: order.id });
    expect(rows.every((row) => row.state === "cancelled")).toBe(true);
  });
});

describe("SLACK_API_URL", () => {
  it("accepts the server's origin as well as its /api/ URL", async () => {
    const client = createReminderSlackClient({ token: testBotToken, apiUrl: slackApi.origin });
    await client.chat.postMessage({ channel: "C9", text: "hello" });
    expect(slackApi.accepted("chat.postMessage").at(-1)?.args.channel).toBe("C9");
    expect(client).toBeInstanceOf(WebClient);
  });
});
