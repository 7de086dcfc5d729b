/**
 * A paste becomes an order: the transcript is stored FIRST (so nothing is lost whatever fails next),
 * a "working" message goes to the channel, extraction and review run (the model may take 20 s), the
 * order is created with the next PO number, and the working message becomes the draft card, which is
 * the root of the order's thread.
 */
import { checkTranscriptText } from "../core/input.ts";
import { AppError, isAppError } from "../errors.ts";
import { analyzeTranscript } from "../pipeline/analyze-transcript.ts";
import { createOrder, saveTranscript, setOrderThread, settleTranscript } from "../store/index.ts";
import type { Scope, ServiceDeps } from "./deps.ts";
import { viewOf } from "./order-view.ts";
import { postInThread } from "./post-to-thread.ts";

type TranscriptSource = Parameters<typeof saveTranscript>[1]["source"];

/** Where a paste came from, in the app's words. */
export type PasteSource = "command" | "shortcut" | "thread" | "modal" | "file";

const sources: Record<PasteSource, TranscriptSource> = {
  command: "slash_command",
  shortcut: "shortcut",
  thread: "thread",
  modal: "modal",
  file: "file",
};

/** Store, draft, review, create and post one order; returns its reference and the card's ts. */
export async function startOrderFromTranscript(
  deps: ServiceDeps,
  input: Scope & { userId: string; source: PasteSource; text: string },
): Promise<{ ref: string; orderId: string; ts: string }> {
  const text = checkTranscriptText(input.text);
  const { db } = deps.store;
  // "Kept" is said only of a committed transcript row: if storing fails, the person is told it was not saved.
  const transcript = await saveTranscript(db, {
    workspaceId: input.workspaceId,
    channelId: input.channelId,
    userId: input.userId,
    source: sources[input.source],
    text,
  }).catch((error: unknown) => {
    throw new AppError(
      "database_unavailable",
      "The order database is not answering right now, so your paste was not saved: please send it again in a minute.",
      { cause: error },
    );
  });
  return draftOrderFromTranscript(deps, {
    ...input,
    source: sources[input.source],
    transcriptId: transcript.id,
    text,
  });
}

/**
 * Draft, review, create and post the order of a stored paste: the second half of /order new, and what the
 * recovery job (jobs/recover-pastes.ts) runs for a paste left without an order.
 */
export async function draftOrderFromTranscript(
  deps: ServiceDeps,
  input: Scope & { userId: string; source: TranscriptSource; transcriptId: string; text: string },
): Promise<{ ref: string; orderId: string; ts: string }> {
  const { db } = deps.store;
  const transcript = { id: input.transcriptId };
  const text = input.text;
  const working = await deps.slack.chat.postMessage({
    channel: input.channelId,
    text: `:hourglass_flowing_sand: Drafting a purchase order from <@${input.userId}>'s paste…`,
  });
  const ts = working.ts!;
  const channel = working.channel ?? input.channelId;
  try {
    const review = await analyzeTranscript(
      {
        model: deps.model,
        logger: deps.logger,
        clock: deps.clock,
        analysis: deps.analysis && {
          runner: deps.analysis,
          budgetMs: deps.config.ANALYSIS_BUDGET_S * 1000,
        },
      },
      { text },
    ).catch(async (error: unknown) => {
      if (!isAppError(error, "analysis_too_slow")) throw error;
      // The person is told now, and trying again would stop the same way: the recovery job leaves it.
      await settleTranscript(db, { id: transcript.id, now: deps.clock.now() }).catch(() => {});
      throw new AppError(
        "analysis_too_slow",
        `Reading your paste took longer than the ${deps.config.ANALYSIS_BUDGET_S} s allowed, so it was stopped; what you sent is kept (transcript ${transcript.id.slice(0, 8)}). Paste only the negotiation (or split it) and try again.`,
      );
    });
    const row = await createOrder(db, {
      workspaceId: input.workspaceId,
      channelId: input.channelId,
      transcriptId: transcript.id,
      createdBy: input.userId,
      draft: review.order,
      findings: review.findings,
      source: input.source,
    });
    const view = await viewOf(deps, row, review.claims);
    const card = deps.draw.orderCard(view);
    await deps.slack.chat.update({ channel, ts, text: card.text, blocks: card.blocks });
    await setOrderThread(db, { orderId: row.id, threadTs: ts, actor: input.userId });
    await postInThread(deps, { channel, threadTs: ts, messages: card.overflow });
    deps.logger.info({ order: view.ref, channel, findings: view.findings.length }, "order drafted");
    return { ref: view.ref, orderId: row.id, ts };
  } catch (error) {
    // The paste is stored; say so where everyone saw "working", then let the edge tell the person why.
    await deps.slack.chat
      .update({
        channel,
        ts,
        text: `:warning: The draft could not be finished; <@${input.userId}>'s paste is kept (transcript ${transcript.id.slice(0, 8)}). Try \`/order new\` again in a minute.`,
      })
      .catch((updateError) => deps.logger.warn({ err: updateError }, "working message not updated"));
    throw error;
  }
}
