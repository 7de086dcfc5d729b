/**
 * Signing a request the way Slack does, so local mode can talk to the real HTTP receiver.
 * @see https://api.slack.com/authentication/verifying-requests-from-slack
 */
import { createHmac } from "node:crypto";

/** `v0=` + hex HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the signing secret. */
export function signSlackRequest(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** POST a signed body to the app's /slack/events; returns the status and the reply text. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType = "application/x-www-form-urlencoded",
): Promise<{ status: number; text: string }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signSlackRequest(secret, timestamp, body),
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}
