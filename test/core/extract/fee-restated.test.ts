/**
 * The freight a supplier quoted apart, said again by the buyer choosing the mode ("Air, DAP Los Angeles,
 * USD 980."), is the fee, not a total for the item last talked about.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

describe("a freight amount said again when the mode is chosen", () => {
  const chat = (choice: string) =>
    draftOf([
      "Buyer: interested in your waterproof dog raincoat, 3 sizes",
      "Supplier: price for logo version:",
      "Dog raincoat S (back 30 cm): USD 4.30/pc",
      "Dog raincoat M (back 40 cm): USD 4.60/pc",
      "Dog raincoat L (back 50 cm): USD 4.95/pc",
      "Buyer: I'd need S 400, M 600, L 500. Can you do 4.00 / 4.30 / 4.60?",
      "Supplier: for your qty: S 4.10, M 4.40, L 4.75. This is best.",
      "Buyer: ok deal at 4.10 / 4.40 / 4.75.",
      "Supplier: by sea DDP Portland USD 0.42/pc, by air DAP Los Angeles USD 980 total",
      `Buyer: ${choice}`,
      "Supplier: Ok noted.",
    ]);

  it("leaves every item's price as agreed and keeps the amount as the fee", () => {
    const draft = chat("Air, DAP Los Angeles, USD 980. Our 3PL is in LA anyway.");
    expect(draft.items.map((item) => item.unitPrice)).toEqual([4.1, 4.4, 4.75]);
    expect(draft.shipping.fee).toBe(980);
  });

  it("an amount that is no freight quoted in the chat is still read as an offer, and taken", () => {
    const draft = chat("Air please. And L at USD 4.60?");
    expect(draft.items.map((item) => item.unitPrice)).toEqual([4.1, 4.4, 4.6]);
  });
});
