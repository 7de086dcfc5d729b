/**
 * The freight fee a buyer sees read from a sourcing chat, however loosely it is typed: a courier's small fee
 * with or without a colon, "US" or a space; a whole-shipment price run into its currency; a lower-case trade
 * term; what a fee leaves out or holds; and the amounts that look like freight but are not the fee (a sum
 * after "=", a price for a count, a rate times the cargo, the order's total, a currency conversion). Also
 * the mode named when rail or a truck is written tersely.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import {
  findShippingFee,
  findShippingModes,
  isFeeAmount,
  isFeeContext,
} from "../../../src/core/extract/shipping.ts";

const fee = (text: string) => findShippingFee(text)?.value ?? null;
const modes = (text: string) => findShippingModes(text).map((m) => m.method);

describe("rail or a truck named tersely is still the mode", () => {
  it.each([
    ["Route: Xi'an to Duisburg (rail), 18 days", "rail"],
    ["Sea is too slow,rail please", "rail"],
    ["please book rail for the 2 pallets", "rail"],
    ["FCA Yiwu rail  terminal", "rail"],
    ["Shipping: By Truck to Almaty, 12 days", "truck"],
  ])("'%s' names %s", (text, method) => {
    expect(modes(text)).toEqual([method]);
  });
});

describe("a courier's small fee, however it is typed", () => {
  it.each([
    ["Sample via DHL $9, arrives Friday", 9],
    ["DHL: $8", 8],
    ["DHL:$8", 8],
    ["UPS : $9", 9],
    ["DHL:US$8", 8],
    ["UPS US$8", 8],
    ["UPS 9 USD", 9],
  ])("'%s' is a fee of %d", (text, value) => {
    expect(fee(text)).toBe(value);
  });
});

describe("an amount for the whole shipment", () => {
  it.each([
    ["Sample by express will cost USD 88", 88],
    ["by air 1,860USD for all", 1860],
    ["by express 95€ for all", 95],
    ["by sea 2,100 USD  all in", 2100],
    ["cfr jebel ali usd 980 for one 20gp", 980],
  ])("'%s' is a fee of %d", (text, value) => {
    expect(fee(text)).toBe(value);
  });

  it("a unit price quoted all in for a full container is the item's price, no fee", () => {
    const text = "Full container by sea 1x40' all in, unit price USD 12.50";
    expect(isFeeContext(text)).toBe(false);
    expect(fee(text)).toBeNull();
  });

  it("a courier's small fee after the item's price is freight, the price is not", () => {
    const text = "mug USD 2.10, DHL: $8 for the sample";
    expect(findMoney(text).map((money) => [money.value, isFeeAmount(text, money)])).toEqual([
      [2.1, false],
      [8, true],
    ]);
  });
});

describe("what the fee leaves out or holds keeps it a fee", () => {
  it.each([
    ["freight USD 320, not including unloading at your warehouse", 320],
    ["freight USD 320, doesn't include unloading at your warehouse", 320],
    ["sea freight USD 1,380 including import duty", 1380],
  ])("'%s' is a fee of %d", (text, value) => {
    expect(fee(text)).toBe(value);
  });
});

describe("a sum or a price for a count beside the freight", () => {
  it.each([
    ["goods 5,000 + freight 120 + insurance 20=USD 5,140", null],
    ["goods 2,400 + freight =total USD 2,640", null],
    ["goods 692 + 48 UPS = ttl 740 USD", null],
    ["pencil case 800pcs at USD 1.15, sea freight by our forwarder", null],
    ["3000 rolls @USD 2.10, freight by your forwarder", null],
    ["3 cartons = 42 kg, DHL USD 96", 96],
    ["samples 2 cartons by DHL = USD 96", 96],
  ])("'%s' gives the fee %s", (text, value) => {
    expect(fee(text)).toBe(value);
  });
});

describe("a freight rate times the cargo: the product is the fee, never the rate", () => {
  it.each([
    ["sea freight 8cbm*65=520usd", 520],
    ["sea freight 3.5cbm×$70=$245", 245],
    ["Sea freight 8cbm x USD 65 = USD 520", 520],
    ["Sea freight 8 CBM x USD 65 = USD 520", 520],
    ["Sea freight 8 CBM x 65 USD = 520 USD", 520],
    ["Sea freight 8 CBM x USD 65 net = USD 520", 520],
    ["Sea freight 8 CBM x USD 65 = abt USD 520", 520],
    ["Sea freight 8 CBM x abt 65 USD = abt 520 USD", 520],
    ["sea freight for 2 x 40HQ: USD 3,600 = 2 x USD 1,800", 3600],
  ])("'%s' is a fee of %d", (text, value) => {
    expect(fee(text)).toBe(value);
  });

  it("the order's total after a freight product is no fee ('goods 6,300 + 520 = USD 6,820')", () => {
    expect(fee("sea freight 8 CBM x 65 = 520, goods 6,300 + 520 = USD 6,820")).toBeNull();
  });
});

describe("a total whose breakdown names the freight is the order's, not the fee", () => {
  it.each([
    "total amount USD 6,820",
    "total: USD 6,820",
    "total:USD 6,820",
    "total: abt USD 6,820",
    "total is US $6,820",
    "total of US $6,820",
  ])("'PI sent, %s (balls 5,040 + gloves 1,240 + freight 540)' reads no fee", (total) => {
    expect(fee(`PI sent, ${total} (balls 5,040 + gloves 1,240 + freight 540)`)).toBeNull();
  });

  it.each([
    ["Total 12 cartons / 380 kg: USD 1,460 air freight door to door", 1460],
    ["sample total USD 96运费", 96],
  ])("a total that is the freight itself: '%s' is a fee of %d", (text, value) => {
    expect(fee(text)).toBe(value);
  });
});

describe("the fee beside a conversion or another charge", () => {
  it.each([
    ["sea freight USD 640 = RMB 4,600", 640],
    ["2 boxes by FedEx USD 96 = RMB 680", 96],
    ["DHL 1 box USD 96 (=RMB 680)", 96],
    ["USD 96 运费, 关税 USD 12", 96],
  ])("'%s' is a fee of %d", (text, value) => {
    expect(fee(text)).toBe(value);
  });
});
