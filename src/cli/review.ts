/** `review --json FILE|-`: read a transcript, print the Review (the draft plus findings and claims). */
import { checkTranscriptText } from "../core/input.ts";
import type { Review } from "../core/schemas.ts";
import { analyzeTranscript } from "../pipeline/analyze-transcript.ts";
import type { CliCommand, CliContext } from "./command.ts";
import { configuredModel } from "./configured-model.ts";
import { readTranscriptArgument } from "./read-input.ts";

/** Review a transcript argument with the configured model (none without OPENAI_API_KEY). */
export async function reviewArgument(context: CliContext): Promise<Review> {
  const raw = await readTranscriptArgument(context.args[0], context.stdin);
  const { logger, clock } = context;
  return analyzeTranscript(
    { model: await configuredModel(context), logger, clock },
    { text: checkTranscriptText(raw), now: context.nowGiven ? clock.now() : undefined },
  );
}

function summary(review: Review): string {
  const lines = review.findings.map(
    (finding) =>
      `- ${finding.kind} ${finding.field}${finding.quote ? ` "${finding.quote}"` : ""}${finding.line ? ` (line ${finding.line})` : ""}\n    ${finding.suggestion}`,
  );
  return [
    `${review.findings.length} finding${review.findings.length === 1 ? "" : "s"}`,
    ...lines,
    `late-delivery claim possible: ${review.claims.lateDelivery ? "yes" : "no"}; quality claim possible: ${review.claims.quality ? "yes" : "no"}`,
  ].join("\n");
}

export const command: CliCommand = {
  usage: "review --json FILE|-",
  summary: "read a transcript, print a Review (draft, findings, claims)",
  async run(context) {
    const review = await reviewArgument(context);
    context.stdout.write(
      context.flags.json ? `${JSON.stringify(review, null, 2)}\n` : `${summary(review)}\n`,
    );
    return 0;
  },
};
