/**
 * The subject of a mail that replies to or forwards another ("Subject: Fwd: RE: Offer petri dish 0.034 USD")
 * repeats the first mail's title: the price in it is no offer made again, so the price agreed in the thread stands.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const thread = (subject: string) => [
  "Supplier: Petri dish 90 x 15 mm, PS, sterile: USD 0.034/pc, MOQ 100,000 pcs",
  "Buyer: 0.030 and we confirm today, 300,000 pcs.",
  "Supplier: OK, we accept USD 0.030/pc for the petri dish, 300,000 pcs.",
  `Buyer: ${subject}`,
  "Buyer: Hi team, forwarding the final terms for the PO.",
];

describe("the subject of a reply or a forward", () => {
  it.each([
    "Subject: Fwd: RE: Offer petri dish 0.034 USD - Ege Lab",
    "Subject: RE: Offer petri dish 0.034 USD",
    "Betreff: AW: Angebot Petrischale 0.034 USD",
  ])("'%s' leaves the agreed 0.030", (subject) => {
    expect(itemRowsOf(thread(subject)).map(([, quantity, price]) => [quantity, price])).toEqual([
      [300000, 0.03],
    ]);
  });
});
