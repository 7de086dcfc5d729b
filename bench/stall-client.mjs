/**
 * The stall bench's client, in a worker thread so a blocked app cannot delay the sending too: one
 * `/order new` with the hostile paste, then `/order help` every `gapMs`, each ack timed from its send.
 * Plain JavaScript: worker threads do not inherit the TypeScript loader.
 */
import { createHmac } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { parentPort, workerData } from "node:worker_threads";

async function post(url, secret, body) {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const start = performance.now();
  let response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": signature,
      },
      body,
    });
    await response.text();
  } catch (error) {
    // A connection the blocked server dropped: counted as a failed ack.
    return { status: 0, ms: performance.now() - start, error: String(error.cause?.code ?? error) };
  }
  return { status: response.status, ms: performance.now() - start };
}

const { url, secret, pasteBody, helpBodies, gapMs } = workerData;
const paste = await post(url, secret, pasteBody);
const pending = [];
for (const body of helpBodies) {
  await sleep(gapMs);
  pending.push(post(url, secret, body));
}
parentPort?.postMessage({ paste, helps: await Promise.all(pending) });
