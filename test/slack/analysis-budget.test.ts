/**
 * Extraction and review run on worker threads within a budget: a paste that would hold the CPU does not
 * delay anyone's ack, and a paste over budget gets a sentence while its transcript stays stored.
 */
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { transcripts } from "../../db/schema.ts";
import { createAnalysisPool } from "../../src/pipeline/analysis-pool.ts";
import { listOrders } from "../../src/store/index.ts";
import { type Harness, repliesTo, sampleTranscript, startHarness } from "./harness.ts";

const closing: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closing) await close();
});

async function storedTranscripts(h: Harness, channelId: string) {
  return h.store.db.select().from(transcripts).where(eq(transcripts.channelId, channelId));
}

describe("a paste over its time budget", () => {
  it("gets the person a sentence, keeps the transcript and drafts no order", async () => {
    const h = await startHarness({ env: { ANALYSIS_BUDGET_S: "0.001" } });
    closing.push(() => h.close());
    const reply = await h.command(`new ${sampleTranscript}`, { channelId: "CSLOW" });
    expect(reply.status).toBe(200);
    const sentence = await h.slack.waitFor(() =>
      repliesTo(h.slack, reply.responseUrl).find((body) => /took longer/.test(String(body.text))),
    );
    expect(sentence.response_type).toBe("ephemeral");
    expect(String(sentence.text)).toMatch(/what you sent is kept \(transcript [0-9a-f]{8}\)/);
    const [stored] = await storedTranscripts(h, "CSLOW");
    expect(stored?.rawText).toBe(sampleTranscript);
    expect(await listOrders(h.store.db, { workspaceId: "T111", channelId: "CSLOW" })).toEqual([]);
    // where the channel saw "Drafting…", it now says the paste is kept
    const update = h.slack.callsOf("chat.update").find((call) => call.body.channel === "CSLOW");
    expect(String(update?.body.text)).toMatch(/paste is kept/);
  });
});

describe("a paste that holds a worker's CPU", () => {
  it("does not delay other requests' acks, then is stopped by the budget with the transcript kept", async () => {
    const analysis = createAnalysisPool({
      threads: 1,
      filename: new URL("../helpers/endless-analysis-worker.cjs", import.meta.url).href,
    });
    closing.push(() => analysis.close());
    const h = await startHarness({ env: { ANALYSIS_BUDGET_S: "6" }, analysis });
    closing.push(() => h.close());
    const paste = await h.command(`new ${sampleTranscript}`, { channelId: "CHOG" });
    expect(paste.status).toBe(200);
    // the paste is stored and its analysis has started: "Drafting…" is in the channel
    await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "chat.postMessage" && call.body.channel === "CHOG"),
    );
    const pasteSettled = () => h.slack.callsOf("chat.update").some((call) => call.body.channel === "CHOG");
    const acks: Array<{ status: number; help: boolean; pasteStillRunning: boolean }> = [];
    for (let i = 0; i < 4; i++) {
      const help = await h.command("help", { channelId: "CHELP" });
      acks.push({
        status: help.status,
        help: help.text.includes("/order"),
        pasteStillRunning: !pasteSettled(),
      });
    }
    expect(acks).toEqual(
      Array.from({ length: 4 }, () => ({ status: 200, help: true, pasteStillRunning: true })),
    );
    const sentence = await h.slack.waitFor(() =>
      repliesTo(h.slack, paste.responseUrl).find((body) => /took longer/.test(String(body.text))),
    );
    expect(String(sentence.text)).toMatch(/kept/);
    expect((await storedTranscripts(h, "CHOG")).map((row) => row.rawText)).toEqual([sampleTranscript]);
  });
});
