/**
 * The reminder buttons, end to end on a real store and the fake Slack Web API: the tick posts a
 * reminder, a person presses Done or Snooze, and what the team sees next changes accordingly.
 */
import type { WebClient } from "@slack/web-api";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../../../src/core/clock.ts";
import { planReminders } from "../../../../src/core/timeline/plan-reminders.ts";
import { runReminderTick } from "../../../../src/jobs/run-reminder-tick.ts";
import { ids } from "../../../../src/slack/ids.ts";
import { handleReminderDone } from "../../../../src/slack/listeners/actions/reminder-done.ts";
import { handleReminderSnooze } from "../../../../src/slack/listeners/actions/reminder-snooze.ts";
import { applyLifecycleEvent } from "../../../../src/store/index.ts";
import {
  type FakeSlackApi,
  type RecordedCall,
  reminderClientFor,
  startFakeSlackApi,
} from "../../../helpers/fake-slack-api.ts";
import { listReminders, openTestStore, orderById, type TestStore } from "../../../helpers/store.ts";
import { orderWithEvents, quietLogger } from "../../../jobs/fixtures.ts";

let slackApi: FakeSlackApi;
let slack: WebClient;
let store: TestStore;

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

const tick = (now: string) =>
  runReminderTick({ db: store.db, slack, clock: fixedClock(now), logger: quietLogger, channelPaceMs: 0 });

type Block = {
  type: string;
  block_id?: string;
  elements?: Array<{ action_id?: string; value?: string; text?: unknown }>;
};

/** The block_actions payload Slack sends when `actionId` is pressed on the posted message `post`. */
function press(post: RecordedCall, actionId: string, kind: string) {
  const blocks = post.args.blocks as Block[];
  const button = blocks
    .find((block) => block.block_id === `reminder_actions_${kind}`)
    ?.elements?.find((element) => element.action_id === actionId);
  if (!button?.value) throw new Error(`no ${actionId} button for ${kind}`);
  return {
    type: "block_actions",
    user: { id: "U_BUYER", username: "buyer" },
    team: { id: "T1", domain: "example" },
    channel: { id: String(post.args.channel), name: "sourcing" },
    message: {
      type: "message",
      ts: String(post.reply?.ts),
      thread_ts: post.args.thread_ts,
      text: post.args.text,
      blocks,
    },
    actions: [
      { type: "button", action_id: actionId, block_id: `reminder_actions_${kind}`, value: button.value },
    ],
  };
}

/** Calls a listener the way Bolt would, noting whether ack came before any Slack call. */
async function run(
  listener: (args: { ack: () => Promise<void>; body: unknown; client: WebClient }) => Promise<void>,
  body: unknown,
) {
  const callsBefore = slackApi.calls.length;
  let ackedBeforeSlack = false;
  await listener({
    ack: async () => {
      ackedBeforeSlack = slackApi.calls.length === callsBefore;
    },
    body,
    client: slack,
  });
  return { ackedBeforeSlack };
}

const deposit: Array<["confirmed" | "deposit_paid", string]> = [
  ["confirmed", "2026-11-28"],
  ["deposit_paid", "2026-12-01"],
];

describe("Done on a balance reminder", () => {
  it("records the balance as paid, stops the other balance reminder, and replaces the buttons", async () => {
    const order = await orderWithEvents(store.db, { threadTs: "1700000000.000100", events: deposit });
    await tick("2026-12-19T09:00:00Z");
    const [post] = slackApi.accepted("chat.postMessage");
    const body = press(post!, ids.action.reminderDone, "balance_payment");

    const done = handleReminderDone({
      store,
      clock: fixedClock("2026-12-19T15:00:00Z"),
      logger: quietLogger,
    });
    const { ackedBeforeSlack } = await run(done, body);
    expect(ackedBeforeSlack).toBe(true);

    expect((await orderById(store.db, order.id))?.state).toBe("balance_paid");
    const pending = await listReminders(store.db, { orderId: order.id, states: ["pending"] });
    expect(pending.map((row) => row.kind)).not.toContain("balance_payment");
    const [update] = slackApi.accepted("chat.update");
    expect(update?.args.ts).toBe(post?.reply?.ts);
    const blocks = update?.args.blocks as Block[];
    expect(blocks.some((block) => block.type === "actions")).toBe(false);
    expect(JSON.stringify(blocks)).toContain("PO-1 balance marked paid on 2026-12-19 by <@U_BUYER>");

    // 2 days before the ship date nothing more about the balance is posted.
    expect(await tick("2026-12-24T12:00:00Z")).toEqual({ posted: 0, failed: 0 });
  });

  it("still stops the reminders when the balance was already recorded another way", async () => {
    const order = await orderWithEvents(store.db, { events: deposit });
    await tick("2026-12-19T09:00:00Z");
    const [post] = slackApi.accepted("chat.postMessage");
    await applyLifecycleEvent(store.db, {
      orderId: order.id,
      kind: "balance_paid",
      occurredOn: "2026-12-19",
      actor: "U2",
      source: "test",
      planReminders,
    });
    const done = handleReminderDone({
      store,
      clock: fixedClock("2026-12-19T15:00:00Z"),
      logger: quietLogger,
    });
    await run(done, press(post!, ids.action.reminderDone, "balance_payment"));
    expect(slackApi.accepted("chat.postEphemeral")).toHaveLength(0);
    expect(JSON.stringify(slackApi.accepted("chat.update")[0]?.args.blocks)).toContain("Done by <@U_BUYER>");
  });
});

describe("Done on a dispute-window warning", () => {
  it("stops that kind for good, even when a later event replans the order", async () => {
    const order = await orderWithEvents(store.db, {
      events: [
        ...deposit,
        ["balance_paid", "2026-12-20"],
        ["shipped", "2026-12-24"],
        ["received", "2027-01-20"],
      ],
    });
    // Dispute window closes 2027-02-19; the first warning (10 days before) is due 2027-02-09.
    await tick("2027-01-20T09:00:00Z");
    await tick("2027-02-04T09:00:00Z");
    slackApi.reset();
    expect(await tick("2027-02-09T09:00:00Z")).toEqual({ posted: 1, failed: 0 });
    const [post] = slackApi.accepted("chat.postMessage");
    expect(post?.args.reply_broadcast).toBe(true);
    const done = handleReminderDone({
      store,
      clock: fixedClock("2027-02-09T10:00:00Z"),
      logger: quietLogger,
    });
    await run(done, press(post!, ids.action.reminderDone, "dispute_window_closing"));

    // Completing the order replans its reminders; the second warning must not come back.
    await applyLifecycleEvent(store.db, {
      orderId: order.id,
      kind: "completed",
      occurredOn: "2027-02-10",
      actor: "U1",
      source: "test",
      planReminders,
    });
    const warnings = (await listReminders(store.db, { orderId: order.id })).filter(
      (row) => row.kind === "dispute_window_closing",
    );
    expect(warnings.map((row) => [row.key, row.state])).toEqual([
      ["dispute_window_closing:10", "sent"],
      ["dispute_window_closing:3", "done"],
    ]);
    slackApi.reset();
    await tick("2027-02-16T12:00:00Z");
    expect(
      slackApi.accepted("chat.postMessage").some((call) => String(call.args.text).includes("dispute")),
    ).toBe(false);
  });
});

describe("Snooze 1 day", () => {
  it("brings the reminder back in the thread 24 hours later, once", async () => {
    await orderWithEvents(store.db, { threadTs: "1700000000.000100", events: deposit });
    await tick("2026-12-19T09:00:00Z");
    const [post] = slackApi.accepted("chat.postMessage");
    const snooze = handleReminderSnooze({
      store,
      clock: fixedClock("2026-12-19T10:00:00Z"),
      logger: quietLogger,
    });
    const { ackedBeforeSlack } = await run(
      snooze,
      press(post!, ids.action.reminderSnooze, "balance_payment"),
    );
    expect(ackedBeforeSlack).toBe(true);
    expect(JSON.stringify(slackApi.accepted("chat.update")[0]?.args.blocks)).toContain(
      "Snoozed by <@U_BUYER>",
    );

    expect(await tick("2026-12-20T09:59:00Z")).toEqual({ posted: 0, failed: 0 });
    expect(await tick("2026-12-20T10:00:00Z")).toEqual({ posted: 1, failed: 0 });
    const again = slackApi.accepted("chat.postMessage")[1];
    expect(again?.args.thread_ts).toBe("1700000000.000100");
    expect(String(again?.args.text)).toContain("balance");
    expect(await tick("2026-12-20T10:05:00Z")).toEqual({ posted: 0, failed: 0 });
  });

  it("tells only the presser when the reminder is gone", async () => {
    await orderWithEvents(store.db, { events: deposit });
    await tick("2026-12-19T09:00:00Z");
    const [post] = slackApi.accepted("chat.postMessage");
    const body = press(post!, ids.action.reminderSnooze, "balance_payment");
    body.actions[0]!.value = "999999";
    const snooze = handleReminderSnooze({
      store,
      clock: fixedClock("2026-12-19T10:00:00Z"),
      logger: quietLogger,
    });
    await run(snooze, body);
    const [ephemeral] = slackApi.accepted("chat.postEphemeral");
    expect(ephemeral?.args.user).toBe("U_BUYER");
    expect(String(ephemeral?.args.text)).toMatch(/no longer exists/);
    expect(slackApi.accepted("chat.update")).toHaveLength(0);
  });
});
