/**
 * Call notes as a team keeps them in a doc or in Slack: prices struck through as they were revised
 * ("~~3.20~~ ~~2.95~~ 2.80 /pc", Slack's "~0.95~ 0.88"), goods listed under en dashes or middle dots, a title
 * in the buyer's own language before the supplier's name ("Ghi chú cuộc gọi / Call notes — Fujian ... Co., Ltd.").
 */
import { describe, expect, it } from "vitest";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const notes = (mark: string, board: string, spatula: string) => [
  "Call notes — Fujian Jianou Bamboo Craft Co., Ltd. (Ms. Wang, via call)",
  "Items & price (USD, FOB Xiamen):",
  `  ${mark} Cutting board 38 x 28 x 1.8 cm: ${board} /pc · qty 1500`,
  `  ${mark} Spatula (solid bamboo, 30 cm): ${spatula} /pc · qty 3000 (MOQ 2000)`,
  `  ${mark} Utensil holder: 1.60 /pc · qty 800`,
  "All prices above AGREED on the call.",
];

describe("prices struck through", () => {
  it.each([
    ["~~3.20~~ ~~2.95~~ 2.80", "~~0.95~~ 0.88"],
    ["~3.20~ ~2.95~ 2.80", "~0.95~ 0.88"],
  ])("%j and %j read as the price left standing", (board, spatula) => {
    expect(itemRowsOf(notes("-", board, spatula)).map(([, quantity, price]) => [quantity, price])).toEqual([
      [1500, 2.8],
      [3000, 0.88],
      [800, 1.6],
    ]);
  });

  it("an approximate figure with one tilde stays", () => {
    const rows = itemRowsOf(notes("-", "~2.80", "0.88"));
    expect(rows[0]![2]).toBe(2.8);
  });

  it("a row struck through to its name is dropped with the price", () => {
    const rows = itemRowsOf([
      ...notes("-", "2.80", "0.88"),
      "  - Serving tray: ~~4.10~~ → dropped, not ordering",
    ]);
    expect(rows.map(([name]) => name)).not.toContainEqual(expect.stringMatching(/tray/i));
  });
});

describe("goods listed under other marks", () => {
  it.each(["–", "·", "•", "-"])("rows marked %j are one list of goods", (mark) => {
    expect(itemRowsOf(notes(mark, "2.80", "0.88")).map(([name]) => name)).toEqual([
      expect.stringContaining("Cutting board"),
      "Spatula",
      "Utensil holder",
    ]);
  });
});

describe("a title in the buyer's language before the supplier's name", () => {
  it("letters of another language hold no English pronoun", () => {
    const draft = draftOf([
      "Ghi chú cuộc gọi / Call notes — Fujian Jianou Bamboo Craft Co., Ltd. (Ms. Wang, via Zalo call)",
      ...notes("–", "2.80", "0.88").slice(1),
    ]);
    expect(draft.supplier).toBe("Fujian Jianou Bamboo Craft Co., Ltd.");
  });
});
