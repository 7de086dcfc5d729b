/**
 * A local stand-in for the Slack Web API (node:http on 127.0.0.1, a free port): records every call
 * with its parsed arguments, answers chat.postMessage like Slack (ok, channel, ts), and can be told
 * to answer the next calls with a 429 + Retry-After, an HTTP 500 or a Slack error, so the real
 * @slack/web-api WebClient can be exercised offline.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedCall = { method: string; args: Record<string, unknown>; at: number };

export type ScriptedAnswer =
  | { status: 429; retryAfter: number }
  | { status: 500 }
  | { status: 200; error: string };

export type FakeSlackApi = {
  /** Base URL to give WebClient's `slackApiUrl` (ends in `/api/`). */
  url: string;
  /** The server's origin without the `/api/` path (the other form SLACK_API_URL may take). */
  origin: string;
  calls: RecordedCall[];
  /** Successful calls of one method, in arrival order. */
  accepted(method: string): RecordedCall[];
  /** Answer the next `times` calls of `method` with `answer` instead of success. */
  script(method: string, answer: ScriptedAnswer, times?: number): void;
  /** Forget recorded calls and scripted answers (between tests). */
  reset(): void;
  close(): Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if ((request.headers["content-type"] ?? "").includes("application/json"))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // WebClient sends arrays and objects (blocks) JSON-encoded inside the form.
    args[key] = /^[[{]/.test(value)
      ? JSON.parse(value)
      : value === "true"
        ? true
        : value === "false"
          ? false
          : value;
  }
  return args;
}

/** Start a fake Slack Web API; close it in afterAll. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const accepted: RecordedCall[] = [];
  const scripts = new Map<string, ScriptedAnswer[]>();
  let sequence = 0;

  const server: Server = createServer(async (request, response) => {
    const method = (request.url ?? "").replace(/^\/(api\/)?/, "").split("?")[0] ?? "";
    const args = await readBody(request);
    const call = { method, args, at: Date.now() };
    calls.push(call);
    const answer = scripts.get(method)?.shift();
    if (answer?.status === 429) {
      response.writeHead(429, {
        "retry-after": String(answer.retryAfter),
        "content-type": "application/json",
      });
      response.end(JSON.stringify({ ok: false, error: "ratelimited" }));
      return;
    }
    if (answer?.status === 500) {
      response.writeHead(500, { "content-type": "text/plain" });
      response.end("internal error");
      return;
    }
    response.writeHead(200, { "content-type": "application/json" });
    if (answer?.status === 200) {
      response.end(JSON.stringify({ ok: false, error: answer.error }));
      return;
    }
    accepted.push(call);
    sequence += 1;
    const ts = `${1_800_000_000 + sequence}.${String(sequence).padStart(6, "0")}`;
    response.end(
      JSON.stringify({ ok: true, channel: args.channel ?? null, ts, message: { ts, text: args.text } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/api/`,
    origin,
    calls,
    accepted: (method) => accepted.filter((call) => call.method === method),
    script(method, answer, times = 1) {
      const queue = scripts.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(answer);
      scripts.set(method, queue);
    },
    reset() {
      calls.length = 0;
      accepted.length = 0;
      scripts.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
