import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("order lines written as a label, a count and '@' a price", () => {
  it("reads each label's count and price when the chat named its currency once", () => {
    expect(
      itemRowsOf([
        "Buyer: custom enamel pins, 3 designs: cat, moon, mushroom",
        "Supplier: price per design 0.95 USD",
        "Buyer: ok. cat 300 @0.72, moon 300 @0.74, mushroom 200 @0.85",
        "Supplier: yes correct",
      ]),
    ).toEqual([
      ["custom enamel pin cat", 300, 0.72],
      ["custom enamel pin moon", 300, 0.74],
      ["custom enamel pin mushroom", 200, 0.85],
    ]);
  });

  it("reads 'at' a price like '@' a price, with or without the count's unit", () => {
    const rows = itemRowsOf([
      "Buyer: need bath bombs in lavender, rose and lemon, quote in usd please",
      "Supplier: ok. lavender 600 pcs at 1.10, rose 400 pcs at 1.15, lemon 400 pcs at 1.05",
      "Buyer: confirmed",
    ]);
    expect(
      rows.map(([name, count, price]) => [name.replace(/bath bombs? ?/, "").trim(), count, price]),
    ).toEqual([
      ["lavender", 600, 1.1],
      ["rose", 400, 1.15],
      ["lemon", 400, 1.05],
    ]);
  });

  it("takes no bare '@' amount as a price in a chat that never names a currency", () => {
    const rows = itemRowsOf([
      "Buyer: custom enamel pins, designs cat and moon",
      "Buyer: cat 300 pcs @0.72, moon 300 pcs @0.74",
      "Supplier: ok",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([null, null]);
  });

  it("keeps an item's price on the table when a far bare amount comes 'at' it later", () => {
    const rows = itemRowsOf([
      "Supplier: hex bolt M10 USD 74 per 1000pcs, hex nut M10 USD 19.80 per 1000pcs",
      "Buyer: ok nuts at 19.80 we accept. bolts at 72?",
      "Supplier: ok 72 for bolts",
      "Buyer: final: bolt 50,000 pcs @ USD 72/1000, nut 50,000 pcs @ USD 19.80/1000",
    ]);
    expect(rows.map(([name, , price]) => [name, price])).toContainEqual(["hex nut M10", 0.0198]);
  });
});

describe("a bare count with a price straight after it", () => {
  it("is an order count", () => {
    expect(findQuantities("cat 300 @0.72, moon 1,200 at $0.70").map((q) => [q.value, q.kind])).toEqual([
      [300, "order"],
      [1200, "order"],
    ]);
  });

  it("is no count when the number is a size, a price or a time", () => {
    expect(findQuantities("M10 @ 0.72")).toEqual([]);
    expect(findQuantities("ship on the 15 at 10am")).toEqual([]);
    expect(findQuantities("1.50 @ 2.00")).toEqual([]);
    expect(findQuantities("#300 @ 0.72")).toEqual([]);
    expect(findQuantities("300 at the port")).toEqual([]);
  });

  it("leaves a short number after a capitalised word to the model's name", () => {
    expect(
      itemRowsOf([
        "Buyer: phone cases for Galaxy 24 and Pixel 9, price in usd?",
        "Supplier: Galaxy 24 @ 1.10, Pixel 9 @ 1.20",
        "Buyer: ok 500 pcs each",
      ]).map(([, count]) => count),
    ).not.toContain(24);
  });
});

describe("spares given free do not make an ordered line an accessory", () => {
  const chat = (spares: string) => [
    "Supplier: speaker 9.90 usd, gift box full color printing 0.42/pc",
    "Buyer: deal. 2000 speakers @9.60 + 2000 gift boxes @0.38",
    `Supplier: ok ${spares}`,
  ];

  it("keeps the gift boxes an item when spare boxes come free of charge", () => {
    const names = itemRowsOf(chat("we add 2% spare boxes free of charge")).map(([name]) => name);
    expect(names).toHaveLength(2);
    expect(names[1]).toMatch(/gift box/);
  });

  it("still reads boxes the supplier puts in for free as no line of their own", () => {
    expect(itemRowsOf(chat("gift boxes free of charge, only speakers charged"))).toHaveLength(1);
  });
});

describe("prices put per round lot of things and countered bare in the lot's terms", () => {
  it("divides a price per 1000 of any counted thing down to one", () => {
    const [money] = findMoney("TP-02 2 colour print usd 68/1000 sheets");
    expect([money?.value, money?.perUnit, money?.lot]).toEqual([0.068, "sheets", 1000]);
  });

  it("reads '60?' after 'usd 68/1000 sheets' as 60 per 1000, and settles the last one agreed", () => {
    const rows = itemRowsOf([
      "Supplier: custom tissue paper usd 68/1000 sheets",
      "Buyer: we need 30,000 sheets. can you do 60?",
      "Supplier: 60 not possible, 66",
      "Buyer: 64?",
      "Supplier: ok 64",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([0.064]);
  });

  it("keeps a bare amount that is near the price of one as that price", () => {
    const rows = itemRowsOf([
      "Supplier: custom tissue paper usd 68/1000 sheets",
      "Buyer: we need 30,000 sheets. can you do 0.060?",
      "Supplier: ok 0.062",
      "Buyer: deal",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([0.062]);
  });
});
