/**
 * Real Postgres whose connections are killed under the bot (pg_terminate_backend, as a failover or an
 * operator does): the next paste still becomes an order, and "kept" is said only of a stored transcript.
 */
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema.ts";
import { transcripts } from "../../db/schema.ts";
import type { Store } from "../../src/store/index.ts";
import { testServerUrl } from "../helpers/postgres.ts";
import { openTestStore, type TestStore } from "../helpers/store.ts";
import { type Harness, postedOrder, repliesTo, sampleTranscript, startHarness } from "./harness.ts";

const closing: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closing.reverse()) await close();
});

/**
 * Ends every other session on the test database, the bot's pool included, and returns how many once
 * they are gone: pg_terminate_backend only signals a backend, which ends a moment later.
 */
async function terminateBackends(url: string): Promise<number> {
  const name = new URL(url).pathname.slice(1);
  const admin = postgres(testServerUrl, { max: 1, onnotice: () => {} });
  try {
    const rows =
      await admin`select pid from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid()`;
    const pids = rows.map((row) => Number(row.pid));
    for (const pid of pids) await admin`select pg_terminate_backend(${pid})`;
    for (let i = 0; i < 200; i++) {
      const [left] =
        await admin`select count(*)::int as n from pg_stat_activity where pid = any(${pids}::int[])`;
      if (left?.n === 0) return pids.length;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("terminated backends did not end");
  } finally {
    await admin.end();
  }
}

describe("database connections killed under the bot", () => {
  it("the next /order new still stores the transcript, drafts the order and posts the card", async () => {
    const store: TestStore = await openTestStore("postgres");
    closing.push(() => store.dispose());
    const h: Harness = await startHarness({ store });
    closing.push(() => h.close());
    await h.command(`new ${sampleTranscript}`, { channelId: "CWARM" });
    await postedOrder(h, "CWARM");
    expect(await terminateBackends(store.url!)).toBeGreaterThan(0);

    const reply = await h.command(`new ${sampleTranscript}`, { channelId: "CAFTER" });
    expect(reply.status).toBe(200);
    const order = await postedOrder(h, "CAFTER");
    expect(order.transcriptId).not.toBeNull();
    const stored = await store.db.select().from(transcripts).where(eq(transcripts.channelId, "CAFTER"));
    expect(stored.map((row) => row.rawText)).toEqual([sampleTranscript]);
    expect(repliesTo(h.slack, reply.responseUrl).map((body) => String(body.text))).not.toContainEqual(
      expect.stringMatching(/not answering|not saved/),
    );
  });
});

describe("a paste the database could not store", () => {
  it("is never called kept: the person is told it was not saved and gets it back", async () => {
    const client = postgres("postgres://postgres@127.0.0.1:1/none", {
      max: 1,
      connect_timeout: 2,
      onnotice: () => {},
    });
    const dead: Store = {
      db: drizzle({ client, schema }) as unknown as Store["db"],
      driver: "postgres",
      close: () => client.end({ timeout: 0 }),
    };
    const h = await startHarness({ store: dead });
    closing.push(() => h.close());
    const reply = await h.command(`new ${sampleTranscript}`, { channelId: "CLOST" });
    const replies = await h.slack.waitFor(() => {
      const found = repliesTo(h.slack, reply.responseUrl);
      return found.length >= 2 ? found : undefined;
    });
    const texts = replies.map((body) => String(body.text));
    expect(texts[0]).toMatch(/not saved|nothing was saved/);
    for (const text of texts) expect(text).not.toMatch(/\bkept\b/);
    const echoed = texts.slice(1).join("");
    for (const line of sampleTranscript.split("\n")) expect(echoed).toContain(line);
  });
});
