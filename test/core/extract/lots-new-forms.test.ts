/**
 * Table-driven checks of the order-line forms this round taught lots.ts, one row per alternative that
 * matters: two slash lists read by place, inch marks kept as sizes, variants listed by kind.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { labelledCounts, listedAsVariant } from "../../../src/core/extract/lots.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const read = (text: string) => labelledCounts(text).map((lot) => [lot.label, lot.count, lot.unit]);

describe("two slash lists read by place", () => {
  it.each([
    [
      "S/M/L: 300/400/200 pcs",
      [
        ["S", 300, "pcs"],
        ["M", 400, "pcs"],
        ["L", 200, "pcs"],
      ],
    ],
    [
      "S / M: 1,200 / 2,000 pairs",
      [
        ["S", 1200, "pairs"],
        ["M", 2000, "pairs"],
      ],
    ],
    [
      "For 3 / 5 Gallon we'd take 4,000 / 6,000",
      [
        ["3 gallon", 4000, null],
        ["5 gallon", 6000, null],
      ],
    ],
    [
      "2.5/3.5 ml: 500/700 pcs",
      [
        ["2.5 ml", 500, "pcs"],
        ["3.5 ml", 700, "pcs"],
      ],
    ],
    ["XL/2XL qty 100/200", []],
    [
      "Red/Blue: 300/400 sets",
      [
        ["Red", 300, "sets"],
        ["Blue", 400, "sets"],
      ],
    ],
    [
      "red/blue we need 300/400",
      [
        ["red", 300, null],
        ["blue", 400, null],
      ],
    ],
    ["red/blue 300/400", []],
    ["red/blue are both fine, maybe later 300/400", []],
    ["red/blue: 300/abc pcs", []],
    ["S/M/L: 300/400 pcs", []],
    ["3/5 gallon: 300/400.5 pcs", []],
    ["2/3/5: 300/400/200 pcs", []],
    ["verylonglabelname/other: 300/400 pcs", []],
    ["A/B/C/D/E/F/G/H/I: 1/2/3/4/5/6/7/8/9 pcs", []],
  ])("%s", (text, lots) => expect(read(text)).toEqual(lots));

  it("each lot stands where its count is written", () => {
    const text = "S/M: 300/1,400 pcs";
    expect(labelledCounts(text).map((lot) => text.slice(lot.start, lot.end))).toEqual(["300", "1,400"]);
  });
});

describe("a number with an inch mark", () => {
  it.each([
    [
      '15" pizza stone 300 pcs, 12" peel 200 pcs',
      [
        ["15in pizza stone", 300],
        ["12in peel", 200],
      ],
    ],
    [
      "12.5'' tray 300 pcs and 14” tray 200 pcs",
      [
        ["12.5in tray", 300],
        ["14in tray", 200],
      ],
    ],
    [
      "14″ pan 300 pcs and 16″ pan 200 pcs",
      [
        ["14in pan", 300],
        ["16in pan", 200],
      ],
    ],
  ])("sizes the lot it opens: %s", (text, lots) =>
    expect(labelledCounts(text).map((lot) => [lot.label, lot.count])).toEqual(lots),
  );

  it("is read where it stands", () => {
    const text = 'tray 300 pcs and 14" tray 200 pcs';
    expect(labelledCounts(text).map((lot) => text.slice(lot.start, lot.end))).toEqual(["300 pcs", "200 pcs"]);
  });
});

describe("variants listed by kind", () => {
  const clauses = (text: string) => clausesOf(parseTranscript(`Buyer: ${text}`));
  it.each([
    "scent",
    "scents",
    "flavor",
    "flavours",
    "fragrances",
    "colors",
    "colour",
    "colorways",
    "colourway",
    "designs",
    "style",
    "patterns",
    "prints",
    "shades",
    "versions",
    "finishes",
  ])("a list after '%s:' names variants", (kind) => {
    const chat = clauses(`car air freshener, 3 ${kind}: Black Ice, New Car & Vanilla / Ocean and Lemon`);
    for (const label of ["black ice", "new car", "vanilla", "ocean", "lemon"])
      expect(listedAsVariant(chat, label)).toBe(true);
  });

  it.each([
    ["a word of a listed variant", "3 scents: Black Ice, New Car", "ice"],
    ["a list with no kind before it", "we sell Black Ice, New Car", "black ice"],
    ["a kind with no colon", "3 scents Black Ice, New Car", "black ice"],
  ])("%s names no variant", (_, text, label) => expect(listedAsVariant(clauses(text), label)).toBe(false));
});
