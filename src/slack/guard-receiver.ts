/**
 * Checks Bolt's HTTPReceiver leaves out, run before it sees a request to the events endpoint:
 * - a signed body whose payload is not a JSON object (form `payload=null`, JSON `null`, `42`, `[]`) made
 *   HTTPReceiver read `body.ssl_check` on null outside any handler, and the process exited
 *   (upstream: @slack/bolt HTTPReceiver.handleIncomingEvent reads `body.ssl_check` on whatever
 *   parseHTTPRequestBody returned, unguarded, in an async closure nobody awaits). Such a body gets 400.
 * - Bolt's verifySlackRequest refuses stamps more than 5 minutes in the past only; a stamp more than
 *   5 minutes in the future is refused here too (401), so a captured request cannot be replayed later.
 * Signature, body limit and everything else stay Bolt's: the body is buffered once, the way Bolt buffers
 * it, and handed on.
 * @see https://api.slack.com/authentication/verifying-requests-from-slack
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type HTTPReceiver, HTTPModuleFunctions as http } from "@slack/bolt";
import type { Clock } from "../core/clock.ts";
import type { Logger } from "../logger.ts";

/** Slack's window for a request's timestamp, both ways. */
const maxSkewSeconds = 5 * 60;

function isPlainObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Wraps the receiver's request listener with the checks above; call before the receiver starts. */
export function guardHttpReceiver(
  receiver: HTTPReceiver,
  options: { signingSecret: string; endpoint: string; clock: Clock; logger: Logger },
): void {
  const original = receiver.requestListener;
  const refuse = (res: ServerResponse, status: number, why: string) => {
    options.logger.warn({ status, why }, "Slack request refused");
    if (!res.headersSent) http.buildNoBodyResponse(res, status);
  };

  const check = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let buffered: Awaited<ReturnType<typeof http.bufferIncomingMessage>>;
    try {
      buffered = await http.bufferIncomingMessage(req, http.defaultBodyLimit);
    } catch (error) {
      return refuse(res, http.isRawBodyError(error) ? 413 : 400, "body could not be read");
    }
    const stamp = Number(req.headers["x-slack-request-timestamp"]);
    const now = Math.floor(options.clock.now().getTime() / 1000);
    if (Number.isFinite(stamp) && stamp - now > maxSkewSeconds)
      return refuse(res, 401, "timestamp more than 5 minutes in the future");
    try {
      // Only a request Bolt would accept gets a 400 for its shape; the rest get Bolt's own answer.
      await http.parseAndVerifyHTTPRequest({ enabled: true, signingSecret: options.signingSecret }, buffered);
      let body: unknown;
      try {
        body = http.parseHTTPRequestBody(buffered);
      } catch {
        return refuse(res, 400, "body is not JSON");
      }
      if (!isPlainObject(body)) return refuse(res, 400, "payload is not a JSON object");
    } catch {
      // Signature or staleness: Bolt answers 401 and logs it.
    }
    original(buffered, res);
  };

  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method !== "POST" || path !== options.endpoint) return original(req, res);
    check(req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, "Slack request could not be handled");
      if (!res.headersSent) http.buildNoBodyResponse(res, 500);
    });
  };
}
