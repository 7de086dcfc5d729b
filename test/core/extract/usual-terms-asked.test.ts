/**
 * An inquiry that asks for the supplier's usual terms ("What is normally your payment terms and delivery time?")
 * gets them as one answer ("Normally 30% deposit, 70% before shipment. Production 35-45 days."): every sentence of
 * it is the supplier's usual terms, an offer the buyer has still to take, so nothing of it is the order's yet.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const read = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n"), { roles: { Ingrid: "buyer", Kevin: "supplier" } }), {
    now: new Date("2027-01-20T12:00:00Z"),
  });

const inquiry = (question: string, answer: string, closing: string) => [
  "Ingrid: We look at electric ride-on cars, 12V with remote control. Price?",
  "Kevin: USD 58-75/pc depends on model.",
  `Ingrid: ${question}`,
  `Kevin: ${answer}`,
  `Ingrid: ${closing}`,
];

describe("the usual terms given to an inquiry", () => {
  it.each([
    [
      "the answer opens with 'normally'",
      "What are your payment terms and delivery time?",
      "Normally 30% deposit, 70% before shipment. Production 35-45 days.",
    ],
    [
      "the question asks for the usual terms",
      "What is normally your payment terms and delivery time?",
      "30% deposit, 70% before shipment. Production 35-45 days.",
    ],
  ])("leaves the lead time and deposit open when %s", (_, question, answer) => {
    const draft = read(inquiry(question, answer, "Ok understand. I must discuss with my partner."));
    expect(draft.dispatch.days).toBeNull();
    expect(draft.payment.depositPercent).toBeNull();
  });

  it("takes the lead time once the buyer agrees to it", () => {
    const draft = read(
      inquiry(
        "What is normally your payment terms and delivery time?",
        "Normally 30% deposit, 70% before shipment. Production 35-45 days.",
        "Ok, 45 days after deposit is fine for us, we order 100 pcs.",
      ),
    );
    expect(draft.dispatch.days).toBe(45);
  });

  it("a usual term named in the middle of a message leaves the message's other terms as they are", () => {
    const draft = read([
      "Ingrid: 200 pcs of the JR-5511 ride-on car at USD 61. Payment?",
      "Kevin: New customer usually 100% before shipment. Ok, we accept: 30% deposit by T/T, 70% after goods arrive.",
      "Ingrid: Great, thank you.",
    ]);
    expect(draft.payment.depositPercent).toBe(30);
  });
});
