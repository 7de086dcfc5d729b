/**
 * The negotiation's word patterns read through the whole chat, one behaviour per pattern and each form the
 * pattern allows: tooling charged per shape, colour or side and tooling added up ("3 shapes = USD 60"), a
 * charge per piece of the goods that still prices them, totals worked out from a count times a price or called
 * a subtotal, the lot a price is quoted per, sums of counts, ranges, valuations, amounts taken as the deal,
 * prices said before the item they are for, counts of each item, rows of two quote tables naming one product
 * and bare counters in a lot's terms. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const priceOf = (lines: string[]) => draftOf(lines).items[0]?.unitPrice ?? null;

/** A paper bag priced after a charge for its printing, said in a message of its own. */
const bagsAfterCharge = (charge: string) => [
  "Buyer: we need 5,000 kraft paper bags with our logo, quote in USD please",
  `Supplier: ${charge}`,
  "Supplier: Kraft paper bag USD 0.42/pc.",
  "Buyer: ok, agreed",
];

describe("tooling charged per what it makes prices no goods", () => {
  it.each([
    "shape",
    "color",
    "colour",
    "design",
    "plate",
    "screen",
    "side",
    "logo",
    "artwork",
    "version",
    "style",
    "die",
  ])("'Printing plate USD 30 per %s' leaves the bag at its own price", (unit) => {
    expect(priceOf(bagsAfterCharge(`Printing plate USD 30 per ${unit}.`))).toBe(0.42);
  });
});

describe("a charge per piece of the goods is the goods' price", () => {
  it.each([
    ["fleece hoodies", "Fleece hoodie, logo included, setup USD 12.50 per hoodie"],
    ["hair stylers", "Hair styler, logo included, setup USD 12.50 per styler"],
  ])("for %s, '%s' prices each piece at 12.50", (goods, offer) => {
    expect(
      priceOf([
        `Buyer: we need 500 ${goods} with our logo, quote in USD please`,
        `Supplier: ${offer}`,
        "Buyer: ok, agreed",
      ]),
    ).toBe(12.5);
  });
});

describe("tooling added up by its shapes or colours prices no goods", () => {
  it.each([
    "3 shapes = USD 60.",
    "12 shapes = USD 240.",
    "3shapes = USD 60.",
    "1 shape = USD 20.",
    "1 color = USD 30.",
    "1 colour = USD 30.",
    "1 design = USD 30.",
    "1 screen = USD 30.",
    "3 shapes= USD 60.",
    "3 shapes =USD 60.",
    "3 shapes =  USD 60.",
  ])("'%s' leaves the bag at its own price", (charge) => {
    expect(priceOf(bagsAfterCharge(charge))).toBe(0.42);
  });
});

describe("an amount worked out as a total is divided back to a piece", () => {
  const mugs = (offer: string) => [
    "Buyer: we need 800 ceramic mugs, quote in USD please",
    `Supplier: ${offer}`,
    "Buyer: ok, agreed",
  ];

  it.each([
    ["800 pcs x 3.10 = USD 2,480", 3.1],
    ["800 pcs x3 = USD 2,400", 3],
    ["subtotal USD 2,480", 3.1],
  ])("'%s' is %s a mug", (offer, price) => {
    expect(priceOf(mugs(offer))).toBe(price);
  });

  it("a count times a count said before the price leaves the price whole", () => {
    expect(priceOf(mugs("Print 2 x 4 = 8 colours, price USD 3.10"))).toBe(3.1);
  });
});

describe("what the goods are worth elsewhere is no counter", () => {
  const earbuds = (line: string) => [
    "Buyer: we need 300 wireless earbuds, quote in USD please",
    "Supplier: USD 9.80/pc",
    `Buyer: ${line}`,
    "Supplier: ok",
  ];

  it.each([
    "can you do 9.00? competitor is at 7.50",
    "can you do 9.00? competitors at 7.50",
    "can you do 9.00? market is 7.50",
    "can you do 9.00? retail price 24.99",
    "can you do 9.00? retail price is 24.99",
    "can you do 9.00? rrp 24.99",
    "can you do 9.00? msrp 24.99",
    "can you do 9.00? we sell them for 24.99",
    "can you do 9.00? we resell at 24.99",
    "can you do 9.00? they are worth $24.99",
    "can you do 9.00? they are worth$24.99",
    "can you do 9.00? others are ≈7.50",
    "can you do 9.00? they sell at $24 dollars retail",
    "can you do 9.00? the USD 7.50 roughly at today's rate",
    "can you do 9.00? that is 7.50 at todays rate",
  ])("after '%s' the deal is the 9.00 asked", (line) => {
    expect(priceOf(earbuds(line))).toBe(9);
  });

  it.each([
    "can you do 9.00? they are worth more, we offer 8.50",
    "can you do 9.00? our cost ≈ 7.50, we offer 8.50",
    "can you do 9.00? we pay 8.50 now, the old quote for reference",
  ])("after '%s' the later offer of 8.50 is the deal", (line) => {
    expect(priceOf(earbuds(line))).toBe(8.5);
  });
});

describe("'each' must follow a count to give it to every named item", () => {
  it("'600 pcs, bulbs each in a box' counts no 600 bulbs: the 'each' speaks of the packing", () => {
    const lampKit = [
      "Buyer: we sell desk lamp kits. Need the lamp base, the linen shade and the LED bulb, quote in USD please",
      "Supplier: lamp base USD 4.60/pc, linen shade USD 1.30/pc, LED bulb USD 0.42/pc",
      "Buyer: too high for us",
      "Supplier: for a full kit order we can do: base 4.20/pc, shade 1.10/pc, bulb 0.38/pc",
      "Buyer: ok, agreed",
      "Buyer: lamp base and linen shade, 600 pcs, bulbs each in a box",
    ];
    expect(itemRowsOf(lampKit).find(([name]) => name === "LED bulb")).toEqual(["LED bulb", null, 0.38]);
  });
});
