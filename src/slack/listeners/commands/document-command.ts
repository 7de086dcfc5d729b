/**
 * `/order contract|checklist PO-n` and `/order settings company "..."`: ack at once, then draw and
 * upload the file into the order's thread (or store the company name) and answer the person.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { claimRequest } from "../../../services/dedupe.ts";
import type { ServiceDeps } from "../../../services/deps.ts";
import { sendOrderDocument } from "../../../services/send-order-document.ts";
import { setWorkspaceCompanyName } from "../../../services/set-company-name.ts";
import { buildUsageBlocks } from "../../blocks/help.ts";
import { type DocumentCommand, parseDocumentCommand } from "../../parse-document-command.ts";
import { explain, respondEphemeral } from "../reply.ts";

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * Runs before the main /order listener: takes the document and settings subcommands, and passes every
 * other one on.
 */
export function routeDocumentCommands(deps: ServiceDeps) {
  return async (args: Args): Promise<void> => {
    const parsed = parseDocumentCommand(args.command.text ?? "");
    if (parsed) await handleDocumentCommand(deps, args, parsed);
    else await args.next();
  };
}

/** Handle a parsed document or settings subcommand of /order. */
async function handleDocumentCommand(deps: ServiceDeps, args: Args, parsed: DocumentCommand): Promise<void> {
  const { command, ack, respond } = args;
  if (parsed.kind === "invalid")
    return ack({ response_type: "ephemeral", ...buildUsageBlocks(parsed.reason) });
  await ack(
    parsed.kind === "company"
      ? undefined
      : { response_type: "ephemeral", text: `Drawing the ${parsed.kind} for PO-${parsed.ref}…` },
  );
  const scope = { workspaceId: command.team_id, channelId: command.channel_id };
  try {
    // A retried delivery carries the same trigger_id: upload once.
    if (
      !(await claimRequest(deps, {
        key: `command:${command.team_id}:${command.trigger_id}`,
        kind: "command",
      }))
    )
      return;
    const sentence =
      parsed.kind === "company"
        ? await setWorkspaceCompanyName(deps, { workspaceId: command.team_id, name: parsed.name })
        : await sendOrderDocument(deps, {
            ...scope,
            ref: `PO-${parsed.ref}`,
            kind: parsed.kind,
            ...(parsed.kind === "checklist" ? { format: parsed.format, aqls: parsed.aqls } : {}),
          });
    await respondEphemeral(respond, sentence);
  } catch (error) {
    await respondEphemeral(respond, explain(deps.logger, error, `/order ${parsed.kind}`)).catch((e) =>
      deps.logger.error({ err: e }, "reply failed"),
    );
  }
}
