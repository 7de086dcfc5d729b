/**
 * The stall bench's client, in a worker thread so a blocked app cannot delay the sending too: one
 * `/order new` with the hostile paste, then `/order help` every `gapMs`, each ack timed from its send.
 * Plain JavaScript: worker threads do not inherit the TypeScript loader.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { parentPort, workerData } from "node:worker_threads";
import { postSigned } from "./signed-post.mjs";

async function post(url, secret, body) {
  const start = performance.now();
  try {
    return await postSigned(url, secret, body);
  } catch (error) {
    // A connection the blocked server dropped: counted as a failed ack.
    return { status: 0, ms: performance.now() - start, error: String(error.cause?.code ?? error) };
  }
}

const { url, secret, pasteBody, helpBodies, gapMs } = workerData;
const paste = await post(url, secret, pasteBody);
const pending = [];
for (const body of helpBodies) {
  await sleep(gapMs);
  pending.push(post(url, secret, body));
}
parentPort?.postMessage({ paste, helps: await Promise.all(pending) });
