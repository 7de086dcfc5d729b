/**
 * A lead time the buyer holds to a limit ("we can accept max 20 days") and both sides put off ("I speak with my
 * boss about it", "the delivery we must still discuss", "shipping date we talk on Monday"): the supplier's "ok"
 * prepares the order, it takes no lead time, and the days stay open as a CONFLICT.
 */
import { describe, expect, it } from "vitest";
import { defers, isAcceptance } from "../../../src/core/extract/cues.ts";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const chat = [
  "Lukas: Silicone teethers, 3,000 pcs at USD 0.86. Delivery: you wrote 20 days after deposit, please 20 days.",
  "Coco: Sorry, Pantone colours need 30 days after deposit.",
  "Lukas: Any news about the 20 days?",
  "Coco: Factory say minimum 28-30 days, sorry.",
  "Lukas: For us this is too late, we can accept max 20 days. I speak with my boss about it.",
  "Lukas: My boss says we order anyway but the delivery we must still discuss. Please prepare the order.",
  "Coco: ok I prepare, shipping date we talk on Monday",
];

describe("a lead time put off to the end", () => {
  it("stays open with both sides' days", () => {
    const { draft, conflicts } = extractWithConflicts(
      parseTranscript(chat.join("\n"), { roles: { Lukas: "buyer", Coco: "supplier" } }),
      { now: new Date("2026-11-07T12:00:00Z") },
    );
    expect(draft.dispatch.days).toBeNull();
    expect(
      conflicts
        .find((c) => c.field === "dispatch")
        ?.values.map((v) => v.value)
        .sort(),
    ).toEqual(["20 days", "30 days"]);
  });
});

describe("words that hold a limit or put the point off", () => {
  it.each(["we can accept max 20 days", "we accept only 20 days", "We can accept up to 25 days."])(
    "%j takes nothing the other side said",
    (text) => {
      expect(isAcceptance(text)).toBe(false);
    },
  );

  it.each([
    "I speak with my boss about it.",
    "ok I prepare, shipping date we talk on Monday",
    "the delivery we must still discuss",
    "shipping date we fill in later",
  ])("%j puts the point off", (text) => {
    expect(defers(text)).toBe(true);
  });

  it.each(["We accept 25 days.", "ok, accepted"])("%j still accepts", (text) => {
    expect(isAcceptance(text)).toBe(true);
  });
});
