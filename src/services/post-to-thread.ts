/**
 * Keeping an order's Slack thread in step: refresh the card at its root, and say in the thread what
 * changed. Long texts are split over several messages, never cut.
 */
import type { OrderRow } from "../store/index.ts";
import type { BlockMessage, ServiceDeps } from "./deps.ts";
import type { OrderView } from "./order-view.ts";

/** Post messages into a thread one after the other (Slack keeps their order only if we wait). */
export async function postInThread(
  deps: ServiceDeps,
  input: { channel: string; threadTs: string; messages: BlockMessage[] },
): Promise<void> {
  for (const message of input.messages)
    await deps.slack.chat.postMessage({
      channel: input.channel,
      thread_ts: input.threadTs,
      text: message.text,
      blocks: message.blocks,
    });
}

/**
 * Redraw the card at the thread root and post `note` in the thread. A Slack failure here is logged, not
 * thrown: the change is already saved, and the card catches up on the next change.
 */
export async function refreshOrderThread(
  deps: ServiceDeps,
  row: OrderRow,
  view: OrderView,
  note: string,
): Promise<void> {
  if (!row.threadTs) return;
  try {
    const card = deps.draw.orderCard(view);
    await deps.slack.chat.update({
      channel: row.channelId,
      ts: row.threadTs,
      text: card.text,
      blocks: card.blocks,
    });
    await postInThread(deps, {
      channel: row.channelId,
      threadTs: row.threadTs,
      messages: deps.draw.textMessages(note),
    });
  } catch (error) {
    deps.logger.warn({ err: error, order: view.ref }, "order thread not refreshed");
  }
}
