/**
 * Shipping options priced as a whole ("By rail DAP Duisburg EUR 1,150", "DHL, DAP Auckland USD 96", "LCL now
 * €560"): each is a freight fee, never an item's price, and the order's fee is the one of the option taken.
 */
import { describe, expect, it } from "vitest";
import { incotermRule } from "../../../src/core/extract/rules/incoterm.ts";
import { draftOf } from "../../helpers/read-chat.ts";
import { termClause } from "../../helpers/term-clause.ts";

const options = [
  "Buyer: Hi, we need 2000 pcs of the enamel camping mug 350 ml.",
  "Supplier: Enamel camping mug 350 ml USD 1.95/pc for 2000 pcs.",
  "Buyer: OK 1.95 is fine. What are the shipping options to Rotterdam?",
  "Supplier: By sea CIF Rotterdam USD 640, about 35 days. By rail DAP Duisburg USD 1,280, about 20 days.",
];

describe("options priced as a whole, one of them taken", () => {
  it.each([
    ["the second", "Buyer: Rail DAP Duisburg please.", "rail", "DAP", 1280],
    ["the first", "Buyer: Sea CIF Rotterdam please, we are not in a hurry.", "sea", "CIF", 640],
  ])("the buyer taking %s pays its fee, and the mug keeps its price", (_, choice, method, incoterm, fee) => {
    const draft = draftOf([...options, choice, "Supplier: OK noted."]);
    expect(draft.shipping).toMatchObject({ method, incoterm, fee });
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[2000, 1.95]]);
  });

  it("the fee's evidence is the line that quoted the option taken", () => {
    const draft = draftOf([...options, "Buyer: Sea CIF Rotterdam please."]);
    const cited = draft.evidence.find((e) => e.field === "shipping.fee");
    expect(cited?.line).toBe(4);
  });

  it("with no option taken the last fee quoted stands, as for any term said twice", () => {
    expect(draftOf(options).shipping.fee).toBe(1280);
  });
});

describe("a carrier or load named with an amount", () => {
  it("'DHL please, DAP Auckland USD 96' is the fee", () => {
    const draft = draftOf([
      "Supplier: Merino beanie USD 6.80/pc, MOQ 300.",
      "Buyer: 300 pcs merino beanie, 6.80 ok.",
      "Supplier: Thanks! Shipping by DHL or by sea?",
      "Buyer: DHL please, DAP Auckland USD 96 is fine.",
    ]);
    expect(draft.shipping).toMatchObject({ method: "express", fee: 96 });
    expect(draft.items.map((item) => item.unitPrice)).toEqual([6.8]);
  });

  it("a fee revised for the same load replaces the first", () => {
    const draft = draftOf([
      "Supplier: Bamboo cutting board 38x28 cm EUR 3.40/pc.",
      "Buyer: 1500 pcs, deal.",
      "Supplier: LCL CIF Hamburg EUR 620.",
      "Buyer: That is high for 2 cbm, can you check again?",
      "Supplier: Checked with forwarder, LCL now €560.",
      "Buyer: OK.",
    ]);
    expect(draft.shipping.fee).toBe(560);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([3.4]);
  });

  it("a price per piece under a mode and a trade term stays the item's price", () => {
    const draft = draftOf([
      "Buyer: 5000 pcs silicone spatula, what is your best price?",
      "Supplier: By sea, FOB Ningbo USD 0.62/pc.",
      "Buyer: OK 0.62 FOB Ningbo.",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([0.62]);
    expect(draft.shipping.fee).toBeNull();
  });

  it("a small amount under a mode and a trade term, with no unit, is no fee", () => {
    const draft = draftOf([
      "Buyer: 800 pcs canvas tote bag.",
      "Supplier: By sea FOB Xiamen USD 2.35, by air USD 2.90.",
      "Buyer: Sea please, 2.35 ok.",
    ]);
    expect(draft.shipping.fee).toBeNull();
  });
});

describe("goods priced per metre with no currency sign", () => {
  it("'2.10/m' is per metre, so the metres asked for are the quantity", () => {
    const draft = draftOf([
      "Supplier: Cotton duck canvas 10oz, EUR 2.40/m, width 150 cm.",
      "Buyer: We need 3000 m. Canvas at 2.10/m possible?",
      "Supplier: 2.20 is lowest for 3000 m.",
      "Buyer: OK 2.20/m, 3000 m.",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unit, item.unitPrice])).toEqual([
      [3000, "metres", 2.2],
    ]);
  });
});

describe("a blend ratio in a product's name", () => {
  it("'linen cotton blend 55/45 EUR 3.30/m' names the blend with its ratio", () => {
    const draft = draftOf([
      "Supplier: Stretch denim EUR 2.90/m, linen cotton blend 55/45 EUR 3.30/m.",
      "Buyer: Denim 1000 m and linen cotton blend 800 m, prices ok.",
    ]);
    expect(draft.items.map((item) => item.name)).toEqual(["Stretch denim", "linen cotton blend 55/45"]);
  });
});

describe("a bare 'sea' or 'air' naming the mode taken", () => {
  it.each([
    ["Buyer: Air, DAP Los Angeles.", "air"],
    ["Buyer: Sea FOB Ningbo please.", "sea"],
    ["Buyer: Sea please.", "sea"],
    ["Buyer: air pls, we are in a hurry.", "air"],
  ])("'%s' is %s", (choice, method) => {
    expect(draftOf([...options.slice(0, 3), choice]).shipping.method).toBe(method);
  });

  it.each(["Buyer: Sea salt scrub 200 g also, can you quote?", "Buyer: Air fryer liners too, 1000 packs."])(
    "'%s' names a product, no mode",
    (line) => {
      expect(draftOf([...options.slice(0, 3), line]).shipping.method).toBeNull();
    },
  );
});

describe("a trade term that carries the freight, with its amount and load", () => {
  const pads = ["Supplier: Brake pad set OE 04465-33450 USD 6.20/set.", "Buyer: 2000 sets at 6.20 ok."];

  it("'CFR Jebel Ali by sea add USD 1,150 for one 20GP', revised to USD 980, is a fee of 980", () => {
    const draft = draftOf([
      ...pads,
      "Supplier: CFR Jebel Ali by sea add USD 1,150 for one 20GP.",
      "Buyer: Shipping CFR Jebel Ali is fine.",
      "Supplier: Good news, June rate is lower: CFR Jebel Ali USD 980 for the 20GP by sea.",
      "Buyer: Confirmed, CFR Jebel Ali USD 980.",
    ]);
    expect(draft.shipping).toMatchObject({ incoterm: "CFR", fee: 980 });
    expect(draft.items.map((item) => item.unitPrice)).toEqual([6.2]);
  });

  it.each([
    ["Supplier: DDP Los Angeles by sea shipping fee USD 2,350 including duty.", 2350],
    ["Supplier: LCL Sydney now 615 usd include PSS and BAF.", 615],
  ])("what the fee itself holds leaves it a fee: '%s'", (line, fee) => {
    expect(draftOf([...pads, line, "Buyer: ok."]).shipping.fee).toBe(fee);
  });

  it("freight included in the price is still no fee", () => {
    expect(
      draftOf([...pads, "Supplier: CIF Jebel Ali, freight included in the price.", "Buyer: ok."]).shipping
        .fee,
    ).toBeNull();
  });

  it("a fee quoted for an option the buyer does not take is none of the order's", () => {
    const draft = draftOf([
      ...pads,
      "Buyer: You can give me CIF Valencia and also FOB Ningbo?",
      "Supplier: CIF Valencia LCL by sea, freight USD 780. FOB Ningbo no freight of course.",
      "Buyer: My forwarder is cheaper, so FOB Ningbo by sea.",
    ]);
    expect(draft.shipping).toMatchObject({ incoterm: "FOB", fee: null });
  });
});

describe("another term's surcharge quoted beside the term taken", () => {
  it.each([
    "CIF add USD 1,650 for 20GP.",
    "CIF Felixstowe add USD 1,650.",
    "CIF plus USD 1,650 for the 20GP",
    "CIF + USD 1,650",
    "CIF extra USD 1,650",
  ])("'%s' states no trade term", (text) => {
    expect(incotermRule.find(termClause(text), new Date())).toEqual([]);
  });

  it("a term with its place and price is still stated ('CIF Felixstowe USD 4.95/pc')", () => {
    expect(incotermRule.find(termClause("CIF Felixstowe USD 4.95/pc"), new Date())[0]?.value.code).toBe(
      "CIF",
    );
  });
});
