/**
 * The embedded database (PGlite) is held by one process: while the bot runs on it, `cli tick` cannot open
 * the folder. So the bot listens on a loopback port with a per-run token, written beside the database,
 * and a tick from the command line asks it to run the pass as of `--now`. Passes run one at a time.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import { join } from "node:path";
import { parseNow } from "../cli/parse-now.ts";
import type { ReminderTickResult } from "./run-reminder-tick.ts";

const controlFileName = ".orderproof.control";

type ControlFile = { pid: number; port: number; token: string };

/** The only body this endpoint takes is `{"now"?: "..."}`: a few KB is plenty, anything larger is refused unread. */
const maxBodyBytes = 4 * 1024;

type BodyRead = { bytes: Buffer } | { tooLarge: true };

/** Reads at most maxBodyBytes of a request; past that it stops reading and says the body is too large. */
function readLimitedBody(request: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBodyBytes) {
        request.removeAllListeners("data");
        request.pause();
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve({ bytes: Buffer.concat(chunks) }));
    request.on("error", reject);
  });
}

/** The pass asked for, or the status and sentence to refuse the request with. Never throws. */
function parseTickRequest(body: BodyRead): { now: Date | undefined } | { status: number; problem: string } {
  if ("tooLarge" in body)
    return {
      status: 413,
      problem: `The request body is over ${maxBodyBytes / 1024} KB; send {"now": "YYYY-MM-DD"} only.`,
    };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes).trim();
  } catch {
    return {
      status: 400,
      problem: 'The request body is not UTF-8 text; send JSON like {"now": "2026-12-25"}.',
    };
  }
  if (text === "") return { now: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      status: 400,
      problem: 'The request body is not valid JSON; send JSON like {"now": "2026-12-25"}.',
    };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    return { status: 400, problem: 'The request body must be a JSON object like {"now": "2026-12-25"}.' };
  const now = (parsed as { now?: unknown }).now;
  if (now === undefined || now === null) return { now: undefined };
  if (typeof now !== "string")
    return {
      status: 400,
      problem: "The now field must be a date string like 2026-12-25 or 2026-12-25T12:00:00Z.",
    };
  try {
    // The same reading as `cli tick --now`, so both ends agree on what a date is.
    return { now: parseNow(now) };
  } catch {
    return {
      status: 400,
      problem: `The now field "${now.slice(0, 40)}" is not a real date like 2026-12-25 or 2026-12-25T12:00:00Z.`,
    };
  }
}

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
    readLimitedBody(request).then(
      (body) => {
        const asked = parseTickRequest(body);
        if ("problem" in asked) {
          // Close the connection: an oversized body is left unread.
          response
            .writeHead(asked.status, { "content-type": "text/plain", connection: "close" })
            .end(asked.problem);
          return;
        }
        const pass = queue.then(() => input.runTick(asked.now));
        queue = pass.catch(() => {});
        pass.then(
          (result) =>
            response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result)),
          () =>
            response
              .writeHead(500, { "content-type": "text/plain" })
              .end("The tick pass failed; see the bot's log."),
        );
      },
      () => {
        // The client went away mid-body: nothing to answer.
        request.destroy();
      },
    );
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
