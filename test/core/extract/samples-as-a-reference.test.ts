/**
 * A sample named only as what the goods should or should not be like ("not matte like the last samples") does
 * not turn the talk to samples: the lead time, courier and fee said next are the order's.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-03T12:00:00Z");
const draftOf = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now });

describe("a sample named as a reference", () => {
  it.each([
    "Also I want a really shiny finish on the hoops, not matte like the last samples",
    "The colour must be the same as the previous sample",
    "Stitching like our first samples please",
  ])("'%s' leaves the next message's courier and fee the order's", (reference) => {
    const draft = draftOf([
      "Buyer: 800 pairs of the huggie hoops at USD 1.05, deal",
      `Buyer: ${reference}`,
      "Supplier: Ok. Lead time 18 days after deposit. DHL fee for all is USD 168 to Portland",
      "Buyer: 168 is fine",
    ]);
    expect([draft.shipping.method, draft.shipping.fee]).toEqual(["express", 168]);
  });

  it("a message about sending samples still makes its courier fee the samples'", () => {
    const draft = draftOf([
      "Buyer: 800 pairs of the huggie hoops at USD 1.05, deal",
      "Buyer: Can you send 3 samples first?",
      "Supplier: Ok. DHL fee for the samples is USD 35",
      "Buyer: ok paid",
    ]);
    expect(draft.shipping.fee).toBeNull();
  });
});
