/**
 * A buyer lists the goods with the prices the supplier said ("SD-22 saddle you said 8.90, GR-7 grips 2.30 a
 * pair, BT-3 tape 2.10 a set"), in a chat that names its currency elsewhere; voice notes say "eight and half";
 * an inquiry ends with the buyer "still deciding".
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import { withSpokenFigures } from "../../../src/core/extract/spoken-figures.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const sample = "Supplier: sample was 3 sets x 18 USD + DHL 45 USD, already paid";

describe("a price with its cents put per a count word", () => {
  it.each([
    ["grips 2.30 a pair", "pairs"],
    ["tape 2.10 a set", "sets"],
    ["cable 0.85 a piece", "pcs"],
  ])("%j is a price per %s", (text, unit) => {
    const [money] = findMoney(text);
    expect(money).toMatchObject({ perUnit: unit, bare: true });
  });

  it.each([
    ["Tooling USD 300 per mould", "mould"],
    ["USD 2.10 per meter", "meter"],
    ["USD 4 per m", "m"],
  ])("%j is put per a whole word (%s)", (text, unit) => {
    expect(findMoney(text)[0]?.perUnit).toBe(unit);
  });

  it("a whole number put per a set counts what the set holds", () => {
    expect(findMoney("6 a set, 300 sets")[0]?.perUnit ?? null).toBeNull();
  });
});

describe("goods listed each with its price", () => {
  it("every part of the list names an item with its price, the bare figures too", () => {
    const rows = itemRowsOf([
      sample,
      "Buyer: now bulk. SD-22 saddle you said 8.90, GR-7 grips 2.30 a pair, BT-3 tape 2.10 a set",
      "Supplier: saddle 8.60 best for 300 pcs. Grips 2.10 for 500 pairs. Tape 300 sets 1.95",
      "Buyer: ok, deal",
    ]);
    expect(rows).toEqual([
      [expect.stringContaining("SD-22"), 300, 8.6],
      [expect.stringContaining("GR-7"), 500, 2.1],
      [expect.stringContaining("BT-3"), 300, 1.95],
    ]);
  });

  it("with no part priced per a count or in a currency, bare figures name no goods", () => {
    expect(itemRowsOf([sample, "Buyer: SD-22 saddle 8.90, GR-7 grips 2.30", "Supplier: ok"])).toEqual([]);
  });
});

describe("a price said as a figure and a half", () => {
  it.each([
    ["Saddle eight and half, grips two dollars", "Saddle 8.50, grips US$2"],
    ["ok nine and a half dollars", "ok 9.50 dollars"],
  ])("%j reads %j", (said, read) => {
    expect(withSpokenFigures(said, true)?.text).toBe(read);
  });

  it("a half of days or pieces stays as said", () => {
    expect(withSpokenFigures("ten and a half days, two dollars", true)?.text).not.toContain(".50");
  });
});

describe("an inquiry the buyer is still deciding", () => {
  const inquiry = [
    "Supplier: for 300 pcs each design: mushroom 0.62, frog 0.51 usd/pc. Sample fee 30 usd",
    "Buyer: maybe 300 of each?",
    "Supplier: yes 300 each ok",
  ];

  it.each([
    "Buyer: not yet, still deciding, sorry! probably early december",
    "Buyer: I need to run the numbers with my partner, will get back to you",
  ])("%j holds no counts or prices", (last) => {
    const draft = draftOf([...inquiry, last]);
    expect(draft.items.length).toBeGreaterThan(0);
    expect(draft.items.every((item) => item.quantity === null && item.unitPrice === null)).toBe(true);
  });

  it("still deciding the colour is no inquiry", () => {
    const draft = draftOf([
      ...inquiry,
      "Buyer: ok we order 300 of each at your prices",
      "Buyer: still deciding the colour",
    ]);
    expect(draft.items.some((item) => item.quantity === 300)).toBe(true);
  });
});
