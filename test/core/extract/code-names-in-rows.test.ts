/**
 * The item's name read before a model code in the rows and labels suppliers write: a code after a label
 * ("model no.", "art", "型号：") takes the product named before the label; the colour, size and measure
 * parts between them only describe it; a list row's name is its first part; an approved sample's number
 * names no product; and when two coded products are two items, which one comes first.
 */
import { describe, expect, it } from "vitest";
import type { Clause } from "../../../src/core/extract/clauses.ts";
import { codedItems, namedCodes } from "../../../src/core/extract/model-codes.ts";
import { countUnitOf } from "../../../src/core/extract/words/units.ts";

const clause = (text: string, line = 1): Clause => ({
  message: 0,
  role: "supplier",
  speaker: null,
  line,
  text,
  messageText: text,
  sample: false,
  question: false,
});
const names = (...texts: string[]) => namedCodes(texts.map((text) => clause(text))).map((item) => item.name);
/** Sentences of one line, as a full stop after a label cuts a row in two. */
const oneLine = (...texts: string[]) => texts.map((text) => clause(text, 1));

describe("a labelled code takes the product named before the label", () => {
  it.each([
    ["Item: oak bookshelf HW-5T is $30", "oak bookshelf HW-5T"],
    ["bookshelf model no HW-5T is $30", "bookshelf HW-5T"],
    ["bookshelf model no. HW-5T is $30", "bookshelf HW-5T"],
    ["bookshelf model no.HW-5T is $30", "bookshelf HW-5T"],
    ["bookshelf art nr HW-5T is $30", "bookshelf HW-5T"],
    ["bookshelf model: HW-5T is $30", "bookshelf HW-5T"],
    ["bookshelf model:HW-5T is $30", "bookshelf HW-5T"],
    ["保温杯 型号 TB-500 $3", "保温杯 TB-500"],
    ["保温杯 型号：TB-500 $3", "保温杯 TB-500"],
    ["保温杯 型号： TB-500 $3", "保温杯 TB-500"],
    ["folding camping chair ( CC-75 ) $12", "folding camping chair CC-75"],
  ])("'%s' names %s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe("the parts between the product and its labelled code only describe it", () => {
  it.each([
    ["Plush bear, brown, art. YZ-B25 is $4", "Plush bear YZ-B25"],
    ["Plush bear, 25cm, art. YZ-B25 is $4", "Plush bear YZ-B25"],
    ["Plush bear, 25cm brown, art. YZ-B25 is $4", "Plush bear YZ-B25"],
    ["Plush bear, color sand beige, art. YZ-B25 is $4", "Plush bear YZ-B25"],
    ["Rug, 160x230cm, art. RG-20 is $40", "Rug RG-20"],
    ["Storage box large, white, art. SB-20 is $4", "Storage box large SB-20"],
  ])("'%s' names %s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    ["- Ceramic planter, sage green, art. CP-20 $5", "Ceramic planter CP-20"],
    ["12. Ceramic planter, sage green, art. CP-20 $5", "Ceramic planter CP-20"],
    ["1) Ceramic planter, sage green, art. CP-20 $5", "Ceramic planter CP-20"],
  ])("a list row's name is its first part: '%s' names %s", (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it("an unlabelled code in a row of two products takes the words right before it", () => {
    expect(names("- Ceramic planter CP-20 $5, oak bookshelf HW-5T $30")).toEqual([
      "Ceramic planter CP-20",
      "oak bookshelf HW-5T",
    ]);
  });

  it("a labelled code with nothing before its label names nothing", () => {
    expect(names("- art. CP-20 $5")).toEqual([]);
  });

  it.each([
    "(sample no. HZ-2231 approved)",
    "as per sample no. HZ-2231",
    "the approved plush bear sample no. HZ-2231 is fine",
    "the approved plush bear sample  no. HZ-2231 is fine",
  ])("an approved sample's number names no product: '%s'", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("a sample named earlier leaves the product before a later label", () => {
    expect(names("Sample approved; oak bookshelf no. HZ-2231 is $30")).toEqual(["oak bookshelf HZ-2231"]);
  });
});

describe("where the words of a name end", () => {
  it.each([
    ["LED strip 250 mm LS-20 is $3", ["LED strip 250 mm LS-20"]],
    ["bookshelf v2 HW-5T is $3", ["bookshelf v2 HW-5T"]],
    ["iPad2 case IC-20 is $3", ["iPad2 case IC-20"]],
    ["bookshelf HW-TS5 HW-5T is $3", ["bookshelf HW-TS5"]],
    ["Our #1 bookshelf HW-5T is $30", ["bookshelf HW-5T"]],
    ["NEW!! bookshelf HW-5T is $30", ["bookshelf HW-5T"]],
    ["UL listed model BW-P6040 is $3", []],
    ["oak bookshelf H5 is $30", ["oak bookshelf H5"]],
    ["oak bookshelf HW5 is $30", ["oak bookshelf HW5"]],
    ["hair dryer HQ-3 is $8", ["hair dryer HQ-3"]],
  ])("'%s' names %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("a count word in the singular ends a name as the plural does", () => {
    for (const unit of ["pc", "unit", "set", "piece", "pair"]) expect(countUnitOf(unit)).not.toBeNull();
    expect(names("1 set bookshelf HW-5T is $30")).toEqual(["bookshelf HW-5T"]);
  });
});

describe("a row cut in two by the label's full stop", () => {
  it("the code opening the second sentence takes the name from the first", () => {
    expect(names(...["- Plush bear 25 cm, brown, art.", "YZ-B25: $4.50"])).toEqual([
      "Plush bear 25 cm YZ-B25",
    ]);
  });

  it("a code named with words of its own, or not opening its sentence, borrows nothing", () => {
    expect(namedCodes(oneLine("plush bear, art.", "oak bookshelf YZ-B25 is $4")).map((i) => i.name)).toEqual([
      "oak bookshelf YZ-B25",
    ]);
    expect(namedCodes(oneLine("plush bear, art.", "only YZ-B25 is $4"))).toEqual([]);
  });

  it("the borrowed item stands where its name was said", () => {
    const codes = (...texts: string[]) => codedItems(oneLine(...texts))?.map((item) => item.code) ?? null;
    expect(codes("Also rabbit RB-10 $3; plush bear, art.", "YZ-B25: $4.50")).toEqual(["RB-10", "YZ-B25"]);
    expect(codes("RB-10 $3, brown, art.", "YZ-B25: $4.50")).toEqual(["RB-10", "YZ-B25"]);
  });
});

describe("two coded products are two items", () => {
  const codes = (...texts: string[]) =>
    codedItems(texts.map((text) => clause(text)))?.map((item) => item.code) ?? null;

  it("count sets that differ only in their digits' grouping", () => {
    expect(
      codes(
        "12 pcs cat tree CT-120",
        "3 pcs cat tree CT-120",
        "1 pcs cat tree CT-150",
        "23 pcs cat tree CT-150",
      ),
    ).toEqual(["CT-120", "CT-150"]);
  });

  it("a price said once beside two codes belongs to the nearer one", () => {
    expect(
      codes("cat tree CT-120 $30 with cat tree CT-150 as its cover", "cat tree CT-120 $40 now"),
    ).toBeNull();
  });
});
