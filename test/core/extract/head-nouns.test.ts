/**
 * The head noun of a product's name: what a later "the skillets", "800 locks" refers to. Codes, ratings,
 * sizes and describing words after the noun are no head.
 */
import { describe, expect, it } from "vitest";
import { headOf } from "../../../src/core/extract/items.ts";

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
