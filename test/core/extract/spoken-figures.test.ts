/**
 * Voice notes transcribed to text say their figures in words: "twelve hundred pairs", "thirty percent
 * deposit", "two dollars fifteen cents", "meet me at one thirty". They are read as a typed chat's figures, and
 * the evidence quotes the words as written.
 */
import { describe, expect, it } from "vitest";
import { speaksMoneyInWords, withSpokenFigures } from "../../../src/core/extract/spoken-figures.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const digits = (text: string, pricesInWords = false) => withSpokenFigures(text, pricesInWords)?.text ?? text;

describe("spoken figures in digits", () => {
  it.each([
    ["twelve hundred pairs", "1200 pairs"],
    ["fifteen hundred pcs", "1500 pcs"],
    ["eight hundred sets", "800 sets"],
    ["one thousand pieces", "1000 pieces"],
    ["two thousand five hundred pcs", "2500 pcs"],
    ["three thousand and fifty pcs", "3050 pcs"],
    ["twenty-five hundred units", "2500 units"],
    ["thirty percent deposit", "30% deposit"],
    ["seventy per cent before shipment", "70% before shipment"],
    ["two dollars fifteen cents per pair", "US$2.15 per pair"],
    ["one dollar forty", "US$1.40"],
    ["two dollars even", "US$2"],
    ["three dollars and five cents", "US$3.05"],
    ["fifty cents each", "US$0.50 each"],
    ["four euros twenty", "€4.20"],
  ])("%j reads %j", (said, read) => {
    expect(digits(said)).toBe(read);
  });

  it.each([
    "twenty to thirty millimeters of mercury",
    "thirty to thirty five days after deposit",
    "one color, white",
    "two styles please",
    "at one ninety",
  ])("%j stays as written when the chat says no price in words", (said) => {
    expect(digits(said)).toBe(said);
  });

  it.each([
    ["twenty-three twenty and thirty-nine, deal.", "23.20 and 39, deal."],
    ["thirty to thirty five days", "30 to 35 days"],
    ["meet me at one thirty?", "meet me at 1.30?"],
    ["Knee high one ninety is too low", "Knee high 1.90 is too low"],
    ["deal, one thirty.", "deal, 1.30."],
  ])("in a chat that says its prices in words, %j reads %j", (said, read) => {
    expect(digits(said, true)).toBe(read);
  });

  it.each([
    "one twenty pairs",
    "two fifty ml",
    "one fifteen days",
    "twelve inch clock",
    "fifteen-piece set",
    "twelve-person tent",
  ])("%j is a count or a measure, no price, even then", (said) => {
    expect(digits(said, true)).toBe(said);
  });

  it("tells a chat that says its prices in words", () => {
    expect(speaksMoneyInWords("best is two dollars even")).toBe(true);
    expect(speaksMoneyInWords("one dollar forty")).toBe(true);
    expect(speaksMoneyInWords("price USD 2.00, thirty days")).toBe(false);
  });

  it("maps each offset of the digits back to the words as written", () => {
    const said = "ok twelve hundred pairs at two dollars even, thanks";
    const spoken = withSpokenFigures(said)!;
    expect(spoken.text).toBe("ok 1200 pairs at US$2, thanks");
    const at = (part: string) => {
      const start = spoken.text.indexOf(part);
      return said.slice(spoken.original(start), spoken.original(start + part.length));
    };
    expect(at("1200")).toBe("twelve hundred");
    expect(at("US$2")).toBe("two dollars even");
    expect(at("1200 pairs at US$2")).toBe("twelve hundred pairs at two dollars even");
    expect(at("thanks")).toBe("thanks");
  });
});

describe("a voice-note chat read whole", () => {
  const chat = [
    '[4/2/26, 10:01] Ruth Ade: 🎤 transcript: "Hi, for the bamboo cutting boards, large size, we want three thousand five hundred pieces. Can you do one sixty five?"',
    '[4/2/26, 10:30] Amy Zhou: 🎤 transcript: "Large board best price is one dollar seventy five cents. Deposit forty percent, balance sixty percent before shipment."',
    '[4/2/26, 10:41] Ruth Ade: 🎤 transcript: "Okay one seventy five is fine, deal."',
  ];

  it("counts, prices and the deposit from spoken figures, each quoted as said", () => {
    const draft = draftOf(chat);
    expect(draft.items.map((item) => [item.quantity, item.unitPrice])).toEqual([[3500, 1.75]]);
    expect(draft.currency).toBe("USD");
    expect(draft.payment.depositPercent).toBe(40);
    const lines = chat.map((line) => line);
    for (const e of draft.evidence) expect(lines[e.line - 1]).toContain(e.quote);
    expect(draft.evidence.find((e) => e.field === "items[0].quantity")?.quote).toContain(
      "three thousand five hundred pieces",
    );
  });
});

describe("spoken figures, word by word", () => {
  const small: Array<[string, number]> = [
    ["one", 1],
    ["two", 2],
    ["three", 3],
    ["four", 4],
    ["five", 5],
    ["six", 6],
    ["seven", 7],
    ["eight", 8],
    ["nine", 9],
    ["ten", 10],
    ["eleven", 11],
    ["twelve", 12],
    ["thirteen", 13],
    ["fourteen", 14],
    ["fifteen", 15],
    ["sixteen", 16],
    ["seventeen", 17],
    ["eighteen", 18],
    ["nineteen", 19],
  ];
  const tens: Array<[string, number]> = [
    ["twenty", 20],
    ["thirty", 30],
    ["forty", 40],
    ["fifty", 50],
    ["sixty", 60],
    ["seventy", 70],
    ["eighty", 80],
    ["ninety", 90],
  ];

  it.each(small)("'%s hundred pcs' counts %i hundred", (word, value) => {
    expect(digits(`${word} hundred pcs`)).toBe(`${value * 100} pcs`);
  });

  it.each(tens)("'%s percent' and '%s-five percent' are percentages", (word, value) => {
    expect(digits(`${word} percent deposit`)).toBe(`${value}% deposit`);
    expect(digits(`${word}-five percent deposit`)).toBe(`${value + 5}% deposit`);
  });

  it.each([
    ["five bucks each", "US$5 each"],
    ["one dollar each", "US$1 each"],
    ["four euro each", "€4 each"],
    ["four euros fifty", "€4.50"],
  ])("%j reads %j", (said, read) => {
    expect(digits(said)).toBe(read);
  });

  it.each([
    "pcs",
    "pieces",
    "pairs",
    "sets",
    "units",
    "rolls",
    "cartons",
    "boxes",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "minutes",
    "mm",
    "cm",
    "ml",
    "g",
    "kg",
    "m",
    "percent",
    "per cent",
    "%",
  ])("'one twenty %s' is no price, even in a chat that says its prices in words", (unit) => {
    expect(digits(`we need one twenty ${unit}`, true)).not.toContain("1.20");
  });

  it("'two dollars fifty pcs' keeps the fifty as a count, not cents", () => {
    expect(digits("two dollars fifty pcs")).toBe("US$2 50 pcs");
  });

  it("a trailing 'and' is no part of the figure", () => {
    expect(digits("twelve hundred and some spares")).toBe("1200 and some spares");
  });
});

describe("fifty-fifty: a payment split in halves, no figure", () => {
  it.each([
    ["Four weeks after deposit, fifty-fifty.", true],
    ["deal at thirty-thirty", true],
    ["ok at fifty-five", false],
  ])("%j is left as said in a chat about dollars: %s", (said, unchanged) => {
    expect(digits(said, true) === said).toBe(unchanged);
  });

  it("after the price is agreed, 'fifty-fifty' is no new offer of 50.50", () => {
    const draft = draftOf([
      "Supplier: For 400 sets the total is twenty four thousand US dollars, FOB Gemlik.",
      "Buyer: Can you do 21,000 for the 400 sets?",
      "Supplier: My boss says $22,400 total, last price, for the 400 sets.",
      "Buyer: Okay, 22,400 total for 400 sets, we accept.",
      "Supplier: Payment fifty percent deposit, fifty percent before loading.",
      "Buyer: Sounds good, fifty-fifty. Send me the PI.",
    ]);
    expect(draft.items.map((i) => [i.quantity, i.unitPrice])).toEqual([[400, 56]]);
    expect(draft.payment.depositPercent).toBe(50);
  });
});
