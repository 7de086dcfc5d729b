/**
 * The term rules one by one, each way: every verb and currency of "quoted in USD" and what is not such a
 * statement; what each rule writes, from which statement, and when it writes nothing.
 */
import { describe, expect, it } from "vitest";
import { currencyRule } from "../../../src/core/extract/rules/currency.ts";
import { dispatchRule } from "../../../src/core/extract/rules/dispatch.ts";
import { incotermRule } from "../../../src/core/extract/rules/incoterm.ts";
import { inspectionRule } from "../../../src/core/extract/rules/inspection.ts";
import { paymentMethodRule } from "../../../src/core/extract/rules/payment-method.ts";
import type { AnyTermRule } from "../../../src/core/extract/rules/rule.ts";
import { shippingFeeRule } from "../../../src/core/extract/rules/shipping-fee.ts";
import { shippingMethodRule } from "../../../src/core/extract/rules/shipping-method.ts";
import { type DraftOrder, emptyDraft } from "../../../src/core/schemas.ts";
import { termClause as clause } from "../../helpers/term-clause.ts";

const now = new Date("2026-11-02T10:00:00Z");

/** Every statement of the rule in the sentences, in order; the last applied to `draft`. */
function settle(rule: AnyTermRule, texts: string[], draft: DraftOrder = emptyDraft(), stated = 0) {
  const mentions = texts.flatMap((text) => rule.find(clause(text), now));
  const last = mentions[mentions.length - 1];
  const evidence = { field: rule.field, line: 1, quote: "", source: "rules" as const };
  const written = last
    ? rule.apply(last.value, { draft, mentions, statedCount: () => stated, evidence })
    : [];
  return { draft, mentions, fields: written.map((e) => e.field) };
}

describe("currency named in words", () => {
  it.each([
    "quoted",
    "priced",
    "invoiced",
    "issued",
    "paid",
    "made",
    "based",
    "payable",
    "settled",
    "denominated",
  ])("'%s in EUR' names the currency", (verb) => {
    const text = `All prices are ${verb} in EUR.`;
    const [found] = currencyRule.find(clause(text), now);
    expect(found?.value).toBe("EUR");
    expect(text.slice(found!.start, found!.end)).toBe(`${verb} in EUR`);
  });

  it.each([
    ["US dollars", "USD"],
    ["US Dollar", "USD"],
    ["us  dollars", "USD"],
    ["USD", "USD"],
    ["euros", "EUR"],
    ["euro", "EUR"],
    ["EUR", "EUR"],
    ["RMB", "CNY"],
    ["CNY", "CNY"],
    ["GBP", "GBP"],
    ["HKD", "HKD"],
    ["AUD", "AUD"],
    ["CAD", "CAD"],
  ])("'quoted in %s' is %s", (word, code) => {
    expect(settle(currencyRule, [`Prices are quoted in ${word} only`]).draft.currency).toBe(code);
  });

  it("reads up to two words between the verb and 'in' or 'on', not more", () => {
    expect(settle(currencyRule, ["Invoices are made out only in USD"]).draft.currency).toBe("USD");
    expect(settle(currencyRule, ["Payment is based on USD"]).draft.currency).toBe("USD");
    expect(settle(currencyRule, ["Prices are quoted for this whole order in USD"]).mentions).toEqual([]);
  });

  it.each(["USD", "EUR", "RMB", "CNY", "GBP", "HKD", "AUD", "CAD"])("'Currency: %s' names it", (word) => {
    const code = word === "RMB" ? "CNY" : word;
    expect(settle(currencyRule, [`Currency: ${word}`]).draft.currency).toBe(code);
    expect(settle(currencyRule, [`currency：${word}`]).draft.currency).toBe(code);
  });

  it("a currency without a verb or label, or a label with another word, names none", () => {
    for (const text of [
      "We like USD",
      "quoted in dollars of Hong Kong",
      "Currency is USD",
      "the currencies: USD",
    ])
      expect(settle(currencyRule, [text]).mentions).toEqual([]);
  });

  it("cites the statement and fills the currency only while the prices gave none", () => {
    const { draft, fields } = settle(currencyRule, ["Prices are quoted in USD"]);
    expect([draft.currency, fields]).toEqual(["USD", ["currency"]]);
    expect(currencyRule.when?.(emptyDraft())).toBe(true);
    expect(currencyRule.when?.({ ...emptyDraft(), currency: "USD" })).toBe(false);
  });
});

describe("incoterm", () => {
  it("one code named twice is one statement; the place comes from the mention that names it", () => {
    const { draft, fields, mentions } = settle(incotermRule, ["FOB Ningbo or FOB, as you like"]);
    expect(mentions.map((m) => m.value)).toEqual([{ code: "FOB", place: "Ningbo" }]);
    expect(draft.shipping).toMatchObject({ incoterm: "FOB", place: "Ningbo" });
    expect(fields).toEqual(["shipping.incoterm", "shipping.place"]);
  });

  it("the place is the last one named with the settled code, even when the code is restated alone", () => {
    const { draft } = settle(incotermRule, ["FOB Ningbo", "CIF Hamburg", "FOB Shanghai", "OK, FOB then"]);
    expect(draft.shipping).toMatchObject({ incoterm: "FOB", place: "Shanghai" });
  });

  it("a code with no place anywhere writes no place", () => {
    const { draft, fields } = settle(incotermRule, ["Price is FOB."]);
    expect([draft.shipping.incoterm, draft.shipping.place, fields]).toEqual([
      "FOB",
      null,
      ["shipping.incoterm"],
    ]);
  });

  it("two statements are the same when the code is, and show as the code", () => {
    expect(incotermRule.key?.({ code: "FOB", place: "Ningbo" })).toBe(
      incotermRule.key?.({ code: "FOB", place: null }),
    );
    expect(incotermRule.key?.({ code: "FOB", place: null })).not.toBe(
      incotermRule.key?.({ code: "CIF", place: null }),
    );
    expect(incotermRule.show?.({ code: "CIF", place: "Hamburg" })).toBe("CIF");
  });
});

describe("dispatch", () => {
  it("with no anchor named, counts from the deposit when one was named, else from the order", () => {
    expect(settle(dispatchRule, ["Lead time 30 days."], emptyDraft(), 1).draft.dispatch.basis).toBe(
      "after_deposit",
    );
    expect(settle(dispatchRule, ["Lead time 30 days."], emptyDraft(), 0).draft.dispatch.basis).toBe(
      "after_order",
    );
  });

  it("a date is a fixed date, cited for the basis and the date", () => {
    const { draft, fields } = settle(dispatchRule, ["Ship by 20 December."]);
    expect(draft.dispatch).toEqual({ basis: "fixed_date", days: null, date: "2026-12-20" });
    expect(fields).toEqual(["dispatch.basis", "dispatch.date"]);
  });

  it("two statements are the same when days and date are; they show as the date or the days", () => {
    const key = dispatchRule.key!;
    expect(key({ basis: "after_deposit", days: 30, date: null })).toBe(
      key({ basis: null, days: 30, date: null }),
    );
    expect(key({ basis: null, days: 30, date: null })).not.toBe(key({ basis: null, days: 25, date: null }));
    expect(key({ basis: null, days: null, date: "2026-12-20" })).not.toBe(
      key({ basis: null, days: null, date: "2026-12-21" }),
    );
    expect(dispatchRule.show?.({ basis: null, days: 30, date: null })).toBe("30 days");
    expect(dispatchRule.show?.({ basis: null, days: null, date: "2026-12-20" })).toBe("2026-12-20");
  });
});

describe("inspection", () => {
  it("statements are the same when both the need and the inspector are; they show as a person reads them", () => {
    const key = inspectionRule.key!;
    expect(key({ required: true, by: "third_party" })).not.toBe(key({ required: true, by: "buyer" }));
    expect(key({ required: true, by: null })).not.toBe(key({ required: false, by: null }));
    expect(inspectionRule.show?.({ required: true, by: "third_party" })).toBe("third_party");
    expect(inspectionRule.show?.({ required: true, by: null })).toBe("required");
    expect(inspectionRule.show?.({ required: false, by: null })).toBe("none");
  });

  it("cites who inspects only when someone is named", () => {
    expect(
      inspectionRule
        .apply(
          { required: true, by: null },
          {
            draft: emptyDraft(),
            mentions: [],
            statedCount: () => 0,
            evidence: { field: "inspection", line: 1, quote: "", source: "rules" },
          },
        )
        .map((e) => e.field),
    ).toEqual(["inspection.required"]);
  });
});

describe("shipping fee", () => {
  it.each([
    ["DDP Reno for USD 1,150, or FOB Shenzhen", null],
    ["air freight USD 420, or we can quote CIF", null],
    ["air freight USD 420, or you go DAP", null],
    ["air freight USD 420, or your own forwarder", null],
    ["air freight USD 420, or your forwarder", null],
    ["air freight USD 420, or so", 420],
    ["air freight USD 420, we quote FOB too", 420],
  ])("'%s': a fee offered beside another option is no fee (%s)", (text, amount) => {
    expect(shippingFeeRule.find(clause(text), now)[0]?.value.amount ?? null).toBe(amount);
  });

  it("two fees are the same when the amount is; a fee shows as its amount", () => {
    expect(shippingFeeRule.key?.({ amount: 420, currency: "USD" })).toBe(
      shippingFeeRule.key?.({ amount: 420, currency: null }),
    );
    expect(shippingFeeRule.key?.({ amount: 420, currency: null })).not.toBe(
      shippingFeeRule.key?.({ amount: 400, currency: null }),
    );
    expect(shippingFeeRule.show?.({ amount: 420, currency: "USD" })).toBe("420");
  });

  it("takes the currency of the fee as last quoted, and keeps a fee in the order's own currency", () => {
    const inDollars = { ...emptyDraft(), currency: "USD" };
    const { draft, fields } = settle(shippingFeeRule, ["Air freight €380", "Air freight US$420"], inDollars);
    expect([draft.shipping.fee, draft.currency, fields]).toEqual([420, "USD", ["shipping.fee"]]);
    expect(
      settle(shippingFeeRule, ["Air freight US$420", "Air freight €380"], {
        ...emptyDraft(),
        currency: "USD",
      }).draft.shipping.fee,
    ).toBeNull();
  });

  it("a fee stated with no currency is kept and leaves the order's currency as it was", () => {
    const apply = (draft: DraftOrder) => {
      const value = { amount: 420, currency: null };
      const mentions = [{ value, clause: clause("freight 420"), start: 0, end: 11 }];
      const evidence = { field: "shipping.fee", line: 1, quote: "", source: "rules" as const };
      const fields = shippingFeeRule.apply(value, { draft, mentions, statedCount: () => 0, evidence });
      return [draft.shipping.fee, draft.currency, fields.map((e) => e.field)];
    };
    expect(apply(emptyDraft())).toEqual([420, null, ["shipping.fee"]]);
    expect(apply({ ...emptyDraft(), currency: "USD" })).toEqual([420, "USD", ["shipping.fee"]]);
  });
});

describe("payment method and shipping method", () => {
  it("several methods named in one sentence settle none, a preference included; one method settles", () => {
    // Accepting both and preferring one is still a choice the buyer has not made.
    expect(
      settle(paymentMethodRule, ["We accept PayPal, but T/T is better"]).draft.payment.method,
    ).toBeNull();
    expect(settle(paymentMethodRule, ["PayPal or T/T, both fine"]).mentions).toEqual([]);
    expect(settle(paymentMethodRule, ["Payment or not, T/T only"]).draft.payment.method).toBe(
      "bank_transfer",
    );
    expect(settle(paymentMethodRule, ["Payment details later"]).mentions).toEqual([]);
  });

  it("one mode settles even beside an 'or' that is no question; two modes settle none", () => {
    expect(settle(shippingMethodRule, ["Ship by sea, or as you advise."]).draft.shipping.method).toBe("sea");
    expect(settle(shippingMethodRule, ["By sea, not by air."]).mentions).toEqual([]);
    expect(settle(shippingMethodRule, ["Ship by sea?"]).draft.shipping.method).toBe("sea");
    expect(settle(shippingMethodRule, ["We ship by air."]).fields).toEqual(["shipping.method"]);
  });
});
