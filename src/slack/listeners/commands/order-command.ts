/**
 * `/order`: ack within Slack's 3 seconds, then parse the grammar and hand the request to a service.
 * Slow work (storing, extraction, the model) always runs after the ack.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { isAppError } from "../../../errors.ts";
import { confirmOrder } from "../../../services/confirm-order.ts";
import { claimRequest } from "../../../services/dedupe.ts";
import type { ServiceDeps } from "../../../services/deps.ts";
import { exportOrder } from "../../../services/export-order.ts";
import { listChannelOrders } from "../../../services/list-orders.ts";
import { orderHistory } from "../../../services/order-history.ts";
import { recordLifecycleEvent } from "../../../services/record-lifecycle-event.ts";
import { setOrderField } from "../../../services/set-order-field.ts";
import { reviewOrder, showOrder } from "../../../services/show-order.ts";
import { startOrderFromTranscript } from "../../../services/start-order.ts";
import { buildConfirmProblemsMessage } from "../../blocks/confirm-problems.ts";
import { buildFieldHelpBlocks, buildHelpBlocks, buildUsageBlocks } from "../../blocks/help.ts";
import { buildHistoryMessages } from "../../blocks/history.ts";
import { buildPasteModal } from "../../blocks/modals.ts";
import { buildOrderListMessages } from "../../blocks/order-list.ts";
import { parseOrderCommand } from "../../parse-order-command.ts";
import { splitMessage } from "../../split-message.ts";
import { explain, respondEphemeral, respondWithEcho } from "../reply.ts";

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** The /order listener. */
export function handleOrderCommand(deps: ServiceDeps) {
  return async ({ command, ack, respond, client }: Args): Promise<void> => {
    const parsed = parseOrderCommand(command.text ?? "");
    if (parsed.kind === "help")
      return ack({
        response_type: "ephemeral",
        ...(parsed.topic === "fields" ? buildFieldHelpBlocks() : buildHelpBlocks()),
      });
    if (parsed.kind === "invalid")
      return ack({ response_type: "ephemeral", ...buildUsageBlocks(parsed.reason) });
    if (parsed.kind === "new" && parsed.text.trim() === "") {
      await ack();
      // trigger_id lives about 3 seconds: open the modal right after the ack.
      await client.views.open({
        trigger_id: command.trigger_id,
        view: buildPasteModal({ channelId: command.channel_id }),
      });
      return;
    }
    const scope = { workspaceId: command.team_id, channelId: command.channel_id };
    const ref = "ref" in parsed ? `PO-${parsed.ref}` : "";
    await ack(
      parsed.kind === "new"
        ? { response_type: "ephemeral", text: "Working on it… storing your paste and drafting the order." }
        : undefined,
    );
    try {
      // A retried delivery carries the same trigger_id: do the work once.
      const writes = !["list", "show", "review", "export", "history"].includes(parsed.kind);
      if (
        writes &&
        !(await claimRequest(deps, {
          key: `command:${command.team_id}:${command.trigger_id}`,
          kind: "command",
        }))
      )
        return;
      switch (parsed.kind) {
        case "new": {
          await startOrderFromTranscript(deps, {
            ...scope,
            userId: command.user_id,
            source: "command",
            text: parsed.text,
          });
          return;
        }
        case "list": {
          for (const message of buildOrderListMessages(await listChannelOrders(deps, scope)))
            await respond({ response_type: "ephemeral", ...message });
          return;
        }
        case "show": {
          const card = await showOrder(deps, { ...scope, ref });
          await respond({ response_type: "ephemeral", text: card.text, blocks: card.blocks });
          for (const message of card.overflow) await respond({ response_type: "ephemeral", ...message });
          return;
        }
        case "review": {
          for (const message of await reviewOrder(deps, { ...scope, ref }))
            await respond({ response_type: "ephemeral", ...message });
          return;
        }
        case "export": {
          const text = await exportOrder(deps, { ...scope, ref });
          // One code block per piece, so it pastes cleanly into the order form.
          for (const piece of splitMessage(text, 2900))
            await respondEphemeral(respond, `\`\`\`${piece}\`\`\``);
          return;
        }
        case "history": {
          const history = await orderHistory(deps, { ...scope, ref });
          for (const message of buildHistoryMessages(history.ref, history.entries))
            await respond({ response_type: "ephemeral", ...message });
          return;
        }
        case "set": {
          try {
            const result = await setOrderField(deps, {
              ...scope,
              ref,
              field: parsed.field,
              value: parsed.value,
              actor: command.user_id,
              source: "command",
              anyway: parsed.anyway,
            });
            await respondEphemeral(respond, result.message);
          } catch (error) {
            if (!isAppError(error, "needs_confirmation")) throw error;
            // The second step is the same command with `anyway`: nothing is changed until then.
            await respondEphemeral(
              respond,
              `${error.userMessage} Nothing was changed. To change it anyway: \`/order set ${ref} ${parsed.field} ${parsed.value} anyway\``,
            );
          }
          return;
        }
        case "confirm": {
          const outcome = await confirmOrder(deps, {
            ...scope,
            ref,
            actor: command.user_id,
            source: "command",
            anyway: parsed.anyway,
          });
          if (outcome.kind === "problems")
            await respond({
              response_type: "ephemeral",
              replace_original: false,
              ...buildConfirmProblemsMessage(outcome.ref, outcome.problems),
            });
          else await respondEphemeral(respond, outcome.message);
          return;
        }
        case "paid":
        case "shipped":
        case "received":
        case "completed":
        case "cancel": {
          const result = await recordLifecycleEvent(deps, {
            ...scope,
            ref,
            kind: parsed.event,
            date: parsed.date,
            reason: parsed.kind === "cancel" ? parsed.reason : null,
            actor: command.user_id,
            source: "command",
          });
          await respondEphemeral(respond, result.message);
          return;
        }
      }
    } catch (error) {
      const sentence = explain(deps.logger, error, `/order ${parsed.kind}`);
      if (parsed.kind === "new" && (isAppError(error, "database_unavailable") || !isAppError(error)))
        await respondWithEcho(respond, sentence, parsed.text).catch((e) =>
          deps.logger.error({ err: e }, "echo failed"),
        );
      else
        await respondEphemeral(respond, sentence).catch((e) => deps.logger.error({ err: e }, "reply failed"));
    }
  };
}
