/**
 * Model codes on their own: which codes the chat names with a product, which words before a code name no
 * product (labels, colours, sizes, parts, trade words), and when two codes are two items.
 */
import { describe, expect, it } from "vitest";
import type { Clause } from "../../../src/core/extract/clauses.ts";
import { codedItems, namedCodes, soleCodedName } from "../../../src/core/extract/model-codes.ts";

function clause(text: string, options: { question?: boolean; sample?: boolean } = {}): Clause {
  return {
    message: 0,
    role: "supplier",
    speaker: null,
    line: 1,
    text,
    messageText: text,
    sample: options.sample ?? false,
    question: options.question ?? false,
  };
}
const chat = (...texts: string[]) => texts.map((text) => clause(text));
const names = (...texts: string[]) => namedCodes(chat(...texts)).map((item) => item.name);

// Words that label the code after them as something else than the product: "colour RAL9005", "lot
// XY-12" name no product, whatever comes before.
const labels = [
  "color",
  "colour",
  "pantone",
  "ral",
  "size",
  "version",
  "part",
  "invoice",
  "po",
  "pi",
  "contract",
  "lot",
  "batch",
  ...["astm", "iso", "en", "iec", "din", "ul"],
  ...["drawing", "drawings", "dwg", "artwork", "file"],
];
// Words that describe a product without naming it: alone (or with each other) before a code they name none.
const describers = [
  ...["black", "white", "red", "green", "blue", "grey", "gray", "yellow", "pink", "purple", "brown"],
  ...["beige", "orange", "navy", "dark", "light", "natural", "clear", "transparent"],
  ...["small", "medium", "large", "queen", "king", "twin", "full", "single", "double"],
  ...["xs", "s", "m", "l", "xl", "xxl", "possible", "optional"],
  ...["cap", "lid", "front", "back", "side", "top", "bottom", "handle", "drawer", "leg", "legs", "screw"],
  ...["rear", "hinge", "panel", "door", "frame", "base", "board"],
  ...["company", "factory", "co", "ltd", "container", "pallet", "carton", "documents", "shipment"],
  ...["sample", "opp", "polybag", "packing", "packaging"],
];

describe("words before a code that name no product", () => {
  it.each(labels)("'%s' labels the code: 'bookshelf %s XY-12' names no product", (word) => {
    expect(names(`bookshelf ${word} XY-12 is $3.50`)).toEqual([]);
    expect(names(`bookshelf ${word.toUpperCase()} XY-12 is $3.50`)).toEqual([]);
  });

  // Words that label the product's own number: "bookshelf sku XY-12", "plush bear, art. YZ-B25".
  it.each(["no", "ref", "art", "sku", "code", "type", "style", "model", "item", "modelo"])(
    "'%s' numbers the product before it: 'bookshelf %s XY-12' is the bookshelf",
    (word) => {
      expect(names(`bookshelf ${word} XY-12 is $3.50`)).toEqual(["bookshelf XY-12"]);
      expect(names(`bookshelf ${word.toUpperCase()}. XY-12 is $3.50`)).toEqual(["bookshelf XY-12"]);
      expect(names(`please send the ${word} XY-12 price`)).toEqual([]);
    },
  );

  it.each(describers)("'%s' alone, or with another such word, names no product", (word) => {
    expect(names(`black ${word} XY-12 is $3.50`)).toEqual([]);
    expect(names(`${word} grey XY-12 is $3.50`)).toEqual([]);
    // With a product noun it describes the product.
    expect(names(`bookshelf ${word} XY-12 is $3.50`)).toEqual([`bookshelf ${word} XY-12`]);
  });

  it("a product noun before a code names it, up to four words, not past a count or a function word", () => {
    expect(names("5-tier bookshelf HW-5T is $28.50/pc")).toEqual(["5-tier bookshelf HW-5T"]);
    expect(names("we need 300 pcs solid oak wooden bookshelf HW-5T")).toEqual([
      "solid oak wooden bookshelf HW-5T",
    ]);
    expect(names("one two three four five HW-5T")).toEqual(["two three four five HW-5T"]);
    expect(names("保温杯 TB-500 is $3")).toEqual(["保温杯 TB-500"]);
    expect(names("price for HW-5T")).toEqual([]);
    // A word that only begins or ends like a function word ("antique", "sofa") is part of the name.
    expect(names("antique sofa HW-5T is $30")).toEqual(["antique sofa HW-5T"]);
    expect(names("set of antique sofa HW-5T is $30")).toEqual(["antique sofa HW-5T"]);
  });

  it.each([
    ...["PO-1234", "PO1234", "PI-22", "NO-5", "NO5", "REF-22", "INV-77", "FBA-12", "FBA12", "Q-3", "Q3"],
    ...["EN71", "UV400", "ISO9001", "GB6675", "ASTM963", "IEC62", "IP65"],
  ])("'%s' is a document number, standard or grade, no model code", (token) => {
    expect(names(`bookshelf ${token} is $3.50`)).toEqual([]);
    // The same shape under another prefix is a model code.
    expect(names(`bookshelf HW${token.replace(/^[A-Z]+/, "")} is $3.50`)).toEqual([
      `bookshelf HW${token.replace(/^[A-Z]+/, "")}`,
    ]);
  });

  it("a code keeps its fullest name, and the first place it was named", () => {
    const found = namedCodes(chat("HW-5T is $28.50", "5-tier bookshelf HW-5T, please"));
    expect(found).toEqual([{ code: "HW-5T", name: "5-tier bookshelf HW-5T", clause: 1, start: 0 }]);
  });

  it("a sample clause names nothing", () => {
    expect(namedCodes([clause("bookshelf HW-5T", { sample: true })])).toEqual([]);
  });
});

describe("soleCodedName", () => {
  it("is the one code named with a product", () => {
    expect(soleCodedName(chat("yoga mat YM-6 is $4"))?.name).toBe("yoga mat YM-6");
  });

  it.each([
    "colour must match our swatch card SW-36",
    "finish as approved sample KD-S0127",
    "size per drawing D-1204",
    "print per artwork AW-33",
  ])("is none for the code of what the goods are held against: %s", (line) => {
    expect(soleCodedName(chat("gel polish 0.62 USD/pc", line))).toBeNull();
  });

  it("is none with two codes, or with none named with words", () => {
    expect(soleCodedName(chat("yoga mat YM-6 is $4", "YM-8 is $5"))).toBeNull();
    expect(soleCodedName(chat("YM-6 is $4"))).toBeNull();
  });
});

describe("codedItems: two codes are two items when their prices or counts differ", () => {
  it("two codes at two prices are two items, in chat order", () => {
    expect(
      codedItems(chat("3-tier bookshelf HW-3T is $24.00/pc, 5-tier bookshelf HW-5T is $28.50/pc")),
    ).toEqual([
      { code: "HW-3T", name: "3-tier bookshelf HW-3T", clause: 0, start: 0 },
      { code: "HW-5T", name: "5-tier bookshelf HW-5T", clause: 0, start: 37 },
    ]);
  });

  it("a price belongs to the nearest code in its part of the sentence", () => {
    const items = codedItems(chat("cat tree CT-120 $30; cat tree CT-150 $40"));
    expect(items?.map((item) => item.code)).toEqual(["CT-120", "CT-150"]);
    // Both prices sit in one part, nearest to the first code: one price each is not told apart.
    expect(codedItems(chat("cat tree CT-120 $30 $40 or cat tree CT-150"))).toBeNull();
  });

  it("one product restated under two codes at one price is one item", () => {
    expect(codedItems(chat("cat tree CT-120 is $30", "cat tree CT-150 is $30"))).toBeNull();
  });

  it("a code named alone borrows the words of its sibling code", () => {
    expect(codedItems(chat("cat tree CT-120 is $30", "CT-150 is $40"))?.map((item) => item.name)).toEqual([
      "cat tree CT-120",
      "cat tree CT-150",
    ]);
    // No sibling of the same family: the code stays alone.
    expect(codedItems(chat("cat tree CT-120 is $30", "DL-150 is $40"))?.map((item) => item.name)).toEqual([
      "cat tree CT-120",
      "DL-150",
    ]);
  });

  it("counts tell codes apart; a count asked about ('what if', MOQ) does not", () => {
    expect(
      codedItems(chat("300 pcs cat tree CT-120", "500 pcs of cat tree CT-150"))?.map((item) => item.code),
    ).toEqual(["CT-120", "CT-150"]);
    expect(codedItems(chat("What if 5,000 pcs cat tree CT-120", "500 pcs cat tree CT-150"))).toBeNull();
    expect(codedItems(chat("MOQ 5,000 pcs cat tree CT-120", "500 pcs cat tree CT-150"))).toBeNull();
  });

  it("a price in a question, a bare number or a freight quote prices no code", () => {
    expect(
      codedItems([clause("cat tree CT-120 is $30?", { question: true }), ...chat("cat tree CT-150 $40")]),
    ).toBeNull();
    expect(codedItems(chat("cat tree CT-120 is 30", "cat tree CT-150 $40"))).toBeNull();
    expect(codedItems(chat("cat tree CT-120, freight $300", "cat tree CT-150 $40"))).toBeNull();
  });

  it("a thousands comma does not split a sentence part", () => {
    expect(codedItems(chat("cat tree CT-120 costs $1,200 per lot", "cat tree CT-150 $40"))?.length).toBe(2);
  });
});

describe("codedItems: which price and count belong to which code", () => {
  const codes = (...texts: string[]) => codedItems(chat(...texts))?.map((item) => item.code) ?? null;

  it.each([
    [
      "each price to the nearest code in one part",
      ["cat tree CT-120 $30 or cat tree CT-150 $40"],
      ["CT-120", "CT-150"],
    ],
    [
      "a price with no code in its part prices none",
      ["cat tree CT-120 $30", "cat tree CT-150; price $40"],
      null,
    ],
    ["a price before a code's part prices none", ["cat tree CT-120 $30", "$40 each; cat tree CT-150"], null],
    [
      "a freight quote in another part leaves the price",
      ["cat tree CT-120 $30, freight $300", "cat tree CT-150 $40"],
      ["CT-120", "CT-150"],
    ],
    [
      "a freight quote beside a code prices it not",
      ["cat tree CT-120 $30", "cat tree CT-150 $30", "cat tree CT-150 freight $300"],
      null,
    ],
    [
      "a thousands comma before the code",
      ["$1,200 per lot for cat tree CT-120", "cat tree CT-150 $40"],
      ["CT-120", "CT-150"],
    ],
    [
      "one price set said in two orders is one product",
      ["cat tree CT-120 $30", "cat tree CT-120 $40", "cat tree CT-150 $40", "cat tree CT-150 $30"],
      null,
    ],
    [
      "price sets that differ only in their digits' grouping",
      ["cat tree CT-120 $1", "cat tree CT-120 $23", "cat tree CT-150 $12", "cat tree CT-150 $3"],
      ["CT-120", "CT-150"],
    ],
    [
      "one count set said in two orders is one product",
      [
        "300 pcs cat tree CT-120",
        "500 pcs cat tree CT-120",
        "500 pcs cat tree CT-150",
        "300 pcs cat tree CT-150",
      ],
      null,
    ],
    ["counts in capitals", ["300 PCS cat tree CT-120", "500 PCS cat tree CT-150"], ["CT-120", "CT-150"]],
    [
      "counts with thousands commas",
      ["1,200 pcs cat tree CT-120", "1,500 pcs cat tree CT-150"],
      ["CT-120", "CT-150"],
    ],
  ])("%s", (_, texts, expected) => {
    expect(codes(...texts)).toEqual(expected);
  });

  it("items follow the place of each code's fullest name", () => {
    expect(codes("CT-150 is $40", "cat tree CT-120 is $30", "big cat tree CT-150, please")).toEqual([
      "CT-120",
      "CT-150",
    ]);
  });

  it("a code named alone borrows from a named sibling of its family only", () => {
    const named = (...texts: string[]) => codedItems(chat(...texts))?.map((item) => item.name);
    expect(named("CT-150 is $40", "cat tree CT-120 is $30")).toEqual(["cat tree CT-150", "cat tree CT-120"]);
    expect(named("cat tree CT-220 is $30", "CT-150 is $40")).toEqual(["cat tree CT-220", "cat tree CT-150"]);
  });
});

describe("names: where a product name before a code ends", () => {
  it.each([
    ["a number", "bookshelf 120 HW-5T is $3", []],
    ["another code", "bookshelf HW3 HW-5T is $3", ["bookshelf HW3"]],
    ["a word of no three letters", "2-in-1 HW-5T is $3", []],
    ["a word after a Chinese noun", "保温杯 steel TB-500 is $3", ["steel TB-500"]],
  ])("%s", (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("an equal name later keeps the first place", () => {
    expect(namedCodes(chat("bookshelf HW-5T is $28", "bookshelf HW-5T, please"))[0]?.clause).toBe(0);
  });
});

describe("names: what the goods come with", () => {
  it("a product named with its feature across a model label keeps both", () => {
    expect(names("We saw your dog raincoat with hood, model PW-R07. Price?")).toEqual([
      "dog raincoat with hood PW-R07",
    ]);
    expect(names("the walking pad with handrail, model WP-2, is $138")).toEqual([
      "walking pad with handrail WP-2",
    ]);
  });

  it("a code right after a 'with' names what the goods come with, not the goods", () => {
    expect(names("Brake pad with E-mark R90 certificate")).toEqual(["E-mark R90"]);
  });

  it("a 'with' opening the words before a label is no part of a name", () => {
    expect(names("300 pcs with logo, model HW-5T")).toEqual(["logo HW-5T"]);
  });
});
