/**
 * The head noun of a product's name: what a later "the skillets", "800 locks" refers to. Codes, ratings,
 * sizes and describing words after the noun are no head.
 */
import { describe, expect, it } from "vitest";
import { headOf } from "../../../src/core/extract/items.ts";
import { draftOf } from "../../helpers/read-chat.ts";

describe("the head noun of a name", () => {
  it.each([
    ["desk lamp DL-220", "lamp"],
    ["solar inverter 5kW", "inverter"],
    ["school backpack 16 inch", "backpack"],
    ["clear TPU case for iPhone 16", "case"],
    ["beach towel with tassels", "towel"],
    ["LED strip 5050 RGB", "strip"],
    ["Cast iron skillet 26 cm pre-seasoned", "skillet"],
    ["cotton tote bag printed", "bag"],
    ["door plate 200x80 mm with gold mirror letters", "plate"],
    ["wall sign 600 x 400 mm", "sign"],
    ["stainless water bottles", "bottle"],
  ])("'%s' is built on '%s'", (name, head) => {
    expect(headOf(name)).toBe(head);
  });

  it.each([
    ["orthopedic dog bed", "bed"],
    ["metal garden shed", "shed"],
    ["wildflower seed", "seed"],
  ])("a noun ending in -ed is still the head: '%s'", (name, head) => {
    expect(headOf(name)).toBe(head);
  });
});

describe("a later change names the item by its head", () => {
  it("'increase door plate to 350 pcs' raises the door plate, not the item before it", () => {
    const draft = draftOf([
      "Supplier: 1. wall sign 600x400 mm, 5mm acrylic: 200 pcs total USD 2,400",
      "2. A4 sign holder 3mm: 1000 pcs total USD 1,100",
      "3. door plate 200x80 mm with gold mirror letters: 300 pcs total USD 1,230",
      "Buyer: Prices ok. Please increase door plate to 350 pcs, same rate.",
      "Supplier: ok no problem",
    ]);
    expect(draft.items.map((item) => item.quantity)).toEqual([200, 1000, 350]);
  });
});
