import { describe, expect, it } from "vitest";
import type { ParsedTranscript } from "../../src/core/schemas.ts";
import { createTokenCounter } from "../../src/model/count-tokens.ts";
import { renderTranscript } from "../../src/model/render-transcript.ts";

function transcriptOf(lines: string[]): ParsedTranscript {
  return {
    format: "prefixed",
    lineCount: lines.length,
    newestAt: null,
    messages: lines.map((text, index) => ({
      line: index + 1,
      speaker: index % 2 === 0 ? "Amy" : null,
      role: index % 2 === 0 ? "supplier" : "buyer",
      at: null,
      text,
      parts: [{ line: index + 1, text }],
    })),
  };
}

const chatter = (n: number) =>
  Array.from({ length: n }, (_, i) => `how was your weekend, friend number ${"x".repeat(i % 5)}`);

describe("renderTranscript", () => {
  it("numbers every line with its role when the chat fits", () => {
    const rendered = renderTranscript(
      transcriptOf(["Hello from Xiamen Fitlink Co., Ltd.", "600 pcs at $5.50"]),
      {
        countTokens: createTokenCounter(),
        budgetTokens: 2_000,
      },
    );
    expect(rendered).toEqual({
      text: "1 | supplier Amy: Hello from Xiamen Fitlink Co., Ltd.\n2 | buyer: 600 pcs at $5.50",
      shown: 2,
      omitted: 0,
    });
  });

  it("trims a long chat to the lines that carry terms, keeping their line numbers and the latest terms", () => {
    const lines = [
      "Hello, Amy from Xiamen Fitlink Sports Goods Co., Ltd.",
      ...chatter(200),
      "First offer: 300 pcs at $5.80 each.",
      ...chatter(200),
      "OK, 600 pcs at $5.50 each, FOB Xiamen, 15 days after deposit.",
    ];
    const words = (text: string) => text.split(/\s+/).length;
    const rendered = renderTranscript(transcriptOf(lines), { countTokens: words, budgetTokens: 40 });
    expect(rendered.text.split("\n")).toEqual([
      "1 | supplier Amy: Hello, Amy from Xiamen Fitlink Sports Goods Co., Ltd.",
      "403 | supplier Amy: OK, 600 pcs at $5.50 each, FOB Xiamen, 15 days after deposit.",
    ]);
    expect(rendered.omitted).toBe(lines.length - 2);
  });
});
