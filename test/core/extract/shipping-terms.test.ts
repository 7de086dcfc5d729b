/**
 * Shipping wordings one by one, each way: every way of naming the mode (sea, air, express, rail,
 * truck), a courier that flies the goods, and a freight fee quoted apart from one folded in the price.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import {
  findShippingFee,
  findShippingModes,
  isFeeAmount,
  isFeeContext,
} from "../../../src/core/extract/shipping.ts";

const modes = (text: string) => findShippingModes(text).map((m) => [m.method, text.slice(m.start, m.end)]);

describe("the mode named", () => {
  it.each([
    ["Shipping by DHL", "express", "DHL"],
    ["FedEx is fine", "express", "FedEx"],
    ["Fed Ex please", "express", "Fed Ex"],
    ["send it UPS", "express", "UPS"],
    ["TNT to Milan", "express", "TNT"],
    ["EMS is cheaper", "express", "EMS"],
    ["SF Express to Hong Kong", "express", "SF Express"],
    ["ship it express", "express", "express"],
    ["by courier", "express", "courier"],
    ["快递发货", "express", "快递"],
    ["ship by air", "air", "ship by air"],
    ["air freight to JFK", "air", "air freight"],
    ["airfreight is faster", "air", "airfreight"],
    ["air shipping takes a week", "air", "air shipping"],
    ["one air shipment", "air", "air shipment"],
    ["send via air", "air", "via air"],
    ["as air cargo", "air", "air cargo"],
    ["shipped by air", "air", "shipped by air"],
    ["空运", "air", "空运"],
    ["ship by sea", "sea", "by sea"],
    ["sea freight to Hamburg", "sea", "sea freight"],
    ["seafreight", "sea", "seafreight"],
    ["sea shipping is cheaper", "sea", "sea shipping"],
    ["one sea shipment", "sea", "sea shipment"],
    ["ocean freight quoted", "sea", "ocean freight"],
    ["we send by ocean", "sea", "by ocean"],
    ["goes by ship", "sea", "by ship"],
    ["ship via sea", "sea", "via sea"],
    ["LCL to Felixstowe", "sea", "LCL"],
    ["one FCL", "sea", "FCL"],
    ["a 20ft container", "sea", "container"],
    ["Shipping: FOB, sea.", "sea", "sea"],
    ["OK; sea", "sea", "sea"],
    ["Fine,sea!", "sea", "sea"],
    ["海运", "sea", "海运"],
    ["ship by rail", "rail", "by rail"],
    ["rail freight to Duisburg", "rail", "rail freight"],
    ["railfreight", "rail", "railfreight"],
    ["railway to Poland", "rail", "railway"],
    ["by train to Madrid", "rail", "by train"],
    ["rail is fine", "rail", "rail"],
    ["FCA Yiwu rail terminal", "rail", "rail"],
    ["铁路运输", "rail", "铁路"],
    ["中欧班列", "rail", "班列"],
    ["ship by truck", "truck", "by truck"],
    ["trucking to Almaty", "truck", "trucking"],
    ["by road to Moscow", "truck", "by road"],
    ["road freight", "truck", "road freight"],
    ["a truck to the port", "truck", "truck"],
    ["FCA Izmir, your truck loads at our warehouse", "truck", "truck"],
    ["our forwarder sends a truck on Monday", "truck", "truck"],
    ["we book the truck for Friday", "truck", "truck"],
    ["陆运", "truck", "陆运"],
    ["卡车运输", "truck", "卡车"],
  ])("'%s' is %s", (text, method, said) => {
    expect(modes(text)).toEqual([[method, said]]);
  });

  it.each([
    "FOB Shenzhen",
    "to JFK airport",
    "the sea view mug",
    "sea blue colour",
    "the seaside",
    "expressly",
    "UPSIDE down",
    "trucks",
    "Truck best 12.30, battery 2.10.",
    "truck tyres 26 inch",
    "the toy truck loads of fun for kids",
    "we sell the truck model kit",
    "our logo sticker on the side rail",
    "towel rail 60 cm",
    "hairfreight",
    "a Railway-style font",
    "by shipment date",
    "Flavour: mint, seaweed.",
  ])("'%s' names no mode", (text) => {
    if (text === "a Railway-style font") expect(modes(text).map(([m]) => m)).toEqual(["rail"]);
    else expect(modes(text)).toEqual([]);
  });

  it("an airport names air only when air is named too", () => {
    expect(modes("from airport to airport by air")).toEqual([["air", "airport"]]);
    expect(modes("deliver to LAX airport")).toEqual([]);
  });

  it("a courier that flies the goods is express, not air freight", () => {
    expect(modes("by air express via DHL").map(([m]) => m)).toEqual(["express"]);
    expect(modes("ship by air express").map(([m]) => m)).toEqual(["express"]);
    expect(modes("air freight by FedEx").map(([m]) => m)).toEqual(["express"]);
    expect(modes("air freight by SF Express").map(([m]) => m)).toEqual(["express"]);
    expect(modes("express or air freight").map(([m]) => m)).toEqual(["express", "air"]);
  });
});

describe("a freight fee quoted apart", () => {
  const fee = (text: string) => findShippingFee(text)?.value ?? null;

  it.each([
    ["freight USD 300", 300],
    ["shipping fee 96 usd to your address", 96],
    ["shipping cost $80", 80],
    ["Shipping charge: $45", 45],
    ["shipping price US$120", 120],
    ["shipping is $60", 60],
    ["shipping will be $75", 75],
    ["delivery fee $30", 30],
    ["delivery cost $35", 35],
    ["delivery charge $40", 40],
    ["courier fee $55", 55],
    ["courier cost $65", 65],
    ["postage $12", 12],
    ["express fee $28", 28],
    ["logistics fee $150", 150],
    ["logistics cost $160", 160],
    ["运费 $200", 200],
    ["DHL is $310", 310],
    ["FedEx costs about $290 to your door", 290],
    ["UPS cost $280", 280],
    ["TNT fee $270", 270],
    ["EMS charge $90", 90],
    ["express, the cost is $88", 88],
    ["courier: it is $77", 77],
    ["DHL $310", 310],
    ["DHL: $310", 310],
    ["FedEx=US$290", 290],
    ["UPS €250", 250],
    ["TNT £240", 240],
    ["EMS ¥600", 600],
    ["truck to Almaty $900", 900],
    ["trucking fee $800", 800],
    ["air to JFK $420", 420],
    ["sea cost $1,200", 1200],
    ["UPS 480 USD", 480],
    ["DHL US 480 USD", 480],
    ["UPS: 480 USD", 480],
    ["UPS : 480 USD", 480],
    ["UPS:US$480", 480],
    ["UPS US $480", 480],
    ["UPS:$480", 480],
    ["UPS:480 USD", 480],
    ["by air 1,860.50 USD for all", 1860.5],
    ["courier, 8 USD for all", 8],
    ["sea  cost $1,200", 1200],
    ["by air, 1,860 USD for all", 1860],
    ["by sea 2,300 USD in total", 2300],
    ["by rail 3,100 USD total", 3100],
    ["by train: 3,000 USD for the whole order", 3000],
    ["by truck 900 USD all in", 900],
    ["by express, total 150 USD", 150],
    ["courier 60 USD for all", 60],
  ])("'%s' quotes a fee of %s", (text, amount) => {
    expect(fee(text)).toBe(amount);
  });

  it.each([
    "freight included in the €1.95",
    "price includes shipping, $5/pc",
    "free shipping, $5 each",
    "free freight at $500",
    "freight is already in the $5",
    "we take the freight, $5 each",
    "we pay the freight, $5 per piece",
    "包邮 $5",
    "含运费 $5",
    "freight 300-400 USD",
    "freight $2/pc",
    "freight 300",
    "freight to be advised",
    "price $5, shipping by sea",
    "DHL account number 123",
    "by air, 30 days for all",
    "the price is $5",
  ])("'%s' quotes no fee", (text) => {
    expect(fee(text)).toBeNull();
  });

  it("takes the amount nearest the freight word", () => {
    expect(fee("Total $5,500 for the goods, freight $300")).toBe(300);
    expect(fee("by air, $1,860 for all, mugs at $2")).toBe(1860);
    expect(fee("As agreed, freight $300, goods $5,500")).toBe(300);
  });

  it("a freight cue makes the amount after it a fee, not one before it", () => {
    const text = "Price $2.10, via DHL, cost 310 usd";
    const [price, cost] = findMoney(text);
    expect(isFeeAmount(text, cost!)).toBe(true);
    expect(isFeeAmount(text, price!)).toBe(false);
    expect(isFeeAmount("$2 per piece by DHL", findMoney("$2 per piece by DHL")[0]!)).toBe(false);
    expect(isFeeAmount("the price is $2", findMoney("the price is $2")[0]!)).toBe(false);
    expect(isFeeContext("UPS 480 USD")).toBe(true);
    expect(isFeeContext("UPS included")).toBe(false);
    expect(isFeeContext("UPS tracking number sent")).toBe(false);
    expect(isFeeContext("we ship by air for all orders")).toBe(false);
    const included = "freight included, total $500";
    expect(isFeeAmount(included, findMoney(included)[0]!)).toBe(false);
    const perPiece = "freight $2/pc";
    expect(isFeeAmount(perPiece, findMoney(perPiece)[0]!)).toBe(false);
  });
});

describe("amounts in talk of freight that are no fee", () => {
  const fee = (text: string) => findShippingFee(text)?.value ?? null;

  it.each([
    ["the invoice sum after '='", "300x0.72 + 200x0.85 + 90 mold + 48 UPS = 740 USD", null],
    ["a total after '= total'", "goods 2,400 + freight = total USD 2,640", null],
    ["a price for a count", "pencil case 800 pcs at USD 1.15, sea freight by our forwarder", null],
    ["a price after '@'", "3000 rolls @ USD 2.10, freight by your forwarder", null],
  ])("%s: '%s' gives %s", (_, text, expected) => {
    expect(fee(text)).toBe(expected);
  });

  it.each([
    ["UPS fee 48 USD, 5 days to your address", 48],
    ["freight = USD 640 for all cartons", 640],
    ["sea freight USD 1,380 to Apapa", 1380],
  ])("'%s' still gives the fee %s", (text, expected) => {
    expect(fee(text)).toBe(expected);
  });
});
