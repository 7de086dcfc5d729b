/**
 * A paste whose buyer says at the end that nothing is settled yet is an inquiry: the prices, counts and terms
 * it names were quoted or asked about, so the draft holds none of them, while the goods and the supplier stay.
 * Said before a deal is made, the words leave the deal standing.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const inquiry = (closing: string) => [
  "Buyer: hi, price for 1000 bamboo cutting boards 30 x 20 cm? By sea",
  "Supplier: Ningbo Greenway Bamboo Co., Ltd. here. USD 2.40/pc FOB Ningbo, 30% deposit, 25 days after deposit",
  "Buyer: and DDP Rotterdam?",
  "Supplier: DDP Rotterdam add 0.35/pc, QIMA inspection possible",
  `Buyer: ${closing}`,
];

describe("a paste that ends as an inquiry", () => {
  it.each([
    "thanks, let me talk to my partner. Not ready to order yet, we're still comparing 3 quotes.",
    "Nothing agreed yet. No order, no payment.",
    "ok thanks, we are still comparing other suppliers",
    "Thank you, we talk in June after the tender",
    "ok, I will come back to you next month",
    "Noted. We decide after the trade fair, will get back in 2 weeks",
    "Fair enough. I'll have a yarn with my business partner once the samples land and get back to you",
  ])("'%s' leaves counts, prices and terms open", (closing) => {
    const draft = draftOf(inquiry(closing));
    expect(draft.supplier).toBe("Ningbo Greenway Bamboo Co., Ltd.");
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[null, null]]);
    expect([draft.shipping.method, draft.shipping.incoterm]).toEqual([null, null]);
    expect(draft.dispatch).toEqual({ basis: null, days: null, date: null });
    expect(draft.payment.depositPercent).toBeNull();
    expect(draft.evidence.some((said) => /unitPrice|quantity|payment\.|dispatch\./.test(said.field))).toBe(
      false,
    );
  });

  it("getting back with a file is no putting off", () => {
    const draft = draftOf([
      "Buyer: 1000 bamboo cutting boards at USD 2.40 FOB Ningbo, deal",
      "Supplier: confirmed",
      "Buyer: once my designer is back I'll get back to you with the logo file",
    ]);
    expect(draft.items[0]?.unitPrice).toBe(2.4);
  });

  it("a deal made after the words stands", () => {
    const draft = draftOf([
      ...inquiry("not ready to order yet, we're still comparing quotes"),
      "Buyer: ok we decided: 1000 pcs at 2.40 FOB Ningbo, deal",
      "Supplier: confirmed",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[1000, 2.4]]);
  });

  it("the supplier saying it is no inquiry", () => {
    const draft = draftOf([
      "Buyer: 1000 bamboo cutting boards at USD 2.40 FOB Ningbo, deal",
      "Supplier: confirmed. Nothing agreed yet on the logo colour, please send the file",
    ]);
    expect(draft.items[0]?.unitPrice).toBe(2.4);
  });
});
