/**
 * Payment methods, wording by wording and each way: every name of a transfer, an L/C, PayPal, a card,
 * Pay Later and the rest, and the words that only look like one.
 */
import { describe, expect, it } from "vitest";
import { findPaymentMethods } from "../../../src/core/extract/payment.ts";

const methods = (text: string) => findPaymentMethods(text).map((m) => [m.value, text.slice(m.start, m.end)]);

describe("the method named", () => {
  it.each([
    ["Alibaba Pay Later", "pay_later", "Pay Later"],
    ["paylater is ok", "pay_later", "paylater"],
    ["by L/C", "letter_of_credit", "L/C"],
    ["by l/c", "letter_of_credit", "l/c"],
    ["by L/c", "letter_of_credit", "L/c"],
    ["by l/C", "letter_of_credit", "l/C"],
    ["by Letter of Credit", "letter_of_credit", "Letter of Credit"],
    ["by letter of credit", "letter_of_credit", "letter of credit"],
    ["LC at sight", "letter_of_credit", "LC"],
    ["信用证", "letter_of_credit", "信用证"],
    ["PayPal", "paypal", "PayPal"],
    ["pay pal", "paypal", "pay pal"],
    ["credit card", "card", "credit card"],
    ["debit card", "card", "debit card"],
    ["pay by card", "card", "by card"],
    ["pay with card", "card", "with card"],
    ["Visa", "card", "Visa"],
    ["Mastercard", "card", "Mastercard"],
    ["master card", "card", "master card"],
    ["AMEX", "card", "AMEX"],
    ["信用卡", "card", "信用卡"],
    ["by T/T", "bank_transfer", "T/T"],
    ["by TT", "bank_transfer", "TT"],
    ["telegraphic transfer", "bank_transfer", "telegraphic transfer"],
    ["by wire", "bank_transfer", "by wire"],
    ["we wired the deposit today", "bank_transfer", "wired the"],
    ["wire transfer", "bank_transfer", "wire transfer"],
    ["bank transfer", "bank_transfer", "bank transfer"],
    ["to our bank account", "bank_transfer", "bank account"],
    ["SWIFT", "bank_transfer", "SWIFT"],
    ["ACH", "bank_transfer", "ACH"],
    ["bank wire", "bank_transfer", "bank wire"],
    ["电汇", "bank_transfer", "电汇"],
    ["银行转账", "bank_transfer", "银行转账"],
    ["Alipay", "other", "Alipay"],
    ["Western Union", "other", "Western Union"],
    ["WeChat Pay", "other", "WeChat Pay"],
    ["MoneyGram", "other", "MoneyGram"],
    ["cash", "other", "cash"],
    ["escrow", "other", "escrow"],
    ["支付宝", "other", "支付宝"],
    ["微信支付", "other", "微信支付"],
  ])("'%s' is %s", (text, method, said) => {
    expect(methods(text)).toEqual([[method, said]]);
  });

  it.each([
    "PLC control",
    "lc",
    "Delcredere",
    "supplay later",
    "cards game",
    "the visage",
    "attach",
    "wireless",
    "wired earbuds",
    "stainless wire mesh",
    "cashmere",
    "butter",
    "a letter of thanks",
  ])("'%s' names no method", (text) => {
    expect(methods(text)).toEqual([]);
  });

  it("names each method once, in the order of the table", () => {
    expect(methods("T/T, PayPal or L/C").map(([m]) => m)).toEqual([
      "letter_of_credit",
      "paypal",
      "bank_transfer",
    ]);
  });
});

describe("a card the payer names as their own", () => {
  it.each([
    ["I go pay with my card on Alibaba", "card"],
    ["we will pay by our card", "card"],
    ["paying using a card is fine", "card"],
  ])("'%s' is %s", (text, expected) => {
    expect(methods(text).map(([value]) => value)).toEqual([expected]);
  });

  it.each(["send me your business card", "the card insert is printed"])("'%s' names no method", (text) => {
    expect(methods(text)).toEqual([]);
  });
});
