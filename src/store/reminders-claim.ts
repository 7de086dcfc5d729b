/**
 * The reminder tick's side of the store: claiming due reminders so that any number of ticks, in any
 * number of processes, post each one once, and recording what became of them.
 *
 * A claim is a lease: `claimed_until` = now + lease. The lease instant doubles as the claim's token,
 * so a tick can only settle rows it still holds; a tick that dies after claiming leaves rows whose
 * lease expires, and the next tick claims them again. Retries wait in `pending` with next_attempt_at
 * (the due index covers coalesce(next_attempt_at, due_at)); `failed` is final.
 * @see ../shared/design.md "Reminders": claimed by one tick at a time, several replicas may run
 */
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { orders, type ReminderRow, reminders } from "../../db/schema.ts";
import type { ReminderKind } from "../core/schemas.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

/** A claimed reminder with what posting it needs from its order. */
export type ClaimedReminder = {
  reminder: ReminderRow;
  order: {
    id: string;
    workspaceId: string;
    channelId: string;
    threadTs: string | null;
    number: number;
    state: (typeof orders.$inferSelect)["state"];
    draft: (typeof orders.$inferSelect)["draft"];
  };
};

const iso = (at: Date) => at.toISOString();

/** Rows when the order's workspace has its reminders paused (uninstalled): its reminders wait, unclaimed. */
const pausedWorkspaceOf = (orderId: SQL) => sql`
  select 1 from orders o join workspaces w on w.id = o.workspace_id
  where o.id = ${orderId} and w.reminders_paused_at is not null`;

function rowsOf(result: unknown): Array<Record<string, unknown>> {
  // postgres.js answers an array of rows, PGlite an object with `rows`.
  if (Array.isArray(result)) return result as Array<Record<string, unknown>>;
  return ((result as { rows?: Array<Record<string, unknown>> }).rows ?? []) as Array<Record<string, unknown>>;
}

/**
 * Claims up to `limit` reminders due at `now` (pending, or claimed with an expired lease), oldest
 * first, skipping rows another tick holds (FOR UPDATE SKIP LOCKED), and leases them until
 * now + leaseSeconds. Every claim counts as an attempt. Returns them with their orders.
 */
export async function claimDueReminders(
  db: Database,
  input: { now: Date; limit: number; leaseSeconds: number },
): Promise<{ lease: Date; claimed: ClaimedReminder[] }> {
  const lease = new Date(input.now.getTime() + input.leaseSeconds * 1000);
  const now = iso(input.now);
  return guard(async () => {
    const result = await db.execute(sql`
      with due as materialized (
        select id from reminders
        where state in ('pending', 'claimed')
          and coalesce(next_attempt_at, due_at) <= ${now}::timestamptz
          and (state = 'pending' or claimed_until <= ${now}::timestamptz)
          and not exists (${pausedWorkspaceOf(sql`reminders.order_id`)})
        order by coalesce(next_attempt_at, due_at), id
        limit ${input.limit}
        for update skip locked
      )
      update reminders r
      set state = 'claimed', claimed_until = ${iso(lease)}::timestamptz, attempts = r.attempts + 1
      from due
      where r.id = due.id
      returning r.id`);
    const ids = rowsOf(result).map((row) => Number(row.id));
    if (ids.length === 0) return { lease, claimed: [] };
    const rows = await db
      .select({
        reminder: reminders,
        order: {
          id: orders.id,
          workspaceId: orders.workspaceId,
          channelId: orders.channelId,
          threadTs: orders.threadTs,
          number: orders.number,
          state: orders.state,
          draft: orders.draft,
        },
      })
      .from(reminders)
      .innerJoin(orders, eq(orders.id, reminders.orderId))
      .where(inArray(reminders.id, ids));
    const order = (a: ClaimedReminder) => coalesceTime(a.reminder);
    return { lease, claimed: rows.sort((a, b) => order(a) - order(b) || a.reminder.id - b.reminder.id) };
  });
}

function coalesceTime(row: ReminderRow): number {
  return (row.nextAttemptAt ?? row.dueAt).getTime();
}

/** Held by this claim: still claimed, under the same lease. */
const heldBy = (ids: number[], lease: Date) =>
  and(inArray(reminders.id, ids), eq(reminders.state, "claimed"), eq(reminders.claimedUntil, lease));

/** Settles the rows this claim still holds with `values`; a lease that expired settles nothing. Returns how many. */
async function settleHeld(
  db: Database,
  input: { ids: number[]; lease: Date },
  values: PgUpdateSetSource<typeof reminders>,
): Promise<number> {
  if (input.ids.length === 0) return 0;
  return guard(async () => {
    const rows = await db
      .update(reminders)
      .set(values)
      .where(heldBy(input.ids, input.lease))
      .returning({ id: reminders.id });
    return rows.length;
  });
}

/** Records that Slack accepted the message (its ts); only rows this claim still holds. Returns how many. */
export async function markRemindersSent(
  db: Database,
  input: { ids: number[]; lease: Date; slackTs: string; now: Date },
): Promise<number> {
  return settleHeld(db, input, {
    state: "sent",
    slackTs: input.slackTs,
    sentAt: input.now,
    claimedUntil: null,
    lastError: null,
  });
}

/**
 * Records a failed post: with `retryAt`, the rows wait as pending until then (the attempt is counted);
 * without, they are failed for good. Only rows this claim still holds. Returns how many.
 */
export async function markRemindersFailed(
  db: Database,
  input: { ids: number[]; lease: Date; error: string; retryAt: Date | null },
): Promise<number> {
  return settleHeld(db, input, {
    state: input.retryAt ? "pending" : "failed",
    nextAttemptAt: input.retryAt,
    claimedUntil: null,
    lastError: input.error.slice(0, 1000),
  });
}

/** Stops claimed rows whose deadline passed before they could be posted (state cancelled, with the reason). */
export async function expireReminders(
  db: Database,
  input: { ids: number[]; lease: Date; reason: string },
): Promise<number> {
  return settleHeld(db, input, { state: "cancelled", claimedUntil: null, lastError: input.reason });
}

/** Gives claimed rows back untried (e.g. Slack asked to wait longer than a tick should): no attempt counted. */
export async function releaseReminders(
  db: Database,
  input: { ids: number[]; lease: Date; retryAt: Date },
): Promise<number> {
  return settleHeld(db, input, {
    state: "pending",
    nextAttemptAt: input.retryAt,
    claimedUntil: null,
    attempts: sql`greatest(${reminders.attempts} - 1, 0)`,
  });
}

/**
 * "Snooze 1 day": the reminder comes back at `until` (posted again if it was sent). The planned due
 * time is kept, so replanning after another event does not undo the snooze.
 */
export async function snoozeReminder(
  db: Database,
  input: { id: number; until: Date },
): Promise<ReminderRow | null> {
  return guard(async () => {
    const [row] = await db
      .update(reminders)
      .set({
        state: "pending",
        nextAttemptAt: input.until,
        claimedUntil: null,
        attempts: 0,
        lastError: null,
      })
      .where(and(eq(reminders.id, input.id), inArray(reminders.state, ["pending", "sent", "failed"])))
      .returning();
    return row ?? null;
  });
}

/**
 * "Done": every reminder of this kind on the order that has not been posted yet stops for good
 * (state done, which replanning leaves alone). Returns how many were stopped.
 */
export async function completeRemindersOfKind(
  db: Database,
  input: { orderId: string; kind: ReminderKind },
): Promise<number> {
  return guard(async () => {
    const rows = await db
      .update(reminders)
      .set({ state: "done", claimedUntil: null, nextAttemptAt: null })
      .where(
        and(
          eq(reminders.orderId, input.orderId),
          eq(reminders.kind, input.kind),
          inArray(reminders.state, ["pending", "claimed", "failed"]),
        ),
      )
      .returning({ id: reminders.id });
    return rows.length;
  });
}

/** One reminder by id, with the order it belongs to (the buttons carry the id). */
export async function getReminder(
  db: Database,
  input: { id: number },
): Promise<{ reminder: ReminderRow; order: ClaimedReminder["order"] } | null> {
  return guard(async () => {
    const [row] = await db
      .select({
        reminder: reminders,
        order: {
          id: orders.id,
          workspaceId: orders.workspaceId,
          channelId: orders.channelId,
          threadTs: orders.threadTs,
          number: orders.number,
          state: orders.state,
          draft: orders.draft,
        },
      })
      .from(reminders)
      .innerJoin(orders, eq(orders.id, reminders.orderId))
      .where(eq(reminders.id, input.id));
    return row ?? null;
  });
}

/** How many reminders a tick at `now` would find due (read-only: nothing is claimed). */
export async function countDueReminders(db: Database, input: { now: Date }): Promise<number> {
  const now = iso(input.now);
  return guard(async () => {
    const result = await db.execute(sql`
      select count(*)::int as due from reminders
      where state in ('pending', 'claimed')
        and coalesce(next_attempt_at, due_at) <= ${now}::timestamptz
        and (state = 'pending' or claimed_until <= ${now}::timestamptz)
        and not exists (${pausedWorkspaceOf(sql`reminders.order_id`)})`);
    return Number(rowsOf(result)[0]?.due ?? 0);
  });
}
