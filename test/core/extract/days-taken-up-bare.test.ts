/**
 * A day count asked from an event ("ship 20 days after deposit?") and taken up bare by the other side ("20 days
 * ok") counts from the event asked about, not from the order.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const chat = (answer: string) => [
  "Buyer: Hi, 1200 pcs of the bamboo toothbrush, price?",
  "Supplier: USD 0.32/pc, FOB Xiamen.",
  "Buyer: 0.28, and ship 20 days after deposit?",
  `Supplier: ${answer}`,
  "Buyer: OK 0.30 deal",
];

describe("a count taken up bare", () => {
  it.each(["20 days ok", "ok 20 days"])("'%s' counts from the deposit asked about", (answer) => {
    expect(draftOf(chat(answer)).dispatch).toEqual({ basis: "after_deposit", days: 20, date: null });
  });

  it("another count said bare keeps its own reading", () => {
    expect(draftOf(chat("30 days, not 20")).dispatch.days).toBe(30);
  });
});
