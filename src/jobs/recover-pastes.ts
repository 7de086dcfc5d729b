/**
 * Pastes left without an order (Slack answered 500 or was unreachable when the card was to be posted,
 * the process stopped mid-draft): after a grace period the job drafts them and posts the card, as
 * /order new would have. A paste that still fails after `maxAttempts` tries, or fails in a way a retry
 * won't fix, gets one message in its channel telling the person to send it again; then it is left alone.
 */
import type { TranscriptRow } from "../../db/schema.ts";
import { type ErrorCode, isAppError, userMessageOf } from "../errors.ts";
import type { ServiceDeps } from "../services/deps.ts";
import { draftOrderFromTranscript } from "../services/start-order.ts";
import { claimOrphanTranscripts, settleTranscript } from "../store/index.ts";

export type PasteRecoveryDeps = ServiceDeps & {
  /** Seconds a paste may stay without an order before the job takes it (default 600: longer than any draft). */
  graceSeconds?: number;
  /** Drafting attempts before giving up (default 5). */
  maxAttempts?: number;
  /** Pastes taken per run (default 20). */
  limit?: number;
};

export type PasteRecoveryResult = { drafted: number; failed: number; gaveUp: number };

/** Failures that would happen again on every try. */
const permanent: ErrorCode[] = ["analysis_too_slow", "input_too_large", "binary_input", "empty_input"];

/** One pass: claim the pastes due, draft each, tell the channel about those given up. */
export async function runPasteRecovery(deps: PasteRecoveryDeps): Promise<PasteRecoveryResult> {
  const now = deps.clock.now();
  const maxAttempts = deps.maxAttempts ?? 5;
  const claimed = await claimOrphanTranscripts(deps.store.db, {
    now,
    graceSeconds: deps.graceSeconds ?? 600,
    limit: deps.limit ?? 20,
  });
  const result: PasteRecoveryResult = { drafted: 0, failed: 0, gaveUp: 0 };
  for (const row of claimed) {
    if (row.draftAttempts > maxAttempts) {
      if (await tellGaveUp(deps, row, "it could not be drafted after several tries")) result.gaveUp++;
      continue;
    }
    try {
      const order = await draftOrderFromTranscript(deps, {
        workspaceId: row.workspaceId,
        channelId: row.channelId!,
        userId: row.userId,
        source: row.source,
        transcriptId: row.id,
        text: row.rawText!,
      });
      deps.logger.info({ transcript: row.id, order: order.ref }, "paste drafted by the recovery job");
      result.drafted++;
    } catch (error) {
      const code = isAppError(error) ? error.code : null;
      if (code && permanent.includes(code)) {
        if (await tellGaveUp(deps, row, userMessageOf(error))) result.gaveUp++;
        continue;
      }
      // Slack or the database still failing: a later run tries again, after a longer wait.
      deps.logger.warn(
        { transcript: row.id, attempt: row.draftAttempts, err: error },
        "paste not drafted yet",
      );
      result.failed++;
    }
  }
  return result;
}

/** One message in the paste's channel; the paste is settled only once Slack took it (else a later run retells). */
async function tellGaveUp(deps: PasteRecoveryDeps, row: TranscriptRow, why: string): Promise<boolean> {
  const at = row.createdAt.toISOString().slice(0, 16).replace("T", " ");
  try {
    await deps.slack.chat.postMessage({
      channel: row.channelId!,
      text: `:warning: <@${row.userId}>, no order could be drafted from your paste of ${at} UTC (transcript ${row.id.slice(0, 8)}): ${why.replace(/\.$/, "")}. Please send it again with \`/order new\`.`,
    });
  } catch (error) {
    deps.logger.warn({ transcript: row.id, err: error }, "could not tell the channel a paste was given up");
    return false;
  }
  await settleTranscript(deps.store.db, { id: row.id, now: deps.clock.now() });
  deps.logger.warn({ transcript: row.id }, "paste given up by the recovery job");
  return true;
}
