/**
 * An order split into lots written one to a line under a heading ("New quantities:" then "Yellow (X-light) 1200",
 * "Red (light) 1200", ...): each line's count is its label's item, the lines together one list.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { listedLineGroups } from "../../../src/core/extract/lots.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const groupsOf = (lines: readonly string[]) =>
  listedLineGroups(clausesOf(parseTranscript(lines.join("\n")))).map((lots) =>
    lots.map((lot) => [lot.label, lot.count]),
  );

describe("a list written a lot to a line", () => {
  it("makes each colour an item with its own count, a total under it counting none", () => {
    const rows = itemRowsOf([
      "Buyer: Hi Lucy, 5000 pcs loop bands total, 1000 each colour",
      "Supplier: Loop band 600 x 50 mm: 0.42 USD/pc all colours",
      "Buyer: Our data changed the split. New quantities:",
      "Yellow 1200",
      "Red 1200",
      "Green 1000",
      "Blue 800",
      "= 4200 total",
      "Supplier: ok same price",
    ]);
    expect(rows.map(([, quantity]) => quantity)).toEqual([1200, 1200, 1000, 800]);
    expect(rows.map(([name]) => name.split(" ")[0])).toEqual(["Yellow", "Red", "Green", "Blue"]);
  });

  it("reads only consecutive short lines of one label and one count, two at least", () => {
    expect(
      groupsOf(["Supplier: ok", "Buyer: New split:", "Yellow (X-light) 1200", "Red (light) 1200"]),
    ).toEqual([
      [
        ["Yellow", 1200],
        ["Red", 1200],
      ],
    ]);
    // one such line alone, a question in a chat, is no list
    expect(groupsOf(["Buyer: 80 ok. and M 62?", "Supplier: M no, 66 already small profit"])).toEqual([]);
    // a line of prose between them ends the list; lines of two messages are two lists
    expect(
      groupsOf(["Buyer: Yellow 1200", "Supplier: Red 1200 is too many for one colour of this band sorry"]),
    ).toEqual([]);
    // a line about the minimum or the samples counts no lot
    expect(groupsOf(["Buyer: hi", "Supplier: prices:", "MOQ 500", "Samples 3"])).toEqual([]);
  });
});

/** Five colours counted a line each under the buyer's heading. */
const newQuantities = [
  "Buyer: New quantities:",
  "Yellow 1200",
  "Red 1200",
  "Green 1000",
  "Blue 800",
  "Black 800",
];

describe("a price for a list of variants", () => {
  const rows = (quote: string) =>
    itemRowsOf([`Supplier: Loop band: ${quote}`, ...newQuantities, "Supplier: ok"]).map(
      ([, , price]) => price,
    );

  it("prices every variant listed after 'for'", () =>
    expect(rows("0.46 USD/pc for yellow, red, green, 0.52 for blue and black")).toEqual([
      0.46, 0.46, 0.46, 0.52, 0.52,
    ]));

  it("a variant with an amount of its own ends the list", () =>
    expect(rows("0.46 USD/pc for yellow, red, green, black 0.52, blue 0.50")).toEqual([
      0.46, 0.46, 0.46, 0.5, 0.52,
    ]));
});

describe("amounts that answer variants priced in groups", () => {
  const prices = (reply: string) =>
    itemRowsOf([
      "Supplier: Loop band: 0.46 USD/pc for yellow, red, green, 0.52 for blue and black",
      ...newQuantities,
      `Buyer: ${reply}`,
      "Supplier: OK agreed",
    ]).map(([, , price]) => price);

  it("gives each group its amount, in the order of the prices on the table", () =>
    expect(prices("0.42 / 0.47 and I confirm today")).toEqual([0.42, 0.42, 0.42, 0.47, 0.47]));

  it("amounts out of the order of the groups' prices answer none of them as groups", () =>
    expect(prices("0.47 / 0.42 and I confirm today")).not.toEqual([0.47, 0.47, 0.47, 0.42, 0.42]));
});

describe("a counted plural the quote named in full", () => {
  it("names the item as the quote did", () =>
    expect(
      itemRowsOf([
        "Supplier: Round rattan basket set of 3: 13.50 USD/set",
        "Laundry hamper with lid 45 x 60 cm: 16.80 USD/pc",
        "Buyer: We need 400 sets of the baskets and 250 hampers. Can you do 11.00 and 14.00?",
        "Supplier: ok 11.80 and 15.00",
        "Buyer: deal",
        "Supplier: Each hamper with cotton liner, 2 pcs per export carton",
      ]).map(([name, quantity]) => [name, quantity]),
    ).toContainEqual(["Laundry hamper", 250]));
});
