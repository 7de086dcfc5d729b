/** Raw transcripts: stored before extraction runs, so nothing a person pasted is lost; purged by retention. */
import { createHash } from "node:crypto";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { channels, type TranscriptRow, type TranscriptSource, transcripts } from "../../db/schema.ts";
import { ensureChannel, ensureWorkspace } from "./channels.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

/** Stores a pasted transcript with its sha256 and size; returns its id and hash. */
export async function saveTranscript(
  db: Database,
  input: {
    workspaceId: string;
    channelId: string | null;
    userId: string;
    source: TranscriptSource;
    text: string;
  },
): Promise<{ id: string; contentHash: string }> {
  return guard(async () => {
    if (input.channelId)
      await ensureChannel(db, { workspaceId: input.workspaceId, channelId: input.channelId });
    else await ensureWorkspace(db, { workspaceId: input.workspaceId });
    const contentHash = createHash("sha256").update(input.text, "utf8").digest("hex");
    const [row] = await db
      .insert(transcripts)
      .values({
        workspaceId: input.workspaceId,
        channelId: input.channelId,
        userId: input.userId,
        source: input.source,
        rawText: input.text,
        contentHash,
        byteLength: Buffer.byteLength(input.text, "utf8"),
      })
      .returning({ id: transcripts.id });
    return { id: row!.id, contentHash };
  });
}

/** One transcript by id, or null. */
export async function getTranscript(db: Database, input: { id: string }): Promise<TranscriptRow | null> {
  return guard(async () => {
    const [row] = await db.select().from(transcripts).where(eq(transcripts.id, input.id));
    return row ?? null;
  });
}

/**
 * Retention as each channel set it (ChannelSettings.transcriptRetentionDays; off by default): nulls the
 * raw text of that channel's transcripts older than its limit. Returns how many were purged.
 */
export async function purgeExpiredTranscripts(db: Database, input: { now: Date }): Promise<number> {
  return guard(async () => {
    const days = sql`(${channels.settings}->>'transcriptRetentionDays')`;
    const purged = await db
      .update(transcripts)
      .set({ rawText: null, purgedAt: input.now })
      .from(channels)
      .where(
        and(
          eq(channels.workspaceId, transcripts.workspaceId),
          eq(channels.id, transcripts.channelId),
          sql`jsonb_typeof(${channels.settings}->'transcriptRetentionDays') = 'number'`,
          sql`${transcripts.createdAt} < ${input.now.toISOString()}::timestamptz - ${days}::int * interval '1 day'`,
          isNotNull(transcripts.rawText),
        ),
      )
      .returning({ id: transcripts.id });
    return purged.length;
  });
}

/**
 * Claims up to `limit` pastes left without an order: stored more than `graceSeconds` ago, still holding
 * their text, not settled, due for a try. Each claim counts an attempt and puts the next try off
 * (1, 2, 4 ... minutes), so replicas running the job together never take the same paste twice
 * (FOR UPDATE SKIP LOCKED) and a paste that keeps failing is tried less and less often.
 */
export async function claimOrphanTranscripts(
  db: Database,
  input: { now: Date; graceSeconds: number; limit: number },
): Promise<TranscriptRow[]> {
  return guard(async () => {
    const now = input.now.toISOString();
    const cutoff = new Date(input.now.getTime() - input.graceSeconds * 1000).toISOString();
    return db
      .update(transcripts)
      .set({
        draftAttempts: sql`${transcripts.draftAttempts} + 1`,
        nextDraftAt: sql`${now}::timestamptz + interval '1 minute' * power(2, least(${transcripts.draftAttempts}, 6))`,
      })
      .where(
        sql`${transcripts.id} in (
          select t.id from transcripts t
          where t.settled_at is null and t.raw_text is not null and t.channel_id is not null
            and t.created_at < ${cutoff}::timestamptz
            and (t.next_draft_at is null or t.next_draft_at <= ${now}::timestamptz)
            and not exists (select 1 from orders o where o.transcript_id = t.id)
          order by t.created_at
          limit ${input.limit}
          for update skip locked)`,
      )
      .returning();
  });
}

/** No more drafting for this paste (the person was told, or a retry would fail the same way). */
export async function settleTranscript(db: Database, input: { id: string; now: Date }): Promise<void> {
  await guard(async () => {
    await db.update(transcripts).set({ settledAt: input.now }).where(eq(transcripts.id, input.id));
  });
}
