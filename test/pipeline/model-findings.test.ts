/**
 * The model's vague-term findings count (issue 10 item 5): a vague term the model finds whose quote stands on
 * its cited line becomes a finding marked `by: "model"` even where the rules found nothing, and the claims are
 * judged after it is in. Through the real openai client against the local OpenAI-compatible server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/core/clock.ts";
import { Review } from "../../src/core/schemas.ts";
import { silentLogger } from "../../src/logger.ts";
import { analyzeTranscript } from "../../src/pipeline/analyze-transcript.ts";
import { completion, type FakeOpenAI, fakeModelClient, startFakeOpenAI } from "../helpers/fake-openai.ts";

const clock = fixedClock("2026-11-26T12:00:00Z");
const now = new Date("2026-11-20T12:00:00Z");
const chat = [
  "Buyer: We need 2000 backpacks, 600D polyester, 45 x 30 x 15 cm, logo per artwork AW-17.",
  "Supplier: OK, USD 6.90 per pc, ship 40 days after deposit.",
  "Buyer: Deal. The zipper pulls must match our brand image.",
].join("\n");

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI();
});
afterAll(() => server.close());

function withModel() {
  const model = fakeModelClient(server.baseURL);
  return { model, logger: silentLogger(), clock };
}

function modelSays(rewrites: Array<{ quote: string; line: number; suggestion: string }>) {
  server.script(completion({ values: [], rewrites }));
}

describe("the model's vague-term findings", () => {
  it("the rules alone find nothing vague here and support both claims", async () => {
    const review = await analyzeTranscript(
      { model: null, logger: silentLogger(), clock },
      { text: chat, now },
    );
    expect(review.findings.filter((finding) => finding.kind === "vague")).toEqual([]);
    expect(review.claims).toEqual({ lateDelivery: true, quality: true });
  });

  it("become findings marked as the model's when the quote stands on its line, and stop the quality claim", async () => {
    modelSays([
      {
        quote: "zipper pulls must match our brand image",
        line: 3,
        suggestion:
          "Zipper pulls: zinc alloy, logo debossed per artwork AW-17, finish per approved sample no. ___",
      },
    ]);
    const review = await analyzeTranscript(withModel(), { text: chat, now });
    expect(Review.safeParse(review).success).toBe(true);
    const vague = review.findings.filter((finding) => finding.kind === "vague");
    expect(vague).toEqual([
      {
        field: "items[0].specs.material",
        kind: "vague",
        quote: "zipper pulls must match our brand image",
        line: 3,
        suggestion: expect.stringMatching(/^Zipper pulls: zinc alloy.*proposed by the model/),
        by: "model",
      },
    ]);
    expect(review.claims).toEqual({ lateDelivery: true, quality: false });
  });

  it("are dropped when the quote is not on the cited line, carries a measurable anchor or names no attribute", async () => {
    modelSays([
      { quote: "zipper pulls must match our brand image", line: 1, suggestion: "Zipper pulls per sample" },
      { quote: "600D polyester", line: 1, suggestion: "Fabric 600D polyester, PU coating 0.2 mm" },
      { quote: "Deal", line: 3, suggestion: "Unit price USD 6.90" },
    ]);
    const review = await analyzeTranscript(withModel(), { text: chat, now });
    expect(review.findings.filter((finding) => finding.kind === "vague")).toEqual([]);
    expect(review.claims).toEqual({ lateDelivery: true, quality: true });
  });

  it("put the model's rewrite on a rules finding it overlaps instead of adding a second finding", async () => {
    const text = chat.replace("The zipper pulls must match our brand image.", "The straps must be strong.");
    modelSays([{ quote: "straps must be strong", line: 3, suggestion: "Strap tensile strength >= 300 N" }]);
    const review = await analyzeTranscript(withModel(), { text, now });
    const vague = review.findings.filter((finding) => finding.kind === "vague");
    expect(vague).toHaveLength(1);
    expect(vague[0]?.by).toBeUndefined();
    expect(vague[0]?.suggestion).toMatch(/^Strap tensile strength >= 300 N .*proposed by the model/);
  });
});
