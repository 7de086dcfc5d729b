/**
 * A buyer's call notes that nest what was said of each product under the product's line: the heading lines
 * name the items, each line under one speaks of it (whatever figures or names it holds), and the notes'
 * own words record the deal ("agreed at 0.038", "0.145 confirmed", "offered $1.790 -> accepted").
 */
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const notes = [
  "CALL NOTES - Foshan Minghui Plastic Packaging Co., Ltd. (Mr. Lin, sales)",
  "Typed during the call",
  "",
  "Items",
  "- 250 ml HDPE lotion bottle, oval, white",
  "  - Lin opened at USD 0.21/pc, MOQ 5,000 per colour",
  "  - we offered 0.15, he said impossible",
  "  - he came to 0.19, then 0.18 if we take 12,000",
  "  - Lin: 0.18 confirmed for 12,000 pcs. Done.",
  "- disc-top cap 24/410, white PP",
  "  - 0.05 quoted, we asked 0.035, agreed at 0.042 for 12,000 pcs",
  "  - Lin asked about a pump instead of the disc-top on 3,000 of them: quoted 0.11, we think about it -> NOT ordered",
  "",
  "Shipping / payment",
  "- FOB Ningbo, by sea",
  "- T/T 30% deposit, 70% before shipment",
];

describe("notes nested under each product's line", () => {
  it("keep how far each line stood in", () => {
    const parts = parseTranscript(notes.join("\n")).messages.flatMap((m) => m.parts);
    expect(parts.find((p) => p.line === 6)?.indent).toBe(2);
    expect(parts.find((p) => p.line === 5)?.indent).toBeUndefined();
  });

  it("each heading is an item at the price and count its lines settle", () => {
    expect(itemRowsOf(notes)).toEqual([
      ["250 ml HDPE lotion bottle", 12000, 0.18],
      ["disc-top cap 24/410", 12000, 0.042],
    ]);
  });

  it("a line reporting a person ('Lin opened at USD 0.21/pc') names no goods", () => {
    expect(draftOf(notes).items.map((item) => item.name)).not.toContainEqual(expect.stringMatching(/Lin/));
  });

  it("an alternative priced and left untaken changes nothing", () => {
    const without = notes.filter((line) => !line.includes("pump"));
    expect(itemRowsOf(notes)).toEqual(itemRowsOf(without));
  });

  it("without the nesting the same lines are one list of notes, not two sections", () => {
    const flat = notes.map((line) => line.trimStart());
    const names = draftOf(flat).items.map((item) => item.name);
    expect(names).not.toEqual(["250 ml HDPE lotion bottle", "disc-top cap 24/410"]);
  });
});

describe("a count of colours 'each' and its total", () => {
  it("orders the total after the sign", () => {
    const rows = itemRowsOf([
      "Notes - call w/ Rodrigo, Importadora Andes Kids Ltda.",
      "* Giant bubble wand 45 cm",
      "  - $1.890 CLP + IVA, MOQ 600 per colour (3 colours)",
      "  - we take 600 each = 1.800 pcs, R offered $1.790 for that qty -> accepted",
      "* Play dough set 6 colours",
      "  - list price $2.490 CLP + IVA per set",
      "  - I said $2.200 -> R: $2.250 -> OK, agreed $2.250 + IVA",
      "  - R also pushed the 1 L refill bottles at $3.990, not for now",
    ]);
    expect(rows).toEqual([
      ["Giant bubble wand 45 cm", 1800, 1790],
      ["Play dough set 6 colour", null, 2250],
    ]);
  });
});
