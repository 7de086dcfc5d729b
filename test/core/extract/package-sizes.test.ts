/**
 * An order counted and priced in packages whose content the chat states ("1 carton = 240 pcs", "per bag of
 * 100 pcs") reads in pieces, as the order form wants; a bag whose content is never stated stays the goods.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("packages the chat sizes", () => {
  it("a carton defined by an equals sign converts both the count and the price", () => {
    const rows = itemRowsOf([
      "Buyer: we need scented sachets, lavender, for our stores.",
      "Supplier: Price is USD 36.00 per carton, 1 carton = 240 pcs. MOQ 10 cartons.",
      "Buyer: 40 cartons lavender sachets at USD 33.60 per carton?",
      "Supplier: ok 33.60 per carton for 40 cartons.",
    ]);
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([[9600, 0.14]]);
  });

  it("a bag sized in pieces is a package: bags ordered are pieces, a price per bag is over its pieces", () => {
    const rows = itemRowsOf([
      "Supplier: Price for confetti balloons, per bag of 50 pcs: USD 3.00/bag",
      "Buyer: 400 bags please. 2.80?",
      "Supplier: ok 2.80 for 400 bags.",
    ]);
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([[20000, 0.056]]);
  });

  it("so is one whose pieces are said per bag", () => {
    const rows = itemRowsOf([
      "Supplier: Cable clips USD 1.20 per bag, 100 pcs per bag.",
      "Buyer: ok, 300 bags at 1.20.",
      "Supplier: confirmed.",
    ]);
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([[30000, 0.012]]);
  });

  it("bags that are the goods stay counted as bags", () => {
    const rows = itemRowsOf([
      "Supplier: Fabric grow bag 5 gallon USD 0.72 per bag.",
      "Buyer: 6000 bags at 0.69?",
      "Supplier: ok 0.69 for 6000 bags.",
    ]);
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([[6000, 0.69]]);
  });
});

describe("counts and sums that are no order", () => {
  it("a handful of pieces in a bag is how each is packed", () => {
    const rows = itemRowsOf([
      "Supplier: Cork yoga block USD 2.40/pc.",
      "Buyer: I will order 1500 pcs at 2.30.",
      "Supplier: ok 2.30 for 1500 pcs. Packing 1 pc in opp bag, 20 pcs per carton.",
    ]);
    expect(rows.map(([, quantity]) => quantity)).toEqual([1500]);
  });

  it("an order of thousands in colour boxes is still the order", () => {
    const rows = itemRowsOf([
      "Supplier: Cork yoga block USD 2.40/pc.",
      "Buyer: ok, 2000 pcs in color box at 2.40.",
      "Supplier: confirmed.",
    ]);
    expect(rows.map(([, quantity]) => quantity)).toEqual([2000]);
  });

  it("a price and its freight summed per piece is the price delivered", () => {
    const rows = itemRowsOf([
      "Supplier: Cork yoga block USD 1.58/pc for 2000 pcs, FOB Ningbo.",
      "Buyer: ok 2000 pcs. Shipping by sea to Gdansk please, CIF.",
      "Supplier: CIF Gdansk by sea: 1.58 + 0.12 freight = USD 1.70/pc.",
      "Buyer: OK 1.70 CIF Gdansk, placing the order now.",
    ]);
    expect(rows.map(([, quantity, price]) => [quantity, price])).toEqual([[2000, 1.7]]);
  });
});

describe("a package sized apart for each product", () => {
  it("each price per carton is divided by what its own carton holds", () => {
    expect(
      itemRowsOf([
        "Supplier: Shaker price: 700ml USD 96.00/ctn (48pcs/ctn), 400ml USD 84.00/ctn (60pcs/ctn). EXW Dongguan",
        "Buyer: we take 50 ctns of 700ml and 30 ctns of 400ml. 92 and 80?",
        "Supplier: for this qty ok 92 and 80. final price",
        "Buyer: Deal 92 and 80. So 2400 pcs 700ml and 1800 pcs 400ml",
      ]).map(([, quantity, price]) => [quantity, price]),
    ).toEqual([
      [2400, 1.9167],
      [1800, 1.3333],
    ]);
  });

  it("one size said for the chat's cartons still sizes every product's", () => {
    expect(
      itemRowsOf([
        "Supplier: Shaker price: 700ml USD 96.00/ctn, 400ml USD 72.00/ctn. 48pcs/ctn for both",
        "Buyer: 2400 pcs 700ml and 1800 pcs 400ml, deal",
      ]).map(([, , price]) => price),
    ).toEqual([2, 1.5]);
  });
});
