/** Real conditions: a database that is down, Slack answering 429 and 500, and no secret in any log line. */
import { Writable } from "node:stream";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema.ts";
import { createLogger } from "../../src/logger.ts";
import { listOrders, type Store } from "../../src/store/index.ts";
import { testBotToken } from "../helpers/fake-slack.ts";
import { type Harness, repliesTo, sampleTranscript, startHarness, testSigningSecret } from "./harness.ts";

const harnesses: Harness[] = [];
afterAll(async () => {
  await Promise.all(harnesses.map((harness) => harness.close()));
});

/** A store whose Postgres is not there (nothing listens on port 1). */
function deadStore(): Store {
  const client = postgres("postgres://postgres@127.0.0.1:1/none", {
    max: 1,
    connect_timeout: 2,
    onnotice: () => {},
  });
  return {
    db: drizzle({ client, schema }) as unknown as Store["db"],
    driver: "postgres",
    close: () => client.end({ timeout: 0 }),
  };
}

describe("database down", () => {
  it("tells the person in one ephemeral sentence and gives the whole paste back", async () => {
    const h = await startHarness({ store: deadStore() });
    harnesses.push(h);
    const reply = await h.command(`new ${sampleTranscript}`, { channelId: "CDOWN" });
    expect(reply.status).toBe(200);
    const replies = await h.slack.waitFor(() => {
      const found = repliesTo(h.slack, reply.responseUrl);
      return found.length >= 2 ? found : undefined;
    });
    expect(replies[0]?.response_type).toBe("ephemeral");
    expect(replies[0]?.text).toContain("The order database is not answering right now");
    const echoed = replies
      .slice(1)
      .map((body) => String(body.text))
      .join("");
    for (const line of sampleTranscript.split("\n")) expect(echoed).toContain(line);
    // nothing was posted to the channel
    expect(h.slack.callsOf("chat.postMessage").filter((call) => call.body.channel === "CDOWN")).toHaveLength(
      0,
    );
  });
});

describe("Slack Web API errors", () => {
  it("waits out a 429 (Retry-After) and retries a 500, and the card is still posted", async () => {
    const h = await startHarness();
    harnesses.push(h);
    h.slack.script("chat.postMessage", {
      status: 429,
      headers: { "retry-after": "1" },
      body: { ok: false, error: "ratelimited" },
    });
    h.slack.script("chat.update", { status: 500, body: "oops" });
    await h.command(`new ${sampleTranscript}`, { channelId: "CLIMIT" });
    // the card's first chat.update meets the 500; the retry is the one that lands
    const card = await h.slack.waitFor(
      (calls) =>
        calls.filter((call) => call.method === "chat.update" && call.body.channel === "CLIMIT").at(1),
      15_000,
    );
    expect(String(card.body.text)).toMatch(/^PO-\d+/);
    // the 429 and the 500 were each answered once, then the same calls went through
    expect(
      h.slack.callsOf("chat.postMessage").filter((call) => call.body.channel === "CLIMIT").length,
    ).toBeGreaterThanOrEqual(2);
    expect(
      h.slack.messages.filter((message) => message.channel === "CLIMIT" && !message.thread_ts),
    ).toHaveLength(1);
    // the order records the card as its thread once Slack accepted it
    let threadTs: string | null | undefined;
    for (let i = 0; i < 100 && !threadTs; i++) {
      [{ threadTs } = { threadTs: null }] = await listOrders(h.store.db, {
        workspaceId: "T111",
        channelId: "CLIMIT",
      });
      if (!threadTs) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(threadTs).toBe(card.body.ts);
  });
});

describe("logs", () => {
  it("never contain the bot token or the signing secret", async () => {
    let captured = "";
    const sink = new Writable({
      write(chunk, _encoding, done) {
        captured += String(chunk);
        done();
      },
    });
    const h = await startHarness({ logger: createLogger({ level: "trace", destination: sink }) });
    harnesses.push(h);
    await h.command("help");
    await h.command(`new ${sampleTranscript}`, { channelId: "CLOG" });
    await h.post({ body: "token=x&text=forged", forgedSignature: "v0=bad" });
    await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "chat.update" && call.body.channel === "CLOG"),
    );
    expect(captured.length).toBeGreaterThan(1000); // the run was logged in detail
    expect(captured).not.toContain(testBotToken);
    expect(captured).not.toContain(testBotToken.slice(5));
    expect(captured).not.toContain(testSigningSecret);
  });
});
