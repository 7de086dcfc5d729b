import { describe, expect, it } from "vitest";
import { findQuantities, pluralForms } from "../../../src/core/extract/quantity.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const counts = (text: string, nouns: string[] = []) =>
  findQuantities(text, nouns)
    .filter((q) => q.kind === "order")
    .map((q) => q.value);

describe("a number in a brand's model name counts nothing", () => {
  it.each([
    ["I need 300 pcs of the Pixel 9 Pro case", ["case"], [300]],
    ["we need 500 iPhone 16 cases", ["case"], [500]],
    ["case for the Galaxy 24 phone", ["phone"], []],
    ["Pixel 9 Pro case 1.20 usd", ["case"], []],
    ["1000 cups 200 lids", ["cup", "lid"], [1000, 200]],
    ["Order 500 Pro cases", ["case"], [500]],
    ["Total 800 mugs", ["mug"], [800]],
  ])("%s", (text, nouns, expected) => {
    expect(counts(text, nouns)).toEqual(expected);
  });

  it("a chat about a phone model's case orders what the buyer counted", () => {
    expect(
      itemRowsOf([
        "Buyer: I need 300 pcs of the Pixel 9 Pro case",
        "Supplier: Pixel 9 Pro case 1.20 usd/pc",
        "Buyer: ok deal",
      ]),
    ).toEqual([["Pixel 9 Pro case", 300, 1.2]]);
  });
});

describe("a count that defines a unit by another orders nothing", () => {
  it.each([
    ["we count pcs, 1 pc = 1 goggle", []],
    ["1 set = 4 pcs", []],
    ["1 pair equals 2 pcs", []],
    ["we need 1500 pcs", [1500]],
  ])("%s", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it("the order keeps the count the buyer gave", () => {
    const rows = itemRowsOf([
      "Buyer: we need 1500 swim goggles, price?",
      "Supplier: 2.05 usd per pc",
      "Buyer: we count pcs, 1 pc = 1 goggle. ok 2.05",
      "Supplier: ok",
    ]);
    expect(rows.map((row) => row[1])).toEqual([1500]);
  });
});

describe("numbers beside size letters that end in a rate are prices, not counts", () => {
  const chat = (agreement: string) => [
    "Supplier: dog leash price: S 54 RMB/dozen, M 66 RMB/dozen, L 84 RMB/dozen",
    "Buyer: I need S 600pcs, M 1200pcs, L 600pcs",
    `Buyer: ${agreement}`,
    "Supplier: ok",
  ];

  it.each(["ok. S 54, M 66, L 84 per dozen", "ok S 54, M 66 and L 84 rmb", "ok S 54, M 66, L 84 / dozen"])(
    "'%s' keeps the counts ordered",
    (agreement) => {
      expect(itemRowsOf(chat(agreement)).map((row) => row[1])).toEqual([600, 1200, 600]);
    },
  );

  it("size letters with bare counts still order", () => {
    const rows = itemRowsOf([
      "Supplier: t-shirt S 2.10 usd, M 2.20 usd, L 2.30 usd",
      "Buyer: qty S 400, M 600, L 300",
      "Supplier: ok",
    ]);
    expect(rows.map((row) => row[1])).toEqual([400, 600, 300]);
  });
});

describe("British and American spellings name the same item", () => {
  it.each([
    ["organizer", "organiser"],
    ["organiser", "organizer"],
    ["colour card", "color cards"],
    ["centre table", "center tables"],
    ["fibre mat", "fiber mats"],
  ])("%s is found written %s", (noun, written) => {
    expect(new RegExp(pluralForms(noun).source, "i").test(written)).toBe(true);
    expect(written.toLowerCase().includes(pluralForms(noun).stem)).toBe(true);
  });

  it("a word with no second spelling keeps its form", () => {
    expect(new RegExp(`^${pluralForms("size").source}$`, "i").test("sise")).toBe(false);
    expect(new RegExp(`^${pluralForms("mug").source}$`, "i").test("mugs")).toBe(true);
  });

  it("the buyer's spelling orders the supplier's item", () => {
    expect(
      itemRowsOf([
        "Supplier: drawer organizer 3.85 usd, utensil tray 5.40 usd",
        "Buyer: I want 3000 of the organiser and 1500 of the tray",
        "Supplier: ok",
      ]),
    ).toEqual([
      ["drawer organizer", 3000, 3.85],
      ["utensil tray", 1500, 5.4],
    ]);
  });
});

describe("a greeting before a price list names no product", () => {
  it.each(["Hi Daniel 👋 ", "Hello, ", "Dear Ms. Chen, ", "Hey Tom! "])("'%s'", (greeting) => {
    const rows = itemRowsOf([
      "Amy 14:20",
      `${greeting}nylon dog leash price here:`,
      "S 54 RMB/dozen",
      "M 66 RMB/dozen",
      "Daniel 14:41",
      "I need S 600pcs, M 1200pcs",
      "Amy 14:50",
      "ok",
    ]);
    expect(rows).toEqual([
      ["nylon dog leash S", 600, 4.5],
      ["nylon dog leash M", 1200, 5.5],
    ]);
  });
});

describe("lengths in feet tell items apart like lengths in metres", () => {
  it.each([
    ["1000 pcs 50ft and 500 pcs 25ft", [1000, 500]],
    ["50ft 1000 pcs and 25ft 500 pcs", [1000, 500]],
    ["1000 pcs 50m and 500 pcs 25m", [1000, 500]],
  ])("'order: %s' counts each length", (order, expected) => {
    const unit = order.includes("ft") ? "ft" : "m";
    const rows = itemRowsOf([
      `Supplier: garden hose price: 25${unit} 3.20 usd, 50${unit} 4.90 usd`,
      `Buyer: order: ${order}`,
      "Supplier: ok",
    ]);
    expect(rows).toEqual([
      [`50${unit} garden hose`, expected[0], 4.9],
      [`25${unit} garden hose`, expected[1], 3.2],
    ]);
  });
});

describe("a rate or an inquiry's wording is no product's name", () => {
  it("'20 pcs per carton for 25ft/50ft' names no item 'per carton'; 'inquiry of' introduces the product", () => {
    const rows = itemRowsOf([
      "Supplier: Thx for your inquiry of expandable garden hose. We have 25ft / 50ft.",
      "Supplier: Price FOB Ningbo: 25ft 3.20 usd, 50ft 4.90 usd.",
      "Buyer: 500 pcs 25ft and 1000 pcs 50ft",
      "Supplier: ok. Color box, 20 pcs per carton for 25ft/50ft.",
    ]);
    expect(rows.map((row) => row[0])).toEqual(["25ft expandable garden hose", "50ft expandable garden hose"]);
    expect(rows.map((row) => row[2])).toEqual([3.2, 4.9]);
  });
});
