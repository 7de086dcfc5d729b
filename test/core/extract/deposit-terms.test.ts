/**
 * Deposit wordings one by one, each way: every way suppliers state the share paid first ("30% deposit",
 * "deposit of 30%", "30/70", "70% balance", "100% by T/T", 定金30%) and the near-misses that state none
 * (sizes, a mould paid in full, a range, an L/C, a 100% check).
 */
import { describe, expect, it } from "vitest";
import { findDeposit } from "../../../src/core/extract/payment.ts";

const deposit = (text: string) => findDeposit(text)?.value ?? null;

describe("a share named before the word for it", () => {
  it.each([
    ["30% deposit", 30],
    ["30 % deposit", 30],
    ["30 per cent deposit", 30],
    ["30 percent deposit", 30],
    ["30% of the total amount as deposit", 30],
    ["30% of total order value as deposit", 30],
    ["30% of the entire invoice as deposit", 30],
    ["30% of the whole goods amount as deposit", 30],
    ["30% of the full invoice amount as down payment", 30],
    ["30% of invoice value of the goods as deposit", 30],
    ["30% of the price of the order as deposit", 30],
    ["30% of the payment of contract as deposit", 30],
    ["30% T/T deposit", 30],
    ["30% TT deposit", 30],
    ["30% tt in advance", 30],
    ["30% as a deposit", 30],
    ["30% of deposit", 30],
    ["30% the deposit", 30],
    ["30% down payment", 30],
    ["30% downpayment", 30],
    ["30% advance", 30],
    ["30% in advance", 30],
    ["30% upfront", 30],
    ["30% up front", 30],
    ["30% prepayment", 30],
    ["30% before production", 30],
    ["30% to be paid before production", 30],
    ["30% payment once the order is confirmed", 30],
    ["30% when order is confirmed", 30],
    ["30% upon the order is confirmed", 30],
    ["30%定金", 30],
    ["30%订金", 30],
    ["30%预付", 30],
    ["100% in advance", 100],
    ["0% deposit", 0],
  ])("'%s' is %s%%", (text, percent) => {
    expect(deposit(text)).toBe(percent);
  });
});

describe("the word, then the share", () => {
  it.each([
    ["deposit 30%", 30],
    ["deposit of 30%", 30],
    ["deposit is 30 %", 30],
    ["Deposit: 30%", 30],
    ["定金：30%", 30],
    ["deposit=30%", 30],
    ["deposit will be 30%", 30],
    ["deposit would be 30%", 30],
    ["down payment 40%", 40],
    ["downpayment 40%", 40],
    ["prepayment 50%", 50],
    ["advance payment 30%", 30],
    ["订金30%", 30],
    ["预付款30%", 30],
    ["预付30%", 30],
    ["a down payment, amounting to 40% of the total invoice", 40],
    ["the deposit, of 30% of the whole order", 30],
    ["prepayment (T/T) at 30% of the contract", 30],
    ["advance payment by wire equal to 25% of the full order", 25],
    ["a downpayment, amounting to 40% of the total invoice", 40],
    ["a down payment, amounting to 40 % of the total invoice", 40],
    ["the deposit, amounting to 40% of total invoice", 40],
  ])("'%s' is %s%%", (text, percent) => {
    expect(deposit(text)).toBe(percent);
  });

  it.each(["deposit, as agreed last year. 30% of total", "deposit, amounting to 40% of something"])(
    "'%s' is no share of the order",
    (text) => {
      expect(deposit(text)).toBeNull();
    },
  );
});

describe("two shares that add up to the whole", () => {
  it.each([
    ["payment 30/70", 30],
    ["paid 30 / 70", 30],
    ["pay 50/50", 50],
    ["Deposit 40/60 ok", 40],
    ["advance 30/70", 30],
    ["upfront 30/70", 30],
    ["up front 30/70", 30],
    ["balance 30/70", 30],
    ["30/70 by T/T", 30],
    ["30/70 TT", 30],
    ["30/70 by wire", 30],
    ["terms 30/70", 30],
    ["term 30/70", 30],
    ["prepaying 30/70", 30],
    ["card 30/70", 30],
    ["paypal 30/70", 30],
    ["L/C 30/70", 30],
    ["定金 30/70", 30],
    ["订金 30/70", 30],
    ["尾款 30/70", 30],
    ["付款 30/70", 30],
    ["预付 30/70", 30],
    ["30% now, 70% before shipment by T/T", 30],
    ["30% 70% TT", 30],
    ["30 % 70 % TT", 30],
    ["payment: 40%, then 60% before shipping", 40],
  ])("'%s' is %s%%", (text, percent) => {
    expect(deposit(text)).toBe(percent);
  });

  it.each([
    "size 50/60 cm",
    "size 30/70 cm",
    "30/70 split of colours",
    "payment 30/60",
    "pay 30/700",
    "30% cotton 70% polyester",
    "payment: 30%, 60% later",
  ])("'%s' is no deposit", (text) => {
    expect(deposit(text)).toBeNull();
  });
});

describe("the balance named, the deposit is the rest", () => {
  it.each([
    ["70% balance before shipment", 30],
    ["70 % balance", 30],
    ["60% remaining before loading", 40],
    ["50% rest against B/L", 50],
    ["balance 70% before shipment", 30],
    ["balance of 70%", 30],
    ["remaining 60%", 40],
    ["rest 50% on delivery", 50],
    ["balance 70 % before shipment", 30],
  ])("'%s' is %s%%", (text, percent) => {
    expect(deposit(text)).toBe(percent);
  });
});

describe("Chinese: pay N% of the total", () => {
  it.each([
    ["须付总货款30%", 30],
    ["需付货款的30%", 30],
    ["先付30%", 30],
    ["预付总货款30%", 30],
    ["須付總貨款30%", 30],
    ["預付貨款30%", 30],
    ["支付货款30%", 30],
    ["签约时30%", 30],
    ["签约时 30 %", 30],
    ["先付30 %", 30],
  ])("'%s' is %s%%", (text, percent) => {
    expect(deposit(text)).toBe(percent);
  });

  it.each(["先付，然后30%", "支付方式很多种，30%"])("'%s' is none", (text) => {
    expect(deposit(text)).toBeNull();
  });
});

describe("paid in full", () => {
  it.each([
    "full payment before production",
    "pay in full now",
    "paying in full",
    "to be paid in full",
    "paid in full with the order",
    "full T/T",
    "full TT please",
    "the full amount upfront",
    "the whole amount before production",
    "100% payment",
    "100% paid",
    "100% by T/T",
    "100 % via wire",
    "100% with order",
    "100% through Alibaba",
    "100% in advance",
    "100% upfront",
    "100% up front",
    "100% before production",
    "100% T/T",
    "100% TT",
    "100% now",
    "100% today",
    "100% online",
    "全款",
    "一次性付清",
  ])("'%s' is 100%%", (text) => {
    expect(deposit(text)).toBe(100);
  });

  it.each(["the full set", "full container", "amount in full words", "100% cotton", "100 pcs by T/T"])(
    "'%s' is none",
    (text) => {
      expect(deposit(text)).toBeNull();
    },
  );
});

describe("a share paid at the order", () => {
  it.each([
    ["40% now", 40],
    ["40 % now", 40],
    ["40% first", 40],
    ["40% today", 40],
    ["40% at order", 40],
    ["40% with order", 40],
    ["40% with the order", 40],
    ["40% on order", 40],
    ["40% when order", 40],
    ["40% when we order", 40],
    ["40% when you place it", 40],
    ["40% when we confirm", 40],
    ["40% when sign", 40],
    ["40% when contract", 40],
    ["40% when contracted", 40],
    ["40% on signing", 40],
    ["40% upon signing", 40],
    ["40% upon contract", 40],
  ])("'%s' is %s%%", (text, percent) => {
    expect(deposit(text)).toBe(percent);
  });
});

describe("what is not a deposit", () => {
  it.each([
    ["Tooling 100% by T/T with PO", null],
    ["Mould cost USD 6,800, 100% paid with PO", null],
    ["mold 100% paid", null],
    ["moulds 100% paid", null],
    ["mould fee 100% paid", null],
    ["mold charge 100% paid", null],
    ["30%-50% in advance", null],
    ["30 - 50% deposit", null],
    ["30–50% deposit", null],
    ["30~50% deposit", null],
    ["30 to 50% deposit", null],
    ["30% - 50% deposit", null],
    ["30% to 50% deposit", null],
    ["100% QC check", null],
    ["100% inspection before payment", null],
    ["100% test before payment", null],
    ["100% quality check, payment by TT", null],
    ["order 130% deposit", null],
    ["Tooling is free. 30% deposit for the goods", 30],
    ["30% deposit, tooling cost extra", 30],
    ["sizes 3-4, 30% deposit", 30],
    ["30 %-50% in advance", null],
    ["40%-60% deposit", null],
    ["40% - 60% deposit", null],
    ["40%~60% deposit", null],
    ["40% to 60% deposit", null],
    ["30% deposit, discount 5%-10% on reorders", 30],
    ["5%-10% discount, 30% deposit", 30],
    ["30% deposit, 100% inspection before shipment", 30],
    ["100 % inspection before payment", null],
    ["100%QC, payment by TT", null],
    ["100% by T/T before shipment, and we do 100% QC", 100],
  ])("'%s' gives %s", (text, percent) => {
    expect(deposit(text)).toBe(percent);
  });

  it.each([
    "100% by irrevocable L/C at sight",
    "100% by L/C",
    "100% by LC at sight",
    "100% payment by letter of credit",
    "100% via an L/C",
    "100%payment through a L/C",
    "100% with irrevocable letter of credit",
    "100 % by L/C",
    "100% payment L/C at sight",
    "We need 100% by L/C",
  ])("'%s' is paid against documents: nothing in advance", (text) => {
    expect(deposit(text)).toBe(0);
  });

  it("cites the words of the share", () => {
    const text = "Terms: 30% deposit, balance before shipment";
    const found = findDeposit(text)!;
    expect(text.slice(found.start, found.end)).toBe("30% deposit");
    const lc = "We need 100% by L/C";
    const none = findDeposit(lc)!;
    expect(lc.slice(none.start, none.end)).toBe("100% by");
  });
});

describe("a bare split when the message is about payment", () => {
  it.each([
    ["Payment 50-50.", undefined, 50],
    ["Terms 30-70 by T/T.", undefined, 30],
    ["40/60 split, ok?", "How do we pay? 40/60 split, ok?", 40],
    ["50/50, confirm.", "Prices as agreed. 50/50, confirm. Bank transfer to company account.", 50],
    ["20 – 80 please", "Balance and deposit: 20 – 80 please", 20],
    ["30/70 ok.", "30/70 ok. We pay by T/T.", 30],
  ])("%j in %j is a deposit of %i%%", (text, message, value) => {
    expect(findDeposit(text, message)?.value).toBe(value);
  });

  it.each([
    ["Fabric 50/50 cotton polyester.", "Fabric 50/50 cotton polyester. Payment T/T."],
    ["Delivery 30-70 days after deposit.", undefined],
    ["Payment due 2026-11-20.", undefined],
    ["Prices 1.45 and 1.75, 50/50, confirm.", "Prices 1.45 and 1.75, 50/50, confirm."],
    ["Mix 60/40 colours, ok?", "Mix 60/40 colours, ok?"],
    ["Shelf 40/70 cm.", "Shelf 40/70 cm. Payment by T/T."],
  ])("%j in %j states no deposit", (text, message) => {
    expect(findDeposit(text, message)).toBeNull();
  });
});

describe("a share of the goods checked is no share of the payment", () => {
  it.each([
    "your qc check 100% before ship, send me video",
    "please inspect 100% before shipment",
    "tested 100% before shipping",
    "we check 100% before delivery",
  ])("'%s' states no deposit", (text) => {
    expect(deposit(text)).toBeNull();
  });

  // (The whole payment due before shipment is paid once the goods are made: nothing before production.)
  it.each([
    ["100% before shipment by T/T", 0],
    ["payment 100% before shipping", 0],
    ["30%定金，70%出货前付清 by T/T", 30],
  ])("'%s' is %d", (text, value) => {
    expect(deposit(text)).toBe(value);
  });
});

describe("nothing paid before production", () => {
  it.each([
    ["Payment will be 100% LC at sight, no advance.", 0],
    ["100% LC at sight", 0],
    ["100% letter of credit at sight", 0],
    ["No deposit, 100% against B/L copy.", 0],
    ["without any deposit, balance against BL copy", 0],
    ["zero advance payment, all by L/C", 0],
  ])("'%s' is a deposit of %d%%", (text, value) => {
    expect(deposit(text)).toBe(value);
  });

  it.each([
    ["30% deposit, no advance for samples", 30],
    ["No problem, 30% deposit", 30],
  ])("a deposit named beside a 'no' stands: '%s'", (text, value) => {
    expect(deposit(text)).toBe(value);
  });

  it.each(["No problem, we can do it.", "no advance notice needed"])("'%s' states no deposit", (text) => {
    expect(deposit(text)).toBeNull();
  });
});
