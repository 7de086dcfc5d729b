/**
 * How two sides shorten an item's name once it is introduced: a code said without its family's letters ("A9"
 * for "PS-A9"), a nickname given in brackets ("(the little one)") or in quotes ('we call it "Harry"'). Each
 * later mention counts and prices the item it stands for. A code that leads its noun phrase ("the PS-A9
 * foldable aluminium stand") is named by the words after it. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const stands = (intro: string, order: string, price: string) => [
  `Buyer: Hi Kevin, for our shop we'll take ${intro}.`,
  "Seller: Hi. PS-A9 $2.45, PS-M2 $0.68. How many?",
  `Buyer: ${order} Can you do $2.30 for the A9?`,
  `Seller: ${price}`,
  "Buyer: Deal.",
];

describe("a code that leads its noun phrase", () => {
  it("is named by the product words after it, up to its noun", () => {
    const rows = itemRowsOf(
      stands(
        "the PS-A9 foldable aluminium stand and the PS-M2 mini stand",
        "300 pcs PS-A9 and 1000 pcs PS-M2.",
        "ok $2.30 for A9, PS-M2 stays $0.68.",
      ),
    );
    expect(rows).toEqual([
      ["PS-A9 foldable aluminium stand", 300, 2.3],
      ["PS-M2 mini stand", 1000, 0.68],
    ]);
  });

  it("with no product noun after it keeps the code alone", () => {
    const rows = itemRowsOf(
      stands(
        "the PS-A9 and the PS-M2",
        "300 pcs PS-A9 and 1000 pcs PS-M2.",
        "ok $2.30 for A9, PS-M2 stays $0.68.",
      ),
    );
    expect(rows.map(([name]) => name)).toEqual(["PS-A9", "PS-M2"]);
  });
});

describe("a code said without its family's letters", () => {
  it.each([
    ["ok $2.30 for A9, PS-M2 stays $0.68.", 2.3],
    ["A9 no, stays $2.45. PS-M2 $0.68 ok.", 2.45],
  ])("'%s' prices the PS-A9 (%s)", (answer, price) => {
    const rows = itemRowsOf(
      stands(
        "the PS-A9 foldable stand and the PS-M2 mini stand",
        "300 pcs PS-A9 and 1000 pcs PS-M2.",
        answer,
      ),
    );
    expect(rows[0]).toEqual(["PS-A9 foldable stand", 300, price]);
    expect(rows).toHaveLength(2);
  });
});

describe("a nickname the sides give an item", () => {
  it.each([
    ["the PS-A9 foldable stand and the PS-M2 mini stand (the little one)", "the little one"],
    ["the PS-A9 foldable stand and the PS-M2 mini stand (aka the baby)", "the baby"],
    ['the PS-A9 foldable stand and the PS-M2 mini stand, we call it "Mini Me"', "Mini Me"],
    ["the PS-A9 foldable stand and the PS-M2 mini stand (Kleiner = the mini stand)", "Kleiner"],
  ])("'%s': '%s' counts and prices that item", (intro, nickname) => {
    const rows = itemRowsOf(
      stands(
        intro,
        `300 pcs PS-A9 and 1000 pcs of ${nickname}.`,
        `ok $2.30 for A9, ${nickname} stays $0.68.`,
      ),
    );
    expect(rows).toEqual([
      ["PS-A9 foldable stand", 300, 2.3],
      ["PS-M2 mini stand", 1000, 0.68],
    ]);
  });

  it("a bracket of specs is no nickname", () => {
    const rows = itemRowsOf(
      stands(
        "the PS-A9 foldable stand and the PS-M2 mini stand (aluminium)",
        "300 pcs PS-A9 and 1000 pcs PS-M2.",
        "ok $2.30 for A9, PS-M2 stays $0.68.",
      ),
    );
    expect(rows.map(([name]) => name)).toEqual(["PS-A9 foldable stand", "PS-M2 mini stand"]);
  });
});

describe("a nickname set equal to its item", () => {
  it("counts and prices that item for the rest of the chat", () => {
    const rows = itemRowsOf([
      "Buyer: we want the WT-204 stacking rainbow and the WT-331 pull-along duck.",
      "Seller: WT-204 rainbow EUR 4.10/set, WT-331 duck EUR 3.20/pc.",
      "Buyer: 800 sets of the rainbow, 1000 ducks. ok 4.10 for the Regenbogen, Ente 3.20 fine.",
      "Buyer: (sorry, Regenbogen = rainbow, Ente = the duck, my colleagues call them like that)",
      "Buyer: sales wants more Ente. Can we make it 1,200 pcs?",
      "Seller: 1200 pcs Ente ok, for 1200 we give EUR 3.10/pc.",
      "Buyer: Super, 1200 Ente at 3.10.",
    ]);
    expect(rows.map(([, count, price]) => [count, price])).toEqual([
      [800, 4.1],
      [1200, 3.1],
    ]);
    expect(rows[1]![0]).toMatch(/^WT-331 .*duck$/);
  });

  it("a sum or a unit defined by another names nothing", () => {
    const rows = itemRowsOf([
      "Buyer: we want the WT-204 stacking rainbow and the WT-331 pull-along duck.",
      "Seller: WT-204 rainbow EUR 4.10/set, WT-331 duck EUR 3.20/pc. 1 set = 7 pcs, total = 1800 pcs",
      "Buyer: 800 sets of the rainbow, 1000 ducks, ok",
    ]);
    expect(rows.map(([, count]) => count)).toEqual([800, 1000]);
  });
});
