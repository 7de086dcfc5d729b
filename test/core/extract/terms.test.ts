import { describe, expect, it } from "vitest";
import { findDispatch } from "../../../src/core/extract/dispatch.ts";
import { findIncoterms } from "../../../src/core/extract/incoterm.ts";
import { findInspection } from "../../../src/core/extract/inspection.ts";
import { findBalance, findDeposit, findPaymentMethods } from "../../../src/core/extract/payment.ts";
import { findShippingFee, findShippingModes } from "../../../src/core/extract/shipping.ts";
import { findCompanies } from "../../../src/core/extract/supplier.ts";

const now = new Date("2026-11-02T10:00:00Z");

describe("findIncoterms", () => {
  it("reads the code and its named place", () => {
    expect(findIncoterms("FOB Ningbo please").map((m) => [m.code, m.place])).toEqual([["FOB", "Ningbo"]]);
    expect(findIncoterms("Price is ex-works Dongguan.").map((m) => [m.code, m.place])).toEqual([
      ["EXW", "Dongguan"],
    ]);
    expect(findIncoterms("EXW our factory").map((m) => [m.code, m.place])).toEqual([["EXW", null]]);
    expect(findIncoterms("DDP Amazon FBA, tax included").map((m) => [m.code, m.place])).toEqual([
      ["DDP", "Amazon FBA"],
    ]);
    expect(findIncoterms("CIF Southampton by sea").map((m) => [m.code, m.place])).toEqual([
      ["CIF", "Southampton"],
    ]);
    expect(findIncoterms("FOB price is 2.5 USD").map((m) => [m.code, m.place])).toEqual([["FOB", null]]);
  });
});

describe("shipping", () => {
  it("names the mode; couriers are express; an Incoterm alone is no mode", () => {
    expect(findShippingModes("Shipping by FedEx").map((m) => m.method)).toEqual(["express"]);
    expect(findShippingModes("my forwarder will book the sea freight").map((m) => m.method)).toEqual(["sea"]);
    expect(findShippingModes("We can ship by rail to Duisburg").map((m) => m.method)).toEqual(["rail"]);
    expect(findShippingModes("FOB Shenzhen")).toEqual([]);
    expect(findShippingModes("to JFK airport")).toEqual([]);
  });

  it("reads a freight fee quoted apart, not freight folded into the price", () => {
    expect(findShippingFee("Air freight US$420 to JFK is fine")?.value).toBe(420);
    expect(findShippingFee("shipping fee 96 usd to your address")?.value).toBe(96);
    expect(findShippingFee("freight included in the €1.95")).toBeNull();
  });
});

describe("findDispatch", () => {
  const read = (text: string) => findDispatch(text, now).map((d) => [d.basis, d.days, d.date]);
  it("reads N days after deposit, balance or order, with ranges at their upper end", () => {
    expect(read("20-25 days after deposit.")).toEqual([["after_deposit", 25, null]]);
    expect(read("We ship within 3 weeks after deposit")).toEqual([["after_deposit", 21, null]]);
    expect(read("Delivery 25 working days after deposit")).toEqual([["after_deposit", 25, null]]);
    expect(read("ship 10 days after order confirmed")).toEqual([["after_order", 10, null]]);
    expect(read("goods ready 7 days after receiving the balance")).toEqual([["after_balance", 7, null]]);
    expect(read("交期25天")).toEqual([[null, 25, null]]);
  });

  it("reads a fixed ship date with the year from now, and ignores transit times", () => {
    expect(read("The mugs must ship by 20 December at the latest")).toEqual([
      ["fixed_date", null, "2026-12-20"],
    ]);
    expect(read("sea transit takes 30 days to Hamburg")).toEqual([]);
  });
});

describe("payment", () => {
  it("reads the deposit percent", () => {
    expect(findDeposit("30% deposit by T/T, 70% balance before shipment")?.value).toBe(30);
    expect(findDeposit("payment 50/50 by TT")?.value).toBe(50);
    expect(findDeposit("We will pay 100% upfront by credit card")?.value).toBe(100);
    expect(findDeposit("full payment before production")?.value).toBe(100);
    expect(findDeposit("定金30%，尾款出货前付清")?.value).toBe(30);
    expect(findDeposit("size 50/60 cm")).toBeNull();
  });

  it("reads when the balance is due", () => {
    expect(findBalance("70% balance before shipment")?.value).toBe("before_shipment");
    expect(findBalance("balance against B/L copy")?.value).toBe("after_shipment");
    expect(findBalance("rest on delivery")?.value).toBe("on_delivery");
    expect(findBalance("尾款出货前付清")?.value).toBe("before_shipment");
  });

  it("maps the method", () => {
    const method = (text: string) => findPaymentMethods(text).map((m) => m.value);
    expect(method("by T/T")).toEqual(["bank_transfer"]);
    expect(method("bank transfer to our company account")).toEqual(["bank_transfer"]);
    expect(method("Can I pay with Alibaba Pay Later?")).toEqual(["pay_later"]);
    expect(method("You can pay by Alipay")).toEqual(["other"]);
    expect(method("100% by PayPal")).toEqual(["paypal"]);
    expect(method("L/C at sight")).toEqual(["letter_of_credit"]);
  });
});

describe("findInspection", () => {
  it("knows third parties, Alibaba's service, own checks and a declined inspection", () => {
    expect(findInspection("We will book a QIMA pre-shipment inspection", "buyer")?.by).toBe("third_party");
    expect(findInspection("please accept the Alibaba inspection service", "buyer")?.by).toBe("alibaba");
    expect(findInspection("No inspection needed for this order", "buyer")).toMatchObject({
      required: false,
      by: null,
    });
    expect(findInspection("our QC team will check every piece before packing", "supplier")?.by).toBe(
      "supplier",
    );
    expect(findInspection("our QC will inspect the goods at your factory", "buyer")?.by).toBe("buyer");
  });

  it("does not take a lab test report for an inspection", () => {
    expect(findInspection("SGS report for phthalate-free material", "buyer")).toBeNull();
  });
});

describe("findCompanies", () => {
  it("reads the company name as written", () => {
    expect(
      findCompanies("this is Cindy from Shenzhen Huaxin Silicone Products Co., Ltd. Thanks").map(
        (c) => c.name,
      ),
    ).toEqual(["Shenzhen Huaxin Silicone Products Co., Ltd."]);
    expect(findCompanies("Chen Hao from Chaozhou Fengxi Ceramics Factory.").map((c) => c.name)).toEqual([
      "Chaozhou Fengxi Ceramics Factory",
    ]);
    expect(findCompanies("I will send the Trade Assurance order today")).toEqual([]);
  });
});
