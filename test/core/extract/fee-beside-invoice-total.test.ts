/**
 * An invoice line adding up the goods, the courier and the payment's own charge ("225 + DHL 38 = 263, PayPal fee
 * 11.57, total USD 274.57"): its total is the invoice's, not the freight; the fee stays the one quoted.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

describe("a total after a sum that names the courier", () => {
  it("leaves the fee quoted before as the fee", () => {
    const draft = draftOf([
      "Buyer: 4000 pcs of the kraft sticker at 0.05 usd ok",
      "Supplier: ok. Bulk by DHL express, shipping fee USD 42",
      "Supplier: Invoice: 4000 x 0.05 = 200 + DHL 42 = 242, PayPal fee 10.65, total USD 252.65",
      "Buyer: paid 252.65 USD",
    ]);
    expect(draft.shipping.fee).toBe(42);
  });

  it("a courier's own total, with no sum before it, is the fee", () => {
    const draft = draftOf([
      "Buyer: 4000 pcs of the kraft sticker at 0.05 usd ok",
      "Supplier: FedEx IP, total 96 USD",
      "Buyer: ok",
    ]);
    expect(draft.shipping.fee).toBe(96);
  });
});
