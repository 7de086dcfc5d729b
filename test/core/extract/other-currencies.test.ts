/**
 * The currencies of the places small brands buy from and sell in beyond the dollar, euro, yuan and pound:
 * each by its sign, its code and its name, and none read where an English word shares its letters.
 */
import { describe, expect, it } from "vitest";
import { findMoney } from "../../../src/core/extract/money.ts";
import { currencyCode } from "../../../src/core/extract/words/currencies.ts";
import { draftOf } from "../../helpers/read-chat.ts";

const priced = (supplierLine: string) =>
  draftOf([
    "Buyer: we need 500 bamboo trays, what is your price?",
    `Supplier: ${supplierLine}`,
    "Buyer: ok deal for 500 pcs.",
  ]);

describe("an offer priced in another currency", () => {
  it.each([
    ["฿58 per pc", "THB", 58],
    ["58 baht per piece", "THB", 58],
    ["RM 12.50/pc", "MYR", 12.5],
    ["12.50 ringgit each", "MYR", 12.5],
    ["₹ 240 per piece", "INR", 240],
    ["Rs. 240 per piece", "INR", 240],
    ["R$ 19,90 por peça", "BRL", 19.9],
    ["PLN 21.00/pc", "PLN", 21],
    ["21 zł/pc", "PLN", 21],
    ["NT$ 310 per pc", "TWD", 310],
    ["SGD 4.20 per pc", "SGD", 4.2],
    ["MXN 85 per pc", "MXN", 85],
    ["₫ 95,000 per pc", "VND", 95000],
  ])("%s", (offer, currency, price) => {
    const draft = priced(offer);
    expect(draft.currency).toBe(currency);
    expect(draft.items[0]?.unitPrice).toBe(price);
  });
});

describe("words that share a currency's letters", () => {
  it.each(["won", "dong", "try", "peso", "kr", "R"])("%s names no currency", (word) =>
    expect(currencyCode(word)).toBeNull(),
  );

  it("a yen sign stays the yuan's", () => expect(currencyCode("¥")).toBe("CNY"));
});

describe("every mark of the table", () => {
  it.each([
    ["NZ$", "NZD"],
    ["NZD", "NZD"],
    ["nzd", "NZD"],
    ["SGD", "SGD"],
    ["sgd", "SGD"],
    ["NT$", "TWD"],
    ["TWD", "TWD"],
    ["twd", "TWD"],
    ["THB", "THB"],
    ["฿", "THB"],
    ["baht", "THB"],
    ["MYR", "MYR"],
    ["RM", "MYR"],
    ["ringgit", "MYR"],
    ["INR", "INR"],
    ["₹", "INR"],
    ["Rs.", "INR"],
    ["Rs", "INR"],
    ["rupees", "INR"],
    ["JPY", "JPY"],
    ["yen", "JPY"],
    ["KRW", "KRW"],
    ["₩", "KRW"],
    ["krw", "KRW"],
    ["VND", "VND"],
    ["₫", "VND"],
    ["vnd", "VND"],
    ["IDR", "IDR"],
    ["Rp", "IDR"],
    ["rupiah", "IDR"],
    ["PHP", "PHP"],
    ["₱", "PHP"],
    ["₺", "TRY"],
    ["lira", "TRY"],
    ["PLN", "PLN"],
    ["zł", "PLN"],
    ["zloty", "PLN"],
    ["R$", "BRL"],
    ["BRL", "BRL"],
    ["reais", "BRL"],
    ["MX$", "MXN"],
    ["MXN", "MXN"],
    ["mxn", "MXN"],
    ["AED", "AED"],
    ["dirhams", "AED"],
    ["CHF", "CHF"],
    ["chf", "CHF"],
    ["SEK", "SEK"],
    ["sek", "SEK"],
    ["ZAR", "ZAR"],
    ["zar", "ZAR"],
    ["HK$", "HKD"],
    ["A$", "AUD"],
    ["C$", "CAD"],
    ["rand", "ZAR"],
    ["SAR", "SAR"],
    ["sar", "SAR"],
    ["riyals", "SAR"],
    ["riyal", "SAR"],
    ["QAR", "QAR"],
    ["qar", "QAR"],
    ["KWD", "KWD"],
    ["kwd", "KWD"],
    ["OMR", "OMR"],
    ["omr", "OMR"],
    ["BHD", "BHD"],
    ["bhd", "BHD"],
    ["EGP", "EGP"],
    ["egp", "EGP"],
    ["ILS", "ILS"],
    ["₪", "ILS"],
    ["shekels", "ILS"],
    ["KES", "KES"],
    ["KSh", "KES"],
    ["kes", "KES"],
    ["NGN", "NGN"],
    ["₦", "NGN"],
    ["naira", "NGN"],
    ["GHS", "GHS"],
    ["GH₵", "GHS"],
    ["cedis", "GHS"],
    ["PKR", "PKR"],
    ["pkr", "PKR"],
    ["BDT", "BDT"],
    ["৳", "BDT"],
    ["taka", "BDT"],
    ["LKR", "LKR"],
    ["lkr", "LKR"],
    ["COP", "COP"],
    ["CLP", "CLP"],
    ["clp", "CLP"],
    ["ARS", "ARS"],
    ["DKK", "DKK"],
    ["dkk", "DKK"],
    ["NOK", "NOK"],
    ["nok", "NOK"],
    ["CZK", "CZK"],
    ["Kč", "CZK"],
    ["HUF", "HUF"],
    ["huf", "HUF"],
    ["RON", "RON"],
    ["RUB", "RUB"],
    ["₽", "RUB"],
    ["roubles", "RUB"],
    ["rubles", "RUB"],
    ["UAH", "UAH"],
    ["₴", "UAH"],
    ["hryvnia", "UAH"],
  ])("%s is %s", (word, code) => expect(currencyCode(word)).toBe(code));

  it.each([
    ["JPY 1,200 per pc", "JPY", 1200],
    ["KRW 15,000 per pc", "KRW", 15000],
    ["IDR 95,000 per pc", "IDR", 95000],
    ["PHP 250 per pc", "PHP", 250],
    ["₺ 85 per pc", "TRY", 85],
    ["AED 12 per pc", "AED", 12],
    ["CHF 9.50 per pc", "CHF", 9.5],
    ["SEK 95 per pc", "SEK", 95],
    ["ZAR 180 per pc", "ZAR", 180],
    ["NZ$ 6.20 per pc", "NZD", 6.2],
    ["12 ringgit per pc", "MYR", 12],
    ["240 rupees per pc", "INR", 240],
    ["19 reais per pc", "BRL", 19],
  ])("%s", (offer, currency, price) => {
    const draft = priced(offer);
    expect(draft.currency).toBe(currency);
    expect(draft.items[0]?.unitPrice).toBe(price);
  });
});

describe("the currencies of the Gulf, Africa and the rest of Europe", () => {
  it.each([
    ["SAR 9.80 per pc", "SAR", 9.8],
    ["9.80 riyals per pc", "SAR", 9.8],
    ["KES 450 per pc", "KES", 450],
    ["₦ 3,500 per pc", "NGN", 3500],
    ["3,500 naira per pc", "NGN", 3500],
    ["EGP 120 per pc", "EGP", 120],
    ["QAR 14 per pc", "QAR", 14],
    ["DKK 45 per pc", "DKK", 45],
    ["CZK 210 per pc", "CZK", 210],
    ["210 Kč per pc", "CZK", 210],
  ])("%s", (offer, currency, price) => {
    const draft = priced(offer);
    expect(draft.currency).toBe(currency);
    expect(draft.items[0]?.unitPrice).toBe(price);
  });

  it("a quote headed by its currency code prices the bare figures under it", () => {
    const draft = draftOf([
      "Supplier: We quote in SAR for Saudi customer. 12W downlight: 1000pcs 10.40",
      "Buyer: ok 1000 pcs of the 12W downlight at 10.40",
    ]);
    expect(draft.currency).toBe("SAR");
    expect(draft.items[0]?.unitPrice).toBe(10.4);
  });
});

describe("currencies counted in whole units, their thousands parted by dots", () => {
  it.each([
    ["$2.490 CLP per set", "CLP", 2490],
    ["Rp 15.000/pc", "IDR", 15000],
    ["250.000 VND per set", "VND", 250000],
    ["COP 12.500 por unidad", "COP", 12500],
    ["JPY 1.200 per pc", "JPY", 1200],
  ])("'%s' is %s %d", (text, currency, value) => {
    expect(findMoney(text).map((m) => [m.currency, m.value])).toEqual([[currency, value]]);
  });
  it.each([
    ["USD 2.490", "USD", 2.49],
    ["EUR 1.250/pc", "EUR", 1.25],
    ["$1.890", "USD", 1.89],
    ["CLP 2.49", "CLP", 2.49],
  ])("'%s' keeps its decimals", (text, currency, value) => {
    expect(findMoney(text).map((m) => [m.currency, m.value])).toEqual([[currency, value]]);
  });
  it.each([
    ["$45 CAD per pc", "CAD", 45],
    ["$ 12.50 AUD each", "AUD", 12.5],
  ])("'%s': a code after the dollar sign says whose", (text, currency, value) => {
    expect(findMoney(text).map((m) => [m.currency, m.value])).toEqual([[currency, value]]);
  });

  it("a chat that named its pesos writes them with the dollar sign alone", () => {
    const draft = draftOf([
      "Supplier: bubble wand $1.890 CLP + IVA per pc",
      "Buyer: we take 1.800 pcs if $1.750",
      "Supplier: $1.790 final",
      "Buyer: ok $1.790 agreed",
    ]);
    expect(draft.currency).toBe("CLP");
    expect(draft.items[0]?.unitPrice).toBe(1790);
    expect(draft.items[0]?.quantity).toBe(1800);
  });
});

describe("South Africa's rand", () => {
  it.each([
    ["R325 per robe", 325],
    ["R 1,250 per robe", 1250],
    ["R1,250.00 each", 1250],
    ["R45 per robe", 45],
    ["R2 400 for 400 robes", 2400],
  ])("%s is rand", (offer, price) => {
    const [money] = findMoney(offer);
    expect(money?.currency).toBe("ZAR");
    expect(money?.value).toBe(price);
  });

  it.each([
    "R10 anti-slip tiles",
    "ECE R90 approved pads",
    "UN R100 battery",
    "rear light BW-R60",
    "R7s lamp base",
    "corner radius R25 mm",
    "R90 certificate",
    "r325 per robe",
  ])("%s names no rand", (text) =>
    expect(findMoney(text).filter((money) => money.currency === "ZAR")).toEqual([]),
  );

  it("a chat priced in rand settles in rand, and its R-figures are no product's code", () => {
    const draft = draftOf([
      "Zanele (Umgeni Textiles): Zanele here from Umgeni Textile Mills (Pty) Ltd. R325 per robe excl VAT, MOQ 200",
      "Me: we need 400 waffle robes. can u do R270?",
      "Zanele (Umgeni Textiles): R270 is below our cost. R305 for 400",
      "Me: meet at R290?",
      "Zanele (Umgeni Textiles): Sorry R295 is the last price.",
      "Me: ok fine, R295 ta, 400 robes",
    ]);
    expect(draft.currency).toBe("ZAR");
    expect(draft.items).toHaveLength(1);
    expect(draft.items[0]).toMatchObject({ quantity: 400, unitPrice: 295 });
    expect(draft.items[0]?.name).toMatch(/robe/i);
    expect(draft.supplier).toBe("Umgeni Textile Mills (Pty) Ltd.");
  });
});

describe("a price in another currency that is no offer", () => {
  it.each([
    "Our retail price is 899 MXN, so the case must look premium.",
    "RRP 899 MXN in Mexico.",
    "≈ MXN 110 at today's rate, just for my reference.",
  ])("'%s' leaves the order in the currency of its offers", (aside) => {
    const draft = draftOf([
      "Supplier: power bank 10000mAh, 2500 pcs USD 6.90/pc.",
      "Buyer: 6.45 for 2500 pcs?",
      `Buyer: ${aside}`,
      "Supplier: ok 6.45 is final, confirmed.",
    ]);
    expect(draft.currency).toBe("USD");
    expect(draft.items[0]?.unitPrice).toBe(6.45);
  });
});
