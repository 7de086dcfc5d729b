/**
 * One request signed as Slack signs it (v0 HMAC over timestamp and body), timed from its send to the
 * end of the answer. Shared by the bench clients, which run in worker threads: plain JavaScript, as
 * worker threads do not inherit the TypeScript loader.
 * @see https://api.slack.com/authentication/verifying-requests-from-slack
 */
import { createHmac } from "node:crypto";

/** POST `body` to `url` signed with `secret`; the answer's status and the ms it took. Throws when the connection fails. */
export async function postSigned(url, secret, body) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const start = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature,
    },
    body,
  });
  await response.text();
  return { status: response.status, ms: performance.now() - start };
}
