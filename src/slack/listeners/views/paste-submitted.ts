/** The paste modal's submission: its boxes joined in order (plus an attached text file) become a new order. */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { claimRequest } from "../../../services/dedupe.ts";
import type { ServiceDeps } from "../../../services/deps.ts";
import { startOrderFromTranscript } from "../../../services/start-order.ts";
import { ids, pastePartCount } from "../../ids.ts";
import { readSharedFiles, type SharedFile } from "../../read-messages.ts";
import { splitMessage } from "../../split-message.ts";
import { explain } from "../reply.ts";

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const Metadata = z.object({ channelId: z.string().min(1) });

/** The paste-modal submission listener. */
export function handlePasteSubmitted(deps: ServiceDeps) {
  return async ({ ack, view, body, client }: Args): Promise<void> => {
    const values = view.state.values;
    const parts = Array.from(
      { length: pastePartCount },
      (_, i) => values[ids.block.pastePart(i)]?.[ids.element.pastePart]?.value ?? "",
    );
    const files = (values[ids.block.pasteFile]?.[ids.element.pasteFile]?.files ?? []) as SharedFile[];
    // Boxes were filled in order; each continues the previous one exactly where Slack's 3,000 characters stopped it.
    const pasted = parts.join("");
    if (pasted.trim() === "" && files.length === 0) {
      await ack({
        response_action: "errors",
        errors: { [ids.block.pastePart(0)]: "Paste the supplier chat here, or attach it as a text file." },
      });
      return;
    }
    await ack();
    const metadata = Metadata.safeParse(JSON.parse(view.private_metadata || "{}"));
    const workspaceId = body.team?.id ?? body.user.team_id ?? "";
    const userId = body.user.id;
    if (!metadata.success) return void deps.logger.warn("paste modal without a channel");
    const channelId = metadata.data.channelId;
    try {
      if (!(await claimRequest(deps, { key: `view:${workspaceId}:${view.id}:${view.hash}`, kind: "view" })))
        return;
      const fileTexts = await readSharedFiles(deps, files);
      const text = [pasted, ...fileTexts].filter((part) => part.trim() !== "").join("\n\n");
      await startOrderFromTranscript(deps, { workspaceId, channelId, userId, source: "modal", text });
    } catch (error) {
      const sentence = explain(deps.logger, error, "paste modal");
      // No response_url here: tell the person in the channel, only them, and give the paste back.
      const pieces = [sentence, ...splitMessage(pasted).map((piece) => `\`\`\`${piece}\`\`\``)];
      for (const text of pieces)
        await client.chat
          .postEphemeral({ channel: channelId, user: userId, text })
          .catch((e) => deps.logger.error({ err: e }, "reply failed"));
    }
  };
}
