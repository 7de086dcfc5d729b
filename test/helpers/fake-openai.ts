/**
 * A local OpenAI-compatible server for tests: POST /v1/chat/completions answers from a script, one step per
 * request, and records every request. The real `openai` client talks to it over 127.0.0.1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../../src/logger.ts";
import { silentLogger } from "../../src/logger.ts";
import { createModelClient, type ModelClient } from "../../src/model/create-model-client.ts";

/** What one request gets back. `delayMs` holds the answer (to make the client time out). */
export type FakeReply = {
  status?: number;
  headers?: Record<string, string>;
  /** A JSON-serialisable body, or a raw string sent as it is. */
  body?: unknown;
  delayMs?: number;
};

export type RecordedRequest = {
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
};

export type FakeOpenAI = {
  baseURL: string;
  requests: RecordedRequest[];
  /** Queue replies; the last one repeats when the queue runs out. */
  script(...replies: Array<FakeReply | ((request: RecordedRequest) => FakeReply)>): void;
  close(): Promise<void>;
};

/** A chat completion whose message content is `content` (an object is serialised as the JSON answer). */
export function completion(
  content: unknown,
  options: {
    finishReason?: string;
    refusal?: string | null;
    promptTokens?: number;
    completionTokens?: number;
  } = {},
): FakeReply {
  return {
    body: {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: 1_700_000_000,
      model: "fake-model",
      choices: [
        {
          index: 0,
          finish_reason: options.finishReason ?? "stop",
          logprobs: null,
          message: {
            role: "assistant",
            content: options.refusal ? null : typeof content === "string" ? content : JSON.stringify(content),
            refusal: options.refusal ?? null,
          },
        },
      ],
      usage: {
        prompt_tokens: options.promptTokens ?? 900,
        completion_tokens: options.completionTokens ?? 120,
        total_tokens: (options.promptTokens ?? 900) + (options.completionTokens ?? 120),
      },
    },
  };
}

/** Start the fake server on a free port. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  let queue: Array<FakeReply | ((request: RecordedRequest) => FakeReply)> = [
    completion({ values: [], rewrites: [] }),
  ];
  const sockets = new Set<import("node:net").Socket>();

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const request: RecordedRequest = {
      path: req.url ?? "",
      headers: req.headers,
      body: text ? JSON.parse(text) : {},
    };
    requests.push(request);
    if (req.method !== "POST" || !request.path.endsWith("/chat/completions")) {
      res
        .writeHead(404, { "content-type": "application/json" })
        .end(JSON.stringify({ error: { message: "not found" } }));
      return;
    }
    const step = queue.length > 1 ? queue.shift()! : queue[0]!;
    const reply = typeof step === "function" ? step(request) : step;
    const send = () => {
      if (res.destroyed) return;
      const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers }).end(body);
    };
    if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
    else send();
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(...replies) {
      queue = replies;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The app's model client pointed at a fake server: a test key and model name, by default 2 s and no retries. */
export function fakeModelClient(
  baseURL: string,
  options: { timeoutMs?: number; maxRetries?: number; logger?: Logger } = {},
): ModelClient {
  return createModelClient({
    apiKey: "sk-test-key-for-fake",
    baseURL,
    model: "fake-model",
    timeoutMs: options.timeoutMs ?? 2_000,
    maxRetries: options.maxRetries ?? 0,
    logger: options.logger ?? silentLogger(),
  })!;
}
