/**
 * Goods named with a technology's capitals before a noun ("LED panel", "USB hub", "PVC curtain"): the capitals
 * are part of the name a buyer orders by, and they make a part word ("panel", "board") goods of their own. The
 * trade's own capitals ("FOB", "MOQ", "PI") name no goods.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { namesGoods } from "../../../src/core/extract/items.ts";
import { nounPhrases } from "../../../src/core/extract/noun-phrases.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const names = (text: string) => nounPhrases(text).map((phrase) => phrase.name);

describe("a technology's capitals before a noun", () => {
  it.each([
    ["need LED panel 600x600 40W", "LED panel"],
    ["the USB hub with 4 ports", "USB hub"],
    ["PVC curtain for the shower", "PVC curtain"],
    ["price of the RGB strip", "RGB strip"],
  ])("'%s' names '%s'", (text, phrase) => expect(names(text)).toContain(phrase));

  it("a part word with a technology before it is goods; alone, or after a plain word, it is a part", () => {
    expect(namesGoods({ name: "LED panel", head: "panel" })).toBe(true);
    expect(namesGoods({ name: "PCB board", head: "board" })).toBe(true);
    expect(namesGoods({ name: "panel", head: "panel" })).toBe(false);
    expect(namesGoods({ name: "side panel", head: "panel" })).toBe(false);
  });
});

describe("sizes of a product named with capitals", () => {
  it("each size is the product it sizes, not the place named before it (blind batch 38's LED panels, as pasted)", () => {
    const text = readFileSync(
      new URL("../../fixtures/transcripts/blind38/b38_01_wechat_led_panels.txt", import.meta.url),
      "utf8",
    );
    const rows = itemRowsOf(text.split("\n"), new Date("2026-11-05T12:00:00Z"));
    expect(rows).toEqual([
      ["600x600 LED panel", 3000, 7],
      ["300x1200 LED panel", 1000, 7.9],
    ]);
  });
});
