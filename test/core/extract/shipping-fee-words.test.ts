/**
 * The freight reader word by word: every way a mode, a carrier, a trade term and a load name a shipment
 * priced as a whole, every form its amount takes, and the near-misses that price a piece, add up a sum or
 * hold the freight inside the price. (Each alternative of the patterns in shipping.ts is exercised here.)
 */
import { describe, expect, it } from "vitest";
import { findShippingFee, isFeeContext } from "../../../src/core/extract/shipping.ts";

const fee = (text: string) => findShippingFee(text)?.value ?? null;

describe("a mode, then a trade term, then the amount", () => {
  it.each([
    "by air",
    "by sea",
    "by rail",
    "by train",
    "by truck",
    "by road",
    "air freight",
    "sea freight",
    "seafreight",
    "rail freight",
    "ocean freight",
    "rail",
    "railway",
    "train",
    "truck",
    "LCL",
    "FCL",
    "DHL",
    "FedEx",
    "UPS",
    "TNT",
    "EMS",
  ])("'%s DAP Berlin USD 640' is a fee of 640", (mode) => {
    expect(fee(`${mode} DAP Berlin USD 640`)).toBe(640);
  });

  it.each(["EXW", "FCA", "FOB", "CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"])(
    "'by sea %s Hamburg USD 640' is a fee of 640",
    (term) => {
      expect(fee(`by sea ${term} Hamburg USD 640`)).toBe(640);
    },
  );

  it("the term may stand up to twenty characters after the mode ('railway to Duisburg DAP 1380 usd')", () => {
    expect(fee("or railway to Duisburg DAP 1380 usd, 18-20 days")).toBe(1380);
    expect(fee("by rail via the Alashankou border pass then DAP 1380 usd")).toBeNull();
  });

  it("a sentence break between the mode and the term ends the option", () => {
    expect(fee("we ship by sea. DAP Berlin USD 640")).toBeNull();
  });
});

describe("the forms of the amount", () => {
  it.each([
    ["by sea CIF Hamburg USD 1,150", 1150],
    ["by sea CIF Hamburg US$ 640", 640],
    ["by sea CIF Hamburg €560", 560],
    ["by sea CIF Hamburg £56", 56],
    ["by sea CIF Hamburg EUR 640.50", 640.5],
    ["by sea CIF Hamburg 1,380 usd", 1380],
    ["by sea CIF Hamburg 640 eur", 640],
    ["by sea CIF Hamburg 96 aud", 96],
    ["by sea CIF Hamburg 640 rmb", 640],
    ["by sea CIF Hamburg 640 gbp", 640],
    ["by sea CIF Hamburg 640 cny", 640],
    ["by sea CIF Hamburg 640$", 640],
  ])("'%s' is a fee of %d", (text, value) => {
    expect(fee(text)).toBe(value);
  });

  it.each([
    "by sea CIF Hamburg USD 8.95",
    "by sea CIF Hamburg USD 25/pc",
    "by sea CIF Hamburg USD 25 per piece",
    "by sea CIF Hamburg USD 25 each",
    "by sea CIF Hamburg USD 25 a pc",
    "by sea CIF Hamburg USD 25 a piece",
    "by sea CIF Hamburg USD 25 a unit",
    "by sea CIF Hamburg USD 25 a set",
  ])("'%s' prices a piece, no shipment", (text) => {
    expect(isFeeContext(text)).toBe(false);
  });
});

describe("a carrier or load named alone with the amount", () => {
  it.each([
    ["LCL now €560", 560],
    ["FCL to your port USD 2,100", 2100],
    ["DHL to your door in Auckland 96 usd", 96],
    ["FedEx priority USD 290", 290],
    ["UPS saver USD 480", 480],
    ["TNT economy USD 310", 310],
    ["EMS USD 85", 85],
  ])("'%s' is a fee of %d", (text, value) => {
    expect(fee(text)).toBe(value);
  });

  it("too many words between the carrier and the amount make no fee of it", () => {
    expect(isFeeContext("LCL is the usual way for our customers and the price is USD 560")).toBe(false);
  });
});

describe("a trade term that carries the freight, its amount, then the load or mode", () => {
  it.each(["CFR", "CIF", "CPT", "CIP", "DAP", "DPU", "DDP"])(
    "'%s Jebel Ali USD 980 for one 20GP'",
    (term) => {
      expect(fee(`${term} Jebel Ali USD 980 for one 20GP`)).toBe(980);
    },
  );

  it.each([
    "by sea",
    "by air",
    "by rail",
    "by train",
    "by truck",
    "20GP",
    "20 GP",
    "40GP",
    "40HQ",
    "40 HQ",
    "20ft",
    "40ft",
    "container",
    "LCL",
    "FCL",
  ])("'CFR Jebel Ali USD 980 for the %s'", (load) => {
    expect(fee(`CFR Jebel Ali USD 980 for the ${load}`)).toBe(980);
  });

  it("a term that leaves the freight to the buyer prices no load ('FOB Ningbo USD 980 for one 20GP')", () => {
    expect(fee("FOB Ningbo USD 980 for one 20GP")).toBeNull();
  });

  it("with no load or mode after it, the amount is the price under that term", () => {
    expect(fee("CFR Jebel Ali USD 980")).toBeNull();
  });
});

describe("what the fee holds, and freight held in the price", () => {
  it.each([
    "duty",
    "duties",
    "tax",
    "taxes",
    "customs",
    "insurance",
    "vat",
    "gst",
    "pss",
    "baf",
    "surcharge",
    "surcharges",
    "thc",
    "local charges",
    "the duty",
  ])("'shipping fee USD 2,350 including %s' is a fee", (what) => {
    expect(fee(`DDP Los Angeles by sea shipping fee USD 2,350 including ${what}`)).toBe(2350);
  });

  it.each([
    "price USD 3.20 including freight, shipping fee USD 0",
    "freight USD 300 included in the price",
    "free shipping, DHL USD 0",
    "free freight, by sea USD 300 total",
    "the freight is already in, by sea USD 300 total",
    "we take the freight, by sea USD 300 total",
    "we pay the freight, by sea USD 300 total",
    "包邮, DHL USD 96",
    "含运费, DHL USD 96",
  ])("'%s' is no fee", (text) => {
    expect(isFeeContext(text)).toBe(false);
  });
});

describe("a forwarder's price is freight", () => {
  it.each([
    "forwarder says USD 1,290",
    "forwarder say min 1290 usd",
    "forwarder said USD 1,290",
    "forwarder quotes USD 1,290",
    "forwarder quote USD 1,290",
    "forwarder quoted USD 1,290",
    "forwarder charges USD 1,290",
    "forwarder charge USD 1,290",
    "forwarder asks USD 1,290",
    "forwarder ask USD 1,290",
    "forwarder gives USD 1,290",
    "forwarder give USD 1,290",
    "forwarder gave USD 1,290",
    "forwarder offers USD 1,290",
    "forwarder offer USD 1,290",
    "forwarder can do USD 1,290",
  ])("'%s'", (text) => {
    expect(fee(text)).toBe(1290);
  });

  it("a forwarder named without a price verb quotes nothing", () => {
    expect(isFeeContext("your forwarder picks up, price USD 2.50/pc")).toBe(false);
  });
});

describe("a carrier or mode with an amount for the whole shipment", () => {
  it.each([
    ["UPS 480 USD", 480],
    ["DHL: $96", 96],
    ["FedEx=US$290", 290],
    ["TNT $ 310", 310],
    ["EMS US$85", 85],
    ["by air, 1,860 USD for all", 1860],
    ["by sea about 2,100 USD in total", 2100],
    ["by express 300 usd for the whole", 300],
    ["by rail 1,500 EUR all in", 1500],
    ["by train total 1,500 EUR", 1500],
    ["by truck 800 total", null],
    ["courier 120 USD total", 120],
  ])("'%s' is a fee of %s", (text, value) => {
    expect(fee(text)).toBe(value);
  });

  it.each(["UPS is fast", "by air it is faster, about 5 days"])("'%s' prices nothing", (text) => {
    expect(fee(text)).toBeNull();
  });
});

describe("amounts in talk of freight that are no fee", () => {
  it.each([
    ["goods 692 + 48 UPS = 740 USD, freight included above", null],
    ["freight: 2400 pcs x 0.30 = USD 720", null],
    ["freight 1,000 + 200 = total USD 1,200", null],
    ["freight: 800 pcs at USD 1.15", null],
    ["freight: 800 sets @ USD 1.15", null],
    ["freight @ USD 1.15", null],
    ["air freight = USD 640", 640],
    ["freight USD 640", 640],
  ])("'%s' gives %s", (text, value) => {
    expect(fee(text)).toBe(value);
  });

  it("the amount nearest the freight word is the fee ('sea freight USD 640, by air USD 1,480')", () => {
    expect(fee("sea freight USD 640, insurance USD 35")).toBe(640);
    expect(fee("insurance USD 35, sea freight USD 640")).toBe(640);
  });
});

describe("a freight rate times the cargo, and their product", () => {
  it.each([
    ["LCL booked with our forwarder: 8 CBM x USD 65 = USD 520 sea freight", 520],
    ["LCL sea freight Tanjung Priok - Valencia: 14 CBM x EUR 48 = EUR 672, so CFR Valencia.", 672],
    ["Sea freight 3.5 cbm × $70 = $245", 245],
    ["Air freight 120 kg x USD 4.5 = USD 540", 540],
    ["Shipping fee: US $386.00 (5.5 CBM x US $62 + US $45 documents)", 386],
  ])("'%s' is a fee of the product, %d, not the rate", (text, value) => {
    expect(fee(text)).toBe(value);
  });

  it("a sum of the goods after '=' is still no fee ('1000 pcs x USD 2 = USD 2000, freight extra')", () => {
    expect(fee("1000 pcs x USD 2 = USD 2000, freight extra")).toBeNull();
  });
});

describe("a total whose breakdown names the freight", () => {
  it.each([
    ["PI sent, total USD 6,820 (balls 5,040 + gloves 1,240 + freight 540)", null],
    ["total USD 6,820 (goods 6,280 + freight USD 540)", 540],
    ["air freight total USD 640", 640],
    ["FedEx IP, total 1,240 USD.", 1240],
    ["Freight: total USD 320 by DHL", 320],
  ])("%j gives the fee %s, never the order's total", (text, expected) => {
    expect(fee(text)).toBe(expected);
  });
});

describe("freight named with what it carries or as the whole load's", () => {
  it.each([
    ["Yes DDP Leeds by DHL Express, shipping + duty GBP 640 on top of the goods price.", 640],
    ["shipping and duty USD 410 to Johannesburg", 410],
    ["shipping & customs EUR 380 for the order", 380],
    ["shipping + insurance USD 95", 95],
    ["We send by road with our transporter, truck Durban to Cape Town R2 400 incl VAT for the lot", 2400],
    ["by truck 850 USD for everything", 850],
    ["by road, our transporter, 1,200 USD for the lot", 1200],
  ])("%s", (text, fee) => expect(findShippingFee(text)?.value).toBe(fee));

  it.each(["truck tyres 12.30 for all", "shipping + duty paid by you, price USD 4.20/pc"])(
    "'%s' quotes no fee",
    (text) => expect(findShippingFee(text)).toBeNull(),
  );
});

describe("a total with the freight in it, and its conversion", () => {
  it.each([
    "Total is about 16,900 USD with freight (cca 390 000 Kč), my director already approved it.",
    "Total is approx. USD 8,200 with freight (about 7 500 EUR).",
  ])("%j quotes no freight fee", (text) => {
    expect(findShippingFee(text)).toBeNull();
  });

  it("the fee said on its own still is one", () => {
    expect(
      findShippingFee("CIP Prague airport by air with the USD 1,480 freight + insurance on the order.")
        ?.value,
    ).toBe(1480);
  });
});
