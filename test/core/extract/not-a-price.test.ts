/**
 * Numbers that are no unit price, in trades the fixtures do not cover: a measurement with a sign, a
 * tolerance or a unit symbol, a list number, and a one-off charge for tooling or testing.
 */
import { describe, expect, it } from "vitest";
import { extractDraft } from "../../../src/core/extract/extract-draft.ts";
import { findMoney } from "../../../src/core/extract/money.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const now = new Date("2026-11-20T12:00:00Z");
const items = (lines: string[]) => extractDraft(parseTranscript(lines.join("\n")), { now }).items;
const amounts = (text: string) => findMoney(text).map((m) => m.value);

describe("a measurement or a list number is not an amount", () => {
  it.each([
    "Gain +6 dBi, impedance 50 ohm",
    "Hardness 60 ±5 Shore A",
    "Working range -20 to +60 °C",
    "Clamping force 12 kN",
    "Burst pressure 4 MPa",
  ])("'%s'", (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it("a list number opening a line is no amount, a bare price is", () => {
    expect(amounts("4.")).toEqual([]);
    expect(amounts("3) Packing")).toEqual([]);
    expect(amounts("can you do 2.45?")).toEqual([2.45]);
    expect(amounts("2.45. Final.")).toEqual([2.45]);
    expect(amounts("1.60 OK?")).toEqual([1.6]);
  });

  it("a spec line after the deal does not reopen the price", () => {
    const [item] = items([
      "Buyer: We need 600 pcs of the rubber door seal RS-12.",
      "Seller: Rubber door seal RS-12 is $3.20/pc.",
      "Buyer: Ok $3.20 confirmed.",
      "Buyer: Hardness 65 ±5 Shore A, working range -30 to +80 °C.",
      "Seller: Yes.",
    ]);
    expect(item?.unitPrice).toBe(3.2);
  });
});

describe("a one-off charge is not the unit price", () => {
  it.each([
    "Mould fee USD 1,800, refundable after 20,000 pcs.",
    "Certification testing fee $2,600 one time.",
    "Tooling cost: $950.",
  ])("'%s' leaves the goods' price to the goods", (charge) => {
    const [item] = items([
      "Buyer: Hi, we need 3,000 pcs of the silicone phone stand.",
      `Seller: ${charge}`,
      "Seller: Silicone phone stand price is $1.35/pc.",
      "Buyer: Ok deal, $1.35.",
    ]);
    expect(item?.unitPrice).toBe(1.35);
  });
});

describe("a price in a part that names no item belongs to the item named just before it", () => {
  it("'hasp 0.30 ok, latch no can not, 1.15 lowest'", () => {
    const found = items([
      "Buyer: We need 4,000 pcs steel hasp and 4,000 pcs spring latch.",
      "Seller: hasp 0.34usd/pc, latch 1.25usd/pc.",
      "Buyer: 0.28 and 1.05?",
      "Seller: hasp 0.30 ok, latch no can not, 1.15 lowest",
      "Buyer: ok hasp 0.30 and latch 1.15 confirmed",
    ]);
    expect(found.map((item) => item.unitPrice)).toEqual([0.3, 1.15]);
  });
});

describe("an amount put on top of a price is no price", () => {
  const priceOf = (lines: string[]) =>
    extractDraft(parseTranscript(lines.join("\n")), { now: new Date("2026-11-20T12:00:00Z") }).items[0]
      ?.unitPrice ?? null;

  it.each([
    ["Spring hinge +0.60 USD.", 0.6],
    ["Logo printing extra USD 0.15 per piece.", 0.15],
    ["Gift box add $0.35.", 0.35],
    ["Metal zipper is plus 0.30.", 0.3],
    ["Express packing surcharge of USD 0.20.", 0.2],
  ])("'%s' beside a price range is not the item's price", (line, amount) => {
    expect(
      priceOf([
        "Buyer: hi, looking for acetate frames, moq? price?",
        `Supplier: Acetate frames 6.5-9.8 USD/pc depend on style. ${line}`,
        "Buyer: ok, good to know.",
      ]),
    ).not.toBe(amount);
  });

  it("a tier row '1000+ 14.30 USD' is still a price", () => {
    expect(
      priceOf([
        "Supplier: Folding chair CC-75: 300-499 pcs 16.50 / 500-999 pcs 15.20 / 1000+ 14.30 USD.",
        "Buyer: We order 1200 folding chairs.",
        "Supplier: ok confirmed.",
      ]),
    ).toBe(14.3);
  });
});

describe("a container size is no price", () => {
  it("'USD 1,400 for 40HQ' prices no item at 40", () => {
    const draft = draftOf([
      "Supplier: Cookware set USD 15.80/set.",
      "Buyer: 1200 sets ok.",
      "Supplier: CIF Nhava Sheva add USD 1,400 for 40HQ by sea, or 2 x 20GP.",
      "Buyer: ok 40HQ.",
    ]);
    expect(draft.items.map((item) => item.unitPrice)).toEqual([15.8]);
  });
});
