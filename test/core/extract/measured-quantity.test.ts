/**
 * The reading of goods sold by measure, word by word: which "N metres" / "N kg" in a sentence can be the
 * quantity ordered, which item it belongs to, and which sentences give none. The chats of
 * `sold-by-measure.test.ts` show the same rules through the whole draft.
 */
import { describe, expect, it } from "vitest";
import { clausesOf } from "../../../src/core/extract/clauses.ts";
import { type ItemRef, keysOf } from "../../../src/core/extract/items.ts";
import { measuredQuantities, measureMentions, ownerOf } from "../../../src/core/extract/measured-quantity.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";

const amounts = (text: string) => measureMentions(text).map((m) => [m.value, m.unit]);

describe("an amount of a measure that can be an order", () => {
  it.each([
    ["3000 metres of canvas please", 3000, "metres"],
    ["need 1,200m of the poplin", 1200, "metres"],
    ["shea base 25kg", 25, "kg"],
    ["300 kgs this time", 300, "kg"],
    ["5k metres for the first order", 5000, "metres"],
    ["2 K yards", 2000, "yards"],
    ["200 litres", 200, "litres"],
    ["12 tonnes", 12, "tons"],
    ["800 米", 800, "metres"],
  ])("'%s' is %d %s", (text, value, unit) => {
    expect(amounts(text)).toEqual([[value, unit]]);
  });

  it("gives where the amount stands in the sentence, for its evidence", () => {
    expect(measureMentions("ok so 3000 metres total")).toEqual([
      { value: 3000, unit: "metres", start: 6, end: 17 },
    ]);
  });

  it("finds every amount of a sentence, in order", () => {
    expect(amounts("poplin 3000 m, canvas 1,500 m and twill 800 m")).toEqual([
      [3000, "metres"],
      [1500, "metres"],
      [800, "metres"],
    ]);
  });

  it("reads nothing in a sentence with no digit", () => {
    expect(measureMentions("three thousand metres")).toEqual([]);
  });
});

describe("an amount of a measure that orders nothing", () => {
  it.each([
    ["a decimal size", "1.5 m cable"],
    ["a price", "$300 m"],
    ["a price in euros", "€300 kg"],
    ["part of a code", "A300 m"],
    ["after a slash", "USD 2.20/300 m"],
    ["after a dash", "range 100-300 kg"],
    ["millimetres", "300 mm"],
    ["square metres", "300 m2"],
    ["a longer word", "300 kgf load"],
  ])("%s: '%s'", (_, text) => {
    expect(amounts(text)).toEqual([]);
  });

  it.each([
    "25 kg/drum",
    "50 m per roll",
    "25 kg each",
    "20 kg a bag",
    "20 kg an hour",
    "25 kg in a drum",
    "25 kg in one carton",
    "25 kg in each bag",
    "150 m wide",
    "150 m width",
    "100 m long",
    "100 m length",
    "2 m high",
    "2 m height",
    "3 m thick",
    "3 m deep",
    "2 m x 3",
    "2 m × 3",
    "2 m * 3",
  ])("a pack, a rate or a size after it: '%s'", (text) => {
    expect(amounts(text)[0]).toBeUndefined();
  });

  it.each([
    "MOQ 500 m",
    "MOQ: 500 m",
    "minimum 300 kg",
    "min 300 kg",
    "min. 300 kg",
    "at least 300 kg",
    "sample 5 m",
    "samples 5 m",
    "width 150 m",
    "length 100 m",
    "weight 25 kg",
    "N.W. 25 kg",
    "nw 25 kg",
    "G.W. 26 kg",
    "net 25 kg",
    "gross 26 kg",
    "each 25 kg",
    "per 25 kg",
    "a roll of 50 m",
    "a bag of 25 kg",
    "a drum of 200 kg",
    "one carton of 20 kg",
    "1 ctn of 20 kg",
    "approx 20 kg",
    "approx. 20 kg",
    "about 20 kg",
    "around 20 kg",
    "max 20 kg",
    "max. 20 kg",
    "up to 20 kg",
    "under 20 kg",
    "over 20 kg",
  ])("a label, a pack or a minimum before it: '%s'", (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it("a label far before it no longer counts", () => {
    expect(amounts("MOQ is fine with us, so 500 m")).toEqual([[500, "metres"]]);
  });
});

const item = (name: string): ItemRef => ({
  name,
  keys: keysOf(name),
  head: name.split(" ").at(-1)!,
  clause: 0,
  start: 0,
});

describe("the item an amount belongs to", () => {
  const cloth = [item("cotton poplin"), item("canvas")];

  it("is the only item of a one-item order, wherever it is named", () => {
    const text = "500 m please";
    expect(ownerOf(text, 0, 5, [item("canvas")])).toBe(0);
  });

  it("is the item named before it in its part of the sentence", () => {
    const text = "cotton poplin 3000 m, canvas 1500 m";
    expect(ownerOf(text, 14, 20, cloth)).toBe(0);
    expect(ownerOf(text, 29, 35, cloth)).toBe(1);
  });

  it("is the item named after it ('3000 m of canvas')", () => {
    const text = "3000 m of canvas";
    expect(ownerOf(text, 0, 6, cloth)).toBe(1);
  });

  it("is the nearer one when both are named in its part", () => {
    const text = "cotton poplin like the sample, canvas 2000 m";
    expect(ownerOf(text, 38, 44, cloth)).toBe(1);
    const after = "3000 m canvas not cotton poplin";
    expect(ownerOf(after, 0, 6, cloth)).toBe(1);
  });

  it("is none when no item is named within 40 characters", () => {
    const text = "canvas: we discussed many things today and then 2000 m";
    expect(ownerOf(text, 48, 54, cloth)).toBeNull();
    expect(ownerOf("2000 m", 0, 6, cloth)).toBeNull();
  });
});

const clauses = (lines: string[]) => clausesOf(parseTranscript(lines.join("\n")));

describe("the quantities a chat gives items priced per a measure", () => {
  const cloth = [item("cotton poplin"), item("canvas")];

  it("gives each item its own, the last one said, with the line it was said on", () => {
    const found = measuredQuantities(
      clauses(["Buyer: cotton poplin 3000 m, canvas 1500 m", "Buyer: sorry, canvas 1800 m"]),
      cloth,
      ["metres", "metres"],
    );
    expect(found.map((f) => f?.value)).toEqual([3000, 1800]);
    expect(found[1]?.evidence).toMatchObject({ field: "quantity", line: 2 });
    expect(found[1]?.unit).toBe("metres");
  });

  it("gives none to an item priced per piece, or per another measure", () => {
    const found = measuredQuantities(clauses(["Buyer: cotton poplin 3000 m, canvas 1500 m"]), cloth, [
      null,
      "kg",
    ]);
    expect(found).toEqual([null, null]);
  });

  it("reads nothing when no item is priced per a measure", () => {
    expect(measuredQuantities(clauses(["Buyer: canvas 1500 m"]), cloth, [null, null])).toEqual([null, null]);
  });

  it("skips sample talk and a quantity only asked about", () => {
    const found = measuredQuantities(
      clauses([
        "Buyer: canvas 1500 m",
        "Buyer: canvas sample 5 m first",
        "Buyer: what if canvas 3000 m?",
        "Buyer: or canvas 4000 m?",
      ]),
      cloth,
      ["metres", "metres"],
    );
    expect(found[1]?.value).toBe(1500);
  });

  it("takes a need put as a question", () => {
    const found = measuredQuantities(clauses(["Buyer: canvas 2000 m, what is the price?"]), cloth, [
      "metres",
      "metres",
    ]);
    expect(found[1]?.value).toBe(2000);
  });
});
