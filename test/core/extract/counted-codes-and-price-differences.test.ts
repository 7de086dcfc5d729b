/**
 * A buyer lists coded goods each after its count ("400 pcs TK-20 tripod, 200 pcs PH-5 phone holder"): each code
 * is named by the words after it, never by the entry before. A supplier prices a variant by its difference from
 * another ("black at 0.05 more"): the difference is no price.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("coded goods each after its count", () => {
  it("names each code by its own words, not by the entry before it", () => {
    const rows = itemRowsOf([
      "Buyer: Hi Anna, please confirm the order: 400 pcs TK-20 tripod, 200 pcs PH-5 phone holder, 100 pcs RC-3 remote.",
      "Anna (Ningbo Kaida Photo Co., Ltd.): Confirmed. TK-20 USD 1.90/pc, PH-5 USD 2.90/pc, RC-3 USD 1.20/pc.",
      "Anna (Ningbo Kaida Photo Co., Ltd.): Total: USD 760 + USD 580 + USD 120 = USD 1460",
      "Buyer: Thanks, deal.",
    ]);
    expect(rows).toEqual([
      ["TK-20 tripod", 400, 1.9],
      ["PH-5 phone holder", 200, 2.9],
      ["RC-3 remote", 100, 1.2],
    ]);
  });
});

describe("a variant priced by its difference from another", () => {
  it.each(["black at 0.05 more", "black is USD 0.05 extra", "black 0.05/pc more", "black 0.05 higher"])(
    "%j prices no item at the difference",
    (said) => {
      const rows = itemRowsOf([
        "Buyer: Hi Lily, we want 200 pcs of the LB-08 lamp in white, 150 in grey and 100 in black.",
        `Lily (Shenzhen Brightlux Co., Ltd.): LB-08 is USD 7.20/pc for white and grey, ${said}.`,
        "Buyer: Can you do 6.80?",
        "Lily (Shenzhen Brightlux Co., Ltd.): Best 7.00 for white and grey.",
        "Buyer: OK, deal at 7.00.",
      ]);
      expect(rows.map(([, , price]) => price)).not.toContain(0.05);
      expect(rows[0]?.[2]).toBe(7);
    },
  );
});
