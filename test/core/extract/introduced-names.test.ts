/**
 * Items a chat refers to by a bare code, abbreviation or variant word take the product noun phrase the
 * chat gives them where they are introduced (in brackets after the noun, in a labelled list row, as the
 * row they open, after the product that lists them); the words around a code that only act on it, rank
 * it or label it never become its name. Chats written for these tests, across trades and formats.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const now = new Date("2026-11-20T12:00:00Z");
const namesOf = (lines: string[]) =>
  extractDraft(parseTranscript(lines.join("\n")), { now }).items.map((item) => item.name);

/** Each expected name is one item's name, word for word, case aside. */
const lower = (names: string[]) => names.map((name) => name.toLowerCase());

describe("a code takes the noun phrase it is introduced with", () => {
  it.each([
    [
      "codes in brackets after their nouns",
      [
        "Buyer: We are interested in your stainless steel garlic press (GP-12) and the silicone oven mitt (OM-3).",
        "Supplier: GP-12 is 2.10 USD, OM-3 is 1.40 USD.",
        "Buyer: 500 pcs GP-12 and 800 pcs OM-3, ok.",
      ],
      ["stainless steel garlic press GP-12", "silicone oven mitt OM-3"],
    ],
    [
      "labelled rows whose colour sits between the name and the code",
      [
        "Buyer: We order:",
        "- Ceramic planter 15 cm, white, art. CP-15: 600 pcs at USD 1.90",
        "- Ceramic planter 20 cm, sage green, art. CP-20: 400 pcs at USD 2.60",
      ],
      ["ceramic planter 15 cm CP-15", "ceramic planter 20 cm CP-20"],
    ],
    [
      "a foreign model word after the English name in brackets",
      [
        "Buyer: Hola, necesitamos mochilas escolares (school backpacks) modelo SB-40 y SB-45",
        "Supplier: SB-40 USD 6.80/pc, SB-45 USD 7.90/pc",
        "Buyer: 1000 pcs SB-40, 600 pcs SB-45. Ok",
      ],
      ["school backpacks SB-40", "school backpacks SB-45"],
    ],
    [
      "styles that open their rows",
      [
        "Supplier: Confirm the order as below:",
        "Style K-210 women wool cardigan: 300 pcs at USD 14.20",
        "Style K-330 men ribbed sweater: 200 pcs at USD 16.80",
        "Buyer: Kindly increase K-210 to 350 pcs.",
      ],
      ["K-210 women wool cardigan", "K-330 men ribbed sweater"],
    ],
    [
      "the product the buyer names before the models it wants",
      [
        "Buyer: We want cordless hair clippers, your model HC-90 and the economy HC-50.",
        "Supplier: HC-90 titanium blade: 12.40 USD. HC-50 steel blade: 7.90 USD.",
        "Buyer: 300 pcs HC-90 and 700 pcs HC-50, agreed.",
      ],
      ["cordless hair clippers HC-90", "cordless hair clippers HC-50"],
    ],
  ])("%s", (_, lines, expected) => {
    expect(lower(namesOf(lines))).toEqual(lower(expected));
  });
});

describe("an abbreviation or a variant word takes the product it belongs to", () => {
  it("trade abbreviations take the list row they open", () => {
    const names = namesOf([
      "Buyer: We need 2 items:",
      "Buyer: 1) NPT brass elbow 1/2 inch, 2000 pcs  2) BSPT brass tee 3/4 inch, 1500 pcs",
      "Supplier: Price: NPT 0.80 usd, BSPT 1.10 usd.",
      "Buyer: OK.",
    ]);
    expect(lower(names)).toEqual(["npt brass elbow 1/2 inch", "bspt brass tee 3/4 inch"]);
  });

  it.each([
    [
      "cut lengths quoted after the product",
      [
        "Supplier: cotton rope quote: thin 0.35 usd/m, thick 0.60 usd/m",
        "Buyer: ok thin 0.33 and thick 0.58",
      ],
      ["cotton rope thin", "cotton rope thick"],
    ],
    [
      "ages ordered after the product",
      [
        "Buyer: We confirm the dog food bowl order: puppy 1,000 pcs and senior 800 pcs",
        "Supplier: puppy 1.10 USD, senior 1.45 USD",
        "Buyer: agreed",
      ],
      ["dog food bowl puppy", "dog food bowl senior"],
    ],
  ])("%s", (_, lines, expected) => {
    expect(lower(namesOf(lines))).toEqual(lower(expected));
  });
});

describe("words that act on, rank or label a code are not its name", () => {
  it("an instruction or a label before the code", () => {
    const names = namesOf([
      "Supplier: Style TR-20 cargo trousers, 600 pcs, USD 7.10. Style TR-30 chino trousers, 400 pcs, USD 8.40.",
      "Buyer: Kindly raise TR-20 to 900 pcs, TR-30 stays.",
      "Supplier: ok 900 pcs TR-20",
    ]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).not.toMatch(/\b(?:kindly|raise|stays|style)\b/i);
      expect(name).toMatch(/trouser/i);
    }
  });

  it("a quality tier and a model word", () => {
    const names = namesOf([
      "Buyer: We want garden pressure sprayers, your model PS-8 and the basic PS-5.",
      "Supplier: PS-8 with brass nozzle, 4 bar: 9.30 USD. PS-5 plastic nozzle, 3 bar: 5.10 USD.",
      "Buyer: 400 pcs PS-8 and 900 pcs PS-5 ok",
    ]);
    expect(lower(names)).toEqual(["garden pressure sprayers ps-8", "garden pressure sprayers ps-5"]);
  });

  it("a participle before a model label", () => {
    const names = namesOf([
      "Buyer: Need flood lights.",
      "Supplier: we have CE certified model FL-100, 100W, 45 usd/pc",
      "Buyer: 200 pcs FL-100 ok",
    ]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).not.toMatch(/\bcertified\b/i);
  });

  it("the code of an approved sample names no product", () => {
    const names = namesOf([
      "Supplier: Please find the order details:",
      "- Item: 30 cm rattan storage basket, color natural (sample no. RB-3012 approved)",
      "- Quantity: 800 pcs",
      "- Unit price: USD 4.60, FOB Ningbo",
      "Buyer: confirmed",
    ]);
    expect(lower(names)).toEqual(["30 cm rattan storage basket"]);
  });

  it("products named by plain nouns keep their own names", () => {
    const names = namesOf([
      "Buyer: We need claw hammers and wood chisels.",
      "Supplier: Hammer 3.20 usd, chisel 1.80 usd",
      "Buyer: 500 hammers and 300 chisels, ok",
    ]);
    for (const name of names) expect(name).toMatch(/^(?:claw hammer|wood chisel|hammer|chisel)$/i);
  });
});

describe("a price word, an instruction or a colour set is no product's name", () => {
  it.each([
    [
      "a total amount and a revision",
      [
        "Buyer: Hello, kindly share best rate for folding step stool with handle. Qty 1500 pcs.",
        "Supplier: for 1500 pcs total amount USD 9,000 CIF Mumbai.",
        "Buyer: Please revise to USD 8,400 total.",
        "Supplier: ok 8,400 final",
      ],
      ["folding step stool"],
    ],
    [
      "colours and a size label before a count unit",
      [
        "Buyer: We'd like 500 sets of the beige/brown king set. Can you hold 32.50 for the set?",
        "Supplier: Price for the king bedding set stays 32.50 usd/set, total USD 16,250.",
        "Buyer: ok",
      ],
      ["king bedding set"],
    ],
  ])("%s", (_, lines, expected) => {
    expect(lower(namesOf(lines))).toEqual(lower(expected));
  });
});

describe("items of one order keep the size the chat states after each name", () => {
  it.each([
    [
      "sizes in a spec line, the names shortened there",
      [
        "Supplier: linen tea towel 2.10 usd/pc, linen apron 4.80 usd/pc",
        "Buyer: 2000 tea towels and 800 aprons. Specs: 100% linen, tea towel 45 x 65 cm, apron 70 x 85 cm.",
        "Supplier: ok confirmed",
      ],
      ["linen tea towel 45 x 65 cm", "linen apron 70 x 85 cm"],
    ],
    [
      "sizes in the priced rows",
      [
        "Me: need yoga mat and yoga block",
        "Supplier: yoga mat 183x61 cm 6mm: 5.20 usd, yoga block 23x15x7.5 cm: 1.60 usd",
        "Me: 1000 mats and 2000 blocks ok",
      ],
      ["yoga mat 183x61 cm", "yoga block 23x15x7.5 cm"],
    ],
  ])("%s", (_, lines, expected) => {
    expect(lower(namesOf(lines))).toEqual(lower(expected));
  });

  it("a single item keeps its plain name: the size is a spec, not which item it is", () => {
    expect(
      lower(
        namesOf([
          "Buyer: quote for linen tea towel please, 2000 pcs",
          "Supplier: linen tea towel 45 x 65 cm 2.10 usd/pc",
          "Buyer: ok",
        ]),
      ),
    ).toEqual(["linen tea towel"]);
  });
});

describe("a size or construction number after a determiner stays in the name; a count does not", () => {
  it.each([
    [
      "blade lengths",
      [
        "Buyer: Hi, we need 900 pcs of the 8 inch bread knife and 900 pcs of the 4 inch utility knife.",
        "Supplier: Bread knife 3.60 USD, utility 2.20 USD.",
        "Buyer: ok",
      ],
      ["8 inch bread knife", "4 inch utility knife"],
    ],
    [
      "diameters the count reader could take for counts",
      [
        "Buyer: Confirm: 2000 pcs of the 30 mm brass bell at USD 0.40 each and 1000 pcs of the 45 mm brass bell at USD 0.65 each.",
        "Supplier: confirmed",
      ],
      ["30 mm brass bell", "45 mm brass bell"],
    ],
    [
      "a construction and a labelled code",
      [
        "Buyer: We are interested in your 2 seater loveseat model LS-220. Please quote 80 pcs.",
        "Supplier: LS-220 price is USD 190/pc",
        "Buyer: ok",
      ],
      ["2 seater loveseat LS-220"],
    ],
    [
      "a count",
      ["Buyer: we need 800 baseball caps, price?", "Supplier: 2.10 usd", "Buyer: ok"],
      ["baseball cap"],
    ],
  ])("%s", (_, lines, expected) => {
    expect(lower(namesOf(lines))).toEqual(lower(expected));
  });

  it("a product priced by its modifiers takes the noun they modify, a variant word after 'and' does not", () => {
    const names = namesOf([
      "Buyer: kindly confirm the prices for 45W GaN charger and braided USB-C cable",
      "Supplier: 45W GaN 6.40usd, braided 1.10usd",
      "Buyer: Qty 1500 / 1500 ok",
    ]);
    expect(names[0]).toBe("45W GaN charger");
    expect(names[1]).not.toMatch(/charger/i);
  });
});

describe("the name runs to the noun that closes the phrase, and to the abbreviation as first written", () => {
  it("a noun after the head, closed by 'with', makes the compound the product is", () => {
    const names = namesOf([
      "Buyer: Good morning, we would like to order the maple wood rattle ring with bells, 1500 pcs.",
      "Supplier: Price 1.40 usd/pc for 1500, our rattles are safe for babies",
      "Buyer: deal at 1.40",
    ]);
    expect(lower(names)).toEqual(["maple wood rattle ring"]);
  });

  it("an abbreviation said short in the price takes the row that writes it in full", () => {
    const names = namesOf([
      "Buyer: We need 2 items:",
      "Buyer: 1) NPTF brass elbow 1/2 inch, 2000 pcs  2) BSPT brass tee 3/4 inch, 1500 pcs",
      "Supplier: Price: NPT 0.80 usd, BSPT 1.10 usd.",
      "Buyer: OK.",
    ]);
    expect(lower(names)).toEqual(["nptf brass elbow 1/2 inch", "bspt brass tee 3/4 inch"]);
  });

  it("a talk word after the product is not a compound", () => {
    const names = namesOf([
      "Buyer: Hi, please send the spice jar set quotation, 600 sets.",
      "Supplier: spice jar set 4.20 usd/set",
      "Buyer: ok",
    ]);
    for (const name of names) expect(name).not.toMatch(/quotation/i);
  });
});

describe("a letter label takes the row it marks", () => {
  it("lettered rows of a quotation name the items the buyer orders by letter", () => {
    const names = namesOf([
      "Supplier: our quotation:",
      "A) oak serving board 40 cm 6.20 usd",
      "B) oak cheese board 25 cm 4.10 usd",
      "Buyer: 300 of A and 500 of B. ok",
    ]);
    expect(lower(names)).toEqual(["oak serving board 40 cm", "oak cheese board 25 cm"]);
  });

  it("a letter no row marks stays a letter: no greeting or apology becomes its product", () => {
    const names = namesOf([
      "Supplier: Jessie here. Sorry, change: set A 2.10 usd, set B 2.60 usd for the bamboo tray",
      "Buyer: 400 set A and 600 set B ok",
    ]);
    for (const name of names) expect(name).not.toMatch(/jessie|sorry|change/i);
  });
});

describe("a code in a pasted table takes the description in the cell after it", () => {
  it("each row's code is named by its description cell, up to its first comma", () => {
    expect(
      lower(
        namesOf([
          "| No | Code | Description | Price |",
          "|----|------|-------------|-------|",
          "| 1 | KB-61 | Wireless mechanical keyboard 61 keys, hot swap | USD 18.50 |",
          "| 2 | MS-20 | Silent wireless mouse, 2.4G | USD 4.20 |",
          "Buyer: We order KB-61 500 pcs and MS-20 800 pcs at table prices.",
        ]),
      ),
    ).toEqual(["wireless mechanical keyboard 61 keys kb-61", "silent wireless mouse ms-20"]);
  });
});

describe("a code keeps the product of the row that first introduced it", () => {
  const quote = [
    "Seller: updated offer:",
    "KX40 trail helmet, MIPS liner: 31 USD/pc",
    "KX55 enduro helmet, MIPS liner: 44 USD/pc",
    "Buyer: 200 pcs KX40, 120 pcs KX55, ok at 31 and 44",
  ];
  it.each([
    "Specs: EPS foam shells, KX40 weight under 350 g",
    "Please note the magnetic buckles on KX40 must pass EN 1078",
    "Our logo stickers, KX40 and KX55 both",
  ])("a later sentence naming a part before it ('%s') renames nothing", (later) => {
    expect(lower(namesOf([...quote, `Buyer: ${later}`]))).toEqual([
      "kx40 trail helmet",
      "kx55 enduro helmet",
    ]);
  });
});
