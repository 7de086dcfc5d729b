/**
 * Two small readings a buyer notices on the card: "sizes" is the plural of "size" (a harness ordered in "mixed
 * sizes" is not a "siz"), and a share of the goods packed in Spanish ("cuando esté 80% empacado") is no payment
 * term that could move the balance.
 */
import { describe, expect, it } from "vitest";
import { singular } from "../../../src/core/extract/items.ts";
import { findBalance } from "../../../src/core/extract/payment.ts";
import { draftOf } from "../../helpers/read-chat.ts";

describe("plurals in -zes", () => {
  it.each([
    ["sizes", "size"],
    ["prizes", "prize"],
    ["glazes", "glaze"],
    ["buzzes", "buzz"],
    ["boxes", "box"],
  ])("%s is one %s", (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});

describe("a share of the goods packed", () => {
  it.each([
    "Vamos a mandar a V-Trust a inspeccionar antes del embarque, avísanos cuando esté 80% empacado",
    "please tell us when goods are 80% packed, our QC comes before shipment",
  ])("%j says nothing of the balance", (text) => {
    expect(findBalance(text)).toBeNull();
  });

  it("leaves the balance agreed against the B/L copy", () => {
    const draft = draftOf([
      "Mariana: 6000 pairs crew socks at 0.62, ok?",
      "Lily Zhou: ok. 30% deposit by T/T, 70% balance against copy of B/L",
      "Mariana: Ok. Vamos a mandar a V-Trust a inspeccionar antes del embarque, avísanos cuando esté 80% empacado",
    ]);
    expect(draft.payment.balance).toBe("after_shipment");
  });
});
