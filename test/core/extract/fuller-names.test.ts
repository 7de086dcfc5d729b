/**
 * An item takes its fullest name in the chat: the modifiers said before its head noun elsewhere, or the
 * drawing code it was named with in brackets; never a company name, a colour, a document word or the
 * words of another item. Chats in trades the fixtures do not cover.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { singular } from "../../../src/core/extract/items.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const names = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((item) => item.name.toLowerCase());

describe("the fullest name for the item", () => {
  it("modifiers said once before the head noun stay with the item", () => {
    expect(
      names([
        "Buyer: Hi, we are looking at your precision ground linear shafts for our 3D printers.",
        "Buyer: Please quote 900 shafts.",
        "Seller: Shaft USD 6.10/pc.",
        "Buyer: OK deal.",
      ]),
    ).toEqual(["precision ground linear shaft"]);
  });

  it("a drawing code with the product noun in brackets names the product", () => {
    expect(
      names([
        "Seller: We received your drawing PL-118 rev A (flange).",
        "Buyer: Please quote 2,000 flanges.",
        "Seller: Flange USD 3.20/pc.",
        "Buyer: Agreed.",
      ]),
    ).toEqual(["flange pl-118"]);
  });

  it("a company name on the same noun is not the product's name", () => {
    const [name] = names([
      "Seller: Hello, this is Amy from Ningbo Bright Lamps Co., Ltd.",
      "Buyer: We need 700 pcs of the rattan floor lamp.",
      "Seller: Lamp price $18.50/pc.",
      "Buyer: OK agreed.",
    ]);
    expect(name).toBe("rattan floor lamp");
  });

  it("a colour, a count or a document word before the noun stays out", () => {
    expect(
      names([
        "Buyer: We need 1,500 pcs bamboo serving tray, see attached drawings.",
        "Buyer: Natural bamboo serving tray, 3 layers of lacquer.",
        "Seller: Bamboo serving tray $2.70/pc.",
        "Buyer: OK deal.",
      ]),
    ).toEqual(["bamboo serving tray"]);
  });

  it("a word that adds one product to another ('plus', 'including') is no modifier of it", () => {
    expect(
      names([
        "Buyer: Hi, looking for linen napkins 40 x 40 cm, plus matching table runners 35 x 180 cm. Pls send best price.",
        "Seller: Napkin 40x40cm US$0.85, MOQ 1000 pcs. Table runner 35x180cm US$3.20, MOQ 500 pcs.",
        "Buyer: Napkin 1000 pcs ok. Table runner 500 pcs ok.",
        "Seller: Napkin 1000 pcs US$0.85, table runner 500 pcs US$3.20.",
      ]),
    ).toEqual(["linen napkin 40x40cm", "table runner 35x180cm"]);
  });

  it("two items on one head keep their own words", () => {
    expect(
      names([
        "Buyer: We need 300 front brake discs and 300 rear brake discs.",
        "Seller: Front brake disc $14.20, rear brake disc $11.80.",
        "Buyer: OK deal.",
      ]),
    ).toEqual(["front brake disc", "rear brake disc"]);
  });
});

describe("words beside a product noun that name no product", () => {
  it("a trade or company word after the noun ('a lamp importer', 'Bright Lamps Co.')", () => {
    expect(
      names([
        "Buyer: Hello, we are a lamp importer in Lisbon. Need rattan pendant shades, 2,000 pcs.",
        "Seller: Rattan pendant shade $6.80/pc.",
        "Buyer: OK deal.",
      ]),
    ).toEqual(["rattan pendant shade"]);
  });

  it("a standard's code is no model code ('must pass ASTM D4236')", () => {
    expect(
      names([
        "Buyer: Need watercolor paint sets for kids, 24 colors.",
        "Seller: Watercolor paint set $2.15/set, MOQ 1,000 sets.",
        "Buyer: They must pass ASTM D4236. OK deal for 1,000 sets.",
      ]),
    ).toEqual([expect.stringMatching(/watercolor paint set/)]);
  });

  it("variants told apart by a part word and a code take the product's name", () => {
    expect(
      names([
        "Buyer: We need halogen fog light bulbs: 800 sets front HB-210 and 600 sets rear HB-211.",
        "Seller: front HB-210 $7.40/set, rear HB-211 $6.90/set.",
        "Buyer: OK deal.",
      ]),
    ).toEqual(["halogen fog light bulb front hb-210", "halogen fog light bulb rear hb-211"]);
  });
});

describe("plural forms of the head noun", () => {
  // The fullest-name search passes over every word that does not start with the head noun's stem
  // (its singular less the last letter): that holds only while singular() changes nothing but a word's end.
  it("singular() changes only the end of a word, for every word of the labelled transcripts", () => {
    const folder = new URL("../../fixtures/transcripts/", import.meta.url);
    const words = new Set<string>();
    for (const batch of readdirSync(folder))
      for (const file of readdirSync(new URL(`${batch}/`, folder)).filter((f) => f.endsWith(".txt")))
        for (const word of readFileSync(new URL(`${batch}/${file}`, folder), "utf8")
          .toLowerCase()
          .split(/\s+/))
          words.add(word.replace(/^[("“']+/, "").replace(/[,.;:!?)"”']+$/, ""));
    const broken = [...words].filter((word) => word && !word.startsWith(singular(word).slice(0, -1)));
    expect(broken).toEqual([]);
  });

  it("a head noun written in its -ies, -ves or -ches plural still takes its modifiers", () => {
    expect(
      names([
        "Buyer: We need 600 wool winter scarves and 600 baby bodies.",
        "Buyer: Please quote 600 scarves.",
        "Seller: Scarf USD 3.10/pc.",
        "Buyer: OK deal.",
      ]),
    ).toEqual(["wool winter scarf"]);
  });
});
