/**
 * Each term rule on its own: what it finds in one sentence and what it writes into a draft. The
 * table's order is tested through the rules that read an earlier rule's result.
 */
import { describe, expect, it } from "vitest";
import type { Clause } from "../../../src/core/extract/clauses.ts";
import { extractWithConflicts } from "../../../src/core/extract/extract-draft.ts";
import { balanceRule } from "../../../src/core/extract/rules/balance.ts";
import { currencyRule } from "../../../src/core/extract/rules/currency.ts";
import { depositRule } from "../../../src/core/extract/rules/deposit.ts";
import { dispatchRule } from "../../../src/core/extract/rules/dispatch.ts";
import { incotermRule } from "../../../src/core/extract/rules/incoterm.ts";
import { termRules } from "../../../src/core/extract/rules/index.ts";
import { inspectionRule } from "../../../src/core/extract/rules/inspection.ts";
import { paymentMethodRule } from "../../../src/core/extract/rules/payment-method.ts";
import type { AnyTermRule } from "../../../src/core/extract/rules/rule.ts";
import { shippingFeeRule } from "../../../src/core/extract/rules/shipping-fee.ts";
import { shippingMethodRule } from "../../../src/core/extract/rules/shipping-method.ts";
import { parseTranscript } from "../../../src/core/parse/parse-transcript.ts";
import { type DraftOrder, emptyDraft } from "../../../src/core/schemas.ts";
import { termClause as clause } from "../../helpers/term-clause.ts";

const now = new Date("2026-11-02T10:00:00Z");

/** Find in one sentence, apply the last statement to `draft`; the fields the evidence names. */
function run(
  rule: AnyTermRule,
  text: string,
  draft: DraftOrder = emptyDraft(),
  role: Clause["role"] = "supplier",
) {
  const mentions = rule.find(clause(text, role), now);
  const last = mentions[mentions.length - 1];
  if (!last) return { draft, fields: [] as string[], found: 0 };
  const evidence = rule.apply(last.value, {
    draft,
    mentions,
    statedCount: () => 0,
    evidence: { field: rule.field, line: 1, quote: text, source: "rules" },
  });
  return { draft, fields: evidence.map((e) => e.field), found: mentions.length };
}

describe("term rules", () => {
  it("incoterm: the code and its place; two different codes settle nothing", () => {
    const { draft, fields } = run(incotermRule, "Price is FOB Ningbo.");
    expect(draft.shipping).toMatchObject({ incoterm: "FOB", place: "Ningbo" });
    expect(fields).toEqual(["shipping.incoterm", "shipping.place"]);
    expect(run(incotermRule, "FOB or CIF?").found).toBe(0);
  });

  it("currency in words: fills in only when no price gave one", () => {
    expect(run(currencyRule, "All prices are quoted in US Dollars.").draft.currency).toBe("USD");
    expect(run(currencyRule, "Currency: EUR").draft.currency).toBe("EUR");
    expect(currencyRule.when?.({ ...emptyDraft(), currency: "CNY" })).toBe(false);
    expect(run(currencyRule, "Do you take USD?").found).toBe(0);
  });

  it("a currency sign glued to the word before it still marks the amount", () => {
    const { draft } = extractWithConflicts(
      parseTranscript(
        "Buyer: We would like to make a counter offer of$1.5 per meter\nSeller: Sorry, we need at least$1.8",
      ),
      { now },
    );
    expect(draft.currency).toBe("USD");
  });

  it("shipping method: one mode, not a question weighing two", () => {
    expect(run(shippingMethodRule, "We ship by sea.").draft.shipping.method).toBe("sea");
    expect(run(shippingMethodRule, "By sea or by air?").found).toBe(0);
  });

  it("shipping fee: kept only in the order's currency, and gives it when there is none", () => {
    expect(run(shippingFeeRule, "Air freight US$420 to JFK").draft).toMatchObject({
      shipping: { fee: 420 },
      currency: "USD",
    });
    const inEuro = { ...emptyDraft(), currency: "EUR" };
    expect(run(shippingFeeRule, "Air freight US$420 to JFK", inEuro).draft.shipping.fee).toBeNull();
  });

  it("deposit and balance: 30% before production, the rest before shipment; no balance after 100% up front", () => {
    const draft = run(depositRule, "30% deposit, balance before shipment").draft;
    expect(draft.payment.depositPercent).toBe(30);
    expect(run(balanceRule, "30% deposit, balance before shipment", draft).draft.payment.balance).toBe(
      "before_shipment",
    );
    expect(
      balanceRule.when?.({ ...emptyDraft(), payment: { depositPercent: 100, balance: null, method: null } }),
    ).toBe(false);
  });

  it("dispatch: days and their anchor, cited for each part", () => {
    const { draft, fields } = run(dispatchRule, "Lead time 25 days after deposit.");
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 25, date: null });
    expect(fields).toEqual(["dispatch.basis", "dispatch.days"]);
  });

  it("payment method: the one named; none from a question weighing two", () => {
    expect(run(paymentMethodRule, "Payment by T/T.").draft.payment.method).toBe("bank_transfer");
    expect(run(paymentMethodRule, "T/T or PayPal?").found).toBe(0);
  });

  it("inspection: who inspects, and a declined inspection", () => {
    expect(
      run(inspectionRule, "We will arrange QIMA inspection before shipment.", emptyDraft(), "buyer").draft
        .inspection,
    ).toEqual({
      required: true,
      by: "third_party",
    });
    expect(run(inspectionRule, "No need for inspection.", emptyDraft(), "buyer").draft.inspection).toEqual({
      required: false,
      by: null,
    });
  });

  it("run in one order written once: deposit before dispatch and balance, which read it", () => {
    const fields = termRules.map((rule) => rule.field);
    expect(fields.indexOf("payment.depositPercent")).toBeLessThan(fields.indexOf("dispatch"));
    expect(fields.indexOf("payment.depositPercent")).toBeLessThan(fields.indexOf("payment.balance"));
    // Through the whole engine: a lead time with no anchor counts from the deposit named elsewhere.
    const { draft } = extractWithConflicts(
      parseTranscript("Supplier: Lead time is 30 days.\nSupplier: Payment 30% deposit, 70% before shipment."),
      { now },
    );
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 30, date: null });
  });

  it("a conflict shows each side's value as a person reads it", () => {
    const { conflicts } = extractWithConflicts(
      parseTranscript(
        "Supplier: Price is FOB Ningbo.\nBuyer: We need CIF Hamburg.\nSupplier: Sorry, FOB only.",
      ),
      { now },
    );
    expect(conflicts.find((c) => c.field === "shipping.incoterm")?.values.map((v) => v.value)).toEqual([
      "CIF",
      "FOB",
    ]);
  });
});
