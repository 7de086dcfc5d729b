/**
 * Prices written for a round lot ("USD 72/1000", "19.80 per thousand", "USD 78.00 / 1000 pcs") are read as
 * the price of one piece, and the lot counts nothing; a sentence giving each item its count and price
 * ("M10 nut 50,000 pcs @ USD 19.80/1000") is that order's lines, not a tier table.
 */
import { describe, expect, it } from "vitest";
import {
  announcedLot,
  findMoney,
  inAnnouncedLot,
  type MoneyMention,
} from "../../../src/core/extract/money.ts";
import { itemRowsOf } from "../../helpers/read-chat.ts";

const items = itemRowsOf;

describe("a price for a round lot", () => {
  it.each([
    ["USD 72/1000, and the nut", 0.072],
    ["USD 78.00 / 1000 pcs", 0.078],
    ["17 USD per thousand", 0.017],
    ["USD 8.50 per 1000 pcs.", 0.0085],
    ["USD 3.20/100", 0.032],
  ])("%s is %s a piece", (text, value) => {
    expect(findMoney(text)[0]?.value).toBeCloseTo(value, 6);
  });

  it.each([
    ["USD 2.90 / 1,000 pcs $2.55", 2.9],
    ["USD 72/1000.5", 72],
  ])("%s is not", (text, value) => {
    expect(findMoney(text)[0]?.value).toBe(value);
  });

  it.each([
    ["Price per 100 pcs: pen A USD 118, pen B USD 128", [1.18, 1.28]],
    ["prices per 1000 sheets: A4 USD 9.50, A3 USD 17", [0.0095, 0.017]],
    ["Prices per dozen: small USD 30, large USD 42", [2.5, 3.5]],
  ])("a lot named before a sentence's prices is each one's lot: %s", (text, values) => {
    expect(findMoney(text).map((money) => money.value)).toEqual(values);
  });

  it.each([
    ["we can do 112 per 100.", [1.12]],
    ["Pro Max 122 per 100 also, deal", [1.22]],
    ["can u do 78 / 72 / 88 per 100?", [0.78, 0.72, 0.88]],
    ["fine. 80, 78 and 90 per 1000 pcs", [0.08, 0.078, 0.09]],
  ])("a bare amount put per a round lot, and those listed before it: %s", (text, values) => {
    const read = findMoney(text).map((money) => money.value);
    expect(read).toHaveLength(values.length);
    read.forEach((value, i) => {
      expect(value).toBeCloseTo(values[i]!, 6);
    });
  });

  it("a tier table's next row after a slash is no lot: '15.20 / 1000+ 14.30 USD'", () => {
    const values = findMoney("500-999 pcs 15.20 / 1000+ 14.30 USD.").map((money) => money.value);
    expect(values).toContain(15.2);
    expect(values).toContain(14.3);
  });
});

describe("a list whose lot is named on the line announcing it", () => {
  it("prices each row per the lot, counters and all, and counts each design by its row", () => {
    expect(
      items([
        "hi dear, hair ties price as below, all per 100 packs, each pack 20 pcs",
        "velvet scrunchie large   USD 42",
        "satin scrunchie pastel   USD 55",
        "silk skinny tie black   USD 68",
        "MOQ 50 packs each design",
        "ok thanks. i need 800 packs velvet, 600 satin, 400 silk. can u do 38 / 50 / 60 per 100?",
        "velvet 40 ok",
        "satin 55 is lowest sorry",
        "silk 64",
        "fine. 40 / 55 / 64 per 100 packs, confirmed",
      ]),
    ).toEqual([
      ["velvet scrunchie large", 800, 0.4],
      ["satin scrunchie pastel", 600, 0.55],
      ["silk skinny tie black", 400, 0.64],
    ]);
  });
});

describe("order lines of several items in one sentence", () => {
  it("reads each item's count and piece price, whether or not the lot names pieces", () => {
    for (const lot of ["1000", "1000 pcs"])
      expect(
        items([
          `Buyer: So final order: M10x40 bolt 50,000 pcs @ USD 72/${lot}, M10 nut 50,000 pcs @ USD 19.80/${lot}, M12x50 bolt 20,000 pcs @ USD 114/${lot}.`,
          "Supplier: ok confirmed",
        ]),
      ).toEqual([
        ["M10x40 bolt", 50000, 0.072],
        ["M10 nut", 50000, 0.0198],
        ["M12x50 bolt", 20000, 0.114],
      ]);
  });

  it("still reads one product's tier table as tiers, not as orders", () => {
    const read = items([
      "Supplier: ceramic mug prices: 500 pcs @ USD 2.10, 1000 pcs @ USD 1.90, 3000 pcs @ USD 1.70",
      "Buyer: we take 1000 pcs at 1.90",
      "Supplier: ok",
    ]);
    expect(read).toEqual([["ceramic mug", 1000, 1.9]]);
  });
});

describe("the lot a line names for the list under it", () => {
  it.each([
    ["press on nails price as below, all per 100 boxes, each box 24 pcs", 100],
    ["prices per 1,000 pcs as follows", 1000],
    ["all per dozen", 12],
    ["all prices per doz below", 12],
    ["per 100 pcs, 1.50 usd the cheapest", 100],
  ])("%j names a lot of %s", (text, size) => {
    expect(announcedLot(text)).toBe(size);
  });

  it.each([
    "USD 85 per 100 boxes",
    "85 usd per 100 boxes",
    "hello, how are you",
    "MOQ 300 boxes, USD 2 per piece",
  ])("%j names none: a price it is put per, or no lot", (text) => {
    expect(announcedLot(text)).toBeNull();
  });

  const money = (over: Partial<MoneyMention>): MoneyMention => ({
    value: 85,
    currency: "USD",
    start: 0,
    end: 6,
    perUnit: null,
    bare: false,
    ...over,
  });

  it("divides each marked price of the list down to one piece, and leaves bare, per-unit and lotted amounts", () => {
    const [marked, bare, perPiece, lotted] = inAnnouncedLot(
      [money({}), money({ bare: true, currency: null }), money({ perUnit: "pcs" }), money({ lot: 1000 })],
      100,
    );
    expect(marked).toEqual(money({ value: 0.85, perUnit: "pcs", lot: 100 }));
    expect(bare).toEqual(money({ bare: true, currency: null }));
    expect(perPiece).toEqual(money({ perUnit: "pcs" }));
    expect(lotted).toEqual(money({ lot: 1000 }));
  });

  it("a dozen divides by twelve and leaves no lot behind", () => {
    expect(inAnnouncedLot([money({ value: 30 })], 12)).toEqual([money({ value: 2.5, perUnit: "pcs" })]);
  });

  it.each([
    ["(rev. 1 had 6.80)", [6.8]],
    ["PI-2026-0517 rev. 2", []],
    ["revision 3 price 4.10", [4.1]],
  ])("a revision's number is no price: %j", (text, values) => {
    expect(findMoney(text).map((m) => m.value)).toEqual(values);
  });

  it("a gross is twelve dozen: its price divides by 144 and a count of it multiplies", () => {
    expect(findMoney("Scrub sponge USD 9.36 per gross").map((m) => [m.value, m.perUnit])).toEqual([
      [0.065, "pcs"],
    ]);
    expect(
      items([
        "Buyer: price for your nylon cable tie 200 mm?",
        "Supplier: USD 1.44 per gross, MOQ 100 gross",
        "Buyer: we take 250 gross",
        "Supplier: ok, carton gross weight 18 kg",
      ]),
    ).toEqual([[expect.stringContaining("nylon cable"), 36000, 0.01]]);
  });

  it("a lot named mid-sentence prices only the amounts after it", () => {
    expect(findMoney("Sample USD 5. Price per 100 pcs: A USD 118").map((m) => [m.value, m.lot])).toEqual([
      [5, undefined],
      [1.18, 100],
    ]);
    expect(findMoney("Prices per dozen: small USD 30").map((m) => [m.value, m.lot])).toEqual([
      [2.5, undefined],
    ]);
  });

  it.each([
    ["78 or 88 per 100", [78, 0.88]],
    ["USD 3 and 78 / 88 per 100", [3, 0.78, 0.88]],
    ["78, 72 per 100", [0.78, 0.72]],
  ])("a lot shared only over a plain list of bare amounts: %j", (text, values) => {
    const read = findMoney(text).map((m) => m.value);
    expect(read).toHaveLength(values.length);
    read.forEach((value, i) => {
      expect(value).toBeCloseTo(values[i]!, 6);
    });
  });
});
