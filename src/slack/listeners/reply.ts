/**
 * How listeners answer a person when something fails: one plain sentence, ephemeral, and for a paste
 * that could not be stored, the paste itself echoed back so nothing they sent is lost.
 */
import type { RespondFn } from "@slack/bolt";
import { AppError, userMessageOf } from "../../errors.ts";
import type { Logger } from "../../logger.ts";
import { splitMessage } from "../split-message.ts";

/** response_url takes 5 uses; keep one for the error sentence. Message text is cut by Slack above 40,000. */
const echoPieceLength = 38_000;
const maxEchoPieces = 4;

/** Log an error caught at the edge and return the sentence to show. */
export function explain(logger: Logger, error: unknown, what: string): string {
  if (error instanceof AppError)
    logger.warn({ code: error.code, err: error.cause ?? error }, `${what}: ${error.code}`);
  else logger.error({ err: error }, `${what} failed`);
  return userMessageOf(error);
}

/** Send an ephemeral sentence through response_url without touching the original message. */
export async function respondEphemeral(respond: RespondFn, text: string): Promise<void> {
  await respond({ response_type: "ephemeral", replace_original: false, text });
}

/** Tell the person a paste failed and give it back in pieces, so they can send it again. */
export async function respondWithEcho(respond: RespondFn, sentence: string, paste: string): Promise<void> {
  const pieces = splitMessage(paste, echoPieceLength);
  const shown = pieces.slice(0, maxEchoPieces);
  const note =
    pieces.length > shown.length
      ? " The paste is too long to echo in full here; the first part is below, and the whole of it is still in your clipboard or the original message."
      : " Your paste is below so nothing is lost: copy it and send it again.";
  await respondEphemeral(respond, `${sentence}${note}`);
  for (const piece of shown) await respondEphemeral(respond, `\`\`\`${piece.replace(/```/g, "ˋˋˋ")}\`\`\``);
}
