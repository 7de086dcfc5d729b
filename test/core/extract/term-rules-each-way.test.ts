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
    // Only an option after the fee makes it one of several: "EXW or FOB" said before it weighs the terms.
    ["EXW or FOB both fine, sea freight to Hamburg USD 640", 640],
    // (Pasted text doubles its spaces.)
    ["air freight USD 420, or  FOB Shenzhen", null],
    ["air freight USD 420, or we  can do FOB", null],
    ["air freight USD 420, or we can  do FOB", null],
    ["air freight USD 420, or we can do  FOB", null],
  ])("'%s': a fee offered beside another option is no fee (%s)", (text, amount) => {
    expect(shippingFeeRule.find(clause(text), now)[0]?.value.amount ?? null).toBe(amount);
  });

  it("files its conflicts under shipping.fee, and writes a fee it is given with no statement before it", () => {
    expect(shippingFeeRule.field).toBe("shipping.fee");
    const draft = emptyDraft();
    const evidence = { field: "shipping.fee", line: 1, quote: "freight 300", source: "rules" as const };
    const written = shippingFeeRule.apply(
      { amount: 300, currency: null },
      {
        draft,
        mentions: [],
        statedCount: () => 0,
        evidence,
      },
    );
    expect([draft.shipping.fee, written.map((e) => e.field)]).toEqual([300, ["shipping.fee"]]);
  });

  it("a fee in another currency than the order's writes nothing and cites nothing", () => {
    const { draft, fields } = settle(shippingFeeRule, ["Air freight US$420", "Air freight €380"], {
      ...emptyDraft(),
      currency: "USD",
    });
    expect([draft.shipping.fee, fields]).toEqual([null, []]);
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
    expect(settle(shippingMethodRule, ["Sea freight 30 days, air freight 7 days."]).mentions).toEqual([]);
    // (The mode turned down leaves the other: "By sea, not by air.")
    expect(settle(shippingMethodRule, ["By sea, not by air."]).draft.shipping.method).toBe("sea");
    expect(settle(shippingMethodRule, ["Ship by sea?"]).draft.shipping.method).toBe("sea");
    expect(settle(shippingMethodRule, ["We ship by air."]).fields).toEqual(["shipping.method"]);
  });
});

describe("currency from an amount stated as a price", () => {
  const found = (text: string) =>
    currencyRule.find(clause(text), now).map((m) => [m.value, text.slice(m.start, m.end)]);

  it.each([
    ["The price is USD 2.40", "USD", "USD 2.40"],
    ["Prices are €1.90", "EUR", "€1.90"],
    ["priced at $3.10", "USD", "$3.10"],
    ["We quoted $3.10", "USD", "$3.10"],
    ["Our quote: €2.00", "EUR", "€2.00"],
    ["Quotation for the mug USD 5.00", "USD", "USD 5.00"],
    ["unit price：RMB 12", "CNY", "RMB 12"],
    ["Our offer is GBP 4.50", "GBP", "GBP 4.50"],
    ["offered at €6", "EUR", "€6"],
    ["The price for big mugs is $2", "USD", "$2"],
    ["Total $200 C.I.F Hai Phong", "USD", "$200"],
    ["Total $200 CIF Hai Phong", "USD", "$200"],
    ["then $0.06/pc FOB Ningbo", "USD", "$0.06/pc"],
    ["so USD 3 per set EXW", "USD", "USD 3 per set"],
    ...["EXW", "FCA", "FAS", "FOB", "CFR", "CNF", "CPT", "CIP", "DAP", "DPU", "DDP", "F.O.B", "C&F"].map(
      (code) => [`then €4 ${code} port`, "EUR", "€4"] as [string, string, string],
    ),
    ["then $0.06/pc", "USD", "$0.06/pc"],
    ["then $4 per set", "USD", "$4 per set"],
  ])("'%s' names %s by '%s'", (text, code, quote) => {
    expect(found(text)).toEqual([[code, quote]]);
  });

  it.each([
    "then $5 for the lot",
    "the mould fee USD 300 FOB",
    "freight charge $120 CIF",
    "sample $45 per pc",
    "Tooling cost $300 per set",
    "shipping $80 per carton EXW",
    "minimum order $2,000 FOB",
    "MOQ value USD 1000 per pc",
    "at least $500 per order",
    "more than $500 FOB",
    "deposit USD 600 FOB",
    "price 2.40 FOB",
    "the price for this very nice and very heavy big mug with a lid is $2",
  ])("'%s' names none", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    "Currency: USD/EUR",
    "Currency: USD / EUR",
    "Currency: USD, EUR accepted",
    "Prices quoted in USD or EUR",
    "Prices quoted in USD $/ EUR",
    "Prices quoted in euros/RMB",
    "Currency: GBP/HKD",
    "Currency: CNY/AUD",
    "Currency: USD/CAD",
    "Prices quoted in USD / US dollars",
  ])("a list of currencies '%s' settles none", (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("shipping method: a choice between modes settles none, one mode named settles it", () => {
  const modes = (text: string, question = false) =>
    shippingMethodRule
      .find({ ...clause(text), question }, now)
      .map((m) => [m.value, text.slice(m.start, m.end)]);

  it.each([
    "We ship by sea or air",
    "by sea or by air, your choice",
    "Ship by sea/air",
    "ship by sea / by air",
    "sea or air shipping is fine",
    "air or sea freight",
    "by air/ sea",
    "ocean / express",
    "rail or truck",
    "courier or train",
    "express or sea",
  ])("'%s' names no choice", (text) => {
    expect(modes(text)).toEqual([]);
  });

  it.each([
    ["Air Freight: 5-12 days, USD 6/kg", []],
    ["- by sea: 30 days", []],
    ["By Express shipment: 5 days", []],
    ["Railway delivery: 18 days", []],
    ["Truck transport: 5 days", []],
    ["Road: 7 days", []],
  ])("'%s' is one option of a list, not the choice", (text, expected) => {
    expect(modes(text)).toEqual(expected);
  });

  it("a question weighing two modes settles none; a question naming one mode names it", () => {
    expect(modes("Can you ship by sea, or is it better by air?", true)).toEqual([]);
    expect(modes("Can you ship by sea?", true).map((m) => m[0])).toEqual(["sea"]);
  });

  it("one mode is cited by its own words", () => {
    expect(modes("OK, we ship by sea to Rotterdam")).toEqual([["sea", "by sea"]]);
  });

  it.each([
    [["1. Express 5 days", "2. By air 8 days", "3. By sea 30 days"], null],
    [["1) Express 5 days", "2) By sea 30 days", "OK by sea please"], "sea"],
    [["- Express 5 days", "- Express is best for samples"], "express"],
    [["• By air 8 days", "· By sea 30 days"], null],
    [["* By air 8 days", "* By sea 30 days"], null],
    [["1、By air 8 days", "2、By sea 30 days"], null],
    [["10. By air 8 days", "11 . By sea 30 days"], null],
    [["We can ship by air in 8 days", "or by sea in 30 days"], "sea"],
  ])("a list of modes %j offers them all, a mode chosen after it settles it", (texts, method) => {
    expect(settle(shippingMethodRule, texts).draft.shipping.method).toBe(method);
  });
});

describe("payment method: one named settles it; one offered among others, refused or conditional settles none", () => {
  const methods = (text: string) =>
    paymentMethodRule.find(clause(text), now).map((m) => [m.value, text.slice(m.start, m.end)]);

  it.each([
    "Payment by T/T or L/C",
    "T/T or an L/C",
    "PayPal or the card",
    "deposit or original L/C",
    "by T/T or by L/C at sight",
    "or via PayPal",
    "或者PayPal",
    "或PayPal",
    "L/C at sight or T/T",
    "PayPal / card",
    "PayPal/ card",
    "L/C 或 T/T",
    "If you insist on L/C, we agree",
    "Should the buyer need L/C we can accept",
    "Unless customers want PayPal",
  ])("'%s' settles none", (text) => {
    expect(methods(text)).toEqual([]);
  });

  it.each([
    ["We pay by T/T instead of LC", "bank_transfer"],
    ["T/T rather than L/C", "bank_transfer"],
    ["not by PayPal, T/T please", "bank_transfer"],
    ["no L/C, only T/T", "bank_transfer"],
    ["we do not accept PayPal, T/T only", "bank_transfer"],
    ["we don't take an L/C, T/T is fine", "bank_transfer"],
    ["we cannot use PayPal; T/T", "bank_transfer"],
    ["we can't do L/C, T/T", "bank_transfer"],
    ["we won't support PayPal, T/T only", "bank_transfer"],
    ["L/C is too complicated, T/T", "bank_transfer"],
    ["PayPal is rather expensive, T/T", "bank_transfer"],
    ["L/C very costly for us, T/T", "bank_transfer"],
    ["L/C quite slow, so T/T", "bank_transfer"],
    ["L/C a bit troublesome, T/T", "bank_transfer"],
    ["PayPal not accepted, T/T", "bank_transfer"],
    ["PayPal not available, T/T", "bank_transfer"],
    ["PayPal not possible here, T/T", "bank_transfer"],
    ["PayPal not supported, T/T", "bank_transfer"],
    ["PayPal not ok, T/T", "bank_transfer"],
    ["PayPal are not ok, T/T", "bank_transfer"],
  ])("'%s' names %s alone", (text, method) => {
    expect(methods(text).map((m) => m[0])).toEqual([method]);
  });

  it("the method is cited by its own words, the first of two mentions of it", () => {
    expect(methods("Payment by PayPal, PayPal invoice to follow")).toEqual([["paypal", "PayPal"]]);
  });

  it("far words do not refuse or offer: the look-back is a few words", () => {
    expect(
      methods("We cannot accept the price you gave us last week at all, PayPal is fine").map((m) => m[0]),
    ).toEqual(["paypal"]);
  });
});
