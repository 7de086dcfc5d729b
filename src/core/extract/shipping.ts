/** Shipping mode ("by sea", "air freight", DHL/FedEx/UPS/TNT = express, rail, truck) and a freight fee quoted apart. */
import type { ShippingMethod } from "../schemas.ts";
import { remembered } from "./memo.ts";
import { findMoney, type MoneyMention, roughly } from "./money.ts";

/** What makes a bare "sea" or "air" the mode: a trade term or "please" after it ("Sea CIF Rotterdam please", "Air, DAP LA"). */
const optionAfter = String.raw`,?\s(?:EXW|FCA|FOB|CFR|CIF|CPT|CIP|DAP|DDP|LCL|FCL|please|pls)\b`;

const modes: Array<[ShippingMethod, RegExp]> = [
  ["express", /\b(DHL|FedEx|Fed Ex|UPS|TNT|EMS|SF Express|express|courier)\b|快递/i],
  [
    "air",
    new RegExp(
      String.raw`\b(by air|air ?freight|air shipping|air shipment|via air|air cargo|ship(ped)? by air|airport|air(?=${optionAfter}))\b|空运`,
      "i",
    ),
  ],
  [
    "sea",
    new RegExp(
      String.raw`\b(by sea|sea ?freight|sea shipping|sea shipment|ocean freight|by ocean|by ship|via sea|LCL|FCL|container|sea(?=${optionAfter}))\b|(?<=[,;]\s{0,3})sea(?=\s*(?:[.;!]|$))|海运`,
      "i",
    ),
  ],
  // Rail alone is the mode where a choice names it ("rail is fine", "sea or rail"), not a part ("side rail").
  [
    "rail",
    /\b(by rail|rail ?freight|railway|by train|(?<=(?:^|[,;:.!?(] ?|\b(?:or|and|by|via|use|choose|prefer|take|then|try|books?) ))rail|rail(?=\s+(?:to|from|terminal|transport|shipping)\b))\b|铁路|班列/i,
  ],
  // A truck alone is the mode only as it carries the goods somewhere ("a truck to the port", "your truck loads at
  // our factory", "our forwarder sends a truck"): "RC truck 12.30" and "truck tyres" are goods.
  [
    "truck",
    new RegExp(
      String.raw`\b(by truck|trucking|by road|road freight|truck(?=\s+(?:to|from|delivery|transport|shipping|freight|loads(?! of)|picks|collects)\b|${optionAfter})|(?<=\b(?:sends?|sent|arranges?|books?) (?:a |the |our |your )?)truck)\b|陆运|卡车`,
      "i",
    ),
  ],
];

/** A word every mode above is named with: a sentence with none of them names no mode. */
const modeWord =
  /dhl|fed ?ex|ups|tnt|ems|express|courier|快递|air|空运|sea|ocean|ship|lcl|fcl|container|海运|rail|train|铁路|班列|truck|road|陆运|卡车/i;

const carrier = /\b(DHL|FedEx|Fed Ex|UPS|TNT|EMS|SF Express|air express)\b/i;
/** A haul that ends at a port or terminal ("to Yantian port", "to the terminal"). */
const toThePort =
  /^\s+to\s(?:the\s)?(?:\p{Lu}[\p{L}-]+\s)?(?:port|terminal|harbou?r|pier|wharf|cy|container yard)\b/iu;
/** A capitalised name before "Express" that is no courier's ("Nippon", "World"; not "DHL", "SF", "Air"). */
const companyBeforeExpress = /(?<![\w-])(?!(?:DHL|SF|UPS|TNT|EMS|FedEx|Air|By|Via|Or|And)\s)[A-Z][a-z]+\s$/;

/** The modes named in a text (several only when the text weighs options). */
export function findShippingModes(
  text: string,
): Array<{ method: ShippingMethod; start: number; end: number }> {
  const found: Array<{ method: ShippingMethod; start: number; end: number }> = [];
  if (!modeWord.test(text)) return found;
  for (const [method, pattern] of modes) {
    const m = pattern.exec(text);
    if (!m) continue;
    // "JFK airport" names the destination, not the mode, unless air freight is also named.
    if (/airport/i.test(m[0]) && !/\bair\b/i.test(text)) continue;
    // ("FOB Shenzhen ok, we truck to Yantian port": under a term that hands the goods over at the port, the haul to it
    // is no mode of the shipment.)
    if (
      method === "truck" &&
      /\b(?:FOB|FCA|FAS)\b/.test(text) &&
      toThePort.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))
    )
      continue;
    // ("Our forwarder is Nippon Express", "agent: Kintetsu World Express": a forwarder's name, not a courier service.)
    // (A courier's own service stays express: "Purolator Express to Calgary".)
    if (
      m[0] === "Express" &&
      companyBeforeExpress.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
      /\b(?:forwarder|forwarding|agent|logistics)\b/i.test(text.slice(0, m.index))
    )
      continue;
    found.push({ method, start: m.index, end: m.index + m[0].length });
  }
  // "by air express via DHL": a courier flies the goods, and that is express, not air freight (every
  // carrier name is also an express word, so express is among the modes found).
  if (carrier.test(text)) return found.filter((f) => f.method !== "air");
  return found;
}

// ("Shipping: UPS Express, DAP Leeds UK        US$285.00": a line a document labels as the shipping is the freight's.)
const feeContext =
  /^\s*(?:shipping|freight|delivery|courier)(?:\s(?:fee|cost|charges?))?\s?[:：]|\b(freight|forwarder (?:says?|said|quotes?|quoted|charges?|asks?|gives?|gave|offers?|can do)|shipping (fee|cost|charge|price)|shipping is|shipping will be|shipping (?:\+|and|&) (?:duty|duties|customs|insurance)|delivery (fee|cost|charge)|courier (fee|cost)|postage|express fee|logistics (fee|cost))\b|运费|(\b(DHL|FedEx|UPS|TNT|EMS|express|courier)\b.{0,25}\b(is|costs?|fee|charge)\b)|\b(DHL|FedEx|UPS|TNT|EMS|truck|trucking|courier|express|air|sea)\s+(to|fee|cost|charge)\b/i;
/** A carrier or mode then an amount for the whole shipment ("UPS 480 USD", "by air, 1,860 USD for all"). */
const modeTotal =
  /\b(DHL|FedEx|UPS|TNT|EMS)(?:\s*[:=])?(?:\s*US)?(?:\s*[$€£¥])?\s*\d|\b(by (air|sea|rail|train|truck|road|express)|truck|DHL|FedEx|UPS|TNT|EMS|courier)\b[^.!?]{0,40}?(?:\btotal\b|\d(?:[\d,.]*\d)?(?:\s*(?:[A-Z]{3}|[$€£¥]))?\s*(?:incl\.? vat\s)?(?:for all|in total|total|for the whole|for the lot|for everything|all in))/i;
/**
 * A shipping option priced as a whole: a mode, its trade term and an amount for the shipment ("By rail DAP
 * Duisburg EUR 1,150", "DHL please, DAP Auckland USD 96"), or a carrier or load named alone ("LCL now €560"). The amount has two
 * digits or more before any decimals and no unit after it: "by sea, FOB Ningbo USD 2.50/pc" prices a piece.
 */
const amount = String.raw`(?:(?:\b[A-Z]{3}\s?|US\$\s?|[$€£¥]\s?)(?:\d{1,3}(?:,\d{3})+|\d{2,})(?:\.\d+)?|(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{2,})(?:\.\d+)?\s?(?:usd|eur|gbp|rmb|cny|aud|[$€£¥]))(?!\s*(?:\/|per\b|each\b|a\s(?:pc|piece|unit|set)\b)|[\d.,]?\d)`;
const modeOption = new RegExp(
  String.raw`(?:\b(?:by (?:air|sea|rail|train|truck|road)|(?:air|sea|rail|ocean) ?freight|rail(?:way)?|train|truck|LCL|FCL|DHL|FedEx|UPS|TNT|EMS)\b[^.!?]{0,20}?\b(?:EXW|FCA|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b[^.!?\d]{0,25}?|\b(?:LCL|FCL|DHL|FedEx|UPS|TNT|EMS)\b[^.!?\d]{0,25}?)${amount}`,
  "i",
);
/**
 * A trade term that carries the freight, its amount, then the load or mode it is for ("CFR Jebel Ali by sea
 * add USD 1,150 for one 20GP", "CFR Jebel Ali USD 980 for the 20GP by sea").
 */
const termOption = new RegExp(
  String.raw`\b(?:CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b[^.!?\d]{0,30}?${amount}(?=[^.!?]{0,30}\b(?:by (?:sea|air|rail|train|truck)|20 ?GP|40 ?GP|40 ?HQ|20 ?ft|40 ?ft|container|LCL|FCL)\b)`,
  "i",
);
/** Every way a sentence cues freight, in the order the cue of an amount is looked for. */
const feeCues = [feeContext, modeTotal, modeOption, termOption];

/** The first freight cue of a text, or null. */
function feeCue(text: string): RegExpExecArray | null {
  for (const cue of feeCues) {
    const m = cue.exec(text);
    if (m) return m;
  }
  return null;
}

// ("shipping fee USD 2,350 including duty", "615 usd include PSS and BAF": what the fee itself holds.)
// ("not include import GST and duty": what the fee leaves out says nothing of what it is.)
const includedContext =
  /\b((?<!\bnot\s|n't\s)includ\w*(?!\s(?:the\s)?(?:import\s)?(?:duty|duties|tax|taxes|customs|insurance|vat|gst|pss|baf|surcharges?|thc|local charges))|free shipping|free freight|already in|we take the freight|we pay the freight)\b|包邮|含运费/i;

/**
 * What makes an amount in talk of freight no fee: a sum after "=" ("... + 48 UPS = 740 USD" totals the
 * invoice), a price for a count ("800 pcs at USD 1.15").
 */
// ("FedEx=US$290", "freight = USD 640": an "=" after a word, not after a sum, quotes the fee.)
const notAFeeBefore =
  /(?:\d[\d.,]*\s?(?:[a-z]+\s)?=|=\s?total|\d\s?(?:pcs|pieces|units|sets|pairs|rolls)\s(?:at|@)|@)\s?[A-Z$€£¥]{0,3}\s?$/i;

/**
 * A freight rate times the cargo's volume or weight, before their product ("8 CBM x USD 65 = ", "14 CBM x EUR
 * 48 = EUR "): that product is the fee.
 */
const ratedCargoBefore =
  /\d\s?(?:cbm|m3|m³|kgs?)\s?[x×*]\s?[A-Z$€£¥]{0,3}\s?\d[\d.,]*\s?[A-Z]{0,3}\s?=\s?[A-Z$€£¥]{0,3}\s?$/i;
/** A factor of a product ("8 CBM x USD 65 =", "1000 pcs x USD 2 ="): a rate or a price, never the fee. */
const factorBefore = /\d[\d.,]*\s?[a-z]{0,6}\s?[x×*]\s?[A-Z$€£¥]{0,3}\s?$/i;
const productAfter = /^\s?[A-Z]{0,3}\s?=/i;

/** An amount straight after "total" ("total USD 6,820 (balls 5,040 + ... + freight 540)"). */
// ("Total is about 16,900 USD with freight": a total said roughly is one too.)
const totalBefore =
  /\btotal(?:\s(?:amount|price|sum|value|cost))?\s?(?:is\s|of\s|[:=]\s?)?(?:(?:about|around|approx\.?|approximately|roughly|ca\.?|cca)\s)?[A-Z$€£¥]{0,3}\s?$/i;

/** An opening bracket with a word of approximation before an amount: a conversion of the amount before it. */
const convertedBefore = new RegExp(String.raw`\(\s?${roughly}\s?[A-Z$€£¥]{0,3}\s?$`, "i");

/** A freight amount quoted separately ("air freight US$420", "shipping fee 96 usd"), or null. */
export function findShippingFee(text: string): MoneyMention | null {
  if (!isFeeContext(text)) return null;
  const cue = feeCue(text)!;
  // A fee given as a range ("freight 300-400 USD") is an estimate, not a fee agreed.
  const amounts = findMoney(text).filter((money) => {
    const before = text.slice(Math.max(0, money.start - 40), money.start);
    const rated = ratedCargoBefore.test(before);
    const rate = factorBefore.test(before) && productAfter.test(text.slice(money.end, money.end + 8));
    return (
      !money.bare &&
      money.perUnit === null &&
      !money.range &&
      !rate &&
      money.value > 0 &&
      // ("16,900 USD with freight (cca 390 000 Kč)": an amount in brackets said roughly is the one before it, converted.)
      !convertedBefore.test(before) &&
      // (A total with the freight named only in its breakdown after it is the order's: "total USD 6,820 (balls
      // 5,040 + gloves 1,240 + freight 540)", and so is one after a sum ("225 + DHL 38 = 263, PayPal fee 11.57,
      // total USD 274.57"); "FedEx IP, total 1,240 USD" totals the freight.)
      !(totalBefore.test(before) && (cue.index > money.end || /[+=]/.test(text.slice(0, money.start)))) &&
      (rated || !notAFeeBefore.test(before.slice(-24)))
    );
  });
  if (amounts.length === 0) return null;
  return amounts.reduce((best, money) =>
    Math.abs(money.start - cue.index) < Math.abs(best.start - cue.index) ? money : best,
  );
}

/** True when a text talks about freight, so its money is a fee, not an item price. */
export const isFeeContext = remembered(
  (text: string): boolean => feeCues.some((cue) => cue.test(text)) && !includedContext.test(text),
);

/** True when an amount with no unit follows a freight cue in its sentence ("via DHL, cost 310 usd"). */
export function isFeeAmount(text: string, money: MoneyMention): boolean {
  if (money.perUnit !== null || !isFeeContext(text)) return false;
  return feeCue(text)!.index < money.start;
}
