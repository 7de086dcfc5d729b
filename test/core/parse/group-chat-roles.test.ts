/**
 * A group chat of three or more: the supplier's rep, the buyer and a colleague of one of them. The buyer's own
 * words ("our QC will check", "we make the order this week") lean a little toward the supplier's; the side that
 * quotes leans far more. The buyer is the one who talks with the supplier, not the colleague who chimes in once.
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const roles = (text: string) =>
  Object.fromEntries(
    parseTranscript(text)
      .messages.filter((m) => m.speaker !== null)
      .map((m) => [m.speaker, m.role]),
  );

describe("roles in a group chat with nobody plainly the buyer", () => {
  const group = [
    "Lily Chen  2026-03-02 09:10",
    "Dear Tomasz, this is Lily from Ningbo Summit Sports Co., Ltd. Yoga block EVA USD 1.30/pc, MOQ 1000 pcs",
    "Tomasz Nowak  2026-03-02 09:40",
    "Hi Lily, too high. 1.10 and we make the order this week",
    "Lily Chen  2026-03-02 10:05",
    "Our best price is 1.22, sorry dear",
    "Ewa Kowalska  2026-03-02 10:07",
    "Tomasz, ok dla mnie",
    "Tomasz Nowak  2026-03-02 10:20",
    "Ok 1.22. Our QC will check before loading",
  ].join("\n");

  it("the one who bargains with the supplier is the buyer, the colleague stays open", () => {
    expect(roles(group)).toEqual({
      "Lily Chen": "supplier",
      "Tomasz Nowak": "buyer",
      "Ewa Kowalska": "unknown",
    });
  });

  it("a second person quoting for the supplier stays the supplier's when the buyer is plain", () => {
    const text = [
      "Lily Chen  2026-03-02 09:10",
      "Dear Tomasz, this is Lily from Ningbo Summit Sports Co., Ltd. Yoga block USD 1.30/pc, MOQ 1000 pcs",
      "Tomasz Nowak  2026-03-02 09:40",
      "We need 2000 pcs. Can you do 1.10?",
      "Kevin Wang  2026-03-02 10:05",
      "Dear, our factory can do 1.20 for 2000 pcs, lead time 25 days",
    ].join("\n");
    expect(roles(text)).toEqual({
      "Lily Chen": "supplier",
      "Tomasz Nowak": "buyer",
      "Kevin Wang": "supplier",
    });
  });
});
