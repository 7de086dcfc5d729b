/**
 * Terms whose words also appear in passing: a card put in with the goods, a fee that names what it leaves
 * out, a trade term led to its place by "to", an option the supplier will price once the order is known.
 * Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const order = ["Buyer: 600 pcs sterling silver hoop earrings at 4.10 usd ok", "Supplier: ok 4.10 confirmed"];

describe("terms said in passing", () => {
  it("a card put in with the goods pays nothing: the PayPal agreed stands", () => {
    const draft = draftOf([
      ...order,
      "Supplier: 100% by PayPal please",
      "Buyer: fine. each pair in a pouch with our card please, we send the design",
    ]);
    expect(draft.payment.method).toBe("paypal");
  });

  it.each([
    ["Buyer: we will pay with our card", "card"],
    ["Buyer: paying the deposit with my card today", "card"],
    ["Buyer: by card please", "card"],
  ])("'%s' pays by card", (line, method) => {
    expect(draftOf([...order, line]).payment.method).toBe(method);
  });

  it("a fee that says what it does not include is still the fee", () => {
    const draft = draftOf([
      ...order,
      "Supplier: DAP Perth by sea, delivery fee 640 USD for the whole order (not include import GST and duty)",
      "Buyer: 640 ok, DAP Perth",
    ]);
    expect(draft.shipping).toMatchObject({ incoterm: "DAP", place: "Perth", fee: 640 });
  });

  it("a fee that includes the freight's own charges is no fee quoted apart", () => {
    const draft = draftOf([...order, "Supplier: price includes the freight to your door"]);
    expect(draft.shipping.fee).toBeNull();
  });

  it("'DDP to Leeds' names Leeds", () => {
    const draft = draftOf([...order, "Supplier: Shipping UPS DDP to Leeds, USD 95 for all"]);
    expect(draft.shipping).toMatchObject({ incoterm: "DDP", place: "Leeds" });
  });

  it("a term the supplier will price once the order is confirmed is not settled", () => {
    const draft = draftOf([
      "Buyer: what is the price for 1500 sets of the utensil set?",
      "Supplier: from 3.2 to 5.8 usd depends on quantity",
      "Buyer: can you do DDP to Rotterdam?",
      "Supplier: DDP possible, we calculate after you confirm quantity",
    ]);
    expect(draft.shipping).toMatchObject({ incoterm: null, place: null });
  });
});
