/**
 * Sizes of one product quoted a line each ("8 oz double wall cup USD 0.045/pc") and ordered by the measure that
 * tells them apart ("60,000 pcs 8oz, 100,000 pcs 12oz"): each size is an item, whether the measure is written
 * spaced or not, and each takes its own count and agreed price.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const quote = (a: string, b: string) => [
  "Buyer: Hi, we need kettles for our shops, two sizes",
  `Supplier: ${a} gooseneck kettle USD 13.50/pc`,
  `Supplier: ${b} gooseneck kettle USD 17.20/pc`,
  "Supplier: Wooden handle stand USD 4.10/pc",
];

describe("sizes of one product counted by their measure", () => {
  it.each([
    ["600 ml", "1000 ml", "600ml", "1000ml"],
    ["600ml", "1000ml", "600 ml", "1000 ml"],
    ["20 oz", "34 oz", "20oz", "34oz"],
  ])("quoted as %s and %s, ordered as %s and %s", (a, b, countedA, countedB) => {
    const rows = itemRowsOf([
      ...quote(a, b),
      `Buyer: We order 500 pcs ${countedA}, 300 pcs ${countedB} and 200 pcs stands.`,
      `Buyer: ${countedB} 16.80 possible?`,
      "Supplier: ok 16.80 for the big one, confirmed",
    ]);
    expect(rows).toEqual([
      [`${a} gooseneck kettle`, 500, 13.5],
      [`${b} gooseneck kettle`, 300, 16.8],
      ["Wooden handle stand", 200, 4.1],
    ]);
  });
});

describe("products told apart by what they are priced per", () => {
  it("a grinder priced per unit and burr sets per set, counted in those units, are two items", () => {
    const rows = itemRowsOf([
      "Buyer: Hi, best price for your flat burr grinder, 100-150 units?",
      "Supplier: Model FG-64 grinder: USD 185/unit for 100 units. Spare burr set 64 mm: USD 16.00/set.",
      "Buyer: 165 for 120 units and I'll take 240 spare burr sets too.",
      "Supplier: 168 for 120 units, burr sets 14.50 for 240 sets. Final.",
      "Buyer: Deal, 168 x 120 units and 14.50 x 240 burr sets.",
    ]);
    expect(rows).toEqual([
      ["FG-64 grinder", 120, 168],
      ["Spare burr set 64 mm", 240, 14.5],
    ]);
  });
});

describe("a tier table's rows after the product's name and a colon", () => {
  it("name the product the whole line names, and the ordered row's price stands", () => {
    const rows = itemRowsOf([
      "Buyer: Quote for both sizes please",
      "Supplier: 600 ml pour-over kettle: 300 pcs USD 14.80 / 500 pcs USD 13.90 / 1000 pcs USD 12.60",
      "Supplier: 1.0 L pour-over kettle: 300 pcs USD 17.50 / 500 pcs USD 16.40",
      "Buyer: We take 500 pcs of 600ml and 300 pcs of 1.0L.",
      "Supplier: Confirmed, thank you",
    ]);
    expect(rows).toEqual([
      ["600 ml pour-over kettle", 500, 13.9],
      ["1.0 L pour-over kettle", 300, 17.5],
    ]);
  });

  it("but a spec listed before the colon names no product", () => {
    const rows = itemRowsOf([
      "Supplier: Lipstick tube 12.1 mm, aluminium shell + ABS inner: 3000 pcs $0.52, 5000 pcs $0.45",
      "Supplier: Mascara tube 8 ml: 3000 pcs $0.30, 5000 pcs $0.27",
      "Buyer: We need 5000 lipstick tubes and 3000 mascara tubes",
      "Supplier: ok confirmed",
    ]);
    expect(rows.map(([name]) => name)).not.toContain("ABS inner");
  });
});

describe("sizes counted with their unit written apart", () => {
  it("'20,000 pcs 5 ml and 10,000 pcs 10 ml' counts each size at its own agreed price", () => {
    const rows = itemRowsOf([
      "Buyer: Trial order: 5 ml Luer lock syringe with needle, and 10 ml Luer lock syringe without needle.",
      'Supplier: 5 ml + needle 22G x 1 1/4": USD 0.031/pc. 10 ml Luer lock: USD 0.036/pc. MOQ 10,000 pcs each.',
      "Buyer: Quantities 20,000 pcs 5 ml and 10,000 pcs 10 ml. Target 0.025 and 0.032.",
      "Supplier: Too low for trial qty. 0.028 and 0.035.",
      "Buyer: If I take 15,000 of the 10 ml, can you do 0.034?",
      "Supplier: OK: 5 ml 20,000 pcs @0.028, 10 ml 15,000 pcs @0.034.",
      "Buyer: Agreed",
    ]);
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([
      [20000, 0.028],
      [15000, 0.034],
    ]);
    expect(rows.map(([name]) => name.split(" ").slice(0, 2).join(" "))).toEqual(["5 ml", "10 ml"]);
  });

  it("a base name read without its size's figure keeps no stray unit ('ml gooseneck kettle')", () => {
    const rows = itemRowsOf([
      "Buyer: Hi, we need: 600 ml gooseneck kettle and 1.0 L gooseneck kettle, matte black.",
      "Supplier: 600 ml: USD 13.90/pc. 1.0 L: USD 16.40/pc.",
      "Buyer: 500 pcs 600 ml and 300 pcs 1.0 L.",
      "Supplier: confirmed",
    ]);
    expect(rows).toEqual([
      ["gooseneck kettle 600 ml", 500, 13.9],
      ["gooseneck kettle 1.0 L", 300, 16.4],
    ]);
  });
});

describe("a size alone names its item", () => {
  it("'Make it 1000 of the 350ml' counts the 350ml jug, not the 600ml one", () => {
    const rows = itemRowsOf([
      "Supplier: 350ml milk jug USD 3.10, 600ml milk jug USD 3.80, MOQ 500 pcs each size. FOB Shenzhen.",
      "Buyer: We'd do 800 of the 350 and 600 of the 600. Could you do 2.80 and 3.40?",
      "Supplier: 350ml 2.90 OK. 600ml must stay 3.60.",
      "Buyer: Righto, 2.90 and 3.60, done.",
      "Buyer: Actually, make it 1000 of the 350ml. Same price yeah?",
      "Supplier: Ok 1000 pcs 350ml, same 2.90.",
    ]);
    expect(rows[0]).toEqual(["350ml milk jug", 1000, 2.9]);
    expect(rows[1]?.[2]).toBe(3.6);
  });
});
