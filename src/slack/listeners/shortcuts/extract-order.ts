/**
 * "Extract order" on any message: the message (or, on a thread root, the whole thread read with
 * conversations.replies) plus any text file shared in it becomes the transcript of a new order.
 */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { claimRequest } from "../../../services/dedupe.ts";
import type { ServiceDeps } from "../../../services/deps.ts";
import { startOrderFromTranscript } from "../../../services/start-order.ts";
import { readSharedFiles, readThreadText, type SharedFile } from "../../read-messages.ts";
import { explain, respondEphemeral } from "../reply.ts";

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/** The message-shortcut listener. */
export function handleExtractOrder(deps: ServiceDeps) {
  return async ({ shortcut, ack, respond, client }: Args): Promise<void> => {
    await ack();
    const workspaceId = shortcut.team?.id ?? shortcut.user.team_id ?? "";
    const channelId = shortcut.channel.id;
    const message = shortcut.message as MessageShortcut["message"] & {
      thread_ts?: string;
      reply_count?: number;
      files?: SharedFile[];
    };
    try {
      // Two clicks on the same message within a minute are one request (a retry or a double click).
      const minute = Math.floor(deps.clock.now().getTime() / 60_000);
      const key = `shortcut:${workspaceId}:${channelId}:${shortcut.message_ts}:${shortcut.user.id}:${minute}`;
      if (!(await claimRequest(deps, { key, kind: "shortcut" }))) return;
      const isThreadRoot = (message.reply_count ?? 0) > 0 || message.thread_ts === message.ts;
      const parts = isThreadRoot
        ? await readThreadText(client, { channel: channelId, ts: message.ts })
        : { text: message.text ?? "", files: message.files ?? [] };
      const fileTexts = await readSharedFiles(deps, parts.files);
      const text = [parts.text, ...fileTexts].filter((part) => part.trim() !== "").join("\n\n");
      await startOrderFromTranscript(deps, {
        workspaceId,
        channelId,
        userId: shortcut.user.id,
        source: "shortcut",
        text,
      });
    } catch (error) {
      const sentence = explain(deps.logger, error, "Extract order");
      await respondEphemeral(respond, sentence).catch((e) => deps.logger.error({ err: e }, "reply failed"));
    }
  };
}
