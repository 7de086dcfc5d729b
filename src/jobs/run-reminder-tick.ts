/**
 * One reminder pass: claim what is due, post it in each order's thread, record the outcome.
 *
 * - The reminders of one order due together go out as ONE message (after downtime: no flood).
 * - Posts to one channel are serialized and paced (Slack allows about one message a second per
 *   channel); a 429 is honoured by waiting Retry-After, or, when that is longer than a tick should
 *   wait, by handing the reminders back for a later tick.
 * - A failure is retried by later ticks with exponential backoff; after the last attempt the
 *   channel is told in the thread.
 * - Reminders are marked sent only after Slack accepted them; a tick that dies in between leaves
 *   them claimed until the lease expires, and a later tick posts them.
 * @see ../shared/design.md "Reminders" and "Platform facts"
 */
import { setTimeout as sleepFor } from "node:timers/promises";
import { type ChatPostMessageArguments, ErrorCode, type WebClient } from "@slack/web-api";
import type { Clock } from "../core/clock.ts";
import { formatOrderRef } from "../core/lifecycle.ts";
import type { ReminderPlan } from "../core/schemas.ts";
import { isReminderExpired } from "../core/timeline/plan-reminders.ts";
import type { Logger } from "../logger.ts";
import { buildReminderBlocks, buildReminderFailureText } from "../slack/blocks/reminder-blocks.ts";
import type { Database } from "../store/database.ts";
import { pauseWorkspaceReminders } from "../store/installations.ts";
import {
  type ClaimedReminder,
  claimDueReminders,
  expireReminders,
  markRemindersFailed,
  markRemindersSent,
  releaseReminders,
} from "../store/reminders-claim.ts";

export type ReminderTickDeps = {
  db: Database;
  /** One workspace: its client. Distribution mode: `slackFor` instead. */
  slack?: WebClient;
  /**
   * The client for a workspace's installation, its token refreshed when due as of `now`; null when the workspace has
   * no installation (uninstalled): its reminders are then paused, not retried.
   */
  slackFor?: (workspaceId: string, now: Date) => Promise<WebClient | null>;
  clock: Clock;
  logger: Logger;
  /** How long a claim holds (default 300 s): longer than one pass takes, short enough to recover soon. */
  leaseSeconds?: number;
  /** Claims (attempts) before a reminder is given up and the channel told (default 5). */
  maxAttempts?: number;
  /**
   * Reminders claimed per pass (default 100): small enough that one channel's share, posted a second
   * apart, fits well inside the lease; the rest wait for the next tick.
   */
  limit?: number;
  /** Gap between two messages to one channel (default 1,100 ms). */
  channelPaceMs?: number;
  /** Channels posted to at once (default 4). */
  channelConcurrency?: number;
  /** Longest Retry-After the tick waits for in place (default 30 s); longer ones go to a later tick. */
  maxRateLimitWaitSeconds?: number;
  /** Seconds before the n-th retry (default 60 * 2^(n-1), at most 1 hour). */
  backoffSeconds?: (attempt: number) => number;
  /** Waiting, replaceable so tests need not sleep for real. */
  sleep?: (ms: number) => Promise<void>;
};

export type ReminderTickResult = { posted: number; failed: number };

/** The messages of one pass: the due reminders of one order, posted together. */
type Delivery = { order: ClaimedReminder["order"]; reminders: ClaimedReminder["reminder"][] };

/** Time a post may take (timeout included) that must still fit before the lease ends (at most a quarter of it). */
const leaseMarginMs = 30_000;

const defaultBackoff = (attempt: number) => Math.min(3600, 60 * 2 ** Math.max(0, attempt - 1));

/** Runs one reminder pass as of `deps.clock.now()`; counts reminders posted and reminders that failed. */
export async function runReminderTick(deps: ReminderTickDeps): Promise<ReminderTickResult> {
  const { db, clock, logger } = deps;
  const leaseSeconds = deps.leaseSeconds ?? 300;
  const { lease, claimed } = await claimDueReminders(db, {
    now: clock.now(),
    limit: deps.limit ?? 100,
    leaseSeconds,
  });
  if (claimed.length === 0) return { posted: 0, failed: 0 };

  const now = clock.now();
  const expired = new Set(
    claimed
      .filter(({ reminder }) => isReminderExpired(planOf(reminder), now))
      .map(({ reminder }) => reminder.id),
  );
  if (expired.size > 0) {
    const ids = [...expired];
    await expireReminders(db, {
      ids,
      lease,
      reason: "expired: its deadline passed before it could be posted",
    });
    logger.info({ ids }, "expired reminders not posted");
  }

  const byChannel = new Map<string, Delivery[]>();
  const byOrder = new Map<string, Delivery>();
  for (const { reminder, order } of claimed) {
    if (expired.has(reminder.id)) continue;
    let delivery = byOrder.get(order.id);
    if (!delivery) {
      delivery = { order, reminders: [] };
      byOrder.set(order.id, delivery);
      const channelKey = `${order.workspaceId}/${order.channelId}`;
      byChannel.set(channelKey, [...(byChannel.get(channelKey) ?? []), delivery]);
    }
    delivery.reminders.push(reminder);
  }
  logger.debug(
    { reminders: claimed.length, messages: byOrder.size, channels: byChannel.size },
    "tick claimed",
  );

  const result: ReminderTickResult = { posted: 0, failed: 0 };
  const sleep = deps.sleep ?? ((ms: number) => sleepFor(ms));
  const queues = [...byChannel.values()];
  const workers = Array.from({ length: Math.min(deps.channelConcurrency ?? 4, queues.length) }, async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const [index, delivery] of queue.entries()) {
        if (index > 0) await sleep(deps.channelPaceMs ?? 1100);
        const outcome = await deliver(deps, delivery, lease, sleep);
        result.posted += outcome.posted;
        result.failed += outcome.failed;
      }
    }
  });
  await Promise.all(workers);
  logger.info({ ...result }, "reminder tick done");
  return result;
}

/** Posts one order's due reminders as one message and records the outcome. */
async function deliver(
  tickDeps: ReminderTickDeps,
  delivery: Delivery,
  lease: Date,
  sleep: (ms: number) => Promise<void>,
): Promise<ReminderTickResult> {
  const { db, clock, logger } = tickDeps;
  const subject = {
    number: formatOrderRef(delivery.order.number),
    draft: delivery.order.draft,
    state: delivery.order.state,
  };
  const ids = delivery.reminders.map((reminder) => reminder.id);
  const workspaceId = delivery.order.workspaceId;
  const slack = tickDeps.slackFor
    ? await tickDeps.slackFor(workspaceId, clock.now())
    : (tickDeps.slack ?? null);
  if (!slack) {
    // Uninstalled: nothing can be posted until the team installs again; waiting, not failing.
    await pauseWorkspaceReminders(db, { workspaceId, now: clock.now() });
    await releaseReminders(db, { ids, lease, retryAt: clock.now() });
    logger.warn(
      { workspace: workspaceId, order: subject.number },
      "no installation for this workspace: reminder skipped, its reminders paused until it is installed again",
    );
    return { posted: 0, failed: 0 };
  }
  const deps = { ...tickDeps, slack };
  const message = buildReminderBlocks({
    subject,
    reminders: delivery.reminders.map((reminder) => ({ id: String(reminder.id), plan: planOf(reminder) })),
  });
  const base = {
    channel: delivery.order.channelId,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
  };
  // No thread yet (the card was never posted): the reminder still reaches the channel.
  const args: ChatPostMessageArguments = delivery.order.threadTs
    ? {
        ...base,
        thread_ts: delivery.order.threadTs,
        reply_broadcast: delivery.reminders.some((reminder) => reminder.broadcast),
      }
    : base;

  const maxWait = deps.maxRateLimitWaitSeconds ?? 30;
  const margin = Math.min(leaseMarginMs, ((deps.leaseSeconds ?? 300) * 1000) / 4);
  for (let rateLimited = 0; ; rateLimited++) {
    // Near the end of the lease another tick may take these rows over: hand them back, don't race it.
    if (clock.now().getTime() > lease.getTime() - margin) {
      await releaseReminders(db, { ids, lease, retryAt: clock.now() });
      logger.warn({ order: subject.number }, "lease nearly over: reminders handed back to the next tick");
      return { posted: 0, failed: 0 };
    }
    try {
      const response = await slack.chat.postMessage(args);
      const marked = await markRemindersSent(db, {
        ids,
        lease,
        slackTs: response.ts ?? "",
        now: clock.now(),
      });
      if (marked < ids.length)
        logger.warn({ order: subject.number, ids, marked }, "reminder posted after its claim was lost");
      return { posted: ids.length, failed: 0 };
    } catch (error) {
      const retryAfter = rateLimitOf(error);
      if (retryAfter !== null && retryAfter <= maxWait && rateLimited < 3) {
        logger.info({ channel: args.channel, retryAfter }, "Slack rate limit: waiting");
        await sleep(retryAfter * 1000);
        continue;
      }
      if (retryAfter !== null) {
        // Waiting here would hold the lease and the channel: a later tick takes them, no attempt lost.
        await releaseReminders(db, {
          ids,
          lease,
          retryAt: new Date(clock.now().getTime() + retryAfter * 1000),
        });
        logger.info({ order: subject.number, retryAfter }, "Slack rate limit: reminders handed back");
        return { posted: 0, failed: 0 };
      }
      return recordFailure(deps, delivery, { ids, lease, error: describeError(error), subject });
    }
  }
}

async function recordFailure(
  deps: ReminderTickDeps & { slack: WebClient },
  delivery: Delivery,
  input: { ids: number[]; lease: Date; error: string; subject: { number: string } },
): Promise<ReminderTickResult> {
  const { db, slack, clock, logger } = deps;
  const maxAttempts = deps.maxAttempts ?? 5;
  const attempts = Math.max(...delivery.reminders.map((reminder) => reminder.attempts));
  const giveUp = attempts >= maxAttempts;
  const backoff = (deps.backoffSeconds ?? defaultBackoff)(attempts);
  const retryAt = giveUp ? null : new Date(clock.now().getTime() + backoff * 1000);
  await markRemindersFailed(db, { ids: input.ids, lease: input.lease, error: input.error, retryAt });
  logger.warn(
    { order: input.subject.number, attempts, error: input.error, retryAt: retryAt?.toISOString() ?? null },
    giveUp ? "reminder given up" : "reminder post failed, will retry",
  );
  if (giveUp) {
    try {
      await slack.chat.postMessage({
        channel: delivery.order.channelId,
        ...(delivery.order.threadTs ? { thread_ts: delivery.order.threadTs } : {}),
        text: buildReminderFailureText({
          subject: input.subject,
          kinds: delivery.reminders.map((reminder) => reminder.kind),
          attempts,
          error: input.error,
        }),
      });
    } catch (error) {
      logger.error(
        { order: input.subject.number, error: describeError(error) },
        "could not tell the channel",
      );
    }
  }
  return { posted: 0, failed: input.ids.length };
}

/** The stored row read back as the plan it was made from. */
function planOf(reminder: ClaimedReminder["reminder"]): ReminderPlan {
  return {
    kind: reminder.kind,
    key: reminder.key,
    dueAt: reminder.dueAt.toISOString(),
    broadcast: reminder.broadcast,
    about: reminder.about,
  };
}

/** Seconds Slack asked us to wait, when the error is a 429. */
function rateLimitOf(error: unknown): number | null {
  const coded = error as { code?: string; retryAfter?: number };
  return coded?.code === ErrorCode.RateLimitedError && typeof coded.retryAfter === "number"
    ? coded.retryAfter
    : null;
}

/** A short, token-free description for logs and the last_error column. */
function describeError(error: unknown): string {
  const coded = error as { code?: string; data?: { error?: string }; statusCode?: number; message?: string };
  if (coded?.code === ErrorCode.PlatformError && coded.data?.error) return `Slack said ${coded.data.error}`;
  if (coded?.code === ErrorCode.HTTPError) return `Slack answered HTTP ${coded.statusCode}`;
  if (coded?.code === ErrorCode.RequestError) return "Slack could not be reached";
  return error instanceof Error ? error.message : String(error);
}
