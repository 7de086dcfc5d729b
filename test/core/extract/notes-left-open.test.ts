/**
 * Meeting notes that report each side's lead time a line each and say on the next that it is not agreed leave the
 * lead time open: a conflict between the two, not the last line's value. A line that leaves one term open says
 * nothing of another ("Lead time still open ... Decide before paying the deposit").
 */
import { describe, expect, it } from "vitest";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const notes = (closing: string) =>
  [
    "MEETING NOTES - call with Ningbo Kettle Co., Ltd.",
    "Notes by: Jun (purchasing)",
    "",
    "1. Price",
    "- 800 pcs gooseneck kettle at USD 13.30, agreed by both.",
    "",
    "2. Delivery",
    "- Lead time: Amy says 35 days after deposit (motor supply is tight).",
    "- We asked 25 days after deposit because of the Christmas promotion.",
    `- ${closing}`,
    "",
    "3. Payment",
    "- 30% deposit T/T, 70% before shipment. Agreed.",
  ].join("\n");

const read = (text: string) =>
  extractWithConflicts(parseTranscript(text), { now: new Date("2026-10-21T12:00:00Z") });

describe("a term the notes leave open", () => {
  it.each([
    'Amy: "will try but cannot promise 25." NOT agreed.',
    "Amy to check with the factory, lead time still open.",
    "Lead time TBC, Amy to reply by email.",
  ])("after '%s' the lead time is the two sides' conflict", (closing) => {
    const { draft, conflicts } = read(notes(closing));
    expect(draft.dispatch.days).toBeNull();
    expect(conflicts.find((c) => c.field === "dispatch")?.values.map((v) => v.value)).toEqual([
      "35 days",
      "25 days",
    ]);
    // The other terms stand.
    expect(draft.payment.depositPercent).toBe(30);
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[800, 13.3]]);
  });

  it("a closing line about something else leaves the last lead time said standing", () => {
    const { draft } = read(notes("Amy will send the carton drawing, artwork not agreed yet."));
    expect(draft.dispatch.days).toBe(25);
  });
});

describe("a deadline for a paper is no ship date", () => {
  it.each([
    "Amy: send PI with 13.30 and lead time answer (by 10/22).",
    "Amy to send the quotation by 22 Oct.",
  ])("'%s' dates no shipment", (line) => {
    const { draft } = read(
      [
        "Buyer: 800 pcs gooseneck kettle at USD 13.30, 30% deposit, balance before shipment",
        "Supplier: ok confirmed",
        `Buyer: ${line}`,
      ].join("\n"),
    );
    expect(draft.dispatch.date).toBeNull();
  });
});

describe("a chat whose last word on a term leaves it open", () => {
  const chat = (closing: string) => [
    "Buyer: Delivery: we need shipment max 15 days after deposit, tender deadline",
    "Supplier: 15 days is impossible, printing plate + test. 20 days after deposit is our time",
    "Buyer: We cannot wait 20 days. Please write 15 days after deposit on the order",
    "Supplier: I ask factory manager tomorrow",
    "Buyer: ok, waiting. Also send the test report with the goods please",
    "Supplier: sure 👌",
    `Buyer: ${closing}`,
  ];

  it.each([
    "The delivery days we still need to fix, I call you tomorrow",
    "Lead time not fixed yet, talk tomorrow",
  ])("after '%s' the lead time is a conflict", (closing) => {
    const { draft, conflicts } = read(chat(closing).join("\n"));
    expect(draft.dispatch.days).toBeNull();
    expect(conflicts.some((c) => c.field === "dispatch")).toBe(true);
  });

  it("a closing word about something else leaves the buyer's last word standing", () => {
    const { draft } = read(chat("The carton marks we still need to fix, I call you tomorrow").join("\n"));
    expect(draft.dispatch.days).toBe(15);
  });
});
