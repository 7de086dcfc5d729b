/** Idempotency keys: a retried Slack delivery or a double click is recognised and changes nothing twice. */
import { eq, lt } from "drizzle-orm";
import { processedRequests } from "../../db/schema.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

/** True the first time a key is seen, false for a duplicate (insert ... on conflict do nothing). */
export async function claimRequestKey(db: Database, input: { key: string; kind: string }): Promise<boolean> {
  return guard(async () => {
    const inserted = await db
      .insert(processedRequests)
      .values({ key: input.key, kind: input.kind })
      .onConflictDoNothing()
      .returning({ key: processedRequests.key });
    return inserted.length === 1;
  });
}

/** Stores what a processed request produced, so a duplicate can answer the same thing. */
export async function saveRequestResult(
  db: Database,
  input: { key: string; result: unknown },
): Promise<void> {
  await guard(async () => {
    await db
      .update(processedRequests)
      .set({ result: input.result })
      .where(eq(processedRequests.key, input.key));
  });
}

/** The stored result of a processed request (null if none was saved or the key is unknown). */
export async function getRequestResult(db: Database, input: { key: string }): Promise<unknown> {
  return guard(async () => {
    const [row] = await db
      .select({ result: processedRequests.result })
      .from(processedRequests)
      .where(eq(processedRequests.key, input.key));
    return row?.result ?? null;
  });
}

/** Forgets idempotency keys older than `before` (Slack retries within minutes); returns how many. */
export async function purgeProcessedRequests(db: Database, input: { before: Date }): Promise<number> {
  return guard(async () => {
    const rows = await db
      .delete(processedRequests)
      .where(lt(processedRequests.createdAt, input.before))
      .returning({ key: processedRequests.key });
    return rows.length;
  });
}
