/**
 * Minutes of a call nest three deep: a numbered section ("1. Products & price (all USD, FOB Ningbo)") over lettered
 * products ("   a) HR-60 hose reel cart") over what was said of each ("      - Agreed 17.20 x 500 pcs."). Each
 * lettered line names an item and the lines under it speak of it; the notes record the deal in their own words.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { findMoney } from "../../../src/core/extract/money.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const minutes = [
  "Supplier call - Ningbo Gardenlink Irrigation Co., Ltd.",
  "",
  "1. Products & price (all USD, FOB Ningbo)",
  "   a) HR-60 hose reel cart, holds 60 m of hose",
  "      - Leo quoted 18.50 @ 500 pcs. Tama asked 16.00. Agreed 17.20 x 500 pcs.",
  "   b) GH-30 garden hose, 30 m, 1/2 inch ID",
  "      - Alibaba quote was 1,000 pcs @ 6.80",
  "      - Grace: raise to 1,500 pcs. Leo: 1,500 pcs @ 6.55. Agreed.",
  "   c) FK-12 hose fittings kit (12 pc set)",
  "      - Tiers: 1,000 sets 2.40 / 2,000 sets 2.15 / 5,000 sets 1.95",
  "      - We take 2,000 sets -> 2.15. Tama asked 2.00, Leo said no. Tama ok with 2.15.",
  "",
  "2. Specs",
  "   - Hose: burst pressure 20 bar",
];

describe("minutes nested three deep", () => {
  it("read each lettered product as an item with the deal noted under it", () => {
    expect(itemRowsOf(minutes)).toEqual([
      ["HR-60 hose reel cart", 500, 17.2],
      ["GH-30 garden hose", 1500, 6.55],
      ["FK-12 hose fittings kit", 2000, 2.15],
    ]);
  });

  it("place the section and each lettered line at the head of the lines nested under them", () => {
    const places = clausesOf(parseTranscript(minutes.join("\n"))).map((clause) => [
      clause.line,
      clause.outline,
    ]);
    expect(places).toContainEqual([3, "heading"]);
    expect(places).toContainEqual([4, "heading"]);
    expect(places).toContainEqual([5, "under"]);
    expect(places).toContainEqual([14, "under"]);
  });
});

describe("a price times the count it is for", () => {
  it.each([
    ["Agreed 17.20 x 500 pcs.", 17.2],
    ["1.20 × 1,000 sets = 1,200", 1.2],
  ])("%j holds the price %d", (text, price) => {
    expect(findMoney(text)[0]?.value).toBe(price);
  });

  it.each(["40 x 60 cm", "2.5 x 300 mm", "size 1.5 x 2 m"])("%j is a size, no money", (text) => {
    expect(findMoney(text)).toEqual([]);
  });
});
