/**
 * The embedded database (PGlite) is held by one process: while the bot runs on it, `cli tick` cannot open
 * the folder. So the bot listens on a loopback port with a per-run token, written beside the database,
 * and a tick from the command line asks it to run the pass as of `--now`. Passes run one at a time.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import type { ReminderTickResult } from "./run-reminder-tick.ts";

const controlFileName = ".orderproof.control";

type ControlFile = { pid: number; port: number; token: string };

/** Serves `POST /tick {"now"?: ISO}` on 127.0.0.1 for the process holding the PGlite folder `dir`. */
export async function startTickControl(input: {
  dir: string;
  runTick(now: Date | undefined): Promise<ReminderTickResult>;
}): Promise<{ stop(): Promise<void> }> {
  const token = randomBytes(24).toString("hex");
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((request, response) => {
    const given = Buffer.from(String(request.headers.authorization ?? ""));
    const expected = Buffer.from(`Bearer ${token}`);
    if (request.method !== "POST" || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      response.writeHead(401).end();
      return;
    }
    let body = "";
    request.on("data", (chunk) => {
      body += String(chunk);
    });
    request.on("end", () => {
      const now = (JSON.parse(body || "{}") as { now?: string }).now;
      const pass = queue.then(() => input.runTick(now ? new Date(now) : undefined));
      queue = pass.catch(() => {});
      pass.then(
        (result) =>
          response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result)),
        (error: unknown) => response.writeHead(500).end(String((error as Error).message ?? error)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  const path = join(input.dir, controlFileName);
  writeFileSync(path, JSON.stringify({ pid: process.pid, port, token } satisfies ControlFile), {
    mode: 0o600,
  });
  return {
    async stop() {
      try {
        if ((JSON.parse(readFileSync(path, "utf8")) as ControlFile).pid === process.pid) unlinkSync(path);
      } catch {
        // Already gone.
      }
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Asks the live process holding `dir` to run a pass; null when no such process is running. */
export async function requestTickFromHolder(
  dir: string,
  now: Date | undefined,
): Promise<ReminderTickResult | null> {
  let control: ControlFile;
  try {
    control = JSON.parse(readFileSync(join(dir, controlFileName), "utf8")) as ControlFile;
    process.kill(control.pid, 0);
  } catch {
    return null;
  }
  try {
    const response = await fetch(`http://127.0.0.1:${control.port}/tick`, {
      method: "POST",
      headers: { authorization: `Bearer ${control.token}`, "content-type": "application/json" },
      body: JSON.stringify({ now: now?.toISOString() }),
    });
    if (!response.ok) return null;
    return (await response.json()) as ReminderTickResult;
  } catch {
    return null;
  }
}
