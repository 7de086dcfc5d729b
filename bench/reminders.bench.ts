/**
 * The reminder tick at scale on PostgreSQL: 100k orders over 200 channels with 7 reminders each
 * (700k rows: past ones mostly sent, a backlog still pending as after downtime, the future pending),
 * seeded with generate_series in a fresh database. Measures what a tick spends finding and claiming
 * what is due (claimDueReminders: the SKIP LOCKED claim plus loading the orders), not Slack.
 * Each run is rolled back so every run sees the same due rows. The database is dropped afterwards.
 */
import { sql } from "drizzle-orm";
import { emptyDraft } from "../src/core/schemas.ts";
import { silentLogger } from "../src/logger.ts";
import { openStore } from "../src/store/open-store.ts";
import { claimDueReminders } from "../src/store/reminders-claim.ts";
import { createTestDatabase } from "../test/helpers/postgres.ts";
import { median, ms, percentile } from "./stats.ts";

const orderCount = 100_000;
const remindersPerOrder = 7;
const runs = 30;
const now = new Date("2026-12-25T12:00:00Z");

class Rollback extends Error {}

export const bench = {
  name: "reminders: a tick finds and claims what is due among 100k orders (PostgreSQL)",
  async run() {
    const database = await createTestDatabase("op_bench_tick");
    const store = await openStore({ databaseUrl: database.url, logger: silentLogger() });
    try {
      const seedStart = performance.now();
      await store.db.execute(sql`insert into workspaces (id) values ('TB')`);
      await store.db.execute(sql`
        insert into orders (workspace_id, number, channel_id, thread_ts, state, draft, created_by)
        select 'TB', n, 'C' || (n % 200), '1700000000.' || lpad(n::text, 6, '0'), 'deposit_paid',
               ${JSON.stringify(emptyDraft())}::jsonb, 'U1'
        from generate_series(1, ${orderCount}) as n`);
      // Due times spread over two years around `now`; every 300th past one is still pending.
      await store.db.execute(sql`
        insert into reminders (order_id, kind, key, due_at, broadcast, state, sent_at)
        select o.id, 'balance_payment', 'bench:' || k, d.due_at, false,
               case when d.due_at > ${now.toISOString()}::timestamptz or (o.rn * 7 + k) % 300 = 0 then 'pending'
                    when (o.rn * 7 + k) % 17 = 0 then 'cancelled' else 'sent' end,
               case when d.due_at <= ${now.toISOString()}::timestamptz and (o.rn * 7 + k) % 300 <> 0 then d.due_at end
        from (select id, row_number() over (order by number) as rn from orders) o
        cross join generate_series(0, ${remindersPerOrder - 1}) as k
        cross join lateral (
          select ${now.toISOString()}::timestamptz - interval '365 days'
                 + ((o.rn * ${remindersPerOrder} + k) * interval '730 days') / ${orderCount * remindersPerOrder} as due_at
        ) d`);
      await store.db.execute(sql`analyze`);
      const seeded = performance.now() - seedStart;
      const [counts] = (await store.db.execute(sql`
        select (select count(*)::int from reminders) as reminders,
               (select count(*)::int from reminders
                 where state = 'pending' and due_at <= ${now.toISOString()}::timestamptz) as due`)) as unknown as Array<{
        reminders: number;
        due: number;
      }>;
      process.stdout.write(
        `seeded ${orderCount} orders, ${counts?.reminders} reminders (${counts?.due} due at ${now.toISOString()}) in ${ms(seeded)}\n`,
      );

      for (const limit of [100, 500]) {
        const times: number[] = [];
        let claimed = 0;
        for (let i = 0; i < runs + 3; i++) {
          const start = performance.now();
          let elapsed = 0;
          try {
            await store.db.transaction(async (tx) => {
              const result = await claimDueReminders(tx, { now, limit, leaseSeconds: 300 });
              elapsed = performance.now() - start;
              claimed = result.claimed.length;
              throw new Rollback();
            });
          } catch (error) {
            if (!(error instanceof Rollback)) throw error;
          }
          if (i >= 3) times.push(elapsed); // the first runs warm the cache
        }
        process.stdout.write(
          `find + claim (limit ${limit}, ${claimed} claimed with their orders): median ${ms(median(times))}, p95 ${ms(percentile(times, 95))} over ${runs} runs (aim < 50 ms)\n`,
        );
      }
    } finally {
      await store.close();
      await database.drop();
    }
  },
};
