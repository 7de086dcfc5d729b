/**
 * A sentence about an order other than this one ("the Canadian account wants 200 at CAD 19, doesn't change this
 * PO", "for our next order we need 3000") counts and prices nothing of this order.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const chat = (aside: string) => [
  "Supplier: Corduroy bucket hat USD 3.10/pc, MOQ 300",
  "Buyer: We take 500 bucket hats at 3.10, order confirmed",
  `Buyer: ${aside}`,
  "Supplier: PI sent, thank you",
];

describe("talk of another order", () => {
  it.each([
    "FYI the Canadian wholesale account wants 200 of the bucket hats at 2.90, doesn't change this PO",
    "For our next order we need 3000 bucket hats, maybe 2.80?",
    "Separate order: 800 bucket hats in olive, quote later",
  ])("'%s' leaves this order's count and price", (aside) => {
    const [hat] = draftOf(chat(aside)).items;
    expect([hat?.quantity, hat?.unitPrice]).toEqual([500, 3.1]);
  });
});
