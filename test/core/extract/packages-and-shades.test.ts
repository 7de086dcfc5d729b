import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

describe("an order counted in cartons of a known size is an order of pieces", () => {
  it("cartons priced per carton become pieces at the price of one piece", () => {
    const draft = draftOf([
      "Supplier: glass jar 200ml EUR 24.00 per carton (48 pcs/ctn). MOQ 50 cartons",
      "Buyer: we take 100 cartons. 22.00/ctn?",
      "Supplier: ok 22.80/ctn final",
      "Buyer: ok deal",
    ]);
    expect(draft.items.map((item) => [item.name, item.quantity, item.unit, item.unitPrice])).toEqual([
      ["glass jar", 4800, "pcs", 0.475],
    ]);
  });

  it("keeps the unit the carton holds: pairs stay pairs", () => {
    const draft = draftOf([
      "Supplier: latex work gloves USD 18.00 per carton (60 pairs/ctn)",
      "Buyer: 40 cartons at 16.80/ctn?",
      "Supplier: 17.40 lowest",
      "Buyer: ok 17.40, 40 ctns",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unit, item.unitPrice])).toEqual([
      [2400, "pairs", 0.29],
    ]);
  });

  it("a count of pieces priced per carton is divided on the price side only", () => {
    expect(
      itemRowsOf([
        "Supplier: bamboo straw USD 30 per carton (500 pcs/ctn)",
        "Buyer: I need 10000 pcs, ok 30 per carton",
        "Supplier: confirmed",
      ]),
    ).toEqual([["bamboo straw", 10000, 0.06]]);
  });

  it("cartons whose content the chat never gives stay cartons at the carton price", () => {
    expect(
      itemRowsOf([
        "Supplier: paper cup USD 23.80 per carton",
        "Buyer: 300 cartons please, 22.50 per carton?",
        "Supplier: ok 22.50",
      ]),
    ).toEqual([["paper cup", 300, 22.5]]);
  });
});

describe("variants told apart by shade, each counted and priced", () => {
  const tubes = [
    "Buyer: we approved the sample of the magnetic lipstick tube. How much for 3000 of each colour?",
    "Supplier: Price:",
    "champagne gold 0.52 USD/pc",
    "matte black 0.40 USD/pc",
    "Buyer: ok champagne gold 4000, matte black 6000",
    "Supplier: ok deal",
  ];

  it("counts written after two-word shades order each shade at its own price", () => {
    expect(itemRowsOf(tubes)).toEqual([
      ["champagne gold magnetic lipstick tube", 4000, 0.52],
      ["matte black magnetic lipstick tube", 6000, 0.4],
    ]);
  });

  it("shades counted apart at one price are lines of their own, each at that price", () => {
    expect(
      itemRowsOf([
        "Buyer: price for the steel tumbler 20oz?",
        "Supplier: 2.10 USD/pc all colours",
        "Buyer: ok, matte black 1000, teal 800",
        "Supplier: ok confirmed",
      ]),
    ).toEqual([
      ["matte black steel tumbler", 1000, 2.1],
      ["teal steel tumbler", 800, 2.1],
    ]);
  });

  it.each([
    ["brushed brass", "polished chrome"],
    ["satin nickel", "antique bronze"],
  ])("metal finishes '%s' and '%s' are variants of the product, each named with it", (first, second) => {
    expect(
      itemRowsOf([
        "Buyer: we need your aluminium cabinet pull 128 mm, two finishes",
        `Supplier: ${first} USD 1.10/pc, ${second} USD 1.25/pc`,
        `Buyer: 2000 pcs ${first}, 1500 pcs ${second}, price ok`,
        "Supplier: confirmed",
      ]),
    ).toEqual([
      [`aluminium cabinet pull ${first}`, 2000, 1.1],
      [`aluminium cabinet pull ${second}`, 1500, 1.25],
    ]);
  });

  it("a finish word alone is the product's material: 'satin pillowcase', 'brass hinge'", () => {
    const names = itemRowsOf([
      "Supplier: satin pillowcase USD 2.10/pc, brass hinge USD 0.80/pc",
      "Buyer: 1000 satin pillowcase and 3000 brass hinge, ok",
      "Supplier: ok confirmed",
    ]).map((row) => row[0]);
    expect(names).toEqual(["satin pillowcase", "brass hinge"]);
  });

  it("a metal in the product's name is its material, not a shade", () => {
    const names = itemRowsOf([
      "Supplier: 925 sterling silver hoop earrings USD 3.20/pair",
      "Buyer: 500 pairs at 3.00?",
      "Supplier: ok 3.00",
    ]).map((row) => row[0]);
    expect(names).toEqual([expect.stringContaining("silver hoop earring")]);
  });
});

describe("a count read with its label belongs to the label's item wherever the name stands", () => {
  it("'N pcs of the 28cm and M pcs of the 21cm' gives each size its own count", () => {
    expect(
      itemRowsOf([
        "Supplier: silicone spatula price: 28cm USD 0.90/pc, 21cm USD 0.60/pc",
        "Buyer: I need 2400 pcs of the 28cm and 1200 pcs of the 21cm",
        "Supplier: ok, 2400 pcs 28cm + 1200 pcs 21cm confirmed",
      ]).map((row) => row[1]),
    ).toEqual([2400, 1200]);
  });

  it("a temperature after 'up to' is no count raised to it", () => {
    const rows = itemRowsOf([
      "Supplier: silicone spatula USD 0.90/pc",
      "Buyer: I need 2400 pcs at 0.85",
      "Supplier: ok 0.85",
      "Buyer: heat resistant up to 230°C please",
    ]);
    expect(rows.map((row) => row[1])).toEqual([2400]);
  });
});

describe("counts and prices in dozens written 'dz'", () => {
  it("'500 dz kids + 300 dz adult' at prices per dz are pairs at a twelfth of the price", () => {
    expect(
      itemRowsOf([
        "Supplier: kids crew socks USD 4.20/dz, adult ankle socks USD 5.80/dz",
        "Buyer: 3.90/dz kids and 5.40/dz adult?",
        "Supplier: ok 3.90 and 5.40",
        "Buyer: Deal. Please send PI for 500 dz kids + 300 dz adult",
      ]),
    ).toEqual([
      ["kids crew sock", 6000, 0.325],
      ["adult ankle sock", 3600, 0.45],
    ]);
  });
});

describe("a flower or a fruit names a scent or a material alone, a shade only beside another", () => {
  it("lavender and rose bath bombs counted in dozens stay two products", () => {
    const rows = itemRowsOf([
      "Supplier: Lavender bath bomb 120g: USD 9.60 per dozen. Rose bath bomb 150g: USD 11.40 per dozen",
      "Buyer: OK 9.20 and 11.00 per dozen?",
      "Supplier: ok agreed",
      "Buyer: So 150 dozen lavender (1,800 pcs) + 100 dozen rose (1,200 pcs).",
    ]);
    expect(rows.map((row) => [row[0].toLowerCase(), row[1]])).toEqual([
      [expect.stringContaining("lavender"), 1800],
      [expect.not.stringContaining("lavender"), 1200],
    ]);
  });
});
