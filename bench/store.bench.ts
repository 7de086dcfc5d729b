/**
 * Store at scale on PostgreSQL: 100k orders and 500k reminders in a fresh database, then the time to
 * claim the next 100 due reminders (the tick's query, rolled back after each run so every run sees the
 * same rows) and the plan that shows the partial due index at work. The database is dropped afterwards.
 * Server: TEST_DATABASE_URL (default the local trust-auth server).
 */
import postgres from "postgres";
import { emptyDraft } from "../src/core/schemas.ts";
import { silentLogger } from "../src/logger.ts";
import type { Database } from "../src/store/database.ts";
import { openStore } from "../src/store/open-store.ts";
import { claimDueReminders } from "../src/store/reminders-claim.ts";
import { createTestDatabase } from "../test/helpers/postgres.ts";
import { median, ms, percentile } from "./stats.ts";

const orderCount = 100_000;
const remindersPerOrder = 5;
const runs = 50;

/** The claim's query as src/store/reminders-claim.ts runs it (for EXPLAIN): due and pending (or claimed with an expired lease), oldest first, skip locked. */
const claimNext100 = `
  with due as materialized (
    select id from reminders
    where state in ('pending', 'claimed')
      and coalesce(next_attempt_at, due_at) <= now()
      and (state = 'pending' or claimed_until <= now())
    order by coalesce(next_attempt_at, due_at), id
    limit 100
    for update skip locked
  )
  update reminders r
  set state = 'claimed', claimed_until = now() + interval '2 minutes', attempts = r.attempts + 1
  from due
  where r.id = due.id
  returning r.id`;

async function seed(sql: postgres.Sql): Promise<void> {
  await sql`insert into workspaces (id, name, next_order_number) values ('TBENCH', 'bench', ${orderCount + 1})`;
  await sql`insert into channels (workspace_id, id) values ('TBENCH', 'CBENCH')`;
  await sql`
    insert into orders (workspace_id, number, channel_id, state, draft, created_by)
    select 'TBENCH', n, 'CBENCH', 'confirmed', ${sql.json(emptyDraft())}, 'UBENCH'
    from generate_series(1, ${orderCount}) as n`;
  // Reminders spread over two years around now: most past ones sent, every 50th past one still pending
  // (a backlog after downtime), a few cancelled, every future one pending.
  await sql`
    insert into reminders (order_id, kind, key, due_at, broadcast, state, sent_at)
    select o.id, 'balance_payment', 'bench:' || k,
           d.due_at, false,
           case when d.due_at > now() then 'pending'
                when (o.rn * 5 + k) % 50 = 0 then 'pending'
                when (o.rn * 5 + k) % 13 = 0 then 'cancelled'
                else 'sent' end,
           case when d.due_at <= now() and (o.rn * 5 + k) % 50 <> 0 then d.due_at end
    from (select id, row_number() over (order by number) as rn from orders) o
    cross join generate_series(0, ${remindersPerOrder - 1}) as k
    cross join lateral (
      select now() - interval '365 days'
             + ((o.rn * ${remindersPerOrder} + k) * interval '730 days') / ${orderCount * remindersPerOrder} as due_at
    ) d`;
  await sql`analyze`;
}

/** Milliseconds of one claimDueReminders call (query + the claimed rows' orders), rolled back after. */
async function timeClaim(db: Database): Promise<{ elapsed: number; claimed: number }> {
  let elapsed = 0;
  let claimed = 0;
  const rollback = new Error("rollback");
  await db
    .transaction(async (tx) => {
      const start = performance.now();
      const result = await claimDueReminders(tx, { now: new Date(), limit: 100, leaseSeconds: 120 });
      elapsed = performance.now() - start;
      claimed = result.claimed.length;
      throw rollback; // every run sees the same due rows
    })
    .catch((error: unknown) => {
      if (error !== rollback && (error as { cause?: unknown }).cause !== rollback) throw error;
    });
  return { elapsed, claimed };
}

export const bench = {
  name: "store: claim the next 100 due reminders (PostgreSQL, 100k orders, 500k reminders)",
  async run() {
    const database = await createTestDatabase("op_bench");
    const store = await openStore({ databaseUrl: database.url, logger: silentLogger() });
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      const seedStart = performance.now();
      await seed(sql);
      const [counts] = await sql<{ orders: number; reminders: number; due: number }[]>`
        select (select count(*)::int from orders) as orders,
               (select count(*)::int from reminders) as reminders,
               (select count(*)::int from reminders where state = 'pending' and due_at <= now()) as due`;
      process.stdout.write(
        `seeded ${counts!.orders} orders, ${counts!.reminders} reminders (${counts!.due} due) in ${ms(performance.now() - seedStart)}\n`,
      );

      const queryTimes: number[] = [];
      const connection = await sql.reserve();
      for (let i = 0; i < runs + 3; i++) {
        await connection`begin`;
        const start = performance.now();
        await connection.unsafe(claimNext100);
        const elapsed = performance.now() - start;
        await connection`rollback`;
        if (i >= 3) queryTimes.push(elapsed); // the first runs warm the cache
      }
      const callTimes: number[] = [];
      let claimed = 0;
      for (let i = 0; i < runs + 3; i++) {
        const run = await timeClaim(store.db);
        claimed = run.claimed;
        if (i >= 3) callTimes.push(run.elapsed);
      }
      process.stdout.write(
        `claim query alone:               median ${ms(median(queryTimes))}, p95 ${ms(percentile(queryTimes, 95))} over ${runs} runs\n` +
          `claimDueReminders (with orders): median ${ms(median(callTimes))}, p95 ${ms(percentile(callTimes, 95))} over ${runs} runs, ${claimed} claimed per run (aim < 20 ms)\n`,
      );

      await connection`begin`;
      const plan = await connection.unsafe(`explain (analyze, buffers, costs off) ${claimNext100}`);
      await connection`rollback`;
      connection.release();
      process.stdout.write(`plan:\n${plan.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}\n`);
    } finally {
      await sql.end();
      await store.close();
      await database.drop();
    }
  },
};
