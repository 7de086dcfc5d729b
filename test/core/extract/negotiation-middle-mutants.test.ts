/**
 * The negotiation's middle rules read through the whole chat: amounts added up to the order's total ("760 +
 * 580 + 120 = USD 1460") and a total that is the sum of the order lines price no item, a price list under a
 * line naming its lot ("all per 100 boxes") is priced per that lot to its last row, amounts named with no item
 * go to the item whose price they answer, items listed after an amount and "for" or joined before it share it,
 * counts told apart by the word that tells one item from another, and the currency a column is headed by.
 * Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { priceColumnCurrency } from "../../../src/core/extract/negotiation.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const pricesOf = (lines: string[]) => itemRowsOf(lines).map(([, , price]) => price);

/** Two toys priced and counted, then a sum the supplier works out. */
const toysThenSum = (sum: string) => [
  "Supplier: push pop bubble USD 0.38/pc, fidget spinner USD 0.58/pc",
  "Buyer: 2000 push pop, 1000 spinners.",
  `Supplier: ${sum}`,
  "Buyer: Correct, go ahead.",
];

describe("amounts added up to the order's total price no item", () => {
  it.each([
    "760 + 580 + 120 = USD 1460",
    "760+580+120=USD 1460",
    "760 + 580 + 120 = 1460 USD",
    "760 + 580 + 120 = $1460",
    "760 + 580 + 120 =USD 1460",
    "760 +580 +120 = USD 1460",
    "760+ 580+ 120 = USD 1460",
    "760 + 580 + 120= USD 1460",
    "1340+120=USD 1460",
    "5 + 1340 = USD 1345",
    "760 + 580 + USD 45 = USD 1385",
    "760 + 580 + USD45 = USD 1385",
    "760 + 580 + $45 = $1385",
    "760 + 580 + $ 45 = $1385",
  ])("'%s' with the freight leaves both toys at their prices", (sum) => {
    expect(pricesOf(toysThenSum(sum))).toEqual([0.38, 0.58]);
  });

  it("a price said after the sum in the same sentence still counts", () => {
    expect(pricesOf(toysThenSum("760 + 580 = 1340, and push pop now USD 0.36"))).toEqual([0.36, 0.58]);
  });
});

describe("a total that is the sum of the order lines prices no item", () => {
  it("'that comes to USD 1,340.00' under 2000 x 0.38 and 1000 x 0.58 leaves both prices", () => {
    expect(pricesOf(toysThenSum("ok, that comes to USD 1,340.00 for the whole order"))).toEqual([0.38, 0.58]);
  });

  it("an item not priced yet does not stop the total from being the order's", () => {
    const rows = itemRowsOf([
      "Supplier: push pop bubble USD 0.38/pc, fidget spinner USD 0.58/pc, gift box price later",
      "Buyer: 2000 push pop, 1000 spinners, 3000 gift boxes.",
      "Supplier: ok, that comes to USD 1,340.00 for the whole order",
      "Buyer: Correct, go ahead.",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([0.38, 0.58, null]);
  });
});

/** Press-on nail designs under a line naming the lot they are priced per. */
const nailRows = [
  "coffin medium nude ombre   USD 85",
  "almond short french   USD 92",
  "stiletto long   USD 96",
  "square short   USD 78",
  "ballerina medium   USD 88",
  "oval short   USD 74",
  "coffin long   USD 90",
  "almond medium   USD 86",
  "stiletto short   USD 82",
  "square long   USD 94",
  "ballerina long   USD 99",
  "oval long   USD 80",
];

describe("a price list under a line naming its lot", () => {
  it("prices every one of twelve rows per piece of the lot", () => {
    const rows = itemRowsOf([
      "Supplier: hi dear, press on nails price as below, all per 100 boxes",
      ...nailRows.map((row) => `Supplier: ${row}`),
      "Buyer: ok thanks, we take them all, 100 boxes each",
    ]);
    expect(rows.map(([, , price]) => price)).toEqual([
      0.85, 0.92, 0.96, 0.78, 0.88, 0.74, 0.9, 0.86, 0.82, 0.94, 0.99, 0.8,
    ]);
  });

  it("a list that closes the chat still names every design", () => {
    const rows = itemRowsOf([
      "Buyer: hello, can you send prices for your press-on nail designs?",
      "Supplier: hi dear, price as below, all per 100 boxes",
      ...nailRows.slice(0, 3).map((row) => `Supplier: ${row}`),
    ]);
    expect(rows.map(([name]) => name)).toEqual([
      "coffin medium nude ombre",
      "almond short french",
      "stiletto long",
    ]);
  });
});

/** Five colours counted a line each under the buyer's heading. */
const colourCounts = [
  "Buyer: New quantities:",
  "Yellow 1200",
  "Red 1200",
  "Green 1000",
  "Blue 800",
  "Black 800",
];

/** A loop band quoted for colours listed after its amount, then counted a colour a line. */
const loopBandColours = (quote: string) =>
  pricesOf([`Supplier: Loop band: ${quote}`, ...colourCounts, "Supplier: ok"]);

describe("colours listed after an amount and 'for' share it", () => {
  it.each([
    "0.46 USD / pc for yellow, red, green, 0.52 for blue and black",
    "0.46 USD per piece for yellow, red, green, 0.52 USD per piece for blue and black",
    "0.46 USD/pc for the yellow, red, green, 0.52 for the blue and black",
    "0.46 USD/pc for yellow/red/green, 0.52 for blue/black",
    "0.46 USD/pc for yellow, red, and green, 0.52 for blue and black",
    "0.46 USD/pc for yellow,red,and green, 0.52 for blue and black",
    "0.46 USD/pc for yellow & red & green, 0.52 for blue & black",
  ])("'%s' prices three colours at 0.46 and two at 0.52", (quote) => {
    expect(loopBandColours(quote)).toEqual([0.46, 0.46, 0.46, 0.52, 0.52]);
  });

  it.each([
    "0.46 USD/pc for yellow and red only, green costs more",
    "0.46 USD/pc for yellow, red, but green costs more",
    "0.46 USD/pc for yellow and red; blue is sold out",
  ])("'%s': the list ends where the sentence turns to another colour", (quote) => {
    expect(loopBandColours(quote)).toEqual([0.46, 0.46, null, null, null]);
  });

  it("a colour with a surcharge of its own ('black +0.05') is not at the list's price", () => {
    const [yellow, red, green, , black] = loopBandColours("0.46 USD/pc for yellow, red, green, black +0.05");
    expect([yellow, red, green]).toEqual([0.46, 0.46, 0.46]);
    expect(black).not.toBe(0.46);
  });
});

describe("one amount naming no colour, over colours counted apart", () => {
  it("answers the colour whose price it is nearest to when the colours are priced apart", () => {
    const rows = itemRowsOf([
      "Buyer: we need fleece hoodies, 1,500 grey and 1,000 navy",
      "Supplier: grey USD 11.80/pc, navy USD 15.60/pc because of the dye",
      "Buyer: can you do 11.50?",
      "Supplier: ok, confirmed",
    ]);
    expect(rows[0]).toEqual(["fleece hoodie grey", 1500, 11.5]);
    expect(rows[1]?.[2]).not.toBe(11.5);
  });
});

describe("amounts naming no colour answer colours priced in groups", () => {
  const answered = (reply: string) =>
    pricesOf([
      "Supplier: Loop band: 0.46 USD/pc for yellow, red, green, 0.52 for blue, 0.55 for black",
      ...colourCounts,
      `Buyer: ${reply}`,
      "Supplier: OK agreed",
    ]);

  it("three amounts answer the group at 0.46 and the two colours priced alone, in order", () => {
    expect(answered("0.42 / 0.47 / 0.50 and I confirm today")).toEqual([0.42, 0.42, 0.42, 0.47, 0.5]);
  });
});

describe("an amount far from a group's price answers no group", () => {
  it("'0.30 / 0.47' does not put the three colours at 0.46 down to 0.30", () => {
    const prices = pricesOf([
      "Supplier: Loop band: 0.46 USD/pc for yellow, red, green, 0.52 for blue and black",
      ...colourCounts,
      "Buyer: 0.30 / 0.47 and I confirm today",
      "Supplier: OK agreed",
    ]);
    expect(prices.slice(0, 3)).not.toEqual([0.3, 0.3, 0.3]);
  });
});

describe("a part named after 'with' is what the goods come with", () => {
  it("'RC truck With Li-ion battery pack: USD 12.80/pc' prices the truck, written with a capital or not", () => {
    expect(
      itemRowsOf([
        "Buyer: we need 300 RC trucks and 300 spare battery packs",
        "Seller: RC truck With Li-ion battery pack: USD 12.80/pc. Spare battery pack USD 2.40/pc",
        "Buyer: ok, confirmed",
      ]),
    ).toEqual([
      ["RC truck", 300, 12.8],
      ["spare battery packs", 300, 2.4],
    ]);
  });
});

describe("the currency a price column is headed by", () => {
  const headerOf = (lines: string[]) => {
    const found = priceColumnCurrency(clausesOf(parseTranscript(lines.join("\n"))));
    return found && [found.code, found.clause.text.slice(found.start, found.end)];
  };

  it.each([
    ["Supplier: Model | EUR/pc | MOQ", "EUR", "| EUR/pc |"],
    ["Supplier: Item | £/pc | Qty", "GBP", "| £/pc |"],
    ["Supplier: Unit price (USD)", "USD", "price (USD"],
  ])("'%s' is in %s, cited where the header says it", (line, code, cited) => {
    expect(headerOf([line, "Buyer: ok"])).toEqual([code, cited]);
  });
});

describe("amounts and names read together in a counter", () => {
  it("amounts naming no item answer, in order, the items the sentence does not name", () => {
    expect(
      itemRowsOf([
        "Buyer: We need 500 pcs each of the garden fork, the garden rake and the hand trowel.",
        "Seller: Garden fork $32.00/pc, garden rake $35.00/pc, hand trowel $11.00/pc.",
        "Buyer: 30 and 33 fine, trowel 10.5?",
        "Seller: Ok.",
      ]),
    ).toEqual([
      ["Garden fork", 500, 30],
      ["garden rake", 500, 33],
      ["hand trowel", 500, 10.5],
    ]);
  });

  const coats = (counter: string) =>
    pricesOf([
      "Buyer: We need 500 pcs of the base coat, 500 pcs of the top coat and 500 pcs of the matte coat.",
      "Seller: Base coat $3.80/pc, top coat $3.90/pc, matte coat $4.10/pc.",
      `Buyer: ${counter}`,
      "Seller: Ok.",
    ]);

  it("three items joined by slashes before one amount all take it", () => {
    expect(coats("base/top/matte 3.60?")).toEqual([3.6, 3.6, 3.6]);
  });

  it("an item said to be fine before 'and' keeps its price; the amount is the next item's", () => {
    expect(coats("base coat is fine and top coat 3.60?")).toEqual([3.8, 3.6, 4.1]);
  });
});
