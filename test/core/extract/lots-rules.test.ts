/**
 * The rules that tell order lines counted apart in one sentence, one table each, both ways: where a
 * sentence breaks into parts, what counts a line, which words end its label, which numbers are dates,
 * codes, measures or packs rather than counts, and which sentences order nothing at all.
 * Sentences written for these tests, across trades.
 */
import { describe, expect, it } from "vitest";
import type { Clause } from "../../../src/core/extract/clauses.ts";
import { countedLots, type Lot, labelledCounts, labelNamesProduct } from "../../../src/core/extract/lots.ts";
import { chatClauses } from "../../helpers/term-clause.ts";

/** Each lot of a sentence as [label, count]. */
const lotsOf = (text: string) => labelledCounts(text).map((lot) => [lot.label, lot.count]);
const labelsOf = (text: string) => labelledCounts(text).map((lot) => lot.label);
const countsOf = (text: string) => labelledCounts(text).map((lot) => lot.count);

/** A chat as the extractor's sentences, one a message. */
const chat = (...texts: string[]): Clause[] => chatClauses(texts);
const linesOf = (clauses: Clause[]) => countedLots(clauses).map((lot) => [lot.label, lot.count]);

describe("a sentence breaks into one part a count", () => {
  it.each([
    ["a comma", "2000 spatula, 1500 turner"],
    ["a semicolon", "2000 spatula; 1500 turner"],
    ["a full-width comma", "2000 spatula，1500 turner"],
    ["an enumeration comma", "2000 spatula、1500 turner"],
    ["a full-width semicolon", "2000 spatula；1500 turner"],
    ["a colon", "2000 spatula: 1500 turner"],
    ["'and'", "2000 spatula and 1500 turner"],
    ["'AND' in capitals", "2000 spatula AND 1500 turner"],
    ["'And'", "2000 spatula And 1500 turner"],
    ["Spanish 'y'", "2000 espátula y 1500 cucharón"],
    ["German 'und'", "2000 Pfannenwender und 1500 Schöpfkelle"],
    ["German 'Und'", "2000 Pfannenwender Und 1500 Schöpfkelle"],
    ["French 'et'", "2000 spatule et 1500 louche"],
    ["an ampersand", "2000 spatula & 1500 turner"],
    ["a plus", "2000 spatula + 1500 turner"],
    ["a slash between spaces", "2000 spatula / 1500 turner"],
    ["a slash before a count", "2000 spatula /1500 turner"],
    ["a slash after a word", "2000 spatula/ 1500 turner"],
    ["Chinese 'and'", "2000 spatula和1500 turner"],
  ])("at %s", (_, text) => {
    expect(lotsOf(text)).toHaveLength(2);
    expect(countsOf(text)).toEqual([2000, 1500]);
  });

  it.each([
    ["a thousands comma", "15,000 canvas totes, 1,500 jute totes", [15000, 1500]],
    ["a thousands comma at the end", "4000 wool socks, 2,500", [4000]],
    ["a thousands comma before a unit written on", "12oz 3,000pcs, 16oz 2,000pieces", [3000, 2000]],
    ["a comma before a four-digit count", "4000 wool socks,2500 cotton socks", [4000, 2500]],
  ])("not at %s", (_, text, counts) => {
    expect(countsOf(text)).toEqual(counts);
  });

  it.each([
    ["a clock time", "2000 spatula delivered 10:30 1500 turner"],
    ["'Y' in capitals, a name", "2000 Model Y mats Y 1500 Model S mats"],
    ["'ET' in capitals", "2000 spatula ET 1500 turner"],
    ["'or'", "2000 spatula or 1500 turner"],
  ])("not at %s: two bare numbers in one part count nothing", (_, text) => {
    expect(lotsOf(text)).toEqual([]);
  });

  it.each([
    ["lower-case sizes", "qty s 400 m 600 l 300", ["s", "m", "l"]],
    ["capital sizes", "qty S 400 M 600 L 300", ["S", "M", "L"]],
    ["extra sizes", "qty xs 400 xxl 600 xxxl 300", ["xs", "xxl", "xxxl"]],
    ["numbered extra sizes", "hoodies 2XL 400 3xl 250", ["2XL", "3xl"]],
  ])("after a count followed by a size letter and the next count (%s)", (_, text, labels) => {
    expect(labelsOf(text)).toEqual(labels);
  });

  it.each([
    ["a word that is no size", "qty 400 mugs 600"],
    ["a size letter with no count after it", "qty s 400 m pieces"],
    ["a size letter glued to its count", "qty s400 m600"],
  ])("not after a count followed by %s", (_, text) => {
    expect(labelledCounts(text).length).toBeLessThan(2);
  });
});

describe("what a count is", () => {
  it.each([
    ["plain digits", "800 ceramic mugs, 650 glass jars", [800, 650]],
    ["thousands with commas", "1,200,000 paper straws, 60,000 cup sleeves", [1200000, 60000]],
    ["thousands as k", "10k paper straws, 6K cup sleeves", [10000, 6000]],
    ["seven digits", "1250000 paper straws, 60000 cup sleeves", [1250000, 60000]],
  ])("%s", (_, text, counts) => {
    expect(countsOf(text)).toEqual(counts);
  });

  it.each([
    ["eight digits (a code)", "12345678 paper straws, 60000 cup sleeves", [60000]],
    ["five digits and k", "12345k paper straws, 6000 cup sleeves", [6000]],
    ["a price with its currency sign", "$1500 paper straws, 6000 cup sleeves", [6000]],
    ["a price with its currency", "paper straws 1500 usd, 6000 cup sleeves", [6000]],
    ["a price with its currency before it", "USD 1500 paper straws, 6000 cup sleeves", [6000]],
    ["a price with the euro sign", "€1500 paper straws, 6000 cup sleeves", [6000]],
    ["a number glued to a size letter", "straws 1500x, 6000 cup sleeves", [6000]],
  ])("not %s", (_, text, counts) => {
    expect(countsOf(text)).toEqual(counts);
  });

  it.each([
    ["'x' before it", "cartons 60 x 40 x 30, 500 boxes", [500]],
    ["'X' before it", "cartons 60 X 40, 500 boxes", [500]],
    ["'×' before it", "cartons 60 × 40, 500 boxes", [500]],
    ["'*' before it", "cartons 60 * 40, 500 boxes", [500]],
    ["'@' before it", "500 boxes @ 12, 300 bins", [500, 300]],
    ["'x' after it", "boards 60 x, 500 boxes", [500]],
    ["'x' after it, after a size", "xl 60 x 40 cm, 500 boxes", [500]],
    ["'×' after it", "boards 60 ×, 500 boxes", [500]],
    ["'*' after it", "boards 60 *, 500 boxes", [500]],
  ])("no count is a measure or a price with %s", (_, text, counts) => {
    expect(countsOf(text)).toEqual(counts);
  });

  it("a count with its unit is chosen over the other number of its part", () => {
    expect(lotsOf("hoodie 300 pcs 8 colours, tote 120 pcs")).toEqual([
      ["hoodie", 300],
      ["tote", 120],
    ]);
    expect(labelledCounts("hoodie 300 pcs 8 colours, tote 120 pcs").map((lot) => lot.unit)).toEqual([
      "pcs",
      "pcs",
    ]);
  });

  it("a label read after the count stands when the part has other numbers", () => {
    expect(lotsOf("300 pcs hoodies 8 colours, 120 pcs totes")).toEqual([
      ["hoodies", 300],
      ["totes", 120],
    ]);
  });

  it("the words leading a part name it only when its count has other numbers beside it", () => {
    expect(lotsOf("rosin 8oz blocks need 3000 pcs, wax 600 pcs")).toEqual([["wax", 600]]);
  });

  it("two counts with their units in one part count neither", () => {
    expect(lotsOf("hoodie 300 pcs 200 pcs, tote 120 pcs")).toEqual([["tote", 120]]);
  });

  it.each([
    ["a small bare number is a spec", "9 drawer chests, 40 shoe racks", [40]],
    ["ten is a count", "10 drawer chests, 40 shoe racks", [10, 40]],
    ["a small count with its unit is a count", "3 sets sofa, 2 sets armchair", [3, 2]],
    ["one with its unit is no line", "1 set sofa, 2 sets armchair", [2]],
  ])("%s", (_, text, counts) => {
    expect(countsOf(text)).toEqual(counts);
  });

  it.each([
    "cartons",
    "carton",
    "ctns",
    "ctn",
    "cases",
    "case",
    "bales",
    "bale",
    "drums",
    "drum",
    "pallets",
    "pallet",
  ])("goods counted in %s are named after the package", (unit) => {
    expect(lotsOf(`6 ${unit} olive oil, 4 ${unit} rice bran oil`)).toEqual([
      ["olive oil", 6],
      ["rice bran oil", 4],
    ]);
  });

  it("a word that only starts like a package is no package", () => {
    expect(lotsOf("60 drumsticks maple, 40 drumsticks hickory")).toEqual([
      ["drumsticks maple", 60],
      ["drumsticks hickory", 40],
    ]);
  });

  it("a package word must be the whole word", () => {
    expect(lotsOf("6 crates olive oil, 4 crates rice bran oil")).toEqual([]);
    expect(lotsOf("60 showcases glass, 40 suitcases nylon")).toEqual([
      ["showcases glass", 60],
      ["suitcases nylon", 40],
    ]);
  });

  it("a count written onto its unit is read as the count and the unit", () => {
    expect(
      labelledCounts("8oz 50000pcs, 12oz 30000pcs").map((lot) => [lot.label, lot.count, lot.unit]),
    ).toEqual([
      ["8oz", 50000, "pcs"],
      ["12oz", 30000, "pcs"],
    ]);
    expect(lotsOf("8oz 123456789pcs, 12oz 30000pcs")).toEqual([["12oz", 30000]]);
    expect(lotsOf("8oz 50000PCS, 12oz 30000PCS")).toEqual([
      ["8oz", 50000],
      ["12oz", 30000],
    ]);
  });

  it("quotes and closing marks around a word are no part of it", () => {
    expect(lotsOf(`2000 "spatula", 1500 'turner'`)).toEqual([
      ["spatula", 2000],
      ["turner", 1500],
    ]);
    expect(lotsOf(`2000 "spatula"), 1500 turner`)).toEqual([
      ["spatula", 2000],
      ["turner", 1500],
    ]);
    expect(lotsOf(`("2000 spatula", [1500 turner]`)).toEqual([
      ["spatula", 2000],
      ["turner", 1500],
    ]);
  });

  it("a label word is letters, or a measure led by digits", () => {
    expect(lotsOf("300 pcs 2.5L jug, 200 pcs 100-piece set, 100 pcs 36V drill")).toEqual([
      ["2.5L jug", 300],
      ["100-piece", 200],
      ["36V drill", 100],
    ]);
    expect(lotsOf("300 pcs jug, 200 pcs 100- set")).toEqual([["jug", 300]]);
    expect(labelsOf("3000 napkins linen=soft, 1200 coasters =linen")).toEqual(["napkins", "coasters"]);
    expect(labelsOf("300 pcs 4K60 monitor, 200 pcs 1080p monitor")).toEqual([
      "4K60 monitor",
      "1080p monitor",
    ]);
    expect(lotsOf("300 pcs 8oz cup, 200 pcs A4 paper")).toEqual([
      ["8oz cup", 300],
      ["A4 paper", 200],
    ]);
  });

  it("the span of a count runs to the end of its unit", () => {
    const [first, second] = labelledCounts("hammers 500 pcs, chisels 300pcs");
    expect(first).toMatchObject({ label: "hammers", count: 500, unit: "pcs", start: 8, end: 15 });
    expect(second).toMatchObject({ label: "chisels", count: 300, unit: "pcs", start: 25, end: 31 });
    const [bare] = labelledCounts("500 hammers, 300 chisels");
    expect(bare).toMatchObject({ start: 0, end: 3, unit: null, clause: -1 });
  });
});

describe("words after a count that make it no order line", () => {
  // Each word after "1500 pcs" ends the line, where a product word ("stand") would name it.
  it.each([
    "per",
    "each",
    "every",
    "in",
    "into",
    "a",
    "an",
    "to",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "working",
    "%",
    "percent",
    "times",
    "colour",
    "colours",
    "color",
    "colors",
    "design",
    "designs",
    "style",
    "styles",
    "size",
    "sizes",
    "version",
    "versions",
    "mm",
    "cm",
    "m",
    "km",
    "inch",
    "inches",
    "ft",
    "ml",
    "l",
    "oz",
    "g",
    "kg",
    "lb",
    "lbs",
    "gsm",
    "w",
    "kw",
    "v",
    "mah",
    "wh",
    "hz",
    "°c",
    "usd",
    "rmb",
    "eur",
    "cny",
    "gbp",
    "dollar",
    "dollars",
    "yuan",
    "元",
    "ply",
    "micron",
    "momme",
    "denier",
    "mil",
    "gauge",
    "awg",
    "tpi",
    "k",
    "lm",
    "lm/w",
    "n",
    "lumen",
    "lumens",
    "mode",
    "modes",
    "led",
    "leds",
    "watt",
    "watts",
    "volt",
    "volts",
    "c",
    "f",
    "MM",
    "Days",
  ])("'%s'", (word) => {
    expect(labelsOf(`fan 800 pcs, motor 1500 pcs ${word} stand`)).toEqual(["fan"]);
  });

  it("a product word after the count names it", () => {
    expect(labelsOf("fan 800 pcs, motor 1500 pcs steel stand")).toEqual(["fan", "steel stand"]);
    expect(labelsOf("fan 800 pcs, motor 1500 pcs daybed")).toEqual(["fan", "daybed"]);
  });

  it.each([
    ["a bare count before a measure", "800 fans, 1500 w motors", ["fans"]],
    ["a bare count before a time", "800 fans, 30 days production", ["fans"]],
    ["a bare count before a rate", "800 fans, 1500 per month", ["fans"]],
  ])("%s", (_, text, labels) => {
    expect(labelsOf(text)).toEqual(labels);
  });

  it("a size letter in capitals after a count labels it, in lower case it measures it", () => {
    expect(lotsOf("rope 1500 M, cord 800 L")).toEqual([
      ["M", 1500],
      ["L", 800],
    ]);
    // (Measured in metres, the rope is counted in them: 1500 m of rope; "l" is no unit goods are sold by.)
    expect(lotsOf("rope 1500 m, cord 800 l")).toEqual([["rope", 1500]]);
    expect(lotsOf("rope 1500 XL, cord 800 XXL")).toEqual([
      ["XL", 1500],
      ["XXL", 800],
    ]);
  });

  it.each([
    "Jan",
    "January",
    "Feb",
    "February",
    "Mar",
    "March",
    "Apr",
    "April",
    "May",
    "Jun",
    "June",
    "Jul",
    "July",
    "Aug",
    "August",
    "Sep",
    "Sept.",
    "September",
    "Oct",
    "October",
    "Nov",
    "November",
    "Dec",
    "December",
    "dec",
  ])("a number after the month '%s' is a date, not a count", (month) => {
    expect(countsOf(`2000 beanies, 1500 scarves ${month} 20`)).toEqual([2000, 1500]);
  });

  it.each(["June", "Sept", "october"])("a number before the month '%s' is a date, not a count", (month) => {
    expect(lotsOf(`beanies 2000 pcs, ready 25 ${month}`)).toEqual([["beanies", 2000]]);
  });

  it("a word that only starts like a month is no month", () => {
    expect(countsOf("2000 beanies, 1500 scarves march 20")).toEqual([2000, 1500]);
    expect(countsOf("2000 beanies, 1500 scarves mayday 20")).toEqual([2000]);
    expect(countsOf("2000 beanies, 1500 scarves jumbo 20")).toEqual([2000]);
    expect(countsOf("2000 beanies, 1500 scarves Sept20 20")).toEqual([2000]);
    expect(countsOf("2000 beanies, 1500 scarves dismay 20")).toEqual([2000]);
    expect(countsOf("2000 beanies, 1500 scarves remodel 20")).toEqual([2000]);
  });

  it("goods whose name starts like a month are counted", () => {
    expect(lotsOf("2000 decor cushions, 1500 market bags")).toEqual([
      ["decor cushions", 2000],
      ["market bags", 1500],
    ]);
    expect(lotsOf("600 marble coasters, 400 novelty mugs, 300 junior aprons, 200 octagon trays")).toEqual([
      ["marble coasters", 600],
      ["novelty mugs", 400],
      ["junior aprons", 300],
      ["octagon trays", 200],
    ]);
  });

  it.each([
    ["item", "2000 beanies, 1500 scarves item 20"],
    ["Model", "2000 beanies, 1500 scarves Model 20"],
    ["#", "2000 beanies, 1500 scarves # 20"],
    ["Pantone", "2000 beanies, 1500 scarves Pantone 20"],
    ["RAL", "2000 beanies, 1500 scarves RAL 20"],
    ["no.", "2000 beanies, 1500 scarves no. 20"],
    ["size", "2000 beanies, 1500 scarves size 20"],
    ["ref", "2000 beanies, 1500 scarves ref 20"],
    ["art", "2000 beanies, 1500 scarves art 20"],
    ["PO", "2000 beanies, 1500 scarves PO 20"],
    ["PI", "2000 beanies, 1500 scarves PI 20"],
    ["sku", "2000 beanies, 1500 scarves sku 20"],
  ])("a number after '%s' is a code, not a count", (_, text) => {
    expect(countsOf(text)).toEqual([2000, 1500]);
  });

  it("a number after a plain word is a count of its own", () => {
    expect(countsOf("2000 beanies, 1500 scarves items 20")).toEqual([2000]);
  });

  it("a count after a capitalised label word keeps a short number as part of the name", () => {
    expect(lotsOf("600 pcs Series 5 kettles, 400 pcs Series 7 kettles")).toEqual([
      ["Series 5 kettles", 600],
      ["Series 7 kettles", 400],
    ]);
    expect(lotsOf("600 pcs Series 2024 kettles, 400 pcs Series 7 kettles")).toEqual([
      ["Series", 600],
      ["Series 7 kettles", 400],
    ]);
    expect(lotsOf("600 pcs series 5 kettles, 400 pcs series 7 kettles")).toEqual([
      ["series", 600],
      ["series", 400],
    ]);
  });
});

describe("words that end a label", () => {
  it.each([
    "i",
    "we",
    "you",
    "it",
    "us",
    "me",
    "my",
    "our",
    "your",
    "them",
    "these",
    "those",
    "we'd",
    "i'd",
    "is",
    "are",
    "be",
    "was",
    "would",
    "will",
    "can",
    "could",
    "do",
    "take",
    "want",
    "need",
    "order",
    "ordering",
    "buy",
    "get",
    "make",
    "like",
    "remain",
    "remains",
    "kindly",
    "increase",
    "reduce",
    "change",
    "start",
    "quantity",
    "quantities",
    "qty",
    "total",
    "price",
    "prices",
    "usd",
    "rmb",
    "eur",
    "bulk",
    "for",
    "at",
    "with",
    "per",
    "each",
    "all",
    "only",
    "then",
    "also",
    "so",
    "ok",
    "okay",
    "please",
    "pls",
    "x",
    "of",
    "the",
    "a",
    "an",
    "to",
    "from",
    "about",
    "approx",
    "around",
    "more",
    "than",
    "plus",
    "first",
    "now",
    "just",
    "final",
    "para",
    "un",
    "una",
    "de",
    "del",
    "el",
    "la",
    "los",
    "las",
    "We",
  ])("'%s' after the product", (word) => {
    expect(labelsOf(`3000 napkins ${word} linen, 1200 coasters`)).toEqual(["napkins", "coasters"]);
  });

  it.each(["we", "need", "total", "for", "pls", "then"])("'%s' before the product", (word) => {
    expect(labelsOf(`${word} napkins 3000 pcs, coasters 1200 pcs`)).toEqual(["napkins", "coasters"]);
  });

  it("a word that only contains a stop word is part of the label", () => {
    expect(labelsOf("3000 napkins wet, 1200 coasters")).toEqual(["napkins wet", "coasters"]);
    expect(labelsOf("3000 napkins cotton, 1200 coasters")).toEqual(["napkins cotton", "coasters"]);
    expect(labelsOf("weave napkins 3000 pcs, coasters 1200 pcs")).toEqual(["weave napkins", "coasters"]);
  });

  it("a label is four words at most, after the count and before it", () => {
    expect(labelsOf("3000 heavy duty linen dinner napkins, 1200 cork coasters")).toEqual([
      "heavy duty linen dinner",
      "cork coasters",
    ]);
    expect(labelsOf("heavy duty linen dinner napkins 3000 pcs, cork coasters 1200 pcs")).toEqual([
      "duty linen dinner napkins",
      "cork coasters",
    ]);
  });

  it("a label stops at a number, a sign or a count unit", () => {
    expect(labelsOf("3000 napkins 40cm, 1200 coasters")).toEqual(["napkins 40cm", "coasters"]);
    expect(labelsOf("3000 napkins (linen), 1200 coasters")).toEqual(["napkins", "coasters"]);
    expect(labelsOf("3000 napkins = linen, 1200 coasters")).toEqual(["napkins", "coasters"]);
    expect(labelsOf("napkins pcs 3000 pcs, coasters 1200 pcs")).toEqual(["coasters"]);
  });

  it("'of' and 'the' after a count lead to the name or to a code the chat listed", () => {
    expect(lotsOf("800 rolls of the 2835, 600 rolls of the 5050")).toEqual([
      ["2835", 800],
      ["5050", 600],
    ]);
    expect(lotsOf("2000 of A, 1500 of B")).toEqual([
      ["A", 2000],
      ["B", 1500],
    ]);
    expect(lotsOf("2000 of the walnut, 1500 of the oak")).toEqual([
      ["walnut", 2000],
      ["oak", 1500],
    ]);
    expect(lotsOf("2000 of the, 1500 of oak")).toEqual([["oak", 1500]]);
    expect(lotsOf("2000 OF THE walnut, 1500 Of oak")).toEqual([
      ["walnut", 2000],
      ["oak", 1500],
    ]);
    expect(lotsOf("800 rolls of the 35, 600 rolls of the 50")).toEqual([]);
    expect(lotsOf("800 rolls 2835, 600 rolls 5050")).toEqual([]);
    expect(lotsOf("800 rolls of 1234567, 600 rolls of the 2835")).toEqual([["2835", 600]]);
    expect(lotsOf("800 of AB, 600 of B")).toEqual([
      ["AB", 800],
      ["B", 600],
    ]);
  });

  it("what a count is shared by is no part of a label read before it", () => {
    expect(lotsOf("mugs 500 pcs, lids for both 500 pcs")).toEqual([
      ["mugs", 500],
      ["lids", 500],
    ]);
    expect(lotsOf("mugs 500 pcs, lids for all 500 pcs")).toEqual([
      ["mugs", 500],
      ["lids", 500],
    ]);
    expect(lotsOf("mugs 500 pcs, lids of each 500 pcs")).toEqual([
      ["mugs", 500],
      ["lids", 500],
    ]);
  });

  it("what a count is shared by is no part of a label read after it", () => {
    expect(labelsOf("500 mugs, 500 lids for both")).toEqual(["mugs", "lids"]);
    expect(labelsOf("500 mugs, 500 lids both")).toEqual(["mugs", "lids"]);
    expect(labelsOf("500 mugs, 500 lids Both")).toEqual(["mugs", "lids"]);
    expect(labelsOf("500 mugs, 500 lids all")).toEqual(["mugs", "lids"]);
    expect(labelsOf("500 mugs, 500 bothy lids")).toEqual(["mugs", "bothy lids"]);
    expect(labelsOf("500 lids both sides, 500 mugs")).toEqual(["lids both sides", "mugs"]);
  });

  it("a bare count is labelled before it only by a size letter, never by a model name", () => {
    expect(lotsOf("iPhone 16, Pixel 90")).toEqual([]);
    expect(lotsOf("S 300, XL 200")).toEqual([
      ["S", 300],
      ["XL", 200],
    ]);
    expect(lotsOf("XXS 300, XXXL 200")).toEqual([
      ["XXS", 300],
      ["XXXL", 200],
    ]);
    expect(lotsOf("XXXXL 300, XXXXS 200")).toEqual([]);
    expect(lotsOf("m 300, 4xl 200")).toEqual([
      ["m", 300],
      ["4xl", 200],
    ]);
    expect(lotsOf("xm 300, ml 200")).toEqual([]);
  });

  it("'of' and 'the' are skipped as whole words only", () => {
    expect(labelsOf("2000 theme mugs, 1500 lathe tools")).toEqual(["theme mugs", "lathe tools"]);
  });

  it("a short number after a capitalised word is part of the name, a longer one or after a lower-case letter is not", () => {
    expect(labelsOf("600 pcs Series 12 kettles, 400 pcs iPhone 16 cases")).toEqual([
      "Series 12 kettles",
      "iPhone",
    ]);
  });

  it("words shared by counts are skipped before a count as whole words only", () => {
    expect(labelsOf("mini football 500 pcs, steel forks 300 pcs")).toEqual(["mini football", "steel forks"]);
  });

  it("the words leading a part name it when none follow its count", () => {
    expect(lotsOf("gel polish 12 ml nude x 300 = 3600 pcs, top coat 500 pcs")).toEqual([
      ["gel polish", 3600],
      ["top coat", 500],
    ]);
    expect(lotsOf("gel polish 10 colours x 300 = 3000 pcs, top coat 500 pcs")).toEqual([
      ["gel polish", 3000],
      ["top coat", 500],
    ]);
  });

  it("what is in brackets is no part of its own", () => {
    expect(lotsOf("1,500 straps (500 each black, navy, sand), 900 buckles")).toEqual([
      ["straps", 1500],
      ["buckles", 900],
    ]);
    expect(labelledCounts("1,500 straps (500 each black), 900 buckles")[1]).toMatchObject({
      start: 31,
      end: 34,
    });
  });
});

describe("sentences that order nothing", () => {
  it.each([
    "MOQ is 500 mugs, 300 bowls",
    "minimum 500 mugs, 300 bowls",
    "min. 500 mugs, 300 bowls",
    "min.500 mugs, 300 bowls",
    "at least 500 mugs, 300 bowls",
    "sample 500 mugs, 300 bowls",
    "samples 500 mugs, 300 bowls",
    "if 500 mugs, 300 bowls",
    "tier 500 mugs, 300 bowls",
    "packing 500 mugs, 300 bowls per carton",
    "packing 500 mugs, 300 bowls per ctn",
    "Minimum 500 mugs, 300 bowls",
  ])("%s", (text) => {
    expect(labelledCounts(text)).toEqual([]);
    expect(countedLots(chat(text, "mugs 2.10 usd, bowls 3.40 usd"))).toEqual([]);
  });

  it.each([
    "ifor 500 mugs, 300 bowls",
    "minimal 500 mugs, 300 bowls",
    "tiered 500 mugs, 300 bowls",
    "min 500 mugs, 300 bowls",
    "admin. 500 mugs, 300 bowls",
  ])("a word that only starts like one: %s", (text) => {
    expect(countsOf(text)).toEqual([500, 300]);
  });

  it("a sentence without a digit", () => {
    expect(labelledCounts("mugs and bowls, please")).toEqual([]);
  });
});

describe("the order lines of a chat", () => {
  it("products counted apart and talked about again are lines", () => {
    expect(
      linesOf(chat("we need 2000 spatula, 1500 turner", "spatula 0.80 usd, turner 0.95 usd", "ok")),
    ).toEqual([
      ["spatula", 2000],
      ["turner", 1500],
    ]);
  });

  it("goods whose name starts like a time are counted, a time is not", () => {
    expect(linesOf(chat("we need 500 day-packs, 300 tents", "day-pack 12.00 usd, tent 30.00 usd"))).toEqual([
      ["day-packs", 500],
      ["tents", 300],
    ]);
    expect(linesOf(chat("we need 500 tents, 30 days", "tent 30.00 usd, days fine"))).toEqual([]);
  });

  it("a lot carries its sentence's place in the chat", () => {
    expect(
      countedLots(chat("hello", "we need 2000 spatula, 1500 turner", "spatula 0.80, turner 0.95")).map(
        (lot) => lot.clause,
      ),
    ).toEqual([1, 1]);
  });

  it("a product counted once and never named again is an aside", () => {
    expect(linesOf(chat("we need 2000 spatula, 1500 turner", "spatula 0.80 usd"))).toEqual([]);
  });

  it("a product named again only by a short stem of another word is not named again", () => {
    expect(linesOf(chat("2000 ox, 1500 turner", "box and turner 0.95 usd"))).toEqual([]);
  });

  it("a product named again by its singular is named again", () => {
    expect(linesOf(chat("2000 bunnies, 1500 puppies", "bunny 0.80 usd, puppy 0.95 usd"))).toEqual([
      ["bunnies", 2000],
      ["puppies", 1500],
    ]);
  });

  it("a one-letter word is never named again by a word it starts", () => {
    expect(linesOf(chat("2000 b, 1500 turner", "bag and turner 0.95 usd"))).toEqual([]);
  });

  it("a plural label is one product's with its singular", () => {
    expect(linesOf(chat("2000 box, 1500 boxes", "box 0.80 usd"))).toEqual([]);
    expect(linesOf(chat("2000 bus, 1500 bu", "bus 0.80, bu 0.95 usd"))).toEqual([
      ["bus", 2000],
      ["bu", 1500],
    ]);
  });

  it("a label with a dot in it is named again as written", () => {
    expect(linesOf(chat("1000 v2.0, 800 v3.0", "v2.0 1.20 usd, v3.0 1.50 usd"))).toEqual([
      ["v2.0", 1000],
      ["v3.0", 800],
    ]);
    expect(linesOf(chat("1000 v2.0, 800 v3.0", "v20 1.20 usd, v30 1.50 usd"))).toEqual([]);
  });

  it("a two-letter product is named again", () => {
    expect(linesOf(chat("2000 ox, 1500 yak", "ox 0.80 usd, yak 0.95 usd"))).toEqual([
      ["ox", 2000],
      ["yak", 1500],
    ]);
  });

  it("one word of a label named again is enough", () => {
    expect(linesOf(chat("1000 desk lamps, 1000 floor fans", "lamp 8.60 usd, fan 12.40 usd"))).toEqual([
      ["desk lamps", 1000],
      ["floor fans", 1000],
    ]);
  });

  it("a product with a colour in its label is told by its name, not its price", () => {
    expect(linesOf(chat("300 black mugs, 200 white bowls", "mugs 2.10, bowls 1.80"))).toEqual([
      ["black mugs", 300],
      ["white bowls", 200],
    ]);
    expect(linesOf(chat("300 pcs A4, 200 pcs A5", "A4 and A5 paper 3.10 usd"))).toEqual([
      ["A4", 300],
      ["A5", 200],
    ]);
  });

  it("a size with a decimal point is priced as written, and a shorter size is not read inside it", () => {
    expect(linesOf(chat("300 pcs 2.5L, 200 pcs 5L", "2.5L 3.10 usd, 5L 4.20 usd"))).toEqual([
      ["2.5L", 300],
      ["5L", 200],
    ]);
    expect(linesOf(chat("300 pcs 2.5L, 200 pcs 5L", "25L 3.10 usd, 5L 4.20 usd"))).toEqual([]);
  });

  it("a variant letter is named again only as written", () => {
    expect(linesOf(chat("2000 of A, 1500 of B", "A 0.80 usd, B 0.95 usd"))).toEqual([
      ["A", 2000],
      ["B", 1500],
    ]);
    expect(linesOf(chat("2000 of A, 1500 of B", "a bag and b bag 0.95 usd"))).toEqual([]);
  });

  it("a sentence about samples counts no lines", () => {
    const clauses = chat("we need 2000 spatula, 1500 turner", "spatula 0.80 usd, turner 0.95 usd");
    clauses[0]!.sample = true;
    expect(countedLots(clauses)).toEqual([]);
  });

  it("one count in a sentence is no set of lines", () => {
    expect(linesOf(chat("we need 2000 spatula", "spatula 0.80 usd"))).toEqual([]);
    expect(linesOf(chat("we need 2000 spatula, 1.5 turner", "spatula 0.80 usd, turner 0.95"))).toEqual([]);
    expect(linesOf(chat("we need 2000 spatula, 2 colours", "spatula 0.80 usd, 2 colours ok"))).toEqual([]);
  });

  it("two counts with one label are one product's", () => {
    expect(linesOf(chat("2000 spatula, 1500 spatulas", "spatula 0.80 usd"))).toEqual([]);
  });

  it("the sentence counting the most products wins", () => {
    expect(
      linesOf(
        chat(
          "2000 spatula, 1500 turner",
          "2000 spatula, 1500 turner, 900 ladle",
          "spatula 0.80, turner 0.95, ladle 1.10",
        ),
      ).map(([label]) => label),
    ).toEqual(["spatula", "turner", "ladle"]);
  });

  it("a sentence counting more than eight products is a list, not an order", () => {
    const nine = "10 ant, 11 bee, 12 cat, 13 dog, 14 eel, 15 fox, 16 gnu, 17 hen, 18 yak";
    const named = "ant bee cat dog eel fox gnu hen yak 1.00 usd";
    expect(countedLots(chat(nine, named))).toEqual([]);
    const eight = "10 ant, 11 bee, 12 cat, 13 dog, 14 eel, 15 fox, 16 gnu, 17 hen";
    expect(countedLots(chat(eight, named))).toHaveLength(8);
  });

  it("a sentence ranked below four others is not checked", () => {
    const clauses = chat(
      "20 zip, 21 zap",
      "30 fig, 31 fog",
      "40 hat, 41 hut",
      "50 kelp, 51 kiln",
      "2000 spatula, 1500 turner",
      "spatula 0.80, turner 0.95",
    );
    expect(countedLots(clauses)).toEqual([]);
    expect(linesOf(clauses.slice(1))).toEqual([
      ["spatula", 2000],
      ["turner", 1500],
    ]);
  });

  it("an accessory put in with the goods is no line of its own", () => {
    for (const free of [
      "adapter included",
      "adapters are included",
      "adapter is inclusive",
      "adapter free",
      "adapter for free",
      "adapter at no charge",
      "adapter at no extra cost",
      "incl. adapter",
      "incl adapter",
      "including adapter",
      "includes a adapter",
      "with free adapter",
      "free usb adapter",
      "Adapter Included",
    ])
      expect(linesOf(chat("1000 lamps, 1000 adapters", `lamp 8.60 usd, ${free}`))).toEqual([]);
    expect(linesOf(chat("1000 lamps, 1000 adapters", "lamp 8.60 usd, adapter 0.90 usd"))).toEqual([
      ["lamps", 1000],
      ["adapters", 1000],
    ]);
    expect(linesOf(chat("1000 lamps, 1000 adapters", "lamp 8.60 usd, adapter inclusion 0.90"))).toEqual([
      ["lamps", 1000],
      ["adapters", 1000],
    ]);
    expect(linesOf(chat("1000 desk lamps, 1000 power adapters", "lamp 8.60 usd, adapter included"))).toEqual(
      [],
    );
  });

  it("the counts of one sentence are read in that sentence only", () => {
    expect(linesOf(chat("2000 spatula, 1500 turner"))).toEqual([]);
  });
});

describe("sizes and colours are lines only when each is priced apart", () => {
  it("sizes priced apart", () => {
    expect(linesOf(chat("300 S and 200 L", "S 8.50 usd, L 12.80 usd"))).toEqual([
      ["S", 300],
      ["L", 200],
    ]);
  });

  it("sizes at one price are one product's split", () => {
    expect(linesOf(chat("300 S and 200 L", "S 8.50 usd, L 8.50 usd"))).toEqual([]);
    expect(linesOf(chat("300 S and 200 L", "S 8.50 usd"))).toEqual([]);
  });

  it("a price is a size's only when it follows the size closely", () => {
    const far = `S ${"x".repeat(70)} 8.50 usd, L 12.80 usd`;
    expect(linesOf(chat("300 S and 200 L", far))).toEqual([]);
    const near = `S ${"x".repeat(50)} 8.50 usd, L 12.80 usd`;
    expect(linesOf(chat("300 S and 200 L", near))).toHaveLength(2);
    const edge = `S ${"x".repeat(58)} 8.50 usd, L 12.80 usd`;
    expect(linesOf(chat("300 S and 200 L", edge))).toHaveLength(2);
    const past = `S ${"x".repeat(59)} 8.50 usd, L 12.80 usd`;
    expect(linesOf(chat("300 S and 200 L", past))).toEqual([]);
    expect(linesOf(chat("300 S and 200 L", "S$8.50, L$12.80"))).toHaveLength(2);
    expect(linesOf(chat("300 S and 200 L", "8.50 usd S, 12.80 usd L"))).toEqual([]);
  });

  it("a bare number after a size is its price only with decimals", () => {
    expect(linesOf(chat("300 S and 200 L", "S 8.50, L 12.80"))).toHaveLength(2);
    expect(linesOf(chat("300 S and 200 L", "S 35, L 40"))).toEqual([]);
    expect(linesOf(chat("300 S and 200 L", "S 35 cells, L 40 cells"))).toEqual([]);
  });

  it("a price after another size is not this size's", () => {
    expect(linesOf(chat("300 S and 200 L", "S and L 8.50 usd", "L 12.80 usd"))).toEqual([]);
    expect(linesOf(chat("300 S and 200 L", "S, L 12.80 usd", "S 8.50 usd"))).toEqual([
      ["S", 300],
      ["L", 200],
    ]);
  });

  it("a price stated for a sample is not the size's", () => {
    const clauses = chat("300 S and 200 L", "S 8.50 usd, L 12.80 usd");
    clauses[1]!.sample = true;
    expect(countedLots(clauses)).toEqual([]);
  });

  it("colours counted apart are lines whatever their prices; measures are sizes", () => {
    expect(linesOf(chat("300 black and 200 navy", "black 8.50 usd, navy 9.10 usd"))).toHaveLength(2);
    expect(linesOf(chat("300 black and 200 navy", "black and navy 8.50 usd"))).toEqual([
      ["black", 300],
      ["navy", 200],
    ]);
    expect(linesOf(chat("300 space grey and 200 silver", "8.50 usd"))).toHaveLength(2);
    // (A metal alone names the material: "sterling silver" counted beside "gold" is no shade.)
    expect(linesOf(chat("300 silver and 200 gold", "8.50 usd"))).toEqual([]);
    expect(linesOf(chat("300 pcs 18 inch, 200 pcs 24 inch", "18 inch 8.50 usd"))).toEqual([]);
    expect(linesOf(chat("300 pcs 30 cm, 200 pcs 45 cm", "30 cm 8.50 usd"))).toEqual([]);
    expect(linesOf(chat("300 pcs 30 mm, 200 pcs 45 mm", "30 mm 8.50 usd"))).toEqual([]);
  });

  it("a size is matched as a whole word", () => {
    expect(linesOf(chat("300 S and 200 L", "XS 8.50 usd, L-size 12.80 usd"))).toEqual([]);
  });
});

describe("whether a label names a product", () => {
  const lotIn = (clauses: Clause[], label: string): Lot =>
    countedLots(clauses).find((lot) => lot.label === label)!;

  it("a product noun after its count names it", () => {
    const clauses = chat("we need 2000 spatula, 1500 turner", "spatula 0.80 usd, turner 0.95 usd");
    expect(labelNamesProduct(clauses, lotIn(clauses, "spatula"))).toBe(true);
  });

  it("a product noun before its count names it", () => {
    const clauses = chat("leash 600 pcs, collar 400 pcs", "leash 2.10 usd, collar 1.60 usd");
    expect(labelNamesProduct(clauses, lotIn(clauses, "collar"))).toBe(true);
  });

  it("a code the chat listed names none", () => {
    const clauses = chat("800 rolls of the 2835, 600 rolls of the 5050", "2835 0.80 usd, 5050 0.95 usd");
    expect(labelNamesProduct(clauses, lotIn(clauses, "2835"))).toBe(false);
  });

  it("a measure leading a product noun names it", () => {
    const clauses = chat("we need 300 pcs 36V drills, 200 pcs 48V saws", "drill 40 usd, saw 52 usd");
    expect(labelNamesProduct(clauses, lotIn(clauses, "36V drills"))).toBe(true);
  });

  it("a label ending in the noun before its count names it", () => {
    const clauses = chat("leather collar 400 pcs, nylon leash 600 pcs", "collar 2.10 usd, leash 1.60 usd");
    expect(labelNamesProduct(clauses, lotIn(clauses, "leather collar"))).toBe(true);
  });

  it.each([
    ["a size", "300 S and 200 L"],
    ["a measure", "300 pcs 36V, 200 pcs 48V"],
  ])("%s names none", (_, text) => {
    const lot = labelledCounts(text).map((found) => ({ ...found, clause: 0 }))[0]!;
    expect(labelNamesProduct(chat(text), lot)).toBe(false);
  });

  it("a phrase far from the count names nothing for it", () => {
    const text = `2000 spatula, 1500 turner ${"with a very long description ".repeat(3)}of a turner`;
    const lot: Lot = { label: "spatula", count: 2000, clause: 0, start: 60, end: 64, unit: null };
    expect(labelNamesProduct(chat(text), lot)).toBe(false);
  });
});
