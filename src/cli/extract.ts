/** `extract --json FILE|-`: read a supplier chat and print the DraftOrder (contract.md). */
import { checkTranscriptText } from "../core/input.ts";
import type { DraftOrder } from "../core/schemas.ts";
import { draftTranscript } from "../pipeline/draft-transcript.ts";
import type { CliCommand } from "./command.ts";
import { configuredModel } from "./configured-model.ts";
import { readTranscriptArgument } from "./read-input.ts";

function summary(draft: DraftOrder): string {
  const lines = [`supplier: ${draft.supplier ?? "-"}`, `currency: ${draft.currency ?? "-"}`];
  for (const [i, item] of draft.items.entries()) {
    const quantity = item.quantity === null ? "-" : `${item.quantity}${item.unit ? ` ${item.unit}` : ""}`;
    lines.push(`item ${i + 1}: ${item.name}, quantity ${quantity}, unit price ${item.unitPrice ?? "-"}`);
  }
  const s = draft.shipping;
  lines.push(`shipping: ${s.incoterm ?? "-"} ${s.place ?? ""} by ${s.method ?? "-"}, fee ${s.fee ?? "-"}`);
  const d = draft.dispatch;
  lines.push(
    `dispatch: ${d.basis === "fixed_date" ? `by ${d.date}` : d.basis ? `${d.days} days ${d.basis.replace("_", " ")}` : "-"}`,
  );
  const p = draft.payment;
  lines.push(
    `payment: deposit ${p.depositPercent ?? "-"}%, balance ${p.balance ?? "-"}, by ${p.method ?? "-"}`,
  );
  lines.push(
    `inspection: ${draft.inspection.required === null ? "-" : draft.inspection.required ? (draft.inspection.by ?? "yes") : "none"}`,
  );
  return `${lines.join("\n")}\n`;
}

export const command: CliCommand = {
  usage: "extract [--json] FILE|-",
  summary: "read a supplier chat transcript, print the draft order",
  async run(context) {
    // The draft `review` and the Slack app review (rules, then the model when configured); the review
    // itself never changes the draft, so it is not run (nor its English model loaded) here.
    const raw = await readTranscriptArgument(context.args[0], context.stdin);
    const { clock } = context;
    const deps = {
      model: await configuredModel(context),
      clock,
      // Read only by the model step: a rules-only run never makes a logger.
      get logger() {
        return context.logger;
      },
    };
    const draft = await draftTranscript(deps, {
      text: checkTranscriptText(raw),
      now: context.nowGiven ? clock.now() : undefined,
    });
    context.stdout.write(context.flags.json ? `${JSON.stringify(draft, null, 2)}\n` : summary(draft));
    return 0;
  },
};
