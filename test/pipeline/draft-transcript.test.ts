/**
 * `cli extract` drafts without reviewing: the draft it prints must be the very order `review` and the
 * Slack app hold, rules alone and with a model, on every labelled transcript.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDevCases, loadExtractionCases, loadReviewCases, nowOf } from "../../bench/review-score.ts";
import { fixedClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/logger.ts";
import { analyzeTranscript } from "../../src/pipeline/analyze-transcript.ts";
import { draftTranscript } from "../../src/pipeline/draft-transcript.ts";
import { completion, type FakeOpenAI, fakeModelClient, startFakeOpenAI } from "../helpers/fake-openai.ts";

const clock = fixedClock("2026-11-26T12:00:00Z");

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());

describe("draftTranscript", () => {
  it("gives the order the review holds, for every labelled transcript, rules alone", async () => {
    const cases = [...loadDevCases(), ...loadReviewCases(), ...loadExtractionCases()];
    expect(cases.length).toBeGreaterThan(20);
    const deps = { model: null, logger: silentLogger(), clock };
    for (const gold of cases) {
      const input = { text: gold.text, now: nowOf(gold) };
      expect(await draftTranscript(deps, input), gold.name).toEqual(
        (await analyzeTranscript(deps, input)).order,
      );
    }
  });

  it("gives the order the review holds when a model proposes values, and asks the model once", async () => {
    const text = readFileSync(
      new URL("../fixtures/transcripts/dev/dev02_whatsapp_gaming_mouse_pads.txt", import.meta.url),
      "utf8",
    );
    const reply = completion({
      values: [{ field: "items[0].unitPrice", value: "0", line: 7, quote: "$2.80 x 500 pcs" }],
      rewrites: [],
    });
    const deps = {
      model: fakeModelClient(server.baseURL),
      logger: silentLogger(),
      clock,
    };
    const input = { text, now: new Date("2026-10-16T12:00:00Z") };
    server.script(reply);
    const before = server.requests.length;
    const draft = await draftTranscript(deps, input);
    expect(server.requests.length - before).toBe(1);
    server.script(reply);
    expect(draft).toEqual((await analyzeTranscript(deps, input)).order);
    expect(draft.items[0]?.unitPrice).toBe(2.8);
  });
});
