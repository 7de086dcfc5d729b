/**
 * Products named only by part numbers led by digits: bearings ("6204-2RS", "6305-ZZ", "30206"), OE numbers
 * ("80292-TF0-G01"). Each is an item with its own count and price, named by the number as written, and
 * the digits alone ("6204 if 10000pcs") still name it.
 */
import { describe, expect, it } from "vitest";
import { headOf, keysOf, singular } from "../../../src/core/extract/items.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const rows = (lines: string[]) =>
  draftOf(lines).items.map((item) => [item.name, item.quantity, item.unitPrice]);

const bearings = [
  "Buyer: Please quote: 6001-2Z 3000 pcs, 6202-2RS 2000 pcs, 32008 taper bearing 500 pcs. Chrome steel, P5.",
  "Supplier: price list:",
  "Supplier: 6001-2Z 0.38 usd/pc",
  "Supplier: 6202-2RS 0.66 usd/pc",
  "Supplier: 32008 3.40 usd/pc",
];

describe("bearings named by their numbers", () => {
  it("each number is an item with its count and its last agreed price", () => {
    expect(
      rows([
        ...bearings,
        "Buyer: 6001 at 0.35 and 6202 at 0.62 possible? 32008 ok.",
        "Supplier: 6001 0.36 ok, 6202 0.64 final.",
        "Buyer: OK deal.",
      ]),
    ).toEqual([
      ["6001-2Z", 3000, 0.36],
      ["6202-2RS", 2000, 0.64],
      ["32008 taper bearing", 500, 3.4],
    ]);
  });

  it("a number turned down ('too expensive, remove it') is no item, and its count goes to no other", () => {
    expect(
      rows([
        ...bearings,
        "Buyer: 32008 too expensive, remove it. 6001 at 0.38 ok, 6202 at 0.66 ok.",
        "Supplier: OK.",
      ]),
    ).toEqual([
      ["6001-2Z", 3000, 0.38],
      ["6202-2RS", 2000, 0.66],
    ]);
  });

  it("a count said with the digits alone changes that number's count", () => {
    expect(
      rows([
        ...bearings,
        "Buyer: 6001 I take 5000 pcs at 0.36.",
        "Supplier: 5000pcs 0.36 ok. Others same.",
        "Buyer: OK.",
      ])[0],
    ).toEqual(["6001-2Z", 5000, 0.36]);
  });
});

describe("a part number keeps its letters", () => {
  it.each(["6204-2RS", "ABS", "LEDS", "80292-TF0-G01"])("'%s' is no plural", (word) => {
    expect(singular(word)).toBe(word);
  });

  it("a plural noun still loses its s", () => {
    expect(singular("bearings")).toBe("bearing");
  });
});

describe("the freight of a rail option, said in the forwarder's words", () => {
  const chat = [
    "Supplier: Ball bearing 6204-2RS USD 0.55/pc, 8000 pcs ok.",
    "Buyer: OK 0.55. Shipping options?",
    "Supplier: sea CIF Hamburg add 0.03usd/pc, about 40 days. or railway to Duisburg DAP 1380 usd, 18-20 days",
    "Buyer: Rail DAP Duisburg. 1380 too high, 1200.",
    "Supplier: forwarder say min 1290 usd",
    "Buyer: 1290 ok.",
  ];

  it("is the fee last agreed, and no amount said for it prices the bearings", () => {
    const draft = draftOf(chat);
    expect(draft.shipping).toMatchObject({ method: "rail", incoterm: "DAP", fee: 1290 });
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[8000, 0.55]]);
  });
});

describe("parts named by a noun and an OE number", () => {
  it("the noun is the head; the short word before it and the number each name the part", () => {
    expect(headOf("Oil filter OE 15400-PLM-A02")).toBe("filter");
    expect(keysOf("Oil filter OE 15400-PLM-A02")).toEqual(
      expect.arrayContaining(["oil filter", "oil", "15400-plm-a02"]),
    );
  });

  it("a short colour or size word before the noun names nothing alone", () => {
    expect(keysOf("red mug")).not.toContain("red");
    expect(keysOf("big bag")).toContain("bag");
  });
});
