/**
 * A count raised by how much is added ("I add 100 more gravel tyres", "200 pcs more of the mugs"): the order
 * is the count already put plus that many. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../src/core/extract/quantity.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

describe("counts raised by an amount added", () => {
  it.each([
    ["I add 100 more gravel tyres", ["tyre"]],
    ["please make it 200 pcs more", []],
    ["and 80 more mugs in blue", ["mug"]],
  ])("'%s' is an increment", (text, nouns) => {
    expect(findQuantities(text, nouns).map((q) => q.kind)).toEqual(["increment"]);
  });

  it("a count with no 'more' after it stays a count of the order", () => {
    expect(findQuantities("we need 100 pcs", []).map((q) => q.kind)).toEqual(["order"]);
  });

  it("the increment is counted in the unit the count was put in", () => {
    const draft = draftOf([
      "Buyer: 600 pcs ceramic planter at 3.20 usd please",
      "Supplier: 3.20 ok for 600 pcs",
      "Buyer: good, I add 150 more planters",
    ]);
    expect(draft.items.map((item) => [item.quantity, item.unit])).toEqual([[750, "pcs"]]);
  });

  it("the order is the count already put plus the increment", () => {
    const rows = itemRowsOf([
      "Buyer: 600 ceramic planters at 3.20 usd please",
      "Supplier: 3.20 ok for 600 pcs",
      "Buyer: good, I add 150 more planters for our second shop",
      "Supplier: ok confirmed",
    ]);
    expect(rows.map(([, count, price]) => [count, price])).toEqual([[750, 3.2]]);
  });

  it("an increment with nothing counted before it counts nothing", () => {
    const rows = itemRowsOf(["Buyer: ceramic planters at 3.20 usd, maybe 150 more later", "Supplier: ok"]);
    expect(rows[0]![1]).toBeNull();
  });

  it("the words of the increment are no part of the product's name", () => {
    const rows = itemRowsOf([
      "Buyer: gravel tyre 7.20 usd/pc, ok",
      "Buyer: and add 100 more gravel tyres at 6.90",
    ]);
    expect(rows.map(([name]) => name)).toEqual(["gravel tyre"]);
  });
});

describe("limits said with 'up to'", () => {
  it("'up to 6,000 stitches' after the count agreed leaves the count as it was", () => {
    const rows = itemRowsOf([
      "Buyer: 800 dad caps at 2.20 usd ok?",
      "Supplier: ok 2.20 for 800 pcs",
      "Supplier: embroidery front, up to 6,000 stitches included",
    ]);
    expect(rows.map(([, count]) => count)).toEqual([800]);
  });

  it("'up to 1,000 caps' is no count ordered", () => {
    expect(findQuantities("we can take up to 1,000 caps", ["cap"]).map((q) => q.kind)).toEqual(["estimate"]);
  });

  it("'make it 1,000 caps', a count of the goods themselves, still changes the count", () => {
    const rows = itemRowsOf([
      "Buyer: 800 dad caps at 2.20 usd ok?",
      "Supplier: ok 2.20 for 800 pcs",
      "Buyer: please make it 1,000 caps",
    ]);
    expect(rows.map(([, count]) => count)).toEqual([1000]);
  });
});

describe("a count committed to before the label that tells its item apart", () => {
  it("'Ok I will take 1000 star then' raises the star lamp's count to the MOQ", () => {
    const items = itemRowsOf([
      "Buyer: for the night lamps, moon shape and star shape, what is your best price?",
      "Supplier: Moon shape lamp 15 cm: $4.55/pc. Star shape lamp 15 cm: $4.10/pc. MOQ 1000 pcs per design",
      "Buyer: I need 1200 moon and only 600 star",
      "Supplier: Star 600 is too few, at least 1000, or price +$0.40",
      "Buyer: Ok I will take 1000 star then. Price 4.35 and 3.90?",
      "Supplier: moon 4.40, star 3.90 ok",
      "Buyer: deal",
    ]).map(([, quantity, price]) => [quantity, price]);
    expect(items).toEqual([
      [1200, 4.4],
      [1000, 3.9],
    ]);
  });
});
