/**
 * The daily purge: raw transcripts past their channel's retention (`transcriptRetentionDays`) lose their
 * text (the hash stays as evidence), and idempotency keys old enough that Slack can no longer retry them
 * are forgotten, so `processed_requests` does not grow forever.
 */
import type { Clock } from "../core/clock.ts";
import type { Logger } from "../logger.ts";
import { type Database, purgeExpiredTranscripts, purgeProcessedRequests } from "../store/index.ts";

/** Slack retries within minutes and response_url lives 30 minutes: two days is ample. */
const requestKeyDays = 2;

export type DailyPurgeDeps = { db: Database; clock: Clock; logger: Logger };

/** One purge pass as of the clock; returns how many transcripts and request keys it purged. */
export async function runDailyPurge(
  deps: DailyPurgeDeps,
): Promise<{ transcripts: number; requests: number }> {
  const now = deps.clock.now();
  const transcripts = await purgeExpiredTranscripts(deps.db, { now });
  const requests = await purgeProcessedRequests(deps.db, {
    before: new Date(now.getTime() - requestKeyDays * 86_400_000),
  });
  deps.logger.info({ transcripts, requests }, "daily purge");
  return { transcripts, requests };
}
