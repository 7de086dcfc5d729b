/**
 * Dispatch wordings one by one, each way: every unit and range of a lead time, what the count starts
 * from, fixed dates in English and Chinese, and the times that are not the dispatch (transit, payment
 * windows, notice periods, later lots, a factory's usual speed).
 */

import { describe, expect, it } from "vitest";
import { findDispatch } from "../../../src/core/extract/dispatch.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const now = new Date("2026-11-02T10:00:00Z");
const read = (text: string) => findDispatch(text, now).map((d) => [d.basis, d.days, d.date]);
const days = (text: string) => findDispatch(text, now)[0]?.days ?? null;

describe("how long until dispatch", () => {
  it.each(["20-25 days", "20–25 days", "20~25 days", "20 to 25 days", "20 - 25 days"])(
    "'lead time %s' is read whole",
    (range) => {
      const text = `Lead time ${range}`;
      const [found] = findDispatch(text, now);
      expect(text.slice(found!.start, found!.end)).toBe(range);
    },
  );

  it.each([
    ["Lead time 20-25 days", 25],
    ["Lead time 20–25 days", 25],
    ["Lead time 20~25 days", 25],
    ["Lead time 20 to 25 days", 25],
    ["交期20至25天", 25],
    ["Lead time 25 working days", 25],
    ["Lead time 25 business days", 25],
    ["Lead time 25 work days", 25],
    ["Lead time 25 calendar days", 25],
    ["Lead time 25 natural days", 25],
    ["Lead time 25 production days", 25],
    ["Ready in 1 day", 1],
    ["Lead time 3 weeks", 21],
    ["Lead time 1 week", 7],
    ["Lead time 3 wks", 21],
    ["Lead time 2 wk", 14],
    ["Lead time 2 months", 60],
    ["Lead time 1 month", 30],
    ["We ship within 48 hours", 2],
    ["We ship within 36 hrs", 2],
    ["We ship within 1 hr", 1],
    ["We ship within 36 hr", 2],
    ["We ship within 48 hour", 2],
    ["Lead time 365 days", 365],
    ["交期25天", 25],
    ["交期15个工作日", 15],
    ["交期15工作日", 15],
    ["交期3周", 21],
    ["交期3个星期", 21],
    ["交期3星期", 21],
    ["交期2个月", 60],
    ["We ship within 48小时", 2],
    ["LEAD TIME 30 DAYS", 30],
  ])("'%s' is %s days", (text, n) => {
    expect(days(text)).toBe(n);
  });

  it.each([
    ["leadtime 30 days", 30],
    ["lead times 30 days", 30],
    ["Delivery 30 days", 30],
    ["we deliver in 30 days", 30],
    ["we ship in 30 days", 30],
    ["it ships in 30 days", 30],
    ["shipped in 30 days", 30],
    ["shipping date: 30 days", 30],
    ["shipment 30 days", 30],
    ["dispatch 30 days", 30],
    ["production 30 days", 30],
    ["we produce it in 30 days", 30],
    ["ready in 30 days", 30],
    ["we finish in 30 days", 30],
    ["load in 30 days", 30],
    ["loading 30 days", 30],
    ["ETD 30 days", 30],
    ["within 30 days", 30],
    ["30 days after deposit", 30],
    ["30 days after the order", 30],
    ["30 days after payment", 30],
    ["30 days after balance", 30],
    ["we need 30 days to process your order", 30],
    ["we need 30 days to process the orders", 30],
    ["we need 30 days to process an order", 30],
    ["we need 30 days to process orders", 30],
    ["交货期30天", 30],
    ["生产30天", 30],
    ["出货30天", 30],
    ["发货30天", 30],
  ])("'%s' is a dispatch time", (text, n) => {
    expect(days(text)).toBe(n);
  });

  it.each([
    "It takes 30 days",
    "it will take 30 days",
    "30 days is fine",
    "the mould lasts 30 days",
    "Lead time 0 days",
    "Lead time 400 days",
    "Lead time 13 months",
    "Production 24 hours a day",
  ])("'%s' is no dispatch time", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("what is not the dispatch", () => {
  it.each([
    "sea transit takes 30 days to Hamburg",
    "goods arrive 30 days after shipment",
    "arrival 30 days after loading",
    "it arrives 30 days after shipping",
    "30 days on the water after shipment",
    "30 days on the way after shipment",
    "door to door 30 days after shipment",
    "the voyage is 30 days after loading",
    "sailing 30 days after loading",
    "shipping time 30 days",
    "shipment takes about 30 days",
    "shipment takes 30 days",
    "DHL delivery time 5 days after dispatch",
    "EMS (delivery time 5 days after dispatch)",
    "EMS(delivery time 5 days after dispatch)",
    "courier transit time 5 days after shipment",
    "after shipment 5 days to reach you",
    "quote valid 30 days, production after deposit",
    "validity 30 days for production",
    "warranty 12 months after delivery",
    "guarantee 12 months after delivery",
    "return within 30 days of delivery",
    "refund within 7 days after delivery",
    "dispute within 30 days of delivery",
    "we reply within 24 hours about shipping",
    "we quote within 24 hours after your order",
    "到港30天，出货后",
    "运输时间30天，出货后",
  ])("'%s' is a transit or other time", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("a time taken to process the order is the dispatch, whatever the verb", () => {
    expect(days("It takes 10 days for us to process the order and ship")).toBe(10);
    expect(days("takes about 7 days for us to produce, then we ship")).toBe(7);
    expect(days("takes 7 days for us to prepare the shipment")).toBe(7);
    expect(days("takes 7 days for us to make and ship")).toBe(7);
    expect(days("takes 7 days for us to ship")).toBe(7);
    expect(days("takes 7 days for us to pack and ship")).toBe(7);
  });

  it.each([
    ["Normally production 10-12 days", []],
    ["Usually we need 30 days for production", []],
    ["Generally lead time is 30 days", []],
    ["Typically lead time is 30 days", []],
    ["In general lead time is 30 days", []],
    ["Most of the time production takes 30 days", []],
  ])("'%s' describes the factory, no term", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["Normally, we will effect shipment within 20 days", 20],
    ["Normally I shall ship within 20 days", 20],
    ["Normally we'll ship within 20 days", 20],
    ["Usually we ship within 20 days", 20],
    ["Usually we can deliver within 20 days", 20],
    ["Normally we dispatch within 20 days", 20],
    ["Normally we arrange shipment within 20 days", 20],
    ["Normally we send within 20 days", 20],
    ["Normally we effect shipment within 20 days", 20],
    ["Usually it takes 20 days for us to process your order", 20],
    ["Generally production 20 days after deposit", 20],
    ["Generally production 3 weeks from order", 21],
    ["Normally production 1 week after deposit", 7],
    ["Usually ready 1 day after order", 1],
    ["Normally dispatch 1 hour upon payment", 1],
    ["Generally dispatch 48 hours upon payment", 2],
  ])("'%s' states the term all the same", (text, n) => {
    expect(days(text)).toBe(n);
  });

  it.each([
    "We send the documents 5 days after shipment",
    "we will mail the docs 5 days after loading",
    "courier the B/L copy 5 days after shipment",
    "forward the copies 5 days after shipment",
    "we sent the BL 5 days after shipment",
    "we courier the original document 3 days after loading",
  ])("'%s' is the documents, not the goods", (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    "production 20 days, then sea about 35 days",
    "production 20 days, then by air 7 days",
    "ship in 20 days, via ship 30 days",
    "ship in 20 days, by train 18 days",
    "ship in 20 days, by rail 18 days",
    "ship in 20 days, by truck 5 days",
    "ship in 20 days; 30 days to the port",
    "ship in 20 days; 30 days to port",
    "ship in 20 days, 35 days to FBA",
    "ship in 20 days, 5 days to the warehouse",
    "ship in 20 days, 5 days to door",
    "ship in 20 days, 5 days to destination",
  ])("'%s': the leg after dispatch does not count", (text) => {
    expect(findDispatch(text, now).map((d) => d.days)).toEqual([20]);
  });

  it("the leg is looked for between the commas around the time", () => {
    expect(findDispatch("ship by sea, production 20 days", now).map((d) => d.days)).toEqual([20]);
    expect(
      findDispatch("production 20 days, then 35 days to port; balance before shipment", now).map(
        (d) => d.days,
      ),
    ).toEqual([20]);
  });

  it.each([
    "first shipment 20 days, our 2nd shipment will be 2-3 weeks apart",
    "first shipment 20 days; the second shipment 30 days",
    "first shipment 20 days; 3rd shipment 30 days",
    "first shipment 20 days; third shipment 30 days",
    "first shipment 20 days; next shipment in 30 days",
    "first shipment 20 days; following shipments 30 days",
    "first shipment 20 days; subsequent shipments 30 days",
    "first shipment 20 days; later shipments 30 days",
    "first shipment 20 days; remaining shipments 30 days",
    "first shipment 20 days; 第二批30天",
    "first shipment 20 days; 第三批30天",
    "first shipment 20 days; 2nd partial shipment 30 days",
  ])("'%s': a later lot is not this dispatch", (text) => {
    expect(findDispatch(text, now).map((d) => d.days)).toEqual([20]);
  });

  it.each([
    ["pay the balance within 7 days, production 30 days", [30]],
    ["balance paid in 7 days; ship 30 days after deposit", [30]],
    ["deposit within 3 days, then ship", []],
    ["balance paid within 7 days, then ship", []],
    ["payment in 5 days and delivery soon", []],
    ["ship after payment within 5 days", [5]],
    ["production after payment within 5 days", [5]],
    ["delivery after deposit in 5 days", [5]],
    ["lead time, after payment in 5 days", [5]],
    ["dispatch after payment in 5 days", [5]],
  ])("'%s': a payment window is not a dispatch time", (text, expected) => {
    expect(findDispatch(text, now).map((d) => d.days)).toEqual(expected);
  });

  it.each([
    "we notify you 3 days before the shipment",
    "we inform you 3 days prior to shipping",
    "tell you 3 days in advance of dispatch",
    "we call 2 days ahead of loading",
    "pre-shipment inspection ok, book it with 3 days notice",
    "give us 5 days' notice before the loading",
    "book the pre-shipment check with 2 days advance notice",
  ])("'%s' is a notice period", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("a 'before' later in the sentence is no notice period", () => {
    expect(days("ship 30 days after deposit, before the holiday")).toBe(30);
  });

  it.each([
    ["We ship within 48 hours", 2],
    ["shipped within 24 hours", 1],
    ["delivered within 72 hours", 3],
    ["delivery within 24 hours", 1],
    ["dispatched within 24 hours", 1],
    ["dispatch within 24 hours", 1],
    ["we send out within 24 hours", 1],
    ["sent out within 24 hours", 1],
    ["we process within 24 hours", 1],
  ])("'%s': hours count for a dispatch named outright", (text, n) => {
    expect(days(text)).toBe(n);
  });

  it.each([
    "pay within 24 hours",
    "production ready, pay in 24 hours",
    "within 24 hours please",
    "loading within 24 hours",
  ])("'%s': hours alone are no dispatch time", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("what the count starts from", () => {
  it.each([
    ["ship 30 days after deposit", "after_deposit"],
    ["ship 30 days from the deposit", "after_deposit"],
    ["ship 30 days upon deposit", "after_deposit"],
    ["ship 30 days once the deposit is in", "after_deposit"],
    ["ship 30 days on receipt of deposit", "after_deposit"],
    ["ship 30 days on receiving the deposit", "after_deposit"],
    ["ship 30 days after receiving your down payment", "after_deposit"],
    ["ship 30 days after receiving your downpayment", "after_deposit"],
    ["ship 30 days receiving the advance", "after_deposit"],
    ["ship 30 days since the prepayment", "after_deposit"],
    ["ship 30 days after payment", "after_deposit"],
    ["ship 30 days after paid", "after_deposit"],
    ["ship 30 days after paying", "after_deposit"],
    ["ship 30 days after funds received", "after_deposit"],
    ["ship 30 days after the L/C is opened", "after_deposit"],
    ["ship 30 days after LC opened", "after_deposit"],
    ["ship 30 days after T/T", "after_deposit"],
    ["ship 30 days after T.T.", "after_deposit"],
    ["ship 30 days after TT", "after_deposit"],
    ["ship 30 days after the balance", "after_balance"],
    ["ship 30 days after full payment", "after_balance"],
    ["ship 30 days after final payment", "after_balance"],
    ["ship 30 days after rest payment", "after_balance"],
    ["ship 30 days after order", "after_order"],
    ["ship 30 days after PO", "after_order"],
    ["ship 30 days after purchase order", "after_order"],
    ["ship 30 days after confirmation", "after_order"],
    ["ship 30 days after you confirm", "after_order"],
    ["ship 30 days after contract", "after_order"],
    ["ship 30 days after placing", "after_order"],
    ["ship 30 days after you place it", "after_order"],
    ["ship 30 days after sample approval", "after_order"],
    ["ship 30 days after approval", "after_order"],
    ["ship 30 days after artwork", "after_order"],
    ["ship 30 days after that", null],
    ["ship 30 days after that, as we discussed last week about the deposit", null],
    ["ship 30 days", null],
    ["收到定金后30天发货", "after_deposit"],
    ["收到订金后30天发货", "after_deposit"],
    ["定金后30天发货", "after_deposit"],
    ["订金到账30天发货", "after_deposit"],
    ["预付款后30天发货", "after_deposit"],
    ["尾款后30天发货", "after_balance"],
    ["尾款到账30天发货", "after_balance"],
    ["下单后30天发货", "after_order"],
    ["订单确认后30天发货", "after_order"],
    ["收到尾款30天发货", "after_balance"],
    ["收到货30天发货", null],
  ])("'%s' counts %s", (text, basis) => {
    expect(findDispatch(text, now)[0]?.basis).toBe(basis);
  });

  it("reads the anchor before the time when none follows it", () => {
    expect(read("After deposit, production 30 days")).toEqual([["after_deposit", 30, null]]);
    expect(read("after the order, ship in 30 days")).toEqual([["after_order", 30, null]]);
    // An anchor far before the time is another statement's.
    expect(read("after the order is confirmed we will talk about it, and we ship in 30 days")).toEqual([
      [null, 30, null],
    ]);
  });
});

describe("a fixed date", () => {
  it.each([
    ["12月25号前发货", "2026-12-25"],
    ["12月25日之前出货", "2026-12-25"],
    ["12月25日前發貨", "2026-12-25"],
    ["12 月 25 号以前出貨", "2026-12-25"],
    ["12月25號交货", "2026-12-25"],
    ["12月25日交貨", "2026-12-25"],
    ["12月25日装柜", "2026-12-25"],
    ["12月25日裝櫃", "2026-12-25"],
    ["12月25号前 发货", "2026-12-25"],
    ["12月1号前发货", "2026-12-01"],
    ["12月5号前发货", "2026-12-05"],
    ["12月31号前发货", "2026-12-31"],
    ["10月20号前发货", "2027-10-20"],
    ["1月20号前发货", "2027-01-20"],
    ["11月20号前发货", "2026-11-20"],
  ])("'%s' is %s", (text, date) => {
    expect(read(text)).toEqual([["fixed_date", null, date]]);
    const [found] = findDispatch(text, now);
    expect(found?.start).toBe(text.indexOf("1"));
    expect(text.slice(found!.end)).toBe("");
  });

  it.each(["13月25号前发货", "0月25号前发货", "12月32号前发货", "12月0号前发货", "12月25号前付款"])(
    "'%s' is no date",
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  it.each([
    ["The mugs must ship by 20 December at the latest", "2026-12-20"],
    ["shipment on Dec 20", "2026-12-20"],
    ["shipment 20th Dec", "2026-12-20"],
    ["dispatch 20 Dec", "2026-12-20"],
    ["ready by 2026-12-20", "2026-12-20"],
    ["deliver 12/20", "2026-12-20"],
    ["delivery Dec. 20", "2026-12-20"],
    ["load Dec 20", "2026-12-20"],
    ["ETD Dec 20", "2026-12-20"],
    ["production done latest Dec 20", "2026-12-20"],
    ["production done before Dec 20", "2026-12-20"],
    ["production done by Dec 20", "2026-12-20"],
    ["production done on Dec 20", "2026-12-20"],
    ["production done no later than Dec 20", "2026-12-20"],
    ["出货 Dec 20", "2026-12-20"],
    ["发货 Dec 20", "2026-12-20"],
    ["ship by 20 January", "2027-01-20"],
    ["ship by 20 Dec 2027", "2027-12-20"],
    ["ship by 20 October", "2027-10-20"],
    ["ship by 5 December", "2026-12-05"],
  ])("'%s' is %s", (text, date) => {
    expect(read(text)).toEqual([["fixed_date", null, date]]);
  });

  it.each([
    "We met in December",
    "ship by December",
    "ship at 10:30",
    "call me at 10:30 on the ship",
    "ship soon",
    "production done Dec 20",
    "latest Dec 20",
    "Dec 20 is my birthday",
  ])("'%s' is no ship date", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("cites the date as written", () => {
    const [found] = findDispatch("Please ship on Dec 20, thanks", now);
    expect("Please ship on Dec 20, thanks".slice(found!.start, found!.end)).toBe("Dec 20");
  });
});

describe("lead times of several items shipped together", () => {
  const chat = (line: string) =>
    draftOf([
      "Supplier: PCBA EUR 11.60/pc, probe EUR 1.18/pc.",
      "Buyer: 500 PCBA and 1000 probes ok.",
      `Supplier: ${line}`,
      "Buyer: ok.",
    ]).dispatch.days;

  it.each([
    "PCBA 20 working days after deposit, probe 7 days, we ship together.",
    "probe 7 days, PCBA 20 days after deposit, ship all together",
    "PCBA 20 days, probe 7 days, all in one shipment.",
  ])("'%s' dispatches with the slowest, 20 days", (line) => {
    expect(chat(line)).toBe(20);
  });

  it("said apart without shipping together, the last lead time stands as before", () => {
    expect(chat("PCBA 20 working days after deposit, probe 7 days.")).toBe(7);
  });
});

describe("a count that runs from an event said before it", () => {
  it.each([
    ["So I pay the balance when goods are ready and you ship within 7 days after that?", "after_balance", 7],
    ["Pay the deposit first and we ship 30 days after it", "after_deposit", 30],
    ["Confirm the order today and we dispatch 25 days from then", "after_order", 25],
  ])("'%s' starts from that event", (text, basis, count) => {
    expect(read(text)).toEqual([[basis, count, null]]);
  });

  it("'after that' with no event before it names none", () => {
    expect(read("we ship 20 days after that")).toEqual([[null, 20, null]]);
  });
});

describe("a date followed by a count, and the year it falls in", () => {
  it.each([
    // two digits after the comma count something: the year is this one, or the next once the day has passed
    ["ship before 2 Nov, 30% deposit", "2026-11-02"],
    ["ship before 28 Oct, 30% deposit", "2027-10-28"],
    ["ship before 20 Dec, 50 pcs per carton", "2026-12-20"],
    // a year written out stands, whatever follows it
    ["ship by 12 Dec 2027 latest", "2027-12-12"],
  ])("'%s' is %s", (text, date) => {
    expect(read(text)).toEqual([["fixed_date", null, date]]);
  });

  it("'after that' after the down payment runs from the deposit", () => {
    expect(read("we get your downpayment and ship 30 days after it")).toEqual([["after_deposit", 30, null]]);
  });
});

describe("a paper promised within days is no dispatch", () => {
  it.each([
    "Action items: Lan – PI within 2 days",
    "we send the proforma invoice within 1 day",
    "lab report in 5 days after testing",
    "artwork within 3 days, pls confirm",
    "tracking number in 2 days",
  ])("'%s'", (text) => {
    expect(findDispatch(text, now)).toEqual([]);
  });

  it("the goods' time in the same sentence still counts", () => {
    expect(
      findDispatch("PI within 2 days, production 30 days after deposit", now).map((d) => d.days),
    ).toEqual([30]);
  });
});

describe("a time spelled out, as voice notes write it", () => {
  it.each([
    ["Production thirty days after deposit.", 30],
    ["we ship in twenty-five working days after deposit", 25],
    ["delivery forty five days after order", 45],
    ["Fifteen days after deposit we ship", 15],
  ])("'%s' is %i days", (text, expected) => {
    expect(days(text)).toBe(expected);
  });

  it("a small number in words is left alone ('the box printing needs one week')", () => {
    expect(
      findDispatch("25-30 days after deposit, because the color box printing need one week", now).map(
        (d) => d.days,
      ),
    ).toEqual([30]);
  });
});

describe("a time turned down is no term", () => {
  it.each([
    "twenty days after deposit impossible for 1,200 pcs",
    "I cannot confirm production 20 days dear",
    "shipping in 15 days after deposit is not possible",
    "delivery 10 days after order too tight for us",
  ])("'%s'", (text) => {
    expect(findDispatch(text, now)).toEqual([]);
  });

  it("the time stated beside a refusal of another stands", () => {
    expect(days("Sorry, 10 April too tight, production need 45 days after order")).toBe(45);
  });
});

describe("an offset in minutes or hours is no ship date", () => {
  it.each([
    "1.7 m tripod: aluminium legs, max load 1.5 kg",
    "loading starts in 30 mins",
    "ready to load 5 m after the bell",
  ])("'%s'", (text) => {
    expect(findDispatch(text, now).filter((d) => d.basis === "fixed_date")).toEqual([]);
  });
});

describe("a count of days from an event is never a date", () => {
  const now = new Date("2026-09-16T12:00:00Z");
  it.each([
    // a price line wrapped into the sentence after it: "by air" is no "ship by"
    "USD 22.00 DDP Birmingham by air Production 25-30 days after deposit.",
    "by sea, 30 days after the balance",
  ])("%s holds no fixed date", (text) =>
    expect(findDispatch(text, now).filter((found) => found.basis === "fixed_date")).toEqual([]),
  );

  it("a quote whose lines wrap into the lead time keeps the lead time after the deposit", () => {
    const draft = draftOf(
      [
        "Supplier: For bulk PT-20 (800 units):",
        "M collar (neck 35-50 cm): USD 19.80 FOB Shenzhen / USD 21.50 DDP Birmingham by air",
        "L collar (neck 45-65 cm): USD 20.30 FOB Shenzhen / USD 22.00 DDP Birmingham by air",
        "Production 25-30 days after deposit.",
        "Buyer: Ok, 21.50 and 22.00 DDP, confirmed. 40% deposit by T/T this week.",
      ],
      now,
    );
    expect(draft.dispatch).toEqual({ basis: "after_deposit", days: 30, date: null });
  });
});

describe("a lead time written in haste", () => {
  it.each([
    ["25d after dep", ["after_deposit", 25, null]],
    ["ship 30d after deposit", ["after_deposit", 30, null]],
    ["25 days after dep", ["after_deposit", 25, null]],
  ])("%s", (text, expected) => expect(read(text)).toEqual([expected]));

  it.each(["25d", "300D fabric after washing", "size 25d after washing"])("%s is no lead time", (text) =>
    expect(read(text)).toEqual([]),
  );
});

describe("figures inside an amount are no ship date", () => {
  it("a price range that reads as a day and a month is a price", () => {
    expect(read("Slides: 450mm, 35 kg load rating, USD 4.20-5.60/pair.")).toEqual([]);
    expect(read("load 40HQ, price 4.20 USD, ship by 20 May")).toEqual([["fixed_date", null, "2027-05-20"]]);
  });
});

describe("a lead time said only by what it counts from, and an ex-factory date", () => {
  it.each([
    ["FOB Mundra by sea, 35 days from receipt of advance", ["after_deposit", 35, null]],
    ["CIF Hamburg, 40 days upon receipt of deposit", ["after_deposit", 40, null]],
    ["30 days from receiving your down payment", ["after_deposit", 30, null]],
    ["25 days from the PO", ["after_order", 25, null]],
    ["10 days after balance", ["after_balance", 10, null]],
  ])("'%s' is a dispatch term", (text, term) => {
    expect(read(text)).toEqual([term]);
  });

  it.each([
    ["Ex-factory date 15 Jan if deposit comes this week", "2027-01-15"],
    ["ex factory 20 Dec", "2026-12-20"],
    ["Exfactory: 3 December", "2026-12-03"],
  ])("'%s' ships on %s", (text, date) => {
    expect(read(text)).toEqual([["fixed_date", null, date]]);
  });

  it.each(["payment 30 days from receipt of invoice", "the price is valid 30 days from the quote"])(
    "'%s' dates no dispatch",
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe("a few weeks or months said in words", () => {
  it.each([
    ["We ship six weeks after order confirmation", ["after_order", 42, null]],
    ["ship two months after deposit", ["after_deposit", 60, null]],
    ["lead time three to four weeks after deposit", ["after_deposit", 28, null]],
  ])("'%s'", (text, expected) => {
    expect(read(text)).toEqual([expected]);
  });

  it.each(["we need one week for the box printing", "please give us two days notice before shipment"])(
    "a word below ten before days, or 'one week', is no lead time: '%s'",
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );
});

describe("a date that another event's words follow", () => {
  it("'I'm in Delhi the week of 17 May, I can ... do our own QC before it ships' dates the QC, not the shipment", () => {
    expect(
      read("I'm in Delhi the week of 17 May, I can pop up to Jalandhar and do our own QC before it ships"),
    ).toEqual([]);
  });

  it("a date with shipping named first is still the ship date ('20 May is fine to ship, QC a week before')", () => {
    expect(read("20 May is fine to ship, QC a week before")).toEqual([["fixed_date", null, "2027-05-20"]]);
  });
});

describe("ship dates written the German way, and the month's end", () => {
  const on = new Date("2026-11-11T10:00:00Z");
  const dated = (text: string) => findDispatch(text, on).map((d) => [d.basis, d.date]);
  it.each([
    ["So shipping by 30.11. latest.", "2026-11-30"],
    ["ship before 1.2. please", "2027-02-01"],
    ["If deposit this week we ship end of this month, FOB Ningbo by sea", "2026-11-30"],
    ["we can ship end of next month", "2026-12-31"],
  ])("'%s' ships on %s", (text, date) => {
    expect(dated(text)).toEqual([["fixed_date", date]]);
  });

  it.each(["price 1.85. Ship in 20 days", "shipping by sea takes 30 days"])(
    "'%s' holds no dotted date",
    (text) => {
      expect(dated(text).filter(([basis]) => basis === "fixed_date")).toEqual([]);
    },
  );
});

describe("'now' beside a ship date", () => {
  it("says when work starts, not when goods leave", () => {
    expect(
      findDispatch(
        "Ship before June 30 ok, we arrange production now.",
        new Date("2026-06-02T12:00:00Z"),
      ).map((d) => d.date),
    ).toEqual(["2026-06-30"]);
  });
});
