/**
 * Printing and packaging quotes: prices per 1000 named before a list ("Price per 1000 sheets FOB Shanghai:
 * design A USD 45, design B USD 62") or after several amounts ("EUR 38 and EUR 52 per 1000 sheets"), tooling
 * charged per shape or colour ("Cutting die USD 20 per shape, 3 shapes = USD 60") that prices no goods, an item
 * named by the start of a long word of its name ("holo sticker" for the holographic one), and a colour code's
 * number ("cool gray 7 C") that prices nothing.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const priced = (text: string) => findMoney(text).map((money) => [money.value, money.lot ?? null]);

describe("a round lot named once for several amounts", () => {
  it.each([
    ["Price per 1000 sheets FOB Shanghai: design A USD 45, design B USD 62.", [0.045, 0.062]],
    ["Price per 1000 pcs EXW: jar label USD 16, seal sticker USD 11", [0.016, 0.011]],
    ["EUR 38 and EUR 52 per 1000 sheets, this is the bottom.", [0.038, 0.052]],
    ["USD 41 / USD 57 per 1000 pcs", [0.041, 0.057]],
  ])("'%s'", (text, values) => {
    expect(priced(text)).toEqual(values.map((value) => [value, 1000]));
  });
  it.each([
    [
      "EUR 38 for samples, EUR 52 per 1000 sheets",
      [
        [38, null],
        [0.052, 1000],
      ],
    ],
    [
      "USD 2.40 and EUR 3.10 per 1000 pcs",
      [
        [2.4, null],
        [0.0031, 1000],
      ],
    ],
  ])("'%s': only amounts listed the same way share the lot", (text, expected) => {
    expect(priced(text)).toEqual(expected);
  });
});

describe("tooling charged per what it makes", () => {
  const chat = [
    "Buyer: 1) jar label 60 x 40 mm, 20,000 pcs 2) seal sticker 30 mm, 10,000 pcs 3) holographic logo sticker 50 mm, 5,000 pcs",
    "Supplier: Price per 1000 pcs: jar label USD 16, seal sticker USD 11, holo sticker USD 42. Cutting die USD 20 per shape, 3 shapes = USD 60",
    "Buyer: can you do 13 / 9 / 35? and waive the dies",
    "Supplier: 14.5 / 10 / 38 is the best. We waive the dies.",
    "Buyer: ok deal on 14.5 / 10 / 38",
  ];

  it("prices no item, and each price goes to the item in its place", () => {
    expect(draftOf(chat).items.map((item) => item.unitPrice)).toEqual([0.0145, 0.01, 0.038]);
  });
});

describe("a colour code's number", () => {
  it.each(["colours pantone 186 c, black c, cool gray 7 c, white", "PMS 485 red", "warm grey 3 U"])(
    "'%s' is no amount",
    (text) => {
      expect(findMoney(text)).toEqual([]);
    },
  );
});
