import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Review } from "../../src/core/schemas.ts";
import { completion, type FakeOpenAI, startFakeOpenAI } from "../helpers/fake-openai.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const fixture = new URL("../fixtures/transcripts/dev/dev01_alibaba_silicone_bibs.txt", import.meta.url)
  .pathname;

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());

/** The environment without any real credentials, plus what the test sets. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _url, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: "silent", ...extra };
}

describe("review command", () => {
  it("prints the Review of a transcript with the rules alone when no API key is set", async () => {
    const { stdout } = await run(
      "node",
      ["scripts/run.mjs", "cli", "review", "--json", fixture, "--now", "2026-10-13"],
      {
        cwd: root,
        env: env({}),
      },
    );
    const review = Review.parse(JSON.parse(stdout));
    expect(review.claims).toEqual({ lateDelivery: true, quality: false });
    expect(review.findings).toContainEqual(
      expect.objectContaining({
        kind: "vague",
        quote: "bibs should be nice and soft for babies",
        line: 20,
        field: "items[0].specs.other",
      }),
    );
    expect(review.order.notes ?? []).toEqual([]);
  });

  it("asks the configured OpenAI-compatible server and notes what the model added", async () => {
    server.script(
      completion({
        values: [{ field: "inspection.required", value: "true", line: 8, quote: "LFGB certified" }],
        rewrites: [{ quote: "nice and soft", line: 20, suggestion: "Hardness Shore A 40 ± 5 (ASTM D2240)" }],
      }),
    );
    const { stdout } = await run(
      "node",
      ["scripts/run.mjs", "cli", "review", "--json", fixture, "--now", "2026-10-13"],
      {
        cwd: root,
        env: env({
          OPENAI_API_KEY: "sk-test-key-for-fake",
          OPENAI_BASE_URL: server.baseURL,
          OPENAI_MODEL: "fake-model",
        }),
      },
    );
    const review = Review.parse(JSON.parse(stdout));
    expect(server.requests.at(-1)?.body).toMatchObject({ model: "fake-model" });
    // The cited line says nothing about inspection, so the proposal is dropped.
    expect(review.order.inspection.required).toBeNull();
    expect(review.order.notes?.[0]).toMatch(/Model fake-model filled 0 fields.*1 proposed value was dropped/);
    const soft = review.findings.find(
      (finding) => finding.kind === "vague" && finding.quote?.includes("nice and soft"),
    );
    expect(soft?.suggestion).toMatch(/^Hardness Shore A 40/);
  });
});
