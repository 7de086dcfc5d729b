/**
 * On real Postgres, ticks in separate connection pools (as separate processes would be) share the
 * work: each reminder is posted exactly once, and a tick that dies after claiming loses nothing.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { emptyDraft } from "../../src/core/schemas.ts";
import { runReminderTick } from "../../src/jobs/run-reminder-tick.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { claimDueReminders } from "../../src/store/reminders-claim.ts";
import { type FakeSlackApi, reminderClientFor, startFakeSlackApi } from "../helpers/fake-slack-api.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { quietLogger } from "./fixtures.ts";

let database: TestDatabase;
let stores: Store[];
let slackApi: FakeSlackApi;

beforeAll(async () => {
  database = await createTestDatabase("op_tick");
  stores = [];
  for (let i = 0; i < 3; i++)
    stores.push(await openStore({ databaseUrl: database.url, logger: quietLogger }));
  slackApi = await startFakeSlackApi();
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await database.drop();
  await slackApi.close();
});
beforeEach(async () => {
  slackApi.reset();
  await stores[0]!.db.execute(
    sql`truncate reminders, order_events, findings, orders, channels, workspaces cascade`,
  );
});

/** `count` orders spread over 40 channels, each with one reminder due at 2026-12-24 09:00Z. */
async function seed(count: number) {
  const draft = JSON.stringify(emptyDraft());
  await stores[0]!.db.execute(sql`insert into workspaces (id) values ('T1')`);
  await stores[0]!.db.execute(sql`
    insert into orders (workspace_id, number, channel_id, thread_ts, state, draft, created_by)
    select 'T1', n, 'C' || (n % 40), '1700000000.' || lpad(n::text, 6, '0'), 'deposit_paid', ${draft}::jsonb, 'U1'
    from generate_series(1, ${count}) as n`);
  await stores[0]!.db.execute(sql`
    insert into reminders (order_id, kind, key, due_at, broadcast, about)
    select id, 'balance_payment', 'balance_payment:2', '2026-12-24T09:00:00Z', false, '2026-12-26' from orders`);
}

/** The reminder ids the posted messages carry (each message's Done button holds its reminder's id). */
function postedIds(): string[] {
  return slackApi.accepted("chat.postMessage").flatMap((call) =>
    (call.args.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
      .filter((block) => block.type === "actions")
      .flatMap((block) => block.elements ?? [])
      .filter((element) => element.action_id === "reminder_done")
      .map((element) => element.value),
  );
}

const slack = () => reminderClientFor(slackApi.url);

describe("concurrent ticks on Postgres", () => {
  it("post each of 1,000 due reminders exactly once across three concurrent ticks", async () => {
    await seed(1000);
    const clock = fixedClock("2026-12-25T12:00:00Z");
    const totals = await Promise.all(
      stores.map(async (store) => {
        const client = slack();
        let posted = 0;
        // Keep ticking until a pass finds nothing: like a cron in each of three processes.
        for (;;) {
          const result = await runReminderTick({
            db: store.db,
            slack: client,
            clock,
            logger: quietLogger,
            limit: 150,
            channelPaceMs: 0,
            channelConcurrency: 8,
          });
          posted += result.posted;
          if (result.posted + result.failed === 0) return posted;
        }
      }),
    );
    expect(totals.reduce((a, b) => a + b, 0)).toBe(1000);
    const ids = postedIds();
    expect(ids).toHaveLength(1000);
    expect(new Set(ids).size).toBe(1000);
    const [row] = (await stores[0]!.db.execute(
      sql`select count(*)::int as sent from reminders where state = 'sent' and slack_ts is not null`,
    )) as unknown as Array<{ sent: number }>;
    expect(row?.sent).toBe(1000);
  });

  it("skips the reminders another tick is claiming instead of waiting for them", async () => {
    await seed(30);
    const held = await stores[0]!.db.transaction(async (tx) => {
      // Another tick, mid-claim: it holds the row locks of the ten oldest reminders.
      const locked = (await tx.execute(
        sql`select id from reminders order by due_at, id limit 10 for update`,
      )) as unknown as Array<{ id: number }>;
      // A tick that queued behind those locks would never return while they are held.
      const result = await runReminderTick({
        db: stores[1]!.db,
        slack: slack(),
        clock: fixedClock("2026-12-25T12:00:00Z"),
        logger: quietLogger,
        channelPaceMs: 0,
      });
      expect(result).toEqual({ posted: 20, failed: 0 });
      return locked.map((row) => String(row.id));
    });
    expect(postedIds()).toHaveLength(20);
    for (const id of held) expect(postedIds()).not.toContain(id);
    // Once the locks are gone, the next pass posts the ten it skipped.
    const rest = await runReminderTick({
      db: stores[2]!.db,
      slack: slack(),
      clock: fixedClock("2026-12-25T12:00:00Z"),
      logger: quietLogger,
      channelPaceMs: 0,
    });
    expect(rest).toEqual({ posted: 10, failed: 0 });
    expect(postedIds().slice(20).sort()).toEqual([...held].sort());
  });

  it("leaves a dead tick's claims to be posted once its lease has expired", async () => {
    await seed(30);
    const claimedAt = new Date("2026-12-25T12:00:00Z");
    // A tick claims everything, then "dies" before posting anything.
    const dead = await claimDueReminders(stores[0]!.db, { now: claimedAt, limit: 100, leaseSeconds: 120 });
    expect(dead.claimed).toHaveLength(30);

    const tickAt = (iso: string) =>
      runReminderTick({
        db: stores[1]!.db,
        slack: slack(),
        clock: fixedClock(iso),
        logger: quietLogger,
        leaseSeconds: 120,
        channelPaceMs: 0,
      });
    expect(await tickAt("2026-12-25T12:01:00Z")).toEqual({ posted: 0, failed: 0 });
    expect(slackApi.calls).toHaveLength(0);
    expect(await tickAt("2026-12-25T12:02:00Z")).toEqual({ posted: 30, failed: 0 });
    expect(await tickAt("2026-12-25T12:10:00Z")).toEqual({ posted: 0, failed: 0 });
    expect(new Set(postedIds()).size).toBe(30);
    expect(postedIds()).toHaveLength(30);
  });
});
