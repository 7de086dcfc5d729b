/**
 * The payment method an order gets from one sentence: a method turned down, offered beside another or
 * granted on a condition is not the method, whatever the spacing or spelling of the words around it; and
 * the method chosen is cited from its line and argued under its own field.
 */
import { describe, expect, it } from "vitest";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { paymentMethodRule } from "../../../src/core/extract/rules/payment-method.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { termClause as clause } from "../../helpers/term-clause.ts";

const now = new Date("2026-11-02T10:00:00Z");
const method = (text: string) => paymentMethodRule.find(clause(text), now).map((m) => m.value)[0] ?? null;

describe("a method turned down leaves the other one", () => {
  it.each([
    ["we dont accept PayPal, T/T only", "bank_transfer"],
    ["we cant use PayPal, T/T only", "bank_transfer"],
    ["we wont take L/C, T/T only", "bank_transfer"],
    ["not via PayPal, T/T please", "bank_transfer"],
    ["we cannot accept a letter of credit, T/T only", "bank_transfer"],
    ["we cannot accept an L/C, T/T only", "bank_transfer"],
    ["信用证is too complicated for us, T/T please", "bank_transfer"],
  ])("'%s' is %s", (text, expected) => {
    expect(method(text)).toBe(expected);
  });

  it.each([
    ["we do not accept  PayPal, T/T only", "bank_transfer"],
    ["not by  PayPal, T/T please", "bank_transfer"],
    ["not via  PayPal, T/T please", "bank_transfer"],
    ["we cannot accept an  L/C, T/T only", "bank_transfer"],
  ])("a doubled space changes nothing: '%s' is %s", (text, expected) => {
    expect(method(text)).toBe(expected);
  });

  it.each([
    ["T/T please; air freight is too costly", "bank_transfer"],
    ["PayPal is fine, a sample by air is too slow", "paypal"],
  ])("words that turn something else down leave the method: '%s' is %s", (text, expected) => {
    expect(method(text)).toBe(expected);
  });
});

describe("a method offered beside another, or on a condition, is no method yet", () => {
  it.each([
    "or  PayPal, whichever you like",
    "或 PayPal",
    "或者 PayPal",
    "or a letter of credit, as you like",
    "or by  PayPal, whichever you like",
    "L/C at sight or 90 days usance",
    "L/C at sight  or 90 days usance",
    "Or via PayPal, whichever is easier for your accounting team",
    "deposit or original L/C, as agreed with the bank last week",
    "if  you insist on L/C, we agree",
    "unless customer prefers PayPal",
  ])("'%s' settles none", (text) => {
    expect(method(text)).toBeNull();
  });

  it.each([
    ["If you like, we can do L/C", "letter_of_credit"],
    ["Should you agree, we take PayPal", "paypal"],
  ])("a condition closed before the method leaves it chosen: '%s' is %s", (text, expected) => {
    expect(method(text)).toBe(expected);
  });
});

describe("the method in the order", () => {
  it("is cited from the line that names it", () => {
    const { draft } = extractWithConflicts(
      parseTranscript("Buyer: Hello, we need 500 mugs.\nSupplier: Payment by PayPal please."),
      { now },
    );
    expect(draft.payment.method).toBe("paypal");
    expect(draft.evidence.filter((e) => e.field === "payment.method").map((e) => e.line)).toEqual([2]);
  });

  it("two sides that never agree on it show a conflict under the payment method", () => {
    const { conflicts } = extractWithConflicts(
      parseTranscript(
        "Supplier: Payment by T/T.\nBuyer: We need to pay by PayPal.\nSupplier: Sorry, T/T only.",
      ),
      { now },
    );
    expect(conflicts.find((c) => c.field === "payment.method")?.values.map((v) => v.value)).toEqual([
      "paypal",
      "bank_transfer",
    ]);
  });
});
