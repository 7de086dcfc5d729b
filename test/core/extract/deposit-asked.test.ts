/**
 * A bare share ("40 percent.") answering the other side's question about the deposit is the deposit; the
 * same answer to a question about anything else is no deposit.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-10-06T12:00:00Z");
const depositAfter = (question: string, answer = "40 percent.") =>
  extractDraft(parseTranscript([`Buyer: ${question}`, `Seller: ${answer}`].join("\n")), { now }).payment
    .depositPercent;

describe("a share said in answer to a question about the deposit", () => {
  it.each([
    "How much deposit do you need?",
    "And the down payment?",
    "And the downpayment?",
    "How much in advance?",
    "How much prepay?",
    "How much prepayment?",
    "How much upfront?",
    "How much up front?",
    "What is your payment term?",
    "What are your payment terms?",
    "What pay split do you want?",
    "What payment split do you want?",
    "定金多少？",
    "订金多少？",
    "预付多少？",
    "付款方式是什么？",
  ])("'%s' / '40 percent.' is a 40%% deposit", (question) => {
    expect(depositAfter(question)).toBe(40);
  });

  it.each([
    "What colour is the lid?",
    "How much is the payment?",
    "What is the prepaid card fee?",
    "Is the split ok?",
  ])("'%s' / '40 percent.' is no deposit", (question) => {
    expect(depositAfter(question)).toBeNull();
  });

  it("an answer that is itself a question, or a question the same side asked, is no deposit", () => {
    expect(depositAfter("How much deposit?", "40 percent?")).toBeNull();
    expect(
      extractDraft(parseTranscript("Buyer: How much deposit?\nBuyer: 40 percent."), { now }).payment
        .depositPercent,
    ).toBeNull();
  });
});

describe("terms put as a question and accepted by name", () => {
  const draftOf = (answer: string) =>
    extractDraft(
      parseTranscript(
        [
          "Buyer: Meanwhile: FOB Qingdao by sea, payment 40% deposit and 60% before shipment by T/T, ok?",
          `Seller: ${answer}`,
        ].join("\n"),
      ),
      { now },
    );

  it("'Payment and FOB Qingdao ok.' takes the payment terms and the shipping part, not what it leaves open", () => {
    const draft = draftOf("Payment and FOB Qingdao ok. Lead time our production manager is still checking.");
    expect(draft.payment).toEqual({
      depositPercent: 40,
      balance: "before_shipment",
      method: "bank_transfer",
    });
    expect([draft.shipping.incoterm, draft.shipping.place, draft.shipping.method]).toEqual([
      "FOB",
      "Qingdao",
      "sea",
    ]);
  });

  it("'FOB Qingdao fine.' takes the shipping part only: the payment stays open", () => {
    const draft = draftOf("FOB Qingdao fine. For payment I ask my boss.");
    expect(draft.shipping.method).toBe("sea");
    expect(draft.payment.depositPercent).toBeNull();
  });

  it.each(["Payment not ok, we need 50%.", "Lead time is still checking."])(
    "'%s' accepts no payment term",
    (answer) => {
      expect(draftOf(answer).payment.depositPercent).not.toBe(40);
    },
  );
});
