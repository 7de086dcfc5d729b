/**
 * An item the chat only ever calls by its variant ("walnut", "8kg pair", "space grey") is shown under the
 * product the chat is about, so the card says what is bought; the chat's mentions are still read by the
 * variant, and the name's evidence cites where the variant is counted or priced.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { firstProductPhrase } from "../../../src/core/extract/product-nouns.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf, itemRowsOf } from "../../helpers/read-chat.ts";

const items = itemRowsOf;

const finishes = [
  "Buyer: Hi, we want your bamboo desk organizer, 600 natural + 400 walnut",
  "Supplier: natural 4.20 usd, walnut 4.60 usd",
  "Buyer: ok confirmed 600 natural and 400 walnut",
];

describe("a variant named alone takes the chat's product", () => {
  it.each([
    [
      "finishes priced apart",
      finishes,
      [
        ["bamboo desk organizer natural", 600, 4.2],
        ["bamboo desk organizer walnut", 400, 4.6],
      ],
    ],
    [
      "weights counted in pairs",
      [
        "Supplier: Neoprene kettlebell cover quote: 8kg pair 2.30 usd, 12kg pair 2.90 usd",
        "Buyer: 500 of the 8kg pair and 300 of the 12kg pair",
        "Supplier: ok",
      ],
      [
        ["Neoprene kettlebell cover 8kg pair", 500, 2.3],
        ["Neoprene kettlebell cover 12kg pair", 300, 2.9],
      ],
    ],
  ])("%s", (_, lines, expected) => {
    expect(items(lines)).toEqual(expected);
  });

  it("cites the variant's own words for the name", () => {
    const names = draftOf(finishes).evidence.filter((e) => /^items\[\d\]\.name$/.test(e.field));
    expect(names).toHaveLength(2);
    expect(names[0]!.quote).toMatch(/\bnatural\b/);
    expect(names[1]!.quote).toMatch(/\bwalnut\b/);
  });

  it("leaves a word that names a product of its own ('braided USB-C cable')", () => {
    const names = draftOf([
      "Buyer: kindly confirm the prices for 45W GaN charger and braided USB-C cable",
      "Supplier: 45W GaN 6.40usd, braided 1.10usd",
      "Buyer: Qty 1500 / 1500 ok",
    ]).items.map((item) => item.name);
    expect(names[1]).not.toMatch(/charger/i);
  });

  it("leaves the variant as it is when no sentence names goods", () => {
    const names = draftOf([
      "Buyer: 600 natural + 400 walnut please",
      "Supplier: 4.20 usd each, ok",
    ]).items.map((item) => item.name);
    for (const name of names) expect(name.split(" ").length).toBe(1);
  });
});

describe("variants told by a measure, priced in one sentence", () => {
  it.each([
    [
      "paper weights in gsm, counted with a space",
      [
        "Buyer: we need A4 copy paper, two weights",
        "Supplier: 70gsm USD 2.10/ream, 80gsm USD 2.40/ream",
        "Buyer: 70 gsm: 3000 reams, 80 gsm: 2000 reams. 2.05 and 2.35?",
        "Supplier: ok 2.05 and 2.35",
      ],
      [
        ["70gsm A4 copy paper", 3000, 2.05],
        ["80gsm A4 copy paper", 2000, 2.35],
      ],
    ],
    [
      "drill voltages priced in RMB",
      [
        "Buyer: price for your cordless drill?",
        "Supplier: 12V RMB 128/pc, 20V RMB 185/pc",
        "Buyer: 500 pcs of 12V and 300 pcs of 20V, ok",
        "Supplier: confirmed",
      ],
      [
        ["12V cordless drill", 500, 128],
        ["20V cordless drill", 300, 185],
      ],
    ],
    [
      "tin sizes listed after the colon that introduces them, prices paired later",
      [
        "Supplier: Our chalk paint tins, water based: 250 ml USD 1.80/pc, 500 ml USD 2.90/pc, MOQ 1000 per size.",
        "Buyer: We take 1200 pieces from 250 ml and 1000 pieces from 500 ml. Can you do 1.70 and 2.75?",
        "Supplier: 1.70 ok, 500 ml 2.80 is lowest",
        "Buyer: 1.70 and 2.80, agreed.",
      ],
      [
        ["chalk paint tin 250 ml", 1200, 1.7],
        ["chalk paint tin 500 ml", 1000, 2.8],
      ],
    ],
  ])("%s", (_, chat, expected) => {
    expect(items(chat)).toEqual(expected);
  });

  it("a measure that is no variant's label prices nothing apart: '5 kg: USD 12' once", () => {
    expect(
      items(["Supplier: dog food bag 5 kg: USD 12.00/bag", "Buyer: 400 bags ok", "Supplier: deal"]),
    ).toEqual([[expect.stringContaining("dog food bag"), 400, 12]]);
  });

  it("sizes counted after a quote that lists parts are sizes of the product named by its code", () => {
    expect(
      items([
        "[02/03/2027, 10:04:11] Ana Ruiz: Hi Lucy, here is the style: long sleeve rash guard RG-310, colour navy. Please send price per size.",
        "[02/03/2027, 10:19:40] Lucy Wu: Hi Ana, price for RG-310, fabric 82% nylon 18% spandex, UPF 50+, flatlock seams",
        "[02/03/2027, 10:19:58] Lucy Wu: S: USD 7.20",
        "[02/03/2027, 10:20:03] Lucy Wu: M: USD 7.20",
        "[02/03/2027, 10:20:10] Lucy Wu: L: USD 7.60",
        "[02/03/2027, 11:02:45] Ana Ruiz: Quantities: S 300, M 400, L 200",
        "[02/03/2027, 11:10:00] Lucy Wu: ok confirmed",
      ]),
    ).toEqual([
      ["long sleeve rash guard RG-310 S", 300, 7.2],
      ["long sleeve rash guard RG-310 M", 400, 7.2],
      ["long sleeve rash guard RG-310 L", 200, 7.6],
    ]);
  });
});

describe("what the buyer says they are is no product", () => {
  const first = (lines: string[]) =>
    firstProductPhrase(clausesOf(parseTranscript(lines.join("\n"))), (text) => {
      const at = text.search(/\b(?:candle shop|scented candles)\b/i);
      return at < 0
        ? null
        : { name: /candle shop/i.test(text.slice(at)) ? "candle shop" : "scented candles", start: at };
    })?.name;

  it.each([
    ["Buyer: Hello, we are a candle shop in Porto.", "scented candles"],
    ["Buyer: Hi, I'm the candle shop owner from Riga.", "scented candles"],
  ])("'%s' is passed over for the goods asked for", (opening, product) => {
    expect(
      first([opening, "Buyer: Looking for scented candles with our logo.", "Supplier: USD 2.10/pc"]),
    ).toBe(product);
  });

  it("a product the buyer is looking for still names the goods", () => {
    expect(first(["Buyer: I'm looking for a candle shop display, scented candles too."])).toBe("candle shop");
  });
});

describe("a variant named by the device the goods fit", () => {
  it("'iPhone 16' and 'Galaxy S25' are shown under the chat's product", () => {
    expect(
      items([
        "Buyer: Hi, we want your liquid silicone case for two phones.",
        "Supplier: iPhone 16 USD 1.20/pc, Galaxy S25 USD 1.30/pc",
        "Buyer: iPhone 16 600 pcs and Galaxy S25 300 pcs, ok",
      ]).map(([name]) => name),
    ).toEqual(["liquid silicone case iPhone 16", "liquid silicone case Galaxy S25"]);
  });

  it("a product named with a number stays as named ('Model 3' is a variant word, 'Tent 4' is not a device)", () => {
    expect(
      items([
        "Buyer: Hi, we want your camping gear.",
        "Supplier: camping tent 4 person USD 20/pc, sleeping bag USD 9/pc",
        "Buyer: 100 camping tents and 200 sleeping bags, ok",
      ]).map(([name]) => name),
    ).toEqual([expect.stringMatching(/tent/), expect.stringMatching(/sleeping bag/)]);
  });
});
