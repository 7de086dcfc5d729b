/**
 * Exactly-once handling of Slack deliveries: a retried delivery or a double click carries the same
 * business key, and only the first claim of a key does the work (the claim is a database row, so it
 * holds across replicas).
 */
import { claimRequestKey } from "../store/index.ts";
import type { ServiceDeps } from "./deps.ts";
import { directLane } from "./lane.ts";

/** True the first time `key` is seen; false for a repeat, which the caller then skips. */
export async function claimRequest(
  deps: ServiceDeps,
  input: { key: string; kind: string },
): Promise<boolean> {
  const lane = deps.lane ?? directLane;
  const first = await lane(() => claimRequestKey(deps.store.db, input));
  if (!first) deps.logger.info({ key: input.key }, "repeated Slack delivery ignored");
  return first;
}
