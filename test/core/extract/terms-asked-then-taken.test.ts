/**
 * Terms put as a question ("20% deposit T/T, 80% after shipment against B/L copy, ok for you?") stand when the
 * reply takes them, though it goes on to ask something else ("Perfect. Lead time?"), and fall when it does not.
 */
import { describe, expect, it } from "vitest";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const paymentAfter = (reply: string) =>
  draftOf([
    "Buyer: Bamboo boards L 1500 pcs at 4.15. Payment terms for bulk?",
    "Supplier: 20% deposit T/T, 80% after shipment against B/L copy, ok for you?",
    `Buyer: ${reply}`,
  ]).payment;

describe("terms asked about and taken", () => {
  it.each(["Perfect. Lead time?", "Ok. Lead time please?", "Perfect."])(
    "a reply opening with a yes takes them: %j",
    (reply) =>
      expect(paymentAfter(reply)).toEqual({
        depositPercent: 20,
        balance: "after_shipment",
        method: "bank_transfer",
      }),
  );

  it.each(["Can you do 10%? And lead time?", "Hmm, lead time?", "Let me check with my boss. Lead time?"])(
    "a reply that asks without taking them leaves the deposit open: %j",
    (reply) => expect(paymentAfter(reply).depositPercent).toBeNull(),
  );
});

describe("a reply that lists the payment methods it takes accepts nothing asked", () => {
  it.each([
    "Payment we accept T/T, card and Pay Later.",
    "We accept PayPal.",
    "Freight I need check with forwarder. We accept payment by T/T only.",
  ])("'%s' leaves 'Can you quote CIF Chennai?' open", (reply) => {
    const draft = draftOf(["Buyer: Can you quote CIF Chennai? And what is lead time?", `Seller: ${reply}`]);
    expect(draft.shipping.incoterm).toBeNull();
  });
  it("an 'ok' beside it still takes the term", () => {
    const draft = draftOf([
      "Buyer: Can you quote CIF Chennai?",
      "Seller: ok, CIF Chennai fine. We accept T/T.",
    ]);
    expect(draft.shipping.incoterm).toBe("CIF");
  });
});

describe("a statement with a question put after its comma", () => {
  const termsOf = (sentence: string) =>
    draftOf([
      "Supplier: Litter mat USD 1.65 as quoted.",
      `Buyer: ${sentence}`,
      "Supplier: 12-15 days after payment.",
    ]).payment;

  it.each([
    "I'll pay 100% by card on Alibaba, how long to ship?",
    "We pay 100% by card, when can you ship?",
    "100% by card on Alibaba, can you ship this month?",
  ])("states the terms before the comma: %j", (sentence) => {
    expect(termsOf(sentence)).toMatchObject({ depositPercent: 100, method: "card" });
  });

  it.each([
    "Can I pay 100% by card?",
    "100% by card, and card fee included?",
    "Could we pay 100% by card, or T/T?",
  ])("asks them when the question holds them: %j", (sentence) => {
    expect(termsOf(sentence).depositPercent).toBeNull();
  });
});

describe("a term asked for that the notes say was turned down", () => {
  const notes = (line: string) =>
    draftOf([
      "Call notes, LED bulbs",
      "- Agreed: 10000 pcs at USD 0.62/pc.",
      "- Payment: 50% T/T deposit, 50% before shipment.",
      `- ${line}`,
    ]).payment.depositPercent;

  it.each([
    "Lucy asked if we can pay 100% up front, I said no.",
    "Zhang asked whether we could pay 100% in advance, we refused.",
    "They requested 100% prepayment, not accepted.",
    "Lucy wanted to know if we pay 100% upfront, I told her no.",
    "He proposed 100% in advance, we declined.",
  ])("%s: the deposit stays 50%", (line) => expect(notes(line)).toBe(50));

  it("a term asked for and taken stands", () =>
    expect(notes("Lucy asked if we can pay 100% up front, I said ok.")).toBe(100));

  it("a refusal of something before the term refuses nothing of it", () =>
    expect(notes("I refused the box print, then we agreed 100% in advance.")).toBe(100));
});

describe("notes that say a term is still open", () => {
  const notes = (line: string) =>
    extractWithConflicts(
      parseTranscript(
        [
          "CALL NOTES - Ningbo Kinglead Electrical Appliances Co., Ltd.",
          "- Kevin opened at 68 BRL/pc. I accepted 63.50 BRL/pc for 1500 pcs.",
          "- Payment: T/T 30% advance, 70% against B/L copy.",
          `- ${line}`,
        ].join("\n"),
      ),
      { now: new Date("2026-11-20T12:00:00Z") },
    );

  it.each([
    "Lead time still open: I push for 30 days after deposit, he says 45 days after deposit.",
    "Lead time: Kevin said 45 days after deposit, I said we need 30 days after deposit. NOT agreed.",
    "Lead time TBD: we want 30 days after deposit, they want 45 days after deposit.",
  ])("%s: each side's days, in conflict", (line) => {
    const { draft, conflicts } = notes(line);
    expect(draft.dispatch.days).toBeNull();
    expect(draft.dispatch.basis).toBe("after_deposit");
    expect(conflicts.map((conflict) => conflict.field)).toContain("dispatch");
  });

  it("the same sentence without the mark settles on the last word", () => {
    const { draft } = notes(
      "Lead time: I push for 30 days after deposit, he says 45 days after deposit. Fine.",
    );
    expect(draft.dispatch.days).toBe(45);
  });
});

describe("an offer on a condition the notes turn down in the next sentence", () => {
  it("'Kevin said with 50% deposit maybe faster. I did not accept, we stay at 30%.' keeps 30%", () => {
    const draft = draftOf([
      "- Payment: T/T 30% advance, 70% against B/L copy. OK for both.",
      "- Kevin said with 50% deposit maybe faster. I did not accept, we stay at 30%.",
    ]);
    expect(draft.payment.depositPercent).toBe(30);
  });

  it("an offer the next sentence takes stands", () => {
    const draft = draftOf([
      "- Payment: T/T 30% advance, 70% against B/L copy.",
      "- Kevin offered 50% deposit for faster shipping. I said ok.",
    ]);
    expect(draft.payment.depositPercent).toBe(50);
  });
});
