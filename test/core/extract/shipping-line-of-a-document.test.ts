/**
 * A PI or order page labels its freight line ("Shipping: UPS Express, DAP Leeds UK        US$285.00"): the amount
 * at the end of the line, however far the columns set it, is the fee, not a total for the row above it.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const pi = (shipping: string) => [
  "Supplier: [Proforma Invoice] PI-2611-04 (v2)",
  "  Item 1  Bamboo coaster set of 4                         800 sets   US$1.35   US$1,080.00",
  "  Item 2  Bamboo serving board 40 cm                      300 pcs    US$4.20   US$1,260.00",
  `  ${shipping}`,
  "  Total US$2,655.00 · Balance before shipment",
  "Buyer: v2 is correct, thank you!",
];

describe("the shipping line of a document", () => {
  it("its amount is the fee and no row's price", () => {
    const draft = draftOf(
      pi("Shipping: UPS Express, DAP Leeds UK                                 US$315.00"),
    );
    expect(draft.shipping.fee).toBe(315);
    expect(draft.items.map((i) => i.unitPrice)).toEqual([1.35, 4.2]);
  });

  it("a line opening with another word is read as before", () => {
    const draft = draftOf(pi("Packing: 4 sets per inner box, 40 sets per carton"));
    expect(draft.shipping.fee).toBeNull();
    expect(draft.items.map((i) => i.unitPrice)).toEqual([1.35, 4.2]);
  });
});
