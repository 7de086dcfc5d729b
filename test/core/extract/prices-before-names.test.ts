/**
 * A price written before the goods it is for ("Price $7.40/pc leggings, $5.20/pc bra", "Target $6.50 leggings
 * and $4.60 bra"): each part of the sentence prices the goods it names after the amount. A buyer's "Target"
 * is a price, never goods. Chats written for these tests.
 */
import { describe, expect, it } from "vitest";
import { itemRowsOf } from "../../helpers/read-chat.ts";

describe("goods named after their price", () => {
  it.each([
    ["Price $7.40/pc leggings, $5.20/pc bra.", "$6.80 leggings and $4.90 bra ok", [6.8, 4.9]],
    ["USD 7.40 leggings; USD 5.20 bra", "ok USD 7.40 leggings; USD 5.20 bra", [7.4, 5.2]],
    ["Price $7.40/pc leggings, $5.20/pc bra", "Target $6.50 leggings and $4.60 bra", [null, null]],
  ])("'%s' prices each in its own part", (quote, answer, prices) => {
    const rows = itemRowsOf([
      "Buyer: we need the high-waist leggings and the matching sports bra, 600 leggings and 500 bras.",
      `Seller: ${quote}`,
      `Buyer: ${answer}`,
      ...(prices[0] === null ? [] : ["Seller: deal, confirmed"]),
    ]);
    // (Each keeps its own words: the bra is never named after the leggings.)
    const [leggings, bra] = rows.map(([name]) => name);
    expect(leggings).toBe("high-waist legging");
    expect(bra).toMatch(/\bbra$/);
    expect(bra).not.toContain("legging");
    expect(rows.map(([, count]) => count)).toEqual([600, 500]);
    expect(rows.map(([, , price]) => price)).toEqual(prices);
  });

  it("a price put per a word of the goods names them already", () => {
    const rows = itemRowsOf([
      "Buyer: 800 orthopedic dog beds and 1,200 donut cat beds, EUR 10.50 and EUR 3.90?",
      "Seller: best price dog bed EUR 10.90, cat bed EUR 4.00.",
      "Buyer: OK for EUR 10.90 per dog bed and EUR 4.00 per cat bed, 800 and 1,200 pcs.",
    ]);
    expect(rows).toEqual([
      ["orthopedic dog bed", 800, 10.9],
      ["donut cat bed", 1200, 4],
    ]);
  });
});

describe("goods named after their price where the chat introduced them by style code", () => {
  it("each style is an item at its own price", () => {
    const rows = itemRowsOf([
      "Buyer: we need the high-waist 7/8 leggings (your style TL-L07) and the matching sports bra TL-B03.",
      "Seller: Price $7.40/pc leggings, $5.20/pc bra, MOQ 300 pcs per colour.",
      "Buyer: We want 600 pcs each colour, so 1200 leggings in total. Bras only black, 500 pcs.",
      "Buyer: Target $6.50 leggings and $4.60 bra",
      "Seller: For 1200 pcs leggings we can do $6.90, bra $4.90",
      "Buyer: 6.80 and 4.90 and we have a deal",
      "Seller: Ok, 6.80 leggings / 4.90 bra. Deal",
    ]);
    expect(rows.map(([, count, price]) => [count, price])).toEqual([
      [1200, 6.8],
      [500, 4.9],
    ]);
    expect(rows[1]![0]).toMatch(/\bbra\b/);
  });
});

describe("a word after an amount that qualifies it is no goods", () => {
  it.each([
    "It would cost $200 new, $180 retail.",
    "I pay the $100 cash, that moves the value to about $200 worth.",
    "That is $5 extra, and $3 incl. VAT.",
  ])("'%s' adds no item", (line) => {
    const rows = itemRowsOf([
      "Seller: Dining table, solid oak, asking $150",
      "Buyer: $100?",
      `Seller: ${line}`,
      "Seller: ok $100 is the deal",
    ]);
    expect(rows.map(([name]) => name)).toEqual(["Dining table"]);
  });
});
