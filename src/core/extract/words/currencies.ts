/**
 * Money words, written once: the signs and words that mark a currency before an amount ("US$1.35",
 * "RMB 6.5") and after it ("1.85 usd", "58元"), with the ISO code each stands for.
 */

import { escapeRegex } from "../../matches.ts";

type Currency = { code: string; before: string[]; after: string[] };

const currencies: readonly Currency[] = [
  {
    code: "USD",
    before: ["US$", "U.S.$", "USD", "$", "美元"],
    after: ["usd", "us dollars", "us dollar", "dollars", "dollar", "bucks", "美元", "美金", "$"],
  },
  { code: "EUR", before: ["EUR", "€"], after: ["eur", "euros", "euro", "€"] },
  {
    code: "CNY",
    before: ["RMB", "CNY", "¥", "￥", "人民币"],
    after: ["rmb", "cny", "yuan", "元", "人民币", "块"],
  },
  { code: "GBP", before: ["GBP", "£"], after: ["gbp", "pounds"] },
  { code: "HKD", before: ["HK$", "HKD"], after: ["hkd"] },
  { code: "AUD", before: ["A$", "AUD"], after: ["aud"] },
  { code: "CAD", before: ["C$", "CAD"], after: ["cad"] },
  // The currencies of the other places small brands buy from or sell in. Only marks no English word shares:
  // "won", "dong", "try" and "peso(s)" are left out, and ¥ stays the yuan's.
  { code: "NZD", before: ["NZ$", "NZD"], after: ["nzd"] },
  // (Not "S$": "S$8.50, L$12.80" prices sizes.)
  { code: "SGD", before: ["SGD"], after: ["sgd"] },
  { code: "TWD", before: ["NT$", "TWD"], after: ["twd"] },
  { code: "THB", before: ["THB", "฿"], after: ["thb", "baht", "฿"] },
  { code: "MYR", before: ["MYR", "RM"], after: ["myr", "ringgit"] },
  { code: "INR", before: ["INR", "₹", "Rs.", "Rs"], after: ["inr", "rupees", "₹"] },
  { code: "JPY", before: ["JPY"], after: ["jpy", "yen"] },
  { code: "KRW", before: ["KRW", "₩"], after: ["krw"] },
  { code: "VND", before: ["VND", "₫"], after: ["vnd", "₫"] },
  { code: "IDR", before: ["IDR", "Rp"], after: ["idr", "rupiah"] },
  { code: "PHP", before: ["PHP", "₱"], after: ["₱"] },
  { code: "TRY", before: ["₺"], after: ["₺", "lira"] },
  { code: "PLN", before: ["PLN"], after: ["pln", "zł", "zloty"] },
  { code: "BRL", before: ["R$", "BRL"], after: ["brl", "reais"] },
  { code: "MXN", before: ["MX$", "MXN"], after: ["mxn"] },
  { code: "AED", before: ["AED"], after: ["aed", "dirhams"] },
  { code: "CHF", before: ["CHF"], after: ["chf"] },
  { code: "SEK", before: ["SEK"], after: ["sek"] },
  // (South Africa's "R325" is read apart, in money.ts: a bare "R" is also a bulb's or a size's letter.)
  { code: "ZAR", before: ["ZAR"], after: ["zar", "rand"] },
  { code: "SAR", before: ["SAR"], after: ["sar", "riyals", "riyal"] },
  { code: "QAR", before: ["QAR"], after: ["qar"] },
  { code: "KWD", before: ["KWD"], after: ["kwd"] },
  { code: "OMR", before: ["OMR"], after: ["omr"] },
  { code: "BHD", before: ["BHD"], after: ["bhd"] },
  { code: "EGP", before: ["EGP"], after: ["egp"] },
  { code: "ILS", before: ["ILS", "₪"], after: ["ils", "shekels", "₪"] },
  { code: "KES", before: ["KES", "KSh", "Ksh"], after: ["kes"] },
  { code: "NGN", before: ["NGN", "₦"], after: ["ngn", "naira", "₦"] },
  { code: "GHS", before: ["GHS", "GH₵"], after: ["ghs", "cedis"] },
  { code: "PKR", before: ["PKR"], after: ["pkr"] },
  { code: "BDT", before: ["BDT", "৳"], after: ["bdt", "taka", "৳"] },
  { code: "LKR", before: ["LKR"], after: ["lkr"] },
  { code: "COP", before: ["COP"], after: [] },
  { code: "CLP", before: ["CLP"], after: ["clp"] },
  { code: "ARS", before: ["ARS"], after: [] },
  { code: "DKK", before: ["DKK"], after: ["dkk"] },
  { code: "NOK", before: ["NOK"], after: ["nok"] },
  { code: "CZK", before: ["CZK"], after: ["czk", "kč"] },
  { code: "HUF", before: ["HUF"], after: ["huf"] },
  { code: "RON", before: ["RON"], after: [] },
  { code: "RUB", before: ["RUB", "₽"], after: ["rubles", "roubles", "₽"] },
  { code: "UAH", before: ["UAH", "₴"], after: ["uah", "hryvnia"] },
];

const alternation = (words: string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");

/** Regex alternation of the currency marks written before an amount, longest first. */
export const currencyBefore = alternation(currencies.flatMap((c) => c.before));
/** Regex alternation of the currency words written after an amount, longest first. */
export const currencyAfter = alternation(currencies.flatMap((c) => c.after));

/** Regex alternation of every ISO code above, lower case ("usd|eur|..."), for headers that name a currency. */
export const currencyCodes = currencies.map((c) => c.code.toLowerCase()).join("|");

const codeOfWord = new Map<string, string>(
  currencies.flatMap((c) => [...c.before, ...c.after].map((word) => [word.toLowerCase(), c.code] as const)),
);

/** ISO 4217 code for a currency word or sign ("US$" -> "USD", "元" -> "CNY"), or null. */
export function currencyCode(token: string): string | null {
  return codeOfWord.get(token.trim().toLowerCase()) ?? null;
}
