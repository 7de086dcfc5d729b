import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "../../src/logger.ts";
import { createModelClient } from "../../src/model/create-model-client.ts";
import { completion, type FakeOpenAI, startFakeOpenAI } from "../helpers/fake-openai.ts";

const Answer = z.object({ price: z.number().nullable(), words: z.array(z.string()) });

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());

function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: "info", destination }), lines };
}

function client(options: { timeoutMs?: number; maxRetries?: number } = {}) {
  const { logger, lines } = capturedLogger();
  const model = createModelClient({
    apiKey: "sk-test-not-a-real-key",
    baseURL: server.baseURL,
    model: "fake-model",
    timeoutMs: options.timeoutMs ?? 5_000,
    maxRetries: options.maxRetries ?? 2,
    logger,
  })!;
  return { model, lines };
}

const ask = (model: NonNullable<ReturnType<typeof createModelClient>>) =>
  model.complete({ name: "answer", system: "fixed instructions", user: "the transcript", schema: Answer });

describe("createModelClient", () => {
  it("is null without an API key, so the rules do all the work", () => {
    expect(createModelClient({ model: "m", timeoutMs: 1000, logger: capturedLogger().logger })).toBeNull();
  });

  it("sends the fixed part first and the transcript last, asks for a strict schema, parses the answer and logs the call", async () => {
    const { model, lines } = client();
    server.script(completion({ price: 2.8, words: ["ok"] }, { promptTokens: 1234, completionTokens: 56 }));
    const before = server.requests.length;
    const result = await ask(model);
    expect(result).toEqual({ ok: true, value: { price: 2.8, words: ["ok"] }, tokensIn: 1234, tokensOut: 56 });
    const request = server.requests[before]!;
    expect(request.headers.authorization).toBe("Bearer sk-test-not-a-real-key");
    expect(request.body.messages).toEqual([
      { role: "system", content: "fixed instructions" },
      { role: "user", content: "the transcript" },
    ]);
    expect(request.body.response_format).toMatchObject({
      type: "json_schema",
      json_schema: { name: "answer", strict: true },
    });
    const logged = lines.find((line) => line.msg === "model call");
    expect(logged).toMatchObject({ model: "fake-model", tokensIn: 1234, tokensOut: 56, task: "answer" });
    expect(typeof logged?.latencyMs).toBe("number");
    expect(JSON.stringify(lines)).not.toContain("sk-test-not-a-real-key");
  });

  it("reports a refusal (HTTP 200 with refusal) instead of an answer", async () => {
    server.script(completion(null, { refusal: "I can't help with that." }));
    expect(await ask(client().model)).toMatchObject({
      ok: false,
      reason: "refusal",
      detail: "I can't help with that.",
    });
  });

  it("reports garbage instead of JSON", async () => {
    server.script(completion("Sure! Here is the order: price is 2.8"));
    expect(await ask(client().model)).toMatchObject({ ok: false, reason: "invalid_json" });
  });

  it("reports JSON of the wrong shape", async () => {
    server.script(completion({ price: "two", words: "ok" }));
    expect(await ask(client().model)).toMatchObject({ ok: false, reason: "schema_mismatch" });
  });

  it("reports an answer cut off by the length limit", async () => {
    server.script(completion('{"price": 2.8, "wor', { finishReason: "length" }));
    expect(await ask(client().model)).toMatchObject({ ok: false, reason: "truncated" });
  });

  it("gives up after its timeout", async () => {
    server.script({ ...completion({ price: 1, words: [] }), delayMs: 3_000 });
    const result = await ask(client({ timeoutMs: 300, maxRetries: 0 }).model);
    expect(result).toMatchObject({ ok: false, reason: "timeout" });
  });

  it("retries a 429 and uses the answer that follows", async () => {
    server.script(
      { status: 429, headers: { "retry-after-ms": "10" }, body: { error: { message: "slow down" } } },
      completion({ price: 3, words: [] }),
    );
    const before = server.requests.length;
    const result = await ask(client().model);
    expect(result).toMatchObject({ ok: true, value: { price: 3 } });
    expect(server.requests.length - before).toBe(2);
  });

  it("falls back after a 500 that persists through the retries", async () => {
    server.script({ status: 500, headers: { "retry-after-ms": "10" }, body: { error: { message: "boom" } } });
    const before = server.requests.length;
    const result = await ask(client({ maxRetries: 1 }).model);
    expect(result).toMatchObject({ ok: false, reason: "server_error" });
    expect(server.requests.length - before).toBe(2);
  });
});

describe("the configured timeout", () => {
  it("is the whole budget of a call, retries included: a hanging server is asked once, not three times", async () => {
    server.script({ ...completion({ price: 1, words: [] }), delayMs: 5_000 });
    const before = server.requests.length;
    const result = await ask(client({ timeoutMs: 400, maxRetries: 2 }).model);
    expect(result).toMatchObject({ ok: false, reason: "timeout" });
    expect(server.requests.length - before).toBe(1);
  });

  it("does not sit out a Retry-After longer than what is left of the budget", async () => {
    server.script(
      { status: 429, headers: { "retry-after": "60" }, body: { error: { message: "slow down" } } },
      completion({ price: 3, words: [] }),
    );
    const before = server.requests.length;
    const result = await ask(client({ timeoutMs: 400, maxRetries: 2 }).model);
    expect(result).toMatchObject({ ok: false, reason: "timeout" });
    // the 429 was the only request: the retry would have come a minute later
    expect(server.requests.length - before).toBe(1);
  });
});

describe("a key echoed back by the server", () => {
  it("never reaches a log line or the failure detail, whatever the key's shape", async () => {
    const key = "gw-Zq8v1Lr0pX3yy";
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: "debug", destination, secrets: [key] });
    const model = createModelClient({
      apiKey: key,
      baseURL: server.baseURL,
      model: "fake-model",
      timeoutMs: 5_000,
      maxRetries: 0,
      logger,
    })!;
    server.script({ status: 401, body: { error: { message: `Incorrect API key provided: ${key}.` } } });
    const result = await ask(model);
    expect(result).toMatchObject({ ok: false, reason: "request_failed" });
    expect(JSON.stringify(result)).not.toContain(key);
    expect(JSON.stringify(result)).toContain("Incorrect API key provided");
    logger.warn({ detail: (result as { detail: string }).detail }, "model not used");
    expect(lines.join("")).not.toContain(key);
  });
});
