/**
 * Trade words misspelt in hurried or second-language chats are read as the word meant; every other word, and
 * every other form of a trade word, stays as written. The evidence quotes the sentence as written.
 */
import { describe, expect, it } from "vitest";
import { meantWord, withTradeSpellings } from "../../../src/core/extract/trade-spellings.ts";
import { draftOf } from "../../helpers/read-chat.ts";

describe("a trade word with one slip", () => {
  it.each([
    ["depoist", "deposit"],
    ["deposite", "deposit"],
    ["desposit", "deposit"],
    ["balnce", "balance"],
    ["paymnet", "payment"],
    ["advnace", "advance"],
    ["shipmnet", "shipment"],
    ["shiping", "shipping"],
    ["producton", "production"],
    ["befor", "before"],
    ["afer", "after"],
    ["delivry", "delivery"],
    ["inspecton", "inspection"],
    ["quanity", "quantity"],
    ["pric", "price"],
    ["smaple", "sample"],
    ["recieved", "received"],
    ["withn", "within"],
  ])("%s is %s", (typed, meant) => {
    expect(meantWord(typed)).toBe(meant);
  });

  it.each([
    // other forms of the word
    "deposits",
    "deposited",
    "balanced",
    "payments",
    "shipped",
    "prices",
    "pricey",
    "samples",
    // words of their own a slip away
    "deliver",
    "lading",
    "ample",
    "rice",
    "receive",
    "shopping",
    "sipping",
    "sampler",
    // the first letter is never the slip
    "eposit",
    "rpice",
    // the words themselves
    "deposit",
    "before",
  ])("%s stays as written", (word) => {
    expect(meantWord(word)).toBeNull();
  });
});

describe("a sentence read with its trade words mended", () => {
  it("keeps a capital and says where each offset stands as written", () => {
    const read = withTradeSpellings("Befor shiping, 70% balnce")!;
    expect(read.text).toBe("Before shipping, 70% balance");
    expect(read.original(read.text.indexOf("70%"))).toBe("Befor shiping, 70% balnce".indexOf("70%"));
    expect(read.original(read.text.indexOf("shipping"))).toBe("Befor ".length);
    expect(withTradeSpellings("30% deposit, balance before shipment")).toBeNull();
  });

  it("reads the terms of a chat written with slips, quoting its lines as written", () => {
    const draft = draftOf([
      "Supplier: waffle towel 0.74usd/pc for 5000pcs",
      "Buyer: Confirmed. 5,000 pcs at $0.74.",
      "Supplier: producton time 30-35 day after deposite recieved",
      "Supplier: paymnet 30% depoist, 70% befor shiping by TT",
    ]);
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 35, date: null });
    expect(draft.payment).toMatchObject({
      depositPercent: 30,
      balance: "before_shipment",
      method: "bank_transfer",
    });
    const quoted = draft.evidence.find((e) => e.field === "payment.balance")?.quote;
    expect(quoted).toBe("paymnet 30% depoist, 70% befor shiping by TT");
  });
});

describe("one vowel for another in a long trade word", () => {
  it.each([
    ["balence", "balance"],
    ["diposit", "deposit"],
    ["shipmant", "shipment"],
    ["delivary", "delivery"],
  ])("%s is %s", (typed, meant) => {
    expect(meantWord(typed)).toBe(meant);
  });

  it.each(["pruce", "samplo"])("%s, a short word, stays as written", (typed) => {
    expect(meantWord(typed)).toBeNull();
  });
});
