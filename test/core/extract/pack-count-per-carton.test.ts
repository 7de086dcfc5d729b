/**
 * "24 per carton.." said while prices per piece are on the table is how many a carton holds, not a price per
 * carton: the agreed prices stand. Where a price was put per carton ("USD 17.50 per carton"), a bare "16 per
 * carton" still counters it.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const read = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n"), { roles: { Kasia: "buyer", Amy: "supplier" } }), {
    now: new Date("2026-09-01T12:00:00Z"),
  });

describe("a carton's count said bare", () => {
  it("leaves the agreed piece prices standing", () => {
    const draft = read([
      "Kasia: Stunt car HX-8821 and excavator HX-3305, price please.",
      "Amy: HX-8821 stunt car USD 7.20/pc, HX-3305 excavator USD 9.50/pc.",
      "Kasia: For stunt car we take 1200 pcs, for excavator first 600 pcs. Can you do 6,50 and 8,80?",
      "Amy: Boss can do 6.90 for HX-8821 and 9.10 for HX-3305, this is final price.",
      "Kasia: 6.90 is ok. 9.10 also ok.",
      "Amy: Stunt car 24 pcs per carton, excavator also.",
      "Kasia: 24 per carton.. then for excavator we take 720 pcs instead of 600, so is full 30 cartons. Price stays 9,10?",
      "Amy: Yes 9.10 same.",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([6.9, 9.1]);
  });

  it("still counters a price put per carton", () => {
    const draft = read([
      "Kasia: Wire buckles 16 mm, 200 cartons. Price?",
      "Amy: Wire buckle 16mm: USD 17.50 per carton.",
      "Kasia: 16 per carton and we confirm today.",
      "Amy: ok 16 per carton.",
    ]);
    expect(draft.items[0]?.unitPrice).toBe(16);
  });
});
