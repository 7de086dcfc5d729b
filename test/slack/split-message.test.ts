import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clip, splitMessage } from "../../src/slack/split-message.ts";

describe("splitMessage", () => {
  it("keeps short text whole", () => {
    expect(splitMessage("hello", 3000)).toEqual(["hello"]);
  });

  it("cuts at line breaks and loses nothing", () => {
    const text = Array.from(
      { length: 400 },
      (_, i) => `line ${i}: 1000 pcs at USD 38.50, ship in 25 days`,
    ).join("\n");
    const pieces = splitMessage(text, 3000);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
    // every piece but the last ends at a line break
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith("\n")).toBe(true);
  });

  it("never drops a character and never exceeds the limit (any text, any limit)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.integer({ min: 1, max: 300 }), (text, limit) => {
        const pieces = splitMessage(text, limit);
        expect(pieces.join("")).toBe(text);
        for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 200 },
    );
  });

  it("clips labels with an ellipsis", () => {
    expect(clip("Confirm order", 75)).toBe("Confirm order");
    expect(clip("x".repeat(100), 24)).toHaveLength(24);
  });
});
