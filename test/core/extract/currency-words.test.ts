/**
 * The order's currency from words ("Prices are quoted in USD", "Currency : EUR") or from an amount stated
 * as a price: a doubled space or a space before the colon changes nothing; a list of currencies, a freight
 * rate per kilo, a mould, an amount sent or one said near a price word it does not follow names none.
 */
import { describe, expect, it } from "vitest";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { currencyRule } from "../../../src/core/extract/rules/currency.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { termClause as clause } from "../../helpers/term-clause.ts";

const now = new Date("2026-11-02T10:00:00Z");
const currency = (text: string) => currencyRule.find(clause(text), now)[0]?.value ?? null;

describe("a currency named in words", () => {
  it.each([
    ["All prices are quoted  in EUR", "EUR"],
    ["Invoices are made out  in USD", "USD"],
    ["All prices are quoted in  EUR", "EUR"],
    ["Currency : EUR", "EUR"],
    ["Invoices are made out in USD; we cannot accept GBP, EUR or CAD", "USD"],
  ])("'%s' is %s", (text, code) => {
    expect(currency(text)).toBe(code);
  });

  it.each([
    "Prices quoted in USD $ / EUR",
    "Prices quoted in EUR/USdollars",
    "Prices quoted in EUR or US dollar",
    "Prices quoted in USD or euro",
  ])("a list of currencies '%s' settles none", (text) => {
    expect(currency(text)).toBeNull();
  });
});

describe("a currency from an amount stated as a price", () => {
  it.each([
    ["then €4  FOB port", "EUR"],
    ["The price  for big mugs is $2", "USD"],
  ])("'%s' is %s", (text, code) => {
    expect(currency(text)).toBe(code);
  });

  it.each([
    "Air USD 6/kg to LAX",
    "the mold USD 300 FOB",
    "Your price is fine, we will send $500 today",
    "We received your $500 transfer, FOB Ningbo confirmed",
  ])("'%s' names none", (text) => {
    expect(currency(text)).toBeNull();
  });
});

describe("the currency in the order", () => {
  it("two sides that never agree on it show a conflict under the currency", () => {
    const { conflicts } = extractWithConflicts(
      parseTranscript(
        "Supplier: Prices are quoted in USD.\nBuyer: We need them quoted in EUR.\nSupplier: Sorry, quoted in USD only.",
      ),
      { now },
    );
    expect(conflicts.find((c) => c.field === "currency")?.values.map((v) => v.value)).toEqual(["EUR", "USD"]);
  });
});
