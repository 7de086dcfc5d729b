/**
 * The load generator of the Slack bench, run in a worker thread so that sending requests and timing
 * the acks does not compete with the app's own event loop (Slack's servers are not inside the app).
 * Plain JavaScript: worker threads do not inherit the TypeScript loader.
 */
import { createHmac } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";

/** Send every body at once, signed as Slack signs; report each ack's latency in ms and the failures. */
async function fire({ url, secret, bodies }) {
  let failures = 0;
  const latencies = await Promise.all(
    bodies.map(async (body) => {
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
      if (response.status !== 200) failures++;
      return performance.now() - start;
    }),
  );
  return { latencies, failures };
}

parentPort?.postMessage(await fire(workerData));
