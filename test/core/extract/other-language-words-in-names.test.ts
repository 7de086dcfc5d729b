/**
 * Buyers mix their own language into English ("Yahan Lahore mein local candle ...", "gift box bhi chahiye",
 * "kita ambil wrap 6000"): a phrase holding one of its function words is a clause of the chat, never an item's name.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-03T12:00:00Z");
const names = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((i) => i.name.toLowerCase());

describe("function words of another language in a phrase", () => {
  it("a Hinglish clause naming the goods leaves the supplier's name for them", () => {
    const found = names([
      "Buyer: we want the soy candles in tin, 1000 pcs. And gift box bhi chahiye, kraft box with our logo. Send price",
      "Supplier: Soy candle in tin, 200g: USD 1.90/pc. Kraft gift box with 1 color logo: USD 0.30/pc",
      "Buyer: 1.80 and 0.28? Confirm 1000 candles + 1000 boxes",
      "Supplier: ok",
    ]);
    expect(found).toEqual(["soy candle", "kraft gift box"]);
  });

  it("a Hindi or Urdu clause before a local price names no item", () => {
    const found = names([
      "Supplier: Scented pillar candle 7 x 10 cm: USD 1.80/pc for 1000 pcs",
      "Buyer: Yahan Karachi mein local candle 1.20 mein mil rahi hai, so 1.50?",
      "Supplier: 1.65 best",
      "Buyer: ok 1.65, 1000 pcs",
    ]);
    expect(found).toEqual(["scented pillar candle"]);
  });
});
