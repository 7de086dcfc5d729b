/**
 * Both sides hold their own lead time to the end of a call and put it off ("The delivery time we talk by email"):
 * the order has no dispatch days yet, so no late-delivery claim rests on it. A supplier saying its usual term
 * again ("our standard is 45 days after deposit") after offering it holds to the offer; an "Ok." that puts the
 * point off accepts nothing.
 */
import { describe, expect, it } from "vitest";
import { isAcceptance } from "../../../src/core/extract/cues.ts";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const call = (closing: string) => [
  "Federico: We need the duvet cover sets 35 days after deposit, no more.",
  "Kelly: 35 days is impossible for 1,600 sets. Our time is 45 days after deposit.",
  "Federico: 45 does not work for us. We need 35 days. Thirty five, Kelly.",
  "Kelly: I understand, but our standard is 45 days after deposit.",
  "Federico: We will send SGS for pre-shipment inspection before the balance.",
  "Kelly: No problem for SGS.",
  `Federico: ${closing}`,
  "Kelly: Ok, I will write you.",
];

const read = (lines: string[]) =>
  extractWithConflicts(
    parseTranscript(lines.join("\n"), { roles: { Federico: "buyer", Kelly: "supplier" } }),
    {
      now: new Date("2026-11-05T12:00:00Z"),
    },
  );

describe("a lead time each side holds to the end", () => {
  it("leaves the days open and shows both sides' values", () => {
    const { draft, conflicts } = read(
      call("Ok. The delivery time we talk by email, let's see what your manager says."),
    );
    expect(draft.dispatch.days).toBeNull();
    const values = conflicts.find((c) => c.field.startsWith("dispatch"))?.values.map((v) => v.value);
    expect(values).toEqual(["35 days", "45 days"]);
  });

  it("is the supplier's once the buyer comes round", () => {
    expect(read(call("Ok, 45 days then.")).draft.dispatch.days).toBe(45);
  });
});

describe("an 'ok' that puts the point off", () => {
  it.each([
    "Ok. The delivery time we talk by email.",
    "ok, let's talk about it over WeChat",
    "Ok, let's see what your production manager says",
  ])("%j accepts nothing", (text) => {
    expect(isAcceptance(text)).toBe(false);
  });

  it.each(["Ok, 45 days then.", "ok deal"])("%j still accepts", (text) => {
    expect(isAcceptance(text)).toBe(true);
  });
});
