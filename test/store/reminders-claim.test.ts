import { afterEach, describe, expect, it } from "vitest";
import { planReminders } from "../../src/core/timeline/plan-reminders.ts";
import { applyLifecycleEvent, createOrder, setOrderThread } from "../../src/store/index.ts";
import {
  claimDueReminders,
  completeRemindersOfKind,
  countDueReminders,
  markRemindersFailed,
  markRemindersSent,
  snoozeReminder,
} from "../../src/store/reminders-claim.ts";
import { drivers, listReminders, openTestStore, type TestStore } from "../helpers/store.ts";
import { usualDraft } from "../jobs/fixtures.ts";

let store: TestStore | undefined;
afterEach(async () => {
  await store?.dispose();
  store = undefined;
});

/** An order (PO-1 in channel C1, thread 1.1) whose deposit was paid 2026-12-01: balance due before 2026-12-26. */
async function orderWithDeposit(db: TestStore["db"]) {
  const order = await createOrder(db, {
    workspaceId: "T1",
    channelId: "C1",
    transcriptId: null,
    createdBy: "U1",
    draft: usualDraft(),
    findings: [],
  });
  await setOrderThread(db, { orderId: order.id, threadTs: "1.1" });
  for (const [kind, occurredOn] of [
    ["confirmed", "2026-11-30"],
    ["deposit_paid", "2026-12-01"],
  ] as const)
    await applyLifecycleEvent(db, {
      orderId: order.id,
      kind,
      occurredOn,
      actor: "U1",
      source: "test",
      planReminders,
    });
  return order;
}

const now = new Date("2026-12-25T12:00:00Z");

describe.each(drivers)("claiming reminders (%s)", (driver) => {
  it("claims what is due with its order, and nothing another claim still holds", async () => {
    store = await openTestStore(driver);
    const order = await orderWithDeposit(store.db);
    expect(await countDueReminders(store.db, { now })).toBe(2);

    const first = await claimDueReminders(store.db, { now, limit: 10, leaseSeconds: 60 });
    expect(first.lease.toISOString()).toBe("2026-12-25T12:01:00.000Z");
    expect(first.claimed.map((c) => c.reminder.key)).toEqual(["balance_payment:7", "balance_payment:2"]);
    expect(first.claimed[0]?.order).toMatchObject({
      id: order.id,
      channelId: "C1",
      threadTs: "1.1",
      number: 1,
    });
    expect(first.claimed[0]?.reminder.attempts).toBe(1);

    expect((await claimDueReminders(store.db, { now, limit: 10, leaseSeconds: 60 })).claimed).toEqual([]);
    expect(await countDueReminders(store.db, { now })).toBe(0);

    // After the lease, the rows are up for grabs again, and the old claim can no longer settle them.
    const later = new Date("2026-12-25T12:01:00Z");
    const second = await claimDueReminders(store.db, { now: later, limit: 10, leaseSeconds: 60 });
    expect(second.claimed).toHaveLength(2);
    const ids = second.claimed.map((c) => c.reminder.id);
    expect(await markRemindersSent(store.db, { ids, lease: first.lease, slackTs: "1.2", now: later })).toBe(
      0,
    );
    expect(await markRemindersSent(store.db, { ids, lease: second.lease, slackTs: "1.2", now: later })).toBe(
      2,
    );
    const sent = await listReminders(store.db, { orderId: order.id, states: ["sent"] });
    expect(sent.map((row) => [row.slackTs, row.attempts])).toEqual([
      ["1.2", 2],
      ["1.2", 2],
    ]);
  });

  it("keeps a failed reminder back until its retry time, and gives it up without one", async () => {
    store = await openTestStore(driver);
    const order = await orderWithDeposit(store.db);
    const { lease, claimed } = await claimDueReminders(store.db, { now, limit: 1, leaseSeconds: 60 });
    const ids = claimed.map((c) => c.reminder.id);
    const retryAt = new Date("2026-12-25T12:05:00Z");
    expect(
      await markRemindersFailed(store.db, { ids, lease, error: "Slack answered HTTP 500", retryAt }),
    ).toBe(1);
    const soon = await claimDueReminders(store.db, {
      now: new Date("2026-12-25T12:04:00Z"),
      limit: 10,
      leaseSeconds: 600,
    });
    expect(soon.claimed.map((c) => c.reminder.key)).toEqual(["balance_payment:2"]);
    const retry = await claimDueReminders(store.db, { now: retryAt, limit: 10, leaseSeconds: 60 });
    expect(retry.claimed.map((c) => c.reminder.id)).toEqual(ids);
    await markRemindersFailed(store.db, { ids, lease: retry.lease, error: "gone", retryAt: null });
    const [failed] = await listReminders(store.db, { orderId: order.id, states: ["failed"] });
    expect(failed).toMatchObject({ lastError: "gone", attempts: 2, nextAttemptAt: null });
  });

  it("snoozes a sent reminder back to pending, and never one that is done", async () => {
    store = await openTestStore(driver);
    const order = await orderWithDeposit(store.db);
    const { lease, claimed } = await claimDueReminders(store.db, { now, limit: 1, leaseSeconds: 60 });
    const id = claimed[0]!.reminder.id;
    await markRemindersSent(store.db, { ids: [id], lease, slackTs: "1.3", now });
    const until = new Date("2026-12-26T12:00:00Z");
    expect((await snoozeReminder(store.db, { id, until }))?.state).toBe("pending");
    expect(await completeRemindersOfKind(store.db, { orderId: order.id, kind: "balance_payment" })).toBe(2);
    expect(await snoozeReminder(store.db, { id, until })).toBeNull();
    expect(await countDueReminders(store.db, { now: until })).toBe(0);
  });
});

describe("claiming on Postgres with concurrent claims", () => {
  it("hands each due row to exactly one of several simultaneous claims", async () => {
    store = await openTestStore("postgres");
    for (let i = 0; i < 10; i++) await orderWithDeposit(store.db);
    const claims = await Promise.all(
      Array.from({ length: 4 }, () => claimDueReminders(store!.db, { now, limit: 8, leaseSeconds: 60 })),
    );
    const ids = claims.flatMap((claim) => claim.claimed.map((c) => c.reminder.id));
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });
});
