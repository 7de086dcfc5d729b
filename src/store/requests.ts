/** Idempotency keys: a retried Slack delivery or a double click is recognised and changes nothing twice. */
import { lt } from "drizzle-orm";
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
