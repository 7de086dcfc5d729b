/**
 * Names that carry their construction or blend in spec words: "Interlock C60/P40 200gsm", "rib 2x2 240gsm",
 * "poplin 65/35". The words with a slash or an "x" inside are part of the name, and the name's noun stays
 * its head, so each product quoted that way is an item of its own.
 */
import { describe, expect, it } from "vitest";
import { draftOf } from "../../helpers/read-chat.ts";

const rows = (lines: string[]) =>
  draftOf(lines).items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice]);

describe("spec words inside a quoted name", () => {
  it("two knitted fabrics quoted per kg with their blend and construction are two items", () => {
    expect(
      rows([
        "Buyer: Hi, we need interlock and a rib for cuffs, please quote per kg.",
        "Supplier: Interlock C60/P40 200gsm 5.10 USD/kg, rib 2x2 240gsm 5.60 USD/kg. MOQ 500 kg per colour.",
        "Buyer: 2000 kg interlock and 400 kg rib. 4.90 and 5.40?",
        "Supplier: interlock 4.95, rib 5.50, deal.",
        "Buyer: OK.",
      ]),
    ).toEqual([
      ["Interlock C60/P40 200gsm", 2000, "kg", 4.95],
      ["rib 2x2 240gsm", 400, "kg", 5.5],
    ]);
  });

  it("a slash between words with spaces around it still parts two names", () => {
    const names = draftOf([
      "Supplier: Canvas tote 1.20 USD/pc / jute tote 1.60 USD/pc.",
      "Buyer: 1000 canvas tote and 500 jute tote, ok.",
    ]).items.map((item) => item.name);
    expect(names).toEqual(["Canvas tote", "jute tote"]);
  });
});
