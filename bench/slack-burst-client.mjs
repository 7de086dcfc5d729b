/**
 * The load generator of the Slack bench, run in a worker thread so that sending requests and timing
 * the acks does not compete with the app's own event loop (Slack's servers are not inside the app).
 * Plain JavaScript: worker threads do not inherit the TypeScript loader.
 */
import { parentPort, workerData } from "node:worker_threads";
import { postSigned } from "./signed-post.mjs";

/** Send every body at once, signed as Slack signs; report each ack's latency in ms and the failures. */
async function fire({ url, secret, bodies }) {
  let failures = 0;
  const latencies = await Promise.all(
    bodies.map(async (body) => {
      const { status, ms } = await postSigned(url, secret, body);
      if (status !== 200) failures++;
      return ms;
    }),
  );
  return { latencies, failures };
}

parentPort?.postMessage(await fire(workerData));
