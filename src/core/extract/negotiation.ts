/**
 * Negotiation state per item: offers and counter-offers with their speaker; an acceptance settles
 * the latest offer of the other side; a refused counter does not count; MOQ and pack counts are not
 * the order quantity; tier tables are settled by the quantity ordered; totals are divided out.
 */
import { matchesOf } from "../matches.ts";
import type { Evidence, Role } from "../schemas.ts";
import { type Clause, evidenceFor, segmentsOf } from "./clauses.ts";
import {
  isAcceptance,
  isRefusal,
  isRestatement,
  isSummary,
  opensAccepting,
  startsAccepting,
} from "./cues.ts";
import { accessoryLead, type ItemRef, itemMentions, itemNumberSpans, segmentAt, singular } from "./items.ts";
import { colourLabels, type Lot, labelledCounts, listedLineGroups } from "./lots.ts";
import { measuredQuantities, measureMentions, ownerOf } from "./measured-quantity.ts";
import { remembered } from "./memo.ts";
import {
  announcedLot,
  currencyCode,
  dollarSignCurrencies,
  findMoney,
  inAnnouncedLot,
  type MoneyMention,
  multipliesOut,
  priceOfOne,
  roughly,
  wholeUnits,
} from "./money.ts";
import { quotesOtherGoods } from "./offered-apart.ts";
import { findQuantities, type QuantityMention } from "./quantity.ts";
import { currencyPerPiece, droppedTableRows, quoteTables, type TableRow } from "./quote-table.ts";
import { findShippingFee, isFeeAmount, isFeeContext } from "./shipping.ts";
import { currencyCodes } from "./words/currencies.ts";
import { monthStems } from "./words/dates.ts";
import { materialPattern } from "./words/materials.ts";
import { englishOf } from "./words/product-translations.ts";
import {
  countUnitOf,
  englishCountWords,
  isCountedPer,
  isDraftUnit,
  isPackageWord,
  measuredAfter,
  measureUnitOf,
} from "./words/units.ts";

type Offer = {
  price: number;
  currency: string | null;
  role: Role;
  message: number;
  clause: Clause;
  start: number;
  end: number;
  perUnit: string | null;
  /** Set when the offer is one row of a tier table ("500 pcs: $2.90"). */
  tierMin?: number;
  /** The round lot the price was put for ("usd 52/1000 sheets"): later bare counters speak in it ("49?"). */
  lot?: number;
  /** Set for a price put on the condition of a count ("if you order 1000 pcs we can give 12.60"). */
  conditional?: true;
};
type Tier = {
  min: number;
  price: number;
  currency: string | null;
  clause: Clause;
  start: number;
  end: number;
};
type QuantityFound = {
  value: number;
  unit: string | null;
  clause: Clause;
  start: number;
  end: number;
  /** Said asking for a price ("for 600 units. Price please?"): a count to quote for, not one ordered. */
  asked: boolean;
  /** The count a price was quoted for ("1.20 for silicone at 1000 pcs"): ordered only if that price is agreed. */
  quotedFor: boolean;
};

/** What the negotiation settled for one item. */
export type ItemOutcome = {
  unitPrice: number | null;
  currency: string | null;
  quantity: number | null;
  unit: string | null;
  evidence: Evidence[];
  /** The one currency all offers were made in, when no price was agreed. */
  offerCurrency: { code: string; evidence: Evidence } | null;
  /** Both sides' last offers when they never agreed on a price. */
  priceConflict: Array<{ value: string; line: number; quote: string; role: Role }> | null;
  /** Once a price is agreed: each other price put on the table before it, first mention, chat order. */
  superseded: Array<{ price: number; currency: string | null; role: Role; line: number; quote: string }>;
};

type ItemState = {
  lastOffer: Offer | null;
  offers: Offer[];
  /** Each distinct price offered and who offered it (the offers list grows with the chat; this does not). */
  prices: Array<{ price: number; roles: Set<Role> }>;
  settled: { offer: Offer; accept: Clause | null } | null;
  tiers: Tier[];
  quantity: QuantityFound | null;
  /** The last count the buyer stated as a need, not inside an offer or a price request. */
  firmQuantity: QuantityFound | null;
  /** Every count put for the item, and whether the other side turned one down ("10,000 is too many"). */
  counts: Set<number>;
  countRefused: boolean;
  /** A side turned the other's price down ("too expensive", "8.50 is still too much"). */
  priceRefused: boolean;
  /** Every price once agreed, even if a later offer reopened it. */
  agreed: number[];
  /** The latest offer each side made with a marketplace's offer button ("Offer: $470"), until turned down. */
  events: Offer[];
};

/** "1000 pcs each", "500 of each": a count that every item named beside it takes. */
const eachAfter = /^\s*(?:of\s+)?each\b/i;
/** A word of approximation right before an amount ("about RM 38,400", "that's ~€ 870", "approx."). */
const roughlyBefore = new RegExp(String.raw`(?:^|\b|(?<=\s))${roughly}\s?$`, "i");

/** The subject line of a mail that replies to or forwards another ("Subject: RE: ...", "Betreff: AW: ..."). */
const replySubject =
  /^\s*(?:subject|betreff|objet|asunto|oggetto|onderwerp)\s?:\s?(?:re|fwd?|aw|wg|tr|rv|r)\s?:/i;
/** Words saying a count is every item's: "all three items 600 pcs", "600 pcs for all items", "600 of every item". */
const everyItem = String.raw`(?:all|every|each)\s(?:(?:the|of the|\d|two|three|four|five)\s)?(?:items?|products?|models?|sizes?)`;
const allItemsBefore = new RegExp(String.raw`\b${everyItem}\s?:?\s*$`, "i");
const allItemsAfter = new RegExp(
  String.raw`^(?:\s*(?:pcs|pieces|units|sets))?\s*(?:for|of|on)\s${everyItem}\b`,
  "i",
);
/** "1800 kits", "1,500 full kits": a count of the order's items packed together, one of each. */
const kitCount = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{2,7})\s?(?:full\s|complete\s)?kits?\b/gi;
/**
 * Before it in the same part of the sentence: a minimum, a sample or a pack, which orders no kit ("MOQ 500
 * kits"; but "MOQ 500 kits, we order 2000 kits" orders the second).
 */
const notKitOrder = /\b(?:moq|minimum|sample|samples|per carton|per ctn)\b(?:[^.;,]|,\d)*$|\b\d+\s?$/i;
/**
 * An offer made with the offer button of a marketplace or an Alibaba quotation card, as the pasted chat
 * shows it ("Offer: $470", "Offer sent: US $17.20 / piece", "[New offer] $320", "made an offer of $35"):
 * the amount is that side's offer as typed, whatever the chat around it says.
 */
const offerEvent =
  /^\s?[[(]?\s?(?:(?:(?:new|counter|price)[ -]?)?offer(?:\s(?:sent|made|of))?\s?[\]):：]|(?:sent|made|makes|sends)\s(?:you\s|a\s)?(?:an?\s)?(?:new\s|counter[ -]?)?offer\b)/i;
/** The other side answering such an offer with the button ("Accepted the offer.", "[Offer declined]"). */
const offerAnswer =
  /^\s?[[(]?\s?(?:(accept(?:ed|s)?)|(?:reject(?:ed|s)?|declin(?:ed|es?)))\s(?:the\s|your\s|this\s|my\s)?offer\b[\s.!)\]]*$|^\s?[[(]?\s?offer\s(?:(accepted)|rejected|declined)[\s.!)\]]*$/i;

/** A count changed without its unit: "make it 1500 instead", "increase to 1,200", "up to 6000". */
const changedCount =
  /\b(?:make (?:it|that|them)|(?:increase|raise|reduce|cut|change|lower|bump)(?:d)?(?:\s(?:it|that|the (?:qty|quantity|order)))?\sto|(?:up|down)\sto)\s(\d{1,3}(?:,\d{3})+|\d+)(?!\d|[.,]\d)|\b(\d{1,3}(?:,\d{3})+|\d+)(?!\d|[.,]\d)\sinstead\b/gi;
/** What makes such a number no count: money, a share, a time after it (a measure is read by measuredAfter). */
const notACountAfter = /^\s?(?:%|usd|rmb|eur|\$|dollars?|bucks|days?|weeks?|months?)/i;
/** "price for 500 pcs", "quote 1,000 sets": a count the buyer asks a price for, not one ordered. */
const priceRequestBefore = /\b(?:price|prices|pricing|quote|quotation|cost)\b[^.;?!]{0,40}$/i;
/** "..., for 600 units. Price please?", "How much for 2,000?": a message that asks for a price. */
const priceRequest =
  /\b(?:price|prices|pricing|quote|quotation|best rate|how much)\b[^.;?!]{0,30}[?？]|\b(?:please|pls|kindly)\s+(?:send\s+|share\s+|give\s+)?(?:your\s+|the\s+|a\s+|best\s+)*(?:price|quote|quotation)\b/i;

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.005 * Math.max(a, b), 1e-9);
const other = (role: Role, than: Role) => role !== than || role === "unknown";
/** "x 3.10 = " right before an amount: the amount is the sum of a count times a price. */
const timesEquals = /[x×]\s*(?:US\$|\$|USD\s?)?\d[\d.,]*\s*=\s*$/i;
const totalCue = remembered((text: string) =>
  /\b(totals?|sub-?totals?|in total|altogether|for all|whole order|amount|amounting to|amounts to|comes to|total price|order value)\b|总价|合计/i.test(
    text,
  ),
);
/**
 * A price's "/" or "per" right before a count: the count is the lot the price is per ("19.50/100pcs", "USD 21.00
 * per 100 pcs"). A slash set apart by spaces separates tiers ("500 pcs 2.5 usd / 1000 pcs 2.2 usd").
 */
const lotAfterPrice = /\d(?:\s?(?:usd|rmb|eur|cny|\$|€|元))?(?:\/|\s?\bper\s)$/i;
/** A line labelled as the packing ("Packing: ...", "Packaging -", "Export carton:"): its counts fill cartons. */
const packingLine =
  /^\W{0,3}(?:packing|packaging|package|(?:master |export |outer )?cartons?)\s?(?:details?\s?)?[:：-]/i;
/** "for all", "all colours": a quantifier over the pieces, read as a total or as each one's by the amount. */
const forAll = /\bfor all\b|\ball\s+[a-z]+s\b/i;
/** The quantifier among the total cues: what is left once it is taken out calls the amount the whole order's. */
const forAllCue = /\bfor all\b/gi;

/** A line opening with the total of a document ("TOTAL USD 13,160.00", "Grand total: ..."). */
const totalLine = /^\W{0,3}(?:grand\s|order\s|invoice\s)?total\b/i;
/** Words that make the count after them the sum of the order's lines ("Total 6500 pairs", "in total: 3,000"). */
const totalBeforeCount = /\b(?:total(?:\sof)?|in\stotal|altogether|overall|grand\stotal)\s?:?\s?$/i;
/** Words committing to the count after them: "I will take", "we order", "we go with", "confirm". */
const committing =
  /\b(?:(?:i|we)(?:'ll| will| shall)?\s(?:take|order|buy|go with|confirm)|(?:i|we)\s(?:need|want)|confirm(?:ed)?)\s(?:the\s|only\s)?$/i;
/** A sum after a list of counts ("S 300, M 500, XL 200 = 1400 pcs"), not a product ("10 colours x 300 = 3000"). */
const sumBeforeCount = /(?<![x×*]\s?)\b\d[\d,]*\s*(?:[a-z]{1,6}\s*)?=\s?$/i;
/** A price that ends a range ("from $2 to 3", "2-3"), read in the few characters before it. */
const rangeBefore =
  /(?:\bfrom\s+(?:[$€£¥]\s*)?[\d.,]+(?:\s*(?:usd|rmb|eur))?\s*(?:to|-|~)|\d\s*(?:-|~|–))\s*$/i;
const rangeAfter = /^\s*(?:-|~|–|to)\s*(?:[$€£¥]\s*)?\d/;
/** How far before or after an amount a range is looked for. */
const rangeReach = 40;
// (A share of a material, "100% natural latex: 0.46 USD/pc", "65% polyester", is no share of a payment.)
const paymentTalk = new RegExp(
  String.raw`\b(deposit|balance|paid|payment|transfer(red)?|sent|refund|compensat\w*|budget of|sample|samples|by paypal|via paypal)\b|定金|尾款|\d\s*%(?!\s?(?:(?:natural|pure|organic|virgin|recycled|new)\s)?(?:${materialPattern})\b)`,
  "i",
);
const notPriceContext = remembered((text: string) => paymentTalk.test(text));
/** A measurement: a number with its unit or a tolerance ("30 mm", "±0.05", "4000K", "12V", "10 µm"). */
const measurement =
  /±\s?\d|\d\s?(?:mm|cm|m|µm|μm|um|kg|g|w|v|a|k|d|mah|ml|l|oz|inch|in|ft|bar|psi|nm|db|lm|hz|°c?|℃|")(?![a-z\d])/gi;
/** "Specs: ...", "Specifications -", "Requirements:": a sentence that lists requirements. */
const specLabel =
  /^\s*(?:(?:our|the|lamp|product|tech(?:nical)?|quality)\s+)?(?:spec(?:s|ifications?)|requirements?)\b/i;
const priceWord =
  /\b(?:price|prices|usd|rmb|eur|cost|offer|deal|agree[ds]?|accept\w*|ok|okay|each|unit|pcs?|dollars?|(?:per|a) (?:pairs?|sets?|pieces?|rolls?|units?|boxe?s?))\b|[$€£¥元]/i;
/**
 * Measures each followed by a bare amount ("300mm 1.06, 400mm 1.32"): variants told by their measure and
 * priced, a price list, not a sentence of specifications.
 */
const pricedMeasures =
  /\d\s?(?:mm|cm|inch|w|v|k|mah|ml|l|oz|gsm|g|kg)\s(?:[$€£¥]\s?)?\d{1,4}\.\d{1,2}(?!\d|\.\d|\s?(?:mm|cm|m|kg|g|%|w|v|mah|ml|l|oz)\b)/gi;
/**
 * A sentence of measurements with no word of price ("Outer diameter 30 mm ±0.05, ... Ra 0.8",
 * "Specs: ... PD 3.0 with PPS"): its bare numbers are measurements, never offers.
 */
const isSpecSentence = remembered(
  (text: string) =>
    !priceWord.test(text) &&
    (specLabel.test(text) || (text.match(measurement)?.length ?? 0) >= 2) &&
    (text.match(pricedMeasures)?.length ?? 0) < 2,
);
/** The words that put a count as a condition of a price ("if you order", "if u take", "should you buy"). */
const countCondition = new RegExp(
  String.raw`\b(?:if|should|when)\s+(?:you|u)\s+(?:can\s+)?(?:order|take|buy|purchase|go\s+(?:for|with|up\s+to)|increase(?:\s+it)?\s+to|make\s+it)\s+(?:to\s+)?(\d{1,3}(?:,\d{3})+|\d{2,7})\s?(${englishCountWords})?\b`,
  "i",
);

/**
 * What the thing is worth elsewhere ("worth $80 retail", "bought it for $85", "sells new for 35", "market is 520+
 * for i20", "competitors are at 9.50", "our retail price is 899 MXN", "RRP £24"): a valuation, not an offer.
 */
const valuationBefore =
  /≈\s*$|\b(worth(?: (?:over|about|around|at least))?|retails? (?:for|at)|bought (?:it |them )?(?:for|at)|new (?:for|at)|cost me|value[ds]? at|market(?: price| rate)? (?:is|was|at)(?: about| around)?|competitors? (?:is |are )?(?:at|selling at|offering|sell at)|(?:retail|shelf|selling|resale|street) price (?:is |of |at |will be |here is )?(?:about |around )?|rrp:?|msrp:?|(?:we|i) (?:will )?(?:sell|resell) (?:it |them )?(?:for|at))\s*$/i;
// ("≈ USD 0.60 at today's rate, just for my reference": a price converted for reading is no offer.)
const valuationAfter =
  /^\s*(?:dollars\s*)?(?:retail|new|brand new|in (?:the )?stores?)\b|^[^.;!?]{0,12}\b(?:at (?:today'?s|the current|current|the exchange|exchange|the) rate|for (?:my |your |our )?reference)\b/i;
/**
 * A price somewhere else, said just before the amount: the home market's ("for China domestic we quote 6.8 RMB",
 * "harga lokal Rp 9.500/roll", "our local vendor is giving ₹38") or a marketplace's ("sa Shopee ₱3 each").
 */
const elsewhereBefore =
  /\b(?:domestic|local|lokal|(?:on|sa|di|at|in|from) (?:shopee|lazada|tokopedia|flipkart|amazon|walmart|ebay|etsy|temu|shein|aliexpress|taobao))\b[^.;!?\d]{0,30}$/i;
/** The amount itself is taken ("$35 will work for me", "1350 sounds fantastic", "$100 is the deal"). */
const takenAfter =
  /^\s*(?:dollars\s+|bucks\s+)?(?:(?:will|would|should) (?:work|be (?:fine|good|great|perfect|ok|okay))|works|sounds (?:good|great|fine|perfect|fantastic|fair|reasonable|ok|okay)|is (?:fine|good|great|perfect|ok|okay|acceptable|agreeable|the deal|a deal))\b/i;
/** What stands between a price and the item it is for when the item follows: "1.65 for 500pc", "1.65 for the 500-piece". */
const forItemAfter = /^\s?(?:[a-z]{1,4}\b\s?)?(?:\/\s?(?:pcs?|piece)\s)?for\s(?:the\s)?$/i;
/** What something is free for: "free for 5000 pcs", "free of charge above 3000 pcs", "waived for orders of 2000". */
const freeFor =
  /\b(?:free|free of charge|no charge|waived?)\s(?:for|from|above|over|with)\s(?:orders?\s(?:of\s|over\s|above\s)?|qty\s|quantity\s)?$/i;
/** An option's minimum in the supplier's words: "custom colour need 500 pcs", "printing needs min 1000". */
const optionNeeds = /\b[a-z]+\s(?:need|needs|requires?)\s(?:at least\s|min\.?\s|minimum\s)?$/i;
/** A currency named in words ("quote in usd please"). */
const currencyWord = /\b(?:usd|rmb|cny|eur|gbp|dollars?|euros?|yuan)\b/i;
/** A discount off the price on the table ("I can take $5 off", "knock 20 off"). */
const discountBefore = /\b(?:i|we)\s*(?:can|could|will|would|'ll|'d)\s+(?:take|knock)\s+(off\s+)?$/i;
/** A fallback after a deal in the same message ("... but after tonight I won't go less than $900"). */
const fallback =
  /\b(otherwise|or else|if not|after (?:tonight|today|that|this week)|won'?t go (?:less|lower|below)|no less than)\b/i;

const yearContext = new RegExp(
  String.raw`\b(${monthStems})[a-z]*\b|\b(in|since|year|model|made in|from|until|by|of)\s+(19|20)\d\d\b`,
  "i",
);

/** A charge named right before an amount ("testing fee USD 3,500", "mould cost: $800") or "one time" after it. */
const chargeWord =
  /\b(?:fee|fees|charge|charges|tooling|mou?ld|moulding|molding|setup|set-up|plate|die|certification|testing)\b/gi;
/** Words that may stand between a charge's name and its amount ("fee is about", "cost:"). */
const chargeLink = /\b(?:cost|fee|charge|is|of|will|would|be|about|around|only|just)\b|[:=\s]/gi;
const chargeAfter =
  /^\s*(?:one[- ]time|one[- ]off|once|setup|tooling|mou?ld|for the mou?ld|testing|certification)\b/i;

/** A charge's name right before the amount; a word the goods are named by ("dinner plate") is none. */
function chargeNamedBefore(before: string, heads: ReadonlySet<string>): boolean {
  const last = matchesOf(chargeWord, before).at(-1);
  if (last === undefined || heads.has(last[0].toLowerCase())) return false;
  return before.slice(last.index + last[0].length).replace(chargeLink, "") === "";
}

/** What tooling is counted in: a shape, a colour, a design, a plate or a side of the print. */
const toolingUnit =
  /^(?:shapes?|colou?rs?|designs?|plates?|screens?|sides?|logos?|artworks?|versions?|styles?|dies?|mou?lds?)$/i;

/** An amount paid once for tooling, testing or set-up: never the unit price of the goods. */
function isOneOffCharge(text: string, money: MoneyMention, heads: ReadonlySet<string>): boolean {
  // ("Cutting die USD 20 per shape", "plate USD 30 per colour": tooling is charged per what it makes.)
  if (money.perUnit !== null && !toolingUnit.test(money.perUnit)) return false;
  return (
    chargeNamedBefore(text.slice(Math.max(0, money.start - 40), money.start), heads) ||
    chargeAfter.test(text.slice(money.end, money.end + 30)) ||
    toolingTotal.test(text.slice(Math.max(0, money.start - 24), money.start))
  );
}

/** "3 shapes = USD 60", "4 colours x": the tooling for so many shapes or colours, added up. */
const toolingTotal =
  /\b\d{1,2}\s?(?:shapes?|colou?rs?|designs?|plates?|screens?|dies?|mou?lds?)\s?[=x×]\s?(?:US\$|USD|EUR|GBP|[$€£])?\s?$/i;

/**
 * The words around an amount that say what it pays for ("$300 deposit", "I paid 30 for that"): a few
 * words either side within its sentence part, so a payment named beside one amount does not mark
 * every amount of a long sentence.
 */
function near(text: string, segment: string, money: MoneyMention): string {
  const segmentStart = text.indexOf(segment);
  const from = Math.max(segmentStart, money.start - 30);
  const to = Math.min(segmentStart + segment.length, money.end + 20);
  return text.slice(from, to);
}

/** What a sentence's amounts are compared with: each amount, and each item's price on the table. */
type PriceContext = {
  values: readonly number[];
  anchors: ReadonlyArray<number | null>;
  /** Where each amount ends, to read what it is said for ("2.40 usd for both"). */
  ends?: readonly number[];
};

/**
 * An item's price on the table, in the terms a sentence's bare amounts are said in: per the round lot it
 * was quoted for ("price/1000pcs" 0.31 is 310) when those amounts only come near it so ("290 and 390?").
 */
function anchorInTerms(offer: Offer | undefined, moneys: readonly MoneyMention[]): number | null {
  if (!offer) return null;
  const lot = offer.lot;
  if (lot === undefined || moneys.some((m) => !m.bare || plausible(m.value, offer.price))) return offer.price;
  return moneys.some((m) => plausible(m.value / lot, offer.price)) ? offer.price * lot : offer.price;
}

/** Two rows of quote tables name the same product: the same words, whatever the case and spacing. */
const sameRowName = (a: string, b: string) =>
  a.toLowerCase().replace(/\s+/g, " ") === b.toLowerCase().replace(/\s+/g, " ");

/** "2.40 usd for both", "2.25 all flavours": one amount said for every item. */
const forEvery =
  /^[^,;.?!]{0,24}?\b(?:for\s+)?(?:both|all\s+(?:\w+\s+)?(?:items|flavou?rs|sizes|colou?rs|models|versions|types|designs|products))\b/i;

/** How far an amount is from a price, on a ratio scale (0 = the same price). */
const distance = (value: number, anchor: number) => Math.abs(Math.log(value / anchor));
/** The widest ratio (half as much again) at which an amount named with no item is still read as a counter to an item's price. */
const counterReach = Math.log(1.5);

/**
 * The items an amount named with no item speaks of, by price: the item whose price on the table it is
 * clearly nearest to ("4.15 is the best" after "4.35 for the harness, 2.10 for the leash"), or every item
 * priced together at that nearest price ("3.8" for base coat and top coat, both at 3.8). Empty when no
 * item's price is near, or two are about as near.
 */
function nearestPriced(value: number, anchors: ReadonlyArray<number | null>): number[] {
  const scored = anchors
    .map((anchor, item) => ({
      item,
      gap: anchor && anchor > 0 ? distance(value, anchor) : Number.POSITIVE_INFINITY,
    }))
    .filter((entry) => entry.gap <= counterReach)
    .sort((a, b) => a.gap - b.gap);
  const best = scored[0];
  if (!best) return [];
  const tied = scored.filter((entry) => entry.gap - best.gap < 1e-9);
  const next = scored[tied.length];
  if (next && next.gap < best.gap * 3 + 0.02) return [];
  return tied.map((entry) => entry.item);
}

/** Read in order, the amounts each answer the item in the same place ("26 / 34 / 11"), unless one is far from its item's price. */
function inOrder(positions: number, targets: readonly number[], priced?: PriceContext, least = 2): boolean {
  if (positions < least || positions !== targets.length) return false;
  if (!priced) return true;
  return targets.every((item, i) => {
    const anchor = priced.anchors[item];
    return !anchor || distance(priced.values[i]!, anchor) <= counterReach;
  });
}

/** Items named together before an amount ("base/top 3.8", "base coat 和 top coat 4元"): the amount is each one's. */
function namedTogether(
  text: string,
  hits: ReadonlyArray<{ item: number; start: number; end: number }>,
  position: number,
): number[] {
  const before = hits.filter((hit) => hit.end <= position);
  const group = before.slice(-1);
  for (let k = before.length - 2; k >= 0; k--) {
    if (!/^\s*(?:\/|&|\+|和|and|or)\s*$/i.test(text.slice(before[k]!.end, group[0]!.start))) break;
    group.unshift(before[k]!);
  }
  return [...new Set(group.map((hit) => hit.item))];
}

/**
 * "0.46 for yellow, red, green, 0.52 for blue and black" on the table, then "0.42 / 0.47": as many amounts as
 * prices the items stand at, in the same order, answer the groups of items at each price.
 */
function priceGroups(
  positions: number,
  items: readonly number[],
  priced: PriceContext | undefined,
): number[][] | null {
  if (!priced || positions < 2) return null;
  const levels = [...new Set(items.map((item) => priced.anchors[item]).filter((a): a is number => !!a))];
  if (levels.length !== positions || items.some((item) => !priced.anchors[item])) return null;
  const rising = (values: readonly number[]) => values.every((v, i) => i === 0 || v > values[i - 1]!);
  const values = priced.values.slice(0, positions);
  if (!rising(levels) || !rising(values)) return null;
  if (values.some((value, i) => distance(value, levels[i]!) > counterReach)) return null;
  const groups = levels.map((level) => items.filter((item) => priced.anchors[item] === level));
  // (Groups, not one amount an item: that is read in order already.)
  return groups.some((group) => group.length >= 2) ? groups : null;
}

/**
 * Items listed after an amount and "for" ("0.46 USD/pc for yellow, red, green", "0.52 for blue and black"): the
 * amount is each one's. The list runs on over commas, "and", "&" and "/", and ends at anything else.
 */
function listedAfterFor(
  text: string,
  hits: ReadonlyArray<{ item: number; start: number; end: number }>,
  position: number,
): number[] {
  const after = hits.filter((hit) => hit.start > position);
  const first = after[0];
  if (
    !first ||
    !/^\S+(?:\s?(?:usd|us\$|eur|rmb|\/\s?\w{1,6}|per \w{1,6}|each)){0,3}\s(?:each\s)?for\s(?:the\s)?$/i.test(
      text.slice(position, first.start),
    )
  )
    return [];
  const group = [first];
  for (const hit of after.slice(1)) {
    if (!/^\s*(?:,|and|&|\/|,\s?and)\s*$/i.test(text.slice(group.at(-1)!.end, hit.start))) break;
    // ("19.20 per dozen for cat eye, aviator stay 28.80": a name with an amount of its own ends the list.)
    if (/^[^,;.]*\d/.test(text.slice(hit.end).split(/,|\band\b/i)[0] ?? "")) break;
    group.push(hit);
  }
  return [...new Set(group.map((hit) => hit.item))];
}

/**
 * Attach mentions in a sentence to items: same comma part, then by order when counts match; a
 * sentence that names no item speaks of the item its amounts are nearest in price to, else of the
 * item under discussion (`focus`, the last one named). Each mention may speak of several items. `justNamed`: the
 * sentence before named the focus item, which has no price yet, so an amount naming no item is its own.
 */
function attach(
  text: string,
  positions: number[],
  items: readonly ItemRef[],
  focus = -1,
  priced?: PriceContext,
  listed: readonly number[] = items.map((_, i) => i),
  justNamed = false,
): number[][] {
  if (items.length === 1) return positions.map(() => [0]);
  if (items.length === 0) return positions.map(() => []);
  const hits = itemMentions(text, items);
  // The items in the order the chat last listed them ("Model 3 20.00, Model Y 22.50" then "20 and 22").
  const all = [...listed];
  const shared = (i: number) => priced?.ends !== undefined && forEvery.test(text.slice(priced.ends[i]!));
  const byPrice = (i: number) => (priced ? nearestPriced(priced.values[i]!, priced.anchors) : []);
  if (hits.length === 0) {
    if (inOrder(positions.length, all, priced)) return positions.map((_, i) => [all[i]!]);
    // ("4.0 不行, 最低 4.2元": an amount turned down and the counter to it answer one item, not two groups.)
    const groups = isRefusal(text) ? null : priceGroups(positions.length, all, priced);
    if (groups) return groups;
    // "LB-08 price USD 11.80/pc", "ok 10.80" over colours counted apart at one price: one amount that names
    // no colour prices each one. (Colours priced apart, "clear 20.16, brown 20.88", are answered apart.)
    const onePrice = new Set(priced?.anchors.filter((anchor) => anchor !== null)).size <= 1;
    if (positions.length === 1 && onePrice && colourLines(items)) return [all];
    return positions.map((_, i) => {
      if (shared(i)) return all;
      const near = byPrice(i);
      // ("CV-120: 12V 120W, HEPA filter. 7.80 USD/pc": the item the sentence before named, unpriced yet, is the one
      // priced, however near another item's price the amount is.)
      if (justNamed && focus >= 0) return [focus];
      return near.length > 0 ? near : focus >= 0 ? [focus] : [];
    });
  }
  const segments = segmentsOf(text);
  // (Read once a sentence: which mentions name a part another item comes with.)
  const accessories = new Set(hits.filter((hit) => accessoryOf(text, hit, hits)));
  /** Whether an amount is too far from an item's price on the table to be a counter to it. */
  const far = (i: number, item: number) => {
    const anchor = priced?.anchors[item];
    return priced !== undefined && !!anchor && distance(priced.values[i]!, anchor) > counterReach;
  };
  // "Canister filter AF-1200 (1200 L/h, 4 media baskets): USD 18.60/unit": a name inside brackets closed before
  // the amount describes the item named before them; it is not the item priced.
  const brackets = text.includes("(") ? matchesOf(/\([^()]{0,120}\)/g, text) : [];
  const described = (h: { start: number; end: number }, position: number) =>
    brackets.some(
      (b) => h.start > b.index && h.end < b.index + b[0].length && b.index + b[0].length <= position,
    );
  const result = positions.map((position, i) => {
    const segment = segments.findLast((s) => s.start <= position);
    if (!segment) return [];
    const listed = listedAfterFor(text, hits, position);
    if (listed.length > 1) return listed;
    const inSegment = hits.filter(
      (h) =>
        h.start >= segment.start &&
        h.start < segment.start + segment.text.length &&
        !accessories.has(h) &&
        !described(h, position),
    );
    // "slide no can not, 2.90 lowest": an amount in a part that names no item is the last item named before it.
    // (Unless the amount is far from that item's price: then it is another item's, "housing 0.42 and lens 0.11".)
    if (inSegment.length === 0) {
      const previous = hits.findLast(
        (h) => h.start < position && !accessories.has(h) && !described(h, position),
      );
      return previous && !far(i, previous.item) ? [previous.item] : [];
    }
    // ('10" and 11" at US$3.20': items joined by "and" before one amount share it, though "and" parts a sentence.)
    const floor = i > 0 ? positions[i - 1]! : 0;
    const joined = namedTogether(
      text,
      hits.filter((h) => h.start >= floor),
      position,
    );
    const together =
      joined.length > 1 && joined.includes(inSegment.at(-1)!.item)
        ? joined
        : namedTogether(text, inSegment, position);
    if (together.length > 1) return together;
    return [
      inSegment.reduce((best, hit) =>
        Math.abs(hit.start - position) < Math.abs(best.start - position) ? hit : best,
      ).item,
    ];
  });
  // "1500 forks and 2500 rakes at 3.20 and 1.20": as many amounts as items named, all after the last name,
  // go to the items in the order they were named.
  const order = [...new Set(hits.map((h) => h.item))];
  if (positions.length >= 2 && order.length === positions.length && hits.every((h) => h.end <= positions[0]!))
    positions.forEach((_, k) => {
      result[k] = [order[k]!];
    });
  // "26 and 34 fine. lids 10.5?", "price 9.80 usd, strap 0.45 usd/pc": the amounts that name no item
  // answer, in order, the items the sentence does not name.
  const unnamed = result.flatMap((found, i) => (found.length === 0 ? [i] : []));
  const named = new Set(hits.map((hit) => hit.item));
  const rest = all.filter((item) => !named.has(item));
  if (unnamed.length >= 1 && unnamed.length === rest.length) {
    const values = unnamed.map((i) => priced?.values[i] ?? 0);
    if (inOrder(unnamed.length, rest, priced ? { values, anchors: priced.anchors } : undefined, 1))
      unnamed.forEach((i, k) => {
        result[i] = [rest[k]!];
      });
  }
  return result.map((found, i) => {
    if (shared(i)) return named.size >= 2 ? [...named] : all;
    return found.length === 0 ? byPrice(i) : found;
  });
}

/** Items that are colours of one product counted apart ("1,500 grey and 1,000 navy"), sold at one price. */
function colourLines(items: readonly ItemRef[]): boolean {
  const labels = items.map((item) => item.labels?.[0]);
  return labels.every((label) => label !== undefined) && colourLabels(labels as string[]);
}

/** The words between two mentions when the second is a part the first comes with, within one sentence. */
const accessoryBetween = new RegExp(String.raw`^(?:[^;:.!?]|\.(?=\d))*?${accessoryLead}`, "i");

/**
 * "RC truck with battery pack: USD 12.80/pc": an item named after "with" beside another is a part the other
 * comes with, and its price is the other's.
 */
function accessoryOf(
  text: string,
  hit: { start: number; end: number; item: number },
  hits: ReadonlyArray<{ start: number; end: number; item: number }>,
): boolean {
  // ("RC truck, 2.4GHz, with Li-ion battery pack": the features between may be listed with commas; the
  // part after "with" runs to the accessory's name, and no price stands between.)
  return hits.some((other) => {
    if (other.item === hit.item || other.end > hit.start) return false;
    const between = text.slice(other.end, hit.start);
    return accessoryBetween.test(between) && findMoney(between).every((money) => money.bare);
  });
}

/** How many lines under a line naming its list's lot the list may run. */
const listReach = 12;

/**
 * "price as below, all per 100 boxes" over "coffin medium nude ombre   USD 85": the lines of the list under a
 * line naming its lot, each with the lot. The list is the same side's lines with prices, up to the first
 * line without one.
 */
function listLotsOf(clauses: readonly Clause[]): Map<Clause, number> {
  const lots = new Map<Clause, number>();
  clauses.forEach((clause, index) => {
    const size = announcedLot(clause.text);
    if (size === null) return;
    // (The lot's own line may run on into the first row: "per 100 pcs: ...". withLotHeader reads that.)
    for (let j = index + 1; j < clauses.length && j <= index + listReach; j++) {
      const row = clauses[j]!;
      if (row.line === clause.line) continue;
      if (row.role !== clause.role || !findMoney(row.text).some((money) => !money.bare)) break;
      lots.set(row, size);
    }
  });
  return lots;
}

/** Metals named by a grade number written before them ("304 stainless", "6061 aluminium", "H62 brass"). */
const gradedMetal = /^(?:stainless|steel|ss|aluminium|aluminum|alloy|brass|copper|titanium)$/;

/** A number right after a capitalised word ("iPhone 16", "Model 3"): part of a name, not a count. */
const partOfName = (text: string, start: number) =>
  /[A-Z][\w-]*\s$/.test(text.slice(Math.max(0, start - 16), start));
const lastWordOf = (text: string) => text.split(/\s/).at(-1)?.toLowerCase() ?? "";

/** Words in an item's name that no other item's name holds, and no measure, unit or filler word. */
const notTelling =
  /^(?:and|with|for|the|per|set|sets|pcs|pair|pairs|mm|cm|inch|size|type|style|model|new|custom|roll|packed|color|colour|black|white)$/;
/** A number, then one word right after it ("80 queen", "4000 pathway"). */
const toldWord = /^[\d.,]+\s?k?\s+([a-z]+)$/i;
/** What may follow such a count: the end of the phrase ("and 40 king", ", torches 2000", "."). */
const toldEnd = /^(?:\s*(?:$|[,.;:!?)/&+]|(?:and|or|plus|\+)\b))/i;

/**
 * The words that tell one item from the others ("queen" and "king", "pathway" and "torch"), each with
 * its item: a count right before one of them is that item's, though the chat does not name it in full.
 */
function tellingWords(items: readonly ItemRef[]): Map<string, number> {
  const owners = new Map<string, Set<number>>();
  items.forEach((item, index) => {
    for (const word of item.name.toLowerCase().match(/[a-z]{3,}/g) ?? []) {
      const set = owners.get(word) ?? new Set<number>();
      set.add(index);
      owners.set(word, set);
    }
  });
  const telling = new Map<string, number>();
  if (items.length < 2) return telling;
  for (const [word, set] of owners)
    if (set.size === 1 && !notTelling.test(word)) telling.set(word, [...set][0]!);
  return telling;
}

/** The amount is the sum of two or more items' counts times their prices: the order's total. */
function isOrderTotal(states: readonly ItemState[], amount: number): boolean {
  const lines = states.flatMap((state) => {
    const price = state.settled?.offer.price ?? state.lastOffer?.price;
    return state.quantity && price !== undefined ? [state.quantity.value * price] : [];
  });
  return lines.length >= 2 && Math.abs(lines.reduce((sum, line) => sum + line, 0) - amount) <= amount * 0.01;
}

/** The count is the sum of every item's count: the order's total ("For 2,500 pcs" after "1,500 grey and 1,000 navy"). */
function isCountTotal(states: readonly ItemState[], count: number): boolean {
  if (states.length < 2 || states.some((state) => !state.quantity)) return false;
  return states.reduce((sum, state) => sum + state.quantity!.value, 0) === count;
}

function plausible(value: number, anchor: number | null): boolean {
  if (anchor === null || anchor <= 0) return false;
  const ratio = value / anchor;
  return ratio >= 0.3 && ratio <= 3;
}

/** What puts an amount on top of a price: "+0.60", "extra USD 0.15", "add $0.05", "plus 0.30". */
const addOnBefore =
  /(?:(?<!\w)\+\s?|\b(?:extra|add|additional|surcharge|plus)\s(?:of\s)?)(?:US\$\s?|USD\s?|\$\s?|€\s?)?$/i;

/** What makes an amount the difference from a price: "0.05 more", "USD 0.10 extra", "0.20 higher", "0.30 on top". */
const addOnAfter =
  /^\s?(?:\/\s?(?:pc|pcs|piece|unit|set)\s)?(?:more|extra|higher|additional|on top|dearer)\b/i;

/**
 * A column or field headed by a price in a currency ("Unit price (USD)", "Price USD/carton", "FOB price, USD"),
 * an invoice's amount column ("Amount (USD)": its unit prices are in that currency too), an export's column
 * ("UNIT_PRICE_USD") or field ("Currency,JPY"), or a note saying which
 * currency the figures are in ("Prices in USD per piece", "all prices are in EUR", "revised offer in EUR",
 * "Currency: USD", "Price list below, USD per pc", "quote below, USD per piece").
 */
const pricedColumn = new RegExp(
  String.raw`(?:\b|(?<=_))(?:prices?(?:_|\s?(?:\(\s?|,\s|:\s|(?:are\s|quoted\s)?in\s)?)|(?:offer|quote|quotation)s?\s(?:is\s|are\s)?in\s|(?:amount|sub-?total|total|line total)\s?\(\s?|price list(?: below| as below)?,\s|currency\s?[:,]\s?)(rmb|${currencyCodes})\b`,
  "i",
);

/** The terms figures are quoted in, said with no amount: "quote below, FOB Ningbo, USD per piece:". */
const perPieceTerms = new RegExp(
  String.raw`(?<!\d\s?)\b(${currencyCodes})\s(?:per|\/)\s?(?:piece|pc|pcs|unit|set|pair|item)\b`,
  "i",
);

/** A column headed by its currency per piece: "| EUR/pc", "USD per set |", "€/unit". */
const perPieceColumn = new RegExp(
  String.raw`(?:^|\|\s?|\t|\s{2})${currencyPerPiece}\s*(?:\||\t|\s{2}|$)`,
  "i",
);

/** The currency a priced column or field is headed by, cited where the header says it. */
export function priceColumnCurrency(
  clauses: readonly Clause[],
): { code: string; clause: Clause; start: number; end: number } | null {
  for (const clause of clauses) {
    const m =
      pricedColumn.exec(clause.text) ?? perPieceTerms.exec(clause.text) ?? perPieceColumn.exec(clause.text);
    if (!m) continue;
    const code = currencyCode(m[1]!);
    if (code) return { code, clause, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** Amounts added up just before an equals sign: "760 + 580 + 630 = ", "USD 4,110 + 840 = ". */
const linesSummed =
  /\d[\d.,]*\s?\+\s?(?:[A-Z]{3}\s?|[$€£¥]\s?)?\d[\d.,]*\s?=\s?(?:[A-Z]{3}\s?|US\$\s?|[$€£¥]\s?)?$/;

/** The package a price is quoted per, by one name ("ctn" is a carton). */
const packageKey = (word: string) => word.toLowerCase().replace(/s$/, "").replace(/^ctn$/, "carton");
/** The packages a chat sizes in pieces, one alternation for every pattern that reads them. */
const packageWords = "cartons?|ctns?|cases?|bales?|drums?|bags?";
/** "36 rolls per carton", "10 pcs/ctn", "24 pcs in each case": how many pieces a package holds. */
const packedIn = new RegExp(
  String.raw`^ ?(?:\/|per|in (?:a|one|each)|each|a) ?(?:export |master |outer )?(${packageWords})\b`,
  "i",
);

/**
 * A bag is a package only where the chat says how many pieces one holds ("per bag of 100 pcs", "100 pcs per
 * bag"): elsewhere bags are as often the goods (tote bags, grow bags).
 */
const packageWhenSized = /^bags?$/i;
const isPackage = (word: string, packs: () => ReadonlyMap<string, PackSize>) =>
  isPackageWord(word) || (packageWhenSized.test(word) && packs().has(packageKey(word)));

/** What one package of the chat holds: how many pieces, and the unit they are counted in ("48 pairs/ctn"). */
type PackSize = { size: number; unit: string };

/** How many pieces each package of the chat holds, as the supplier or buyer first says it. */
function packSizes(clauses: readonly Clause[]): Map<string, PackSize> {
  const sizes = new Map<string, PackSize>();
  for (const clause of clauses) {
    if (clause.sample || !/\d/.test(clause.text) || !/carton|ctn|case|bale|drum|bag/i.test(clause.text))
      continue;
    for (const q of findQuantities(clause.text)) {
      if (q.kind !== "pack" || q.unit === null) continue;
      const m = packedIn.exec(clause.text.slice(q.end, q.end + 24).replace(/\s+/g, " "));
      if (m && !sizes.has(packageKey(m[1]!))) sizes.set(packageKey(m[1]!), { size: q.value, unit: q.unit });
    }
    // "USD 56 per carton of 40 pcs", "a case with 24 pairs": the package named first, its pieces after.
    for (const m of matchesOf(packageOfPieces, clause.text)) {
      const unit = countUnitOf(m[3]!);
      const size = Number(m[2]!.replace(/,/g, ""));
      if (unit && size > 1 && !sizes.has(packageKey(m[1]!))) sizes.set(packageKey(m[1]!), { size, unit });
    }
  }
  return sizes;
}

/** "USD 84.00/ctn (60pcs/ctn)": the pieces a package holds, said right after a price per that package. */
const packedAfterPrice = new RegExp(
  String.raw`^\s?\(?\s?(\d{1,4})\s?(${englishCountWords})\s?(?:\/|per\s)\s?(${packageWords})\b`,
  "i",
);

/**
 * The chat's package sizes as one item reads them: where its own price per a package is followed by what that
 * package holds ("700ml USD 96.00/ctn (48pcs/ctn), 400ml USD 84.00/ctn (60pcs/ctn)"), that size is the item's.
 */
function ownPacks(
  state: ItemState,
  packs: () => ReadonlyMap<string, PackSize>,
): () => ReadonlyMap<string, PackSize> {
  for (const offer of state.offers) {
    // (A price per no unit names no package to hold anything: passed over before the pattern reads its text.)
    if (!offer.perUnit) continue;
    const m = packedAfterPrice.exec(offer.clause.text.slice(offer.end, offer.end + 30));
    const unit = m ? countUnitOf(m[2]!) : null;
    if (!m || !unit || packageKey(offer.perUnit) !== packageKey(m[3]!)) continue;
    const own = { size: Number(m[1]!), unit };
    return () => new Map([...packs(), [packageKey(m[3]!), own]]);
  }
  return packs;
}

/**
 * A package and the pieces it holds, in that order: "carton of 40 pcs", "ctn with 24 pairs", "1 carton = 240
 * pcs", "bag of 100 pcs".
 */
const packageOfPieces = new RegExp(
  String.raw`\b(${packageWords})(?:\s(?:of|with|holds?|contains?)\s|\s?[=:]\s?)(\d{1,3}(?:,\d{3})?)\s?(${englishCountWords})\b`,
  "gi",
);

/** The package a count is written in ("96 cartons", "60 ctn"), or null for a count of pieces. */
function packageCounted(quantity: QuantityFound, packs: () => ReadonlyMap<string, PackSize>): string | null {
  const written = quantity.clause.text.slice(quantity.start, quantity.end + 10);
  const word = /^[\d,.]+\s?([a-z]+)/i.exec(written)?.[1] ?? "";
  return isPackage(word, packs) ? packageKey(word) : null;
}

/**
 * The order in pieces: a price per carton of 36 rolls is that price over 36, and "300 cartons" of them are
 * 10,800 rolls, so the order reads the same however the chat counted it. A package whose content the chat
 * never gives stays a package, its price per package.
 */
function inPieces(
  settled: Offer | null,
  price: number | null,
  quantity: QuantityFound | null,
  packs: () => ReadonlyMap<string, PackSize>,
): { price: number | null; quantity: number | null; unit: string | null } {
  const counted = quantity ? packageCounted(quantity, packs) : null;
  const pricedPer =
    settled?.perUnit && isPackage(settled.perUnit, packs) ? packageKey(settled.perUnit) : null;
  const key = counted ?? pricedPer;
  const pack = key ? packs().get(key) : undefined;
  const kept = { price, quantity: quantity?.value ?? null, unit: quantity?.unit ?? null };
  if (!pack || pack.size <= 1) return kept;
  // (A count of pieces priced per carton, or a count of cartons priced per piece, converts one side only.)
  const perPiece = (value: number) => Math.round((value / pack.size) * 10000) / 10000;
  // (With no count the price stays per package: a price per piece of an unknown unit would tell the buyer less.)
  const priceConverts =
    price !== null && quantity !== null && pricedPer !== null && (counted === null || counted === pricedPer);
  return {
    price: priceConverts ? perPiece(price) : price,
    quantity: kept.quantity !== null && counted !== null ? kept.quantity * pack.size : kept.quantity,
    unit: counted !== null ? pack.unit : kept.unit,
  };
}

/**
 * "560 RMB/ctn" quoted, "520 per ctn?" countered, "ok 540" agreed: a bare price in talk of prices per
 * package is per that package too, when the last price said with its unit before it was per a package
 * and the two are near (a price per piece is a fraction of one per carton).
 */
function withPackageOf(
  offers: readonly Offer[],
  settled: Offer,
  packs: () => ReadonlyMap<string, PackSize>,
): Offer {
  if (settled.perUnit) return settled;
  const at = offers.lastIndexOf(settled);
  const before = (at < 0 ? offers : offers.slice(0, at)).findLast((offer) => offer.perUnit !== null);
  if (!before?.perUnit || !isPackage(before.perUnit, packs)) return settled;
  const ratio = settled.price / before.price;
  return ratio >= 0.5 && ratio <= 2 ? { ...settled, perUnit: before.perUnit } : settled;
}

/**
 * The words some price of the chat is quoted per, singular: counts of them are counts of goods
 * ("800 reels at USD 3.40 per reel", "300 cartons" at "23.80 USD per carton"). Measures are not ("per kg").
 */
function pricedNouns(clauses: readonly Clause[]): string[] {
  const found = new Set<string>();
  for (const clause of clauses)
    if (!clause.sample && /(?:\bper|\/)\s?[a-z]{3}/i.test(clause.text))
      for (const money of findMoney(clause.text))
        if (money.perUnit && isCountedPer(money.perUnit)) found.add(singular(money.perUnit.toLowerCase()));
  return [...found];
}

/**
 * The items a lot's label tells apart: those whose labels hold it ("1200 pcs 21cm confirmed": the label's
 * first word may be the item's label alone).
 */
function ownersOf(lot: Lot, items: readonly ItemRef[]): number[] {
  const label = lot.label.toLowerCase();
  const first = label.split(" ")[0]!;
  return items.flatMap((item, i) =>
    item.labels?.includes(label) || item.labels?.includes(first) ? [i] : [],
  );
}

/** A name straight before an amount ("trowel 1.72"), no word of a counter-offer ("come down to 1.05"). */
const namedJustBefore =
  /(?<![a-z])(?!(?:to|at|for|is|of|from|by|than|and|or|about|around|down|up)\s$)[a-z]{3,}\s$/i;

/** The whole numbers a text writes with days or weeks ("35 days", "6 working weeks"), as written. */
const countsOfDays = remembered((text: string) =>
  matchesOf(/(?<![\d.,])(\d+)\s?(?:working\s|calendar\s)?(?:days?|weeks?)\b/gi, text).map((m) => m[1]!),
);

/** How many messages back a lead time still holds the talk's subject ("35 days" ... "Maybe 42..." ... "We need 35."). */
const daysTopicReach = 3;

/**
 * A whole number the clause's message, or the message before it, writes with days or weeks ("35 days"); or
 * a bare one said while the last few messages bargain over a lead time and name no price: "45 plus 45 days
 * at sea", then "Maybe 42...", then "We need 35." are days, near a day count said and far from no price.
 * `earlier(k)` is the text of the message k before the clause's.
 */
function saidAsDays(value: number, clause: Clause, earlier: (back: number) => string | undefined): boolean {
  if (!Number.isInteger(value) || value > 365) return false;
  const written = String(value);
  if ([clause.messageText, clause.previousText ?? ""].some((text) => countsOfDays(text).includes(written)))
    return true;
  const recent = [clause.messageText];
  for (let back = 1; back <= daysTopicReach; back++) recent.push(earlier(back) ?? "");
  if (recent.some((text) => findMoney(text).some((money) => !money.bare))) return false;
  return recent.some((text) =>
    countsOfDays(text).some((days) => Math.abs(Number(days) - value) <= Number(days) * 0.25),
  );
}

/** A unit that is a package ("per carton"). */
const packageUnit = /^(?:cartons?|ctns?|box(?:es)?|cases?)$/i;
/** An amount put per a package ("USD 17.50 per carton", "24 per carton"). */
const perPackage = (money: MoneyMention) => money.perUnit !== null && packageUnit.test(money.perUnit);

/** A line of a bank's details under a PI: account, SWIFT or IBAN, branch and routing codes. */
const bankLine =
  /\b(?:swift|iban|bic|a\/c|acct|account\s(?:no|number|#)|beneficiary|routing|sort\scode|bank\scode|branch\scode)\b/i;

/** Run the negotiation over the sentences and report, per item, what both sides settled. */
export function negotiate(clauses: readonly Clause[], items: readonly ItemRef[]): ItemOutcome[] {
  const states: ItemState[] = items.map(() => ({
    lastOffer: null,
    offers: [],
    prices: [],
    settled: null,
    tiers: [],
    quantity: null,
    firmQuantity: null,
    counts: new Set<number>(),
    countRefused: false,
    priceRefused: false,

    events: [],
    agreed: [],
  }));
  // A count names its item by the head noun, or by the words that tell it from the others ("15,000 small").
  const nouns = [
    ...new Set(
      items.flatMap((item) => {
        // ("plato" counted as "120 plates": the English word of a head named in another language.)
        const english = englishOf(item.head);
        return [item.head, ...(item.labels ?? []), ...(english ? [english] : [])];
      }),
    ),
  ];
  // "800 cartons blue M" at "23.80 USD per carton": where prices are per package, packages are counted too.
  nouns.push(...pricedNouns(clauses).filter((word) => !nouns.includes(word)));
  const headSet = new Set(nouns.map((noun) => noun.toLowerCase()));
  const telling = tellingWords(items);
  // Words that tell items apart without naming the product ("stainless", "S", "queen").
  const heads = new Set(items.map((item) => item.head.toLowerCase()));
  const labelSet = new Set(
    items
      .flatMap((item) => item.labels ?? [])
      .map((label) => label.toLowerCase())
      .filter((label) => !heads.has(label)),
  );
  const byMessage = new Map<number, Clause[]>();
  for (const clause of clauses) {
    const list = byMessage.get(clause.message) ?? [];
    list.push(clause);
    byMessage.set(clause.message, list);
  }
  /** A message's sentences as one text (a long message's are its sentences, as clauses keep them). */
  const messageTextOf = (message: number) =>
    byMessage
      .get(message)
      ?.map((c) => c.text)
      .join(" ");
  let currency: string | null = null;
  let packagePriced = false;
  const announcedLots = listLotsOf(clauses);
  // The lines of a list written a lot to a line ("Yellow (X-light) 1200" under "New quantities:").
  const listRows = new Set(
    listedLineGroups(clauses).flatMap((lots) => lots.map((lot) => clauses[lot.clause]!)),
  );
  // An item read from a row of a pasted quote table is priced and counted by that row's cells.
  const rowItems = new Map<Clause, { item: number; row: TableRow }>();
  items.forEach((item, index) => {
    if (item.row) rowItems.set(clauses[item.row.clause]!, { item: index, row: item.row });
  });
  const tables = quoteTables(clauses);
  // The wrapped lines of a row's cells describe it: their figures ("4 rubber feet") are no offers.
  // So are the figures of a row the table's status column drops ("Enamel bowl | ... | 2.05 | - | DROPPED").
  const noOfferLines = new Set([
    ...tables.flatMap((table) => table.flatMap((row) => row.wrapped.map((at) => clauses[at]!))),
    ...[...droppedTableRows(clauses)].map((at) => clauses[at]!),
  ]);
  // A revised quote pasted later ("QUOTATION v2") prices and counts the same products again, row by name.
  for (const table of tables.slice(1))
    for (const row of table) {
      const item = items.findIndex((item) => item.row && sameRowName(item.row.name, row.name));
      if (item >= 0) rowItems.set(clauses[row.clause]!, { item, row });
    }
  function quoteRow(state: ItemState, row: TableRow, clause: Clause): void {
    if (row.price.currency) currency = row.price.currency;
    // (A table copied a cell to a line holds the price on a line of its own.)
    const priceClause = row.price.clause !== undefined ? clauses[row.price.clause]! : clause;
    const offer: Offer = {
      price: row.price.value,
      currency: row.price.currency ?? currency,
      role: clause.role,
      message: priceClause.message,
      clause: priceClause,
      start: row.price.start,
      end: row.price.end,
      perUnit: null,
      ...(row.price.lot ? { lot: row.price.lot } : {}),
    };
    record(state, offer);
    state.lastOffer = offer;
    // A row of tiers quotes each: the count ordered chooses one.
    for (const tier of row.tiers ?? []) {
      const read: Tier = { ...tier, currency: row.price.currency ?? currency, clause: clauses[tier.clause]! };
      state.tiers.push(read);
      const quoted: Offer = { ...tierOffer(read), role: clause.role, tierMin: tier.min };
      record(state, quoted);
      state.lastOffer = quoted;
    }
    // A tracker's "Final" column is the price both sides settled, whoever pasted the sheet.
    if (row.price.settled) state.settled = { offer, accept: clause };
    if (row.quantity) {
      const counted = row.quantity.clause !== undefined ? clauses[row.quantity.clause]! : clause;
      state.quantity = { ...row.quantity, clause: counted, asked: false, quotedFor: false };
      state.counts.add(row.quantity.value);
    }
  }
  // "Item | Description | Unit price (USD)": a pasted quote whose prices are numbers under a priced column.
  const priceColumn = clauses.some((clause) => pricedColumn.test(clause.text));
  // Whether the chat names its currency anywhere: then "cat 300 @0.72" prices in it without saying so again.
  // (Read only when such an amount comes up: most chats never need it.)
  let currencyNamed: boolean | undefined;
  const namesCurrency = () =>
    (currencyNamed ??= clauses.some(
      (clause) => currencyWord.test(clause.text) || findMoney(clause.text).some((money) => money.currency),
    ));
  // The freight amounts quoted apart in the chat ("By air DAP Los Angeles USD 980 total"), read when asked.
  let fees: Set<number> | undefined;
  const feeAmounts = () =>
    (fees ??= new Set(
      clauses.flatMap((clause) => {
        const fee = findShippingFee(clause.text);
        return fee ? [fee.value] : [];
      }),
    ));
  let focus = -1;
  /** The sentence that last named the focus item. */
  let focusNamedIn: Clause | null = null;
  let section = -1;
  let sectionSpeaker: string | null = null;
  let listed = items.map((_, i) => i);
  /** Whether each side's latest message asked something (a "yes" after a question answers it). */
  const asked = new Map<Role, boolean>();
  const moqs: number[] = [];
  // "Packing: each set in a box; 24 pcs (item 1), 6 sets (item 2) per carton": every sentence of a line
  // labelled as the packing counts what a carton holds.
  const packing = new Set<Clause>();
  clauses.forEach((clause, index) => {
    const before = clauses[index - 1];
    if (packingLine.test(clause.text) || (before?.line === clause.line && packing.has(before)))
      packing.add(clause);
  });
  for (const [, messageClauses] of [...byMessage.entries()].sort((a, b) => a[0] - b[0])) {
    for (const state of states)
      if (state.settled && !state.agreed.some((price) => close(price, state.settled!.offer.price)))
        state.agreed.push(state.settled.offer.price);
    const first = messageClauses[0]!;
    const role = first.role;
    const otherSide = role === "buyer" ? "supplier" : role === "supplier" ? "buyer" : null;
    const accepting =
      isAcceptance(first.messageText) ||
      (otherSide !== null && asked.get(otherSide) === false && opensAccepting(first.messageText));
    asked.set(role, /[?？]/.test(first.messageText));
    const summary = isSummary(first.messageText);
    const pricedItems = new Set<number>();
    let tierPairs = 0;
    const pending: Array<{ item: number; tier: Tier }> = [];
    // (A section ends with its speaker's turn: a list in one message holds the focus of no later one.)
    if (first.speaker !== sectionSpeaker) section = -1;
    sectionSpeaker = first.speaker;
    for (const [at, clause] of messageClauses.entries()) {
      // Notes in the third person name who acts sentence by sentence ("Buyer countered USD 1.70").
      const role = clause.role;
      if (clause.sample) continue;
      if (noOfferLines.has(clause)) continue;
      // ("asked about a lotion pump instead of the flip-top on 2,000 of them: quoted 0.09 -> NOT ordered", "R also
      // pushed the refill bottles at $3.990, not for now": goods priced and left untaken change no item.)
      if (untakenAlternative.test(clause.text) && alternativeLeft.test(clause.text)) continue;
      if (
        items.length >= 2 &&
        quotesOtherGoods(
          clause,
          items,
          states.every((state) => state.offers.length === 0),
        )
      )
        continue;
      const rowItem = rowItems.get(clause);
      if (rowItem !== undefined) {
        quoteRow(states[rowItem.item]!, rowItem.row, clause);
        continue;
      }
      const text = clause.text;
      // "3) Thermal shipping labels - ..." then "- We take 60,000 pcs": the lines under a numbered heading of
      // notes speak of its item, whatever another line of the section mentions in passing.
      const heading = sectionNumber.exec(text);
      if (heading) section = items.findIndex((item) => item.position === Number(heading[1]));
      // (So do the lines nested under a product's line; a line back at the margin ends them.)
      if (clause.outline === "heading") section = items.findIndex((item) => item.headingLine === clause.line);
      else if (clause.outline === "margin") section = -1;
      if (section >= 0) focus = section;
      // A rating inside the product's own name ("4K HDMI splitter", "12oz cup") counts nothing.
      // ("200 piece is USD 1.90": the label of the 200-piece puzzle, written with a space.)
      // ("whisk 100 prongs": so does a number a name goes on after; read only when a count stands by a word.)
      const rated = /\d[a-z]|\d\s(?:piece|pc)\b/i.test(text);
      let namesRead: ReturnType<typeof itemMentions> | null = null;
      const names = () => (namesRead ??= /\d\s?[a-z]/i.test(text) ? itemMentions(text, items) : []);
      const specs = isSpecSentence(text);
      // "item (1)", "items 1, 2 and 3": list numbers, no count or price.
      const listNumbers = itemNumberSpans(text);
      const listNumber = (start: number, end: number) =>
        listNumbers.some((span) => start < span.end && end > span.start);
      // ("* Play dough set 6 colours" heading its notes: the figures of the heading's name count nothing.)
      const headed =
        clause.outline === "heading" ? items.find((item) => item.headingLine === clause.line) : undefined;
      const inHeadingName = (q: QuantityMention) =>
        headed !== undefined && q.start >= headed.start && q.start < headed.start + headed.name.length;
      const counted = findQuantities(text, nouns).filter(
        (q) =>
          !listNumber(q.start, q.end) &&
          !inHeadingName(q) &&
          // "6001 at 0.35": the digits of a part number name the part, they count nothing.
          !(q.unit === null && labelSet.has(text.slice(q.start, q.end))) &&
          // In a sentence of measurements a number before a metal is its grade ("410 stainless", "6061 aluminium").
          !(specs && q.unit === null && gradedMetal.test(lastWordOf(text.slice(q.start, q.end)))) &&
          // ("whisk 100 prongs": a number inside an item's name, the name going on after it, counts nothing.)
          !names().some(
            (hit) =>
              q.start >= hit.start &&
              q.start < hit.end &&
              ((rated && /^\d[\d,.]*\s?[a-z]/i.test(text.slice(q.start, q.end))) || q.end < hit.end),
          ) &&
          // "Pixel 9 Pro": a number after a name's word, before a label, is part of that name.
          // (Most chats tell their items apart by no label: then no word is looked up.)
          !(
            labelSet.size > 0 &&
            labelSet.has(lastWordOf(text.slice(q.start, q.end))) &&
            partOfName(text, q.start)
          ) &&
          // "19.50/100pcs", "USD 21.00 per 100 pcs": the lot a price is quoted per is no count ordered.
          !lotAfterPrice.test(text.slice(Math.max(0, q.start - 16), q.start)) &&
          // ("logo printing 1 colour free for 5000 pcs": the count a service is free for is its condition.)
          !freeFor.test(text.slice(Math.max(0, q.start - 32), q.start)) &&
          // ("send video of 10 random sets": pieces taken at random are a check's, not the order's.)
          !/^\d[\d,]*\s(?:random|sample)\b/i.test(text.slice(q.start, q.end + 8)) &&
          // (And the supplier's "custom Pantone colour need 500 pcs": what an option needs is its minimum.)
          !(clause.role === "supplier" && optionNeeds.test(text.slice(Math.max(0, q.start - 24), q.start))) &&
          // "Packing: 24 pcs (item 1), 6 sets (item 2) per carton": a packing line's counts fill a carton.
          !packing.has(clause) &&
          // "Total 6500 pairs" after the lines of several items counts them all, no one item.
          !(items.length >= 2 && totalBeforeCount.test(text.slice(Math.max(0, q.start - 16), q.start))) &&
          // "For 2,500 pcs we can do USD 11.00" after "1,500 grey and 1,000 navy": the sum of every item's
          // count, said naming none of them, is the order's total.
          !(isCountTotal(states, q.value) && itemMentions(text, items).length === 0) &&
          // "freight USD 385 for 1400 pcs": the shipment a fee is for holds every item's goods.
          !(items.length >= 2 && isFeeContext(segmentAt(text, q.start))) &&
          // "S 300, M 500, XL 200 = 1400 pcs": the sum of the counts of the items the sentence names.
          !(
            sumBeforeCount.test(text.slice(Math.max(0, q.start - 24), q.start)) &&
            new Set(itemMentions(text.slice(0, q.start), items).map((hit) => hit.item)).size >= 2
          ),
      );
      // "300 S and 200 L": a count beside the label that tells its item apart, however short the label.
      // (Counts told apart stand side by side: a lone "304 stainless" is a grade, not a count.)
      // "2400 pcs of the 28cm and 1200 pcs of the 21cm": a count read with its label is that label's item's,
      // wherever the item's name stands in the sentence.
      const labelled = new Map<QuantityMention, number>();
      if (items.some((item) => item.labels)) {
        const lots = labelledCounts(text)
          .map((lot) => ({ lot, owners: ownersOf(lot, items) }))
          .filter(({ owners }) => owners.length > 0);
        const fresh = lots.filter(({ lot }) => !counted.some((q) => lot.start < q.end && lot.end > q.start));
        // ("Yellow (X-light) 1200" on a line of its own, one of a list a line each: the count is its label's.)
        const listed = lots.length === 1 && listRows.has(clause);
        if (fresh.length + counted.length >= 2 || listed)
          for (const { lot } of fresh)
            counted.push({ value: lot.count, unit: lot.unit, start: lot.start, end: lot.end, kind: "order" });
        if (lots.length >= 2 || listed)
          for (const { lot, owners } of lots) {
            const q = counted.find((q) => lot.start < q.end && lot.end > q.start && q.value === lot.count);
            if (owners.length === 1 && q) labelled.set(q, owners[0]!);
          }
      }
      // "linen blend 900 m": metres or kilograms of an item priced per that measure are its count.
      for (const mention of /\d\s?[a-z米公码吨]/i.test(text) ? measureMentions(text) : []) {
        if (counted.some((q) => mention.start < q.end && mention.end > q.start)) continue;
        const item = ownerOf(text, mention.start, mention.end, items);
        // (An item counted in pieces or rolls keeps that count: "4,000 rolls" then "10,000 kg" is their weight.)
        if (item === null || measureOfOffers(states[item]!) !== mention.unit) continue;
        if (isDraftUnit(states[item]!.quantity?.unit)) continue;
        const q: QuantityMention = { ...mention, kind: "order" };
        counted.push(q);
        labelled.set(q, item);
      }
      const kits = new Set<QuantityMention>();
      if (items.length >= 2 && !items.some((item) => item.head === "kit") && /\bkits?\b/i.test(text))
        for (const m of matchesOf(kitCount, text)) {
          const start = m.index;
          const end = start + m[0].length;
          // ("20 kits per carton" is how many a carton holds.)
          if (notKitOrder.test(text.slice(0, start)) || packedIn.test(text.slice(end, end + 30))) continue;
          const value = Number(m[1]!.replace(/,/g, ""));
          // (The count may be read already, its "kits" unread: it is still one of each.)
          const read = counted.find((q) => start < q.end && end > q.start);
          if (read && read.value !== value) continue;
          const q: QuantityMention = read ?? { value, unit: null, start, end, kind: "order" };
          if (!read) counted.push(q);
          kits.add(q);
        }
      counted.sort((a, b) => a.start - b.start);
      for (const q of counted) if (q.kind === "moq") moqs.push(q.value);
      // "80 queen and 40 king": a count before the word that tells one item from the others is that item's.
      // (Several items' counts in one sentence: a lone "304 stainless" is a grade, not a count.)
      const toldApart = new Map<QuantityMention, number>();
      // (A sentence of measurements tells nothing apart: "trowel 1.5mm 410 stainless" is a grade.)
      if (telling.size > 0 && /\d/.test(text) && !specs)
        for (const q of findQuantities(text, [...telling.keys()])) {
          const word = toldWord.exec(text.slice(q.start, q.end))?.[1]?.toLowerCase();
          const item = word === undefined ? undefined : (telling.get(word) ?? telling.get(singular(word)));
          if (item === undefined || !toldEnd.test(text.slice(q.end, q.end + 12))) continue;
          // "iPhone 16 Pro", "Model 3 Long Range": a number after a name's word is part of that name.
          if (partOfName(text, q.start)) continue;
          if (counted.some((c) => q.start < c.end && q.end > c.start)) continue;
          toldApart.set(q, item);
        }
      if (toldApart.size + counted.length >= 2) counted.push(...toldApart.keys());
      else {
        toldApart.clear();
        // The same for a count before a label alone ("ok, 304 stainless"): no other count stands beside it.
        // (Unless the sentence commits to it: "Ok I will take 1000 bubble then.")
        const alone = counted.length === 1 ? text.slice(counted[0]!.start, counted[0]!.end) : "";
        const committed =
          alone !== "" && committing.test(text.slice(Math.max(0, counted[0]!.start - 30), counted[0]!.start));
        // ("ok 600 chains", "stay at 600 chains": the goods' own noun in the plural counts them, a grade never is.)
        const word = lastWordOf(alone);
        const goods = /[^s]s$/.test(word) && headSet.has(singular(word));
        if (labelSet.has(word) && !committed && !goods) counted.length = 0;
      }
      // "make it 1500 instead", "increase to 1,200": a new count for the item, said without its unit.
      for (const m of /\d/.test(text) ? matchesOf(changedCount, text) : []) {
        const raw = m[1] ?? m[2]!;
        const start = m.index + m[0].indexOf(raw);
        const value = Number(raw.replace(/,/g, ""));
        if (counted.some((c) => start < c.end && start + raw.length > c.start)) continue;
        const after = text.slice(start + raw.length, start + raw.length + 12);
        // ("heat resistant up to 230°C": a temperature, not the count raised to 230.)
        if (notACountAfter.test(after) || measuredAfter(after)) continue;
        // ("up to 6,000 stitches": "up to" a count of something other than the goods is a limit of the spec.)
        const counts = /^\s?([a-z]+)/i.exec(after)?.[1]?.toLowerCase();
        const limit =
          /\bup\sto\s$/i.test(text.slice(Math.max(0, start - 6), start)) &&
          counts !== undefined &&
          !countUnitOf(counts) &&
          !headSet.has(singular(counts)) &&
          !headSet.has(counts);
        if (limit) continue;
        const targets = attach(text, [start], items, focus)[0] ?? [];
        const target = targets.length === 1 ? targets[0]! : -1;
        const standing = target >= 0 ? states[target]!.quantity?.value : undefined;
        const price = target >= 0 ? states[target]!.lastOffer?.price : undefined;
        // Near the count already put and far from any price: "reduce to 3,90" stays a price.
        if (standing === undefined || value < standing / 10 || value > standing * 10) continue;
        if (price !== undefined && value <= price * 5) continue;
        counted.push({ value, unit: null, start, end: start + raw.length, kind: "order" });
      }
      const listLot = announcedLots.get(clause);
      // ("Subject: Fwd: RE: Offer petri dish 0.034 USD": a reply's subject repeats the first mail's title, no offer.)
      const found = replySubject.test(text)
        ? []
        : listLot
          ? inAnnouncedLot(findMoney(text), listLot)
          : findMoney(text);
      // ("$2.490 CLP" named, then "agreed $2.250": a chat in pesos writes its pesos with the dollar sign.)
      const written =
        currency !== null && dollarSigned.has(currency)
          ? found.map((m) => inChatDollars(m, text, currency!))
          : found;
      // "USD 72/1000 pcs": the lot a price is written for, inside the price, counts nothing.
      const quantities = counted.filter(
        (q) =>
          (q.kind === "order" || q.kind === "increment") &&
          !written.some((m) => q.start > m.start && q.start < m.end),
      );
      const packed = counted.some((q) => q.kind === "pack");
      const event = offerEvent.test(text);
      // ("SWIFT: CZCBCN2X   A/C No.: 8201 2345 6789 0011": the figures of a bank's details are none of a price.)
      const bankDetails = bankLine.test(text);
      // (Once a price is put per package, "USD 17.50 per carton", a bare amount per carton may counter it.)
      packagePriced ||= written.some((money) => !money.bare && perPackage(money));
      const moneys = written.filter((money) => {
        if (listNumber(money.start, money.end)) return false;
        if (bankDetails && money.bare) return false;
        // ("24 per carton.." while 9.10 a piece is on the table: how many a carton holds. "16 per carton" beside
        // "USD 17.50 per carton" stays a counter: it is near a price put.)
        if (
          money.bare &&
          perPackage(money) &&
          !packagePriced &&
          !states.some((state) =>
            state.offers.some((offer) => Math.abs(offer.price - money.value) <= offer.price * 0.4),
          )
        )
          return false;
        // "Spring hinge +0.60 USD", "extra USD 0.15 for the logo": an add-on to a price, not one.
        if (addOnBefore.test(text.slice(Math.max(0, money.start - 16), money.start))) return false;
        // "black at 0.05 more", "USD 0.10 extra for gift box": the difference from a price, not one.
        if (addOnAfter.test(text.slice(money.end, money.end + 16))) return false;
        const segment = segmentAt(text, money.start);
        // "1.58 + 0.12 freight = USD 1.70/pc": the sum of a price and its freight, per piece, is the price delivered.
        const deliveredSum =
          money.perUnit !== null && isDraftUnit(money.perUnit) && /=\s*$/.test(text.slice(0, money.start));
        // "New total 760 + 580 + 630 = 1970.00 USD": the sum of the lines' amounts is the order's, no item's.
        if (!deliveredSum && linesSummed.test(text.slice(Math.max(0, money.start - 60), money.start)))
          return false;
        // (And each amount added up: "760 + 580 + ...".)
        if (
          money.bare &&
          money.perUnit === null &&
          /^\s?\+\s?\d[\d.,]*\s?(?:\+\s?\d[\d.,]*\s?)?=/.test(text.slice(money.end, money.end + 40))
        )
          return false;
        if (
          (!deliveredSum && (isFeeContext(segment) || isFeeAmount(text, money))) ||
          // ("USD 1.75/pc if you pay 50% deposit": an amount put per piece, the payment terms only after it, is a
          // price; "Compensated $4.00 each" pays.)
          (!event &&
            notPriceContext(near(text, segment, money)) &&
            !(
              isDraftUnit(money.perUnit) &&
              !notPriceContext(text.slice(Math.max(0, money.start - 30), money.start))
            ))
        )
          return false;
        if (isOneOffCharge(text, money, heads)) return false;
        // "Air, DAP Los Angeles, USD 980", "1290 ok": the freight quoted before, said again when the mode is chosen.
        if (money.perUnit === null && feeAmounts().has(money.value)) return false;
        if (money.bare && isSpecSentence(text)) return false;
        // "10 pcs per carton for S, 6 for M, 4 for L": beside a pack count, a whole bare number is another.
        if (money.bare && money.perUnit === null && Number.isInteger(money.value) && packed) return false;
        // No price is zero ("buy with $0 down").
        if (money.value <= 0) return false;
        // A range is no offer: nobody can accept "1.10-1.20" (money.ts reads it as one amount).
        if (
          money.range ||
          rangeBefore.test(text.slice(Math.max(0, money.start - rangeReach), money.start)) ||
          rangeAfter.test(text.slice(money.end, money.end + rangeReach))
        )
          return false;
        if (quantities.some((q) => money.start < q.end && money.end > q.start)) return false;
        if (
          money.bare &&
          /^\d{4}$/.test(String(money.value)) &&
          money.value >= 1950 &&
          money.value <= 2100 &&
          yearContext.test(text)
        )
          return false;
        return true;
      });
      // Tier rows: a quantity right before its price ("500 pcs: $2.90", "1000 pcs 2.2").
      const tierOf = new Map<MoneyMention, QuantityMention>();
      const onCondition = new Set<MoneyMention>();
      for (const money of moneys) {
        const q = quantities.find(
          (q) =>
            !q.times &&
            q.end <= money.start &&
            money.start - q.end <= 4 &&
            /^[\s:=@-]*$/.test(text.slice(q.end, money.start)),
        );
        if (q) tierOf.set(money, q);
      }
      // "if you order 1000 pcs of 600ml we can give 12.60": a supplier's one price on the condition of a count is
      // that count's row of the price list, no offer for the count already put.
      if (role === "supplier" && moneys.length === 1 && tierOf.size === 0) {
        const conditional = countCondition.exec(text);
        if (conditional && conditional.index + conditional[0].length <= moneys[0]!.start + 40) {
          onCondition.add(moneys[0]!);
          tierOf.set(moneys[0]!, {
            value: Number(conditional[1]!.replace(/,/g, "")),
            unit: conditional[2] ? countUnitOf(conditional[2]) : null,
            start: conditional.index + conditional[0].indexOf(conditional[1]!),
            end: conditional.index + conditional[0].length,
            kind: "hypothetical",
          });
        }
      }
      // "Bulk price 1000pcs 3.20 / 2000pcs 2.95 / 5000pcs 2.70" in a chat that names its currency elsewhere: rows
      // of counts and decimals are a price list, bare as they are.
      const bareTiers = (money: MoneyMention) => tierOf.size >= 2 && tierOf.has(money) && namesCurrency();
      // "For 900 backpacks price 11.40 USD, rain cover 500 pcs 1.60 USD": one count and price in a sentence
      // naming several items is an order line of one of them, not a row of a tier table.
      // "M10x40 bolt 50,000 pcs @ USD 72/1000, M10 nut 50,000 pcs @ USD 19.80/1000": each count and price
      // after an item of its own is that item's order line too.
      if (tierOf.size >= 1 && items.length > 1) {
        const hits = itemMentions(text, items);
        const rows = [...tierOf.values()];
        const ownItems = rows.map((q, i) => {
          const from = i > 0 ? rows[i - 1]!.end : 0;
          return hits.findLast((hit) => hit.start >= from && hit.end <= q.start)?.item;
        });
        if (
          (tierOf.size === 1 && new Set(hits.map((hit) => hit.item)).size > 1) ||
          (ownItems.every((item) => item !== undefined) && new Set(ownItems).size === rows.length)
        )
          tierOf.clear();
      }
      // (A line nested under a product's line that names no other item speaks of that product alone, however
      // many figures it holds: "plan said 1.200 sets, I raised to 1.500 sets".)
      const inSection =
        section >= 0 &&
        clause.outline === "under" &&
        itemMentions(text, items).every((hit) => hit.item === section);
      const qItems = inSection
        ? quantities.map(() => [section])
        : attach(
            text,
            quantities.map((q) => q.start),
            items,
            focus,
            undefined,
            listed,
          );
      quantities.forEach((q, i) => {
        if ([...tierOf.values()].includes(q)) return;
        // "HDMI splitter and USB hub, 1000 pcs each": one count for every item the sentence names.
        // "1800 kits" of an order of several parts (strip, controller, adapter): that many of every item.
        // ("put all three items 600 pcs in the order link", "600 pcs of every item": every item of the order.)
        const every = eachAfter.test(text.slice(q.end, q.end + 12))
          ? [...new Set(itemMentions(text, items).map((hit) => hit.item))]
          : kits.has(q) ||
              allItemsBefore.test(text.slice(Math.max(0, q.start - 30), q.start)) ||
              allItemsAfter.test(text.slice(q.end, q.end + 30))
            ? items.map((_, item) => item)
            : [];
        const told = toldApart.get(q) ?? labelled.get(q);
        for (const item of told !== undefined ? [told] : every.length >= 2 ? every : qItems[i]!)
          count(q, item);
      });
      function count(mention: QuantityMention, item: number): void {
        // The same count said again without its unit ("13.60 USD x 600" after "600 pcs") keeps the unit.
        const earlier = states[item]!.quantity;
        // "I add 100 more": the count already put, that much larger (nothing to add to, nothing counted).
        if (mention.kind === "increment" && !earlier) return;
        // (It is counted in the unit the count was put in: "600 pcs", then "100 more".)
        const q =
          mention.kind === "increment" && earlier
            ? { ...mention, value: earlier.value + mention.value, unit: mention.unit ?? earlier.unit }
            : mention;
        const unit = q.unit ?? (earlier && earlier.value === q.value ? earlier.unit : null);
        // A count said with a price beside it is part of that offer: it stands only if the offer does.
        const segment = segmentAt(text, q.start);
        const asked =
          priceRequest.test(clause.messageText) ||
          priceRequestBefore.test(text.slice(Math.max(0, q.start - 60), q.start));
        const offered = moneys.some((money) => segment.includes(text.slice(money.start, money.end)));
        const quotedFor =
          role !== "buyer" &&
          /\b(?:at|for|from)\s+$/i.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
          moneys.some((money) => money.end <= q.start && segment.includes(text.slice(money.start, q.start)));
        const found = { value: q.value, unit, clause, start: q.start, end: q.end, asked, quotedFor };
        states[item]!.quantity = found;
        states[item]!.counts.add(q.value);
        if (role === "buyer" && !clause.question && !offered && !asked) states[item]!.firmQuantity = found;
      }
      // "10,000 is too many for the first order": the other side turns the count down.
      if (isRefusal(text) || /\btoo (many|much|big|large)\b/i.test(text))
        for (const state of states) {
          const put = state.quantity;
          if (put && put.clause.role !== role && countWritten(put.value).test(text))
            state.countRefused = true;
        }
      const mItems = inSection
        ? moneys.map(() => [section])
        : attach(
            text,
            moneys.map((m) => m.start),
            items,
            focus,
            {
              values: moneys.map((m) => m.value),
              ends: moneys.map((m) => m.end),
              anchors: states.map((state) => anchorInTerms(state.lastOffer ?? state.offers.at(-1), moneys)),
            },
            listed,
            focus >= 0 &&
              focusNamedIn !== null &&
              focusNamedIn === messageClauses[at - 1] &&
              states[focus]!.offers.length === 0,
          );
      // The items the sentence names, read once: the focus, the listed order and the lists after "for" ask.
      const named = items.length > 1 ? itemMentions(text, items) : [];
      if (items.length > 1) {
        if (named.length > 0) focusNamedIn = clause;
        focus = named.at(-1)?.item ?? focus;
        const order = [...new Set(named.map((hit) => hit.item))];
        if (order.length === items.length) listed = order;
      }
      const refusing = isRefusal(text);
      // "Too expensive, we will think about it": the price on the table is turned down, whichever it was.
      if (refusing && moneys.length === 0)
        for (const state of states)
          if (state.lastOffer && other(state.lastOffer.role, role)) state.priceRefused = true;
      // One statement of a price in this clause, in the currency last named.
      const offerAt = (money: (typeof moneys)[number], price: number, tierMin?: number): Offer => ({
        price,
        currency: money.currency ?? currency,
        role,
        message: clause.message,
        clause,
        start: money.start,
        end: money.end,
        perUnit: money.perUnit,
        ...(tierMin !== undefined ? { tierMin } : {}),
        ...(money.lot !== undefined ? { lot: money.lot } : {}),
      });
      moneys.forEach((money, i) => {
        for (const item of mItems[i]!) priceFor(money, i, item);
      });
      // "spatula 1.15, turner 1.30, ladle 1.45 USD": a decimal amount beside the item it names, in a
      // sentence pricing items in a currency, is a price even before any price is on the table.
      function listedBeside(money: (typeof moneys)[number], item: number): boolean {
        const atPrice = /(?:@|\bat)\s?$/i.test(text.slice(Math.max(0, money.start - 4), money.start));
        // ("the dining table 160x90 at 64 instead of 68": a whole amount after "at" is a price too.)
        if (items.length < 2 || !(atPrice || /\d\.\d/.test(text.slice(money.start, money.end)))) return false;
        // (Only for an item with no price yet: beside a price on the table, a far amount is something else.)
        const unpriced = states[item]!.offers.length === 0;
        // ("trowel 1.72 and pruner 2.95" in a chat that names its currency elsewhere: a list of bare decimals by
        // name prices each unpriced item, as one amount after "at" does.)
        const listedBare =
          moneys.filter(
            (other) =>
              /\d\.\d/.test(text.slice(other.start, other.end)) &&
              namedJustBefore.test(text.slice(Math.max(0, other.start - 24), other.start)),
          ).length >= 2;
        if (!moneys.some((other) => !other.bare) && !((atPrice || listedBare) && unpriced && namesCurrency()))
          return false;
        // ("0.52 for blue and black": every item of a list after "for" is priced.)
        if (listedAfterFor(text, named, money.start).includes(item)) return true;
        const segment = segmentAt(text, money.start);
        const from = text.indexOf(segment);
        // (The item may follow its price: "2.35 dollars for 1000pc and 1.65 for 500pc".)
        return itemMentions(segment, items).some(
          (hit) =>
            hit.item === item &&
            (from + hit.end <= money.start || forItemAfter.test(text.slice(money.end, from + hit.start))),
        );
      }
      /**
       * Whether the supplier has offered in the currency so far, or named it ("Cannot invoice in EUR, only USD
       * or RMB"): then the buyer's amount in it is a counter-offer.
       */
      function quotedIn(code: string): boolean {
        const named = new RegExp(String.raw`\b${code}\b`, "i");
        return (
          states.some((state) => state.offers.some((o) => o.role === "supplier" && o.currency === code)) ||
          clauses.some(
            (other) => other.role === "supplier" && other.line < clause.line && named.test(other.text),
          )
        );
      }
      function priceFor(money: (typeof moneys)[number], i: number, item: number): void {
        const state = states[item]!;
        const anchorOffer = state.lastOffer ?? state.offers[state.offers.length - 1] ?? null;
        // Amounts in another currency ("12元/pc, or 1.70 usd/pc") are not compared with each other.
        const sameCurrency =
          !money.currency || !anchorOffer?.currency || money.currency === anchorOffer.currency;
        const anchor = sameCurrency ? (anchorOffer?.price ?? null) : null;
        const before = text.slice(Math.max(0, money.start - 40), money.start);
        const after = text.slice(money.end, money.end + 40);
        if (valuationBefore.test(before) || valuationAfter.test(after) || elsewhereBefore.test(before))
          return;
        // "Our local vendor is giving ₹38 per box", "sa Shopee ₱3 each": the buyer's amount in a currency no
        // supplier's offer was made in, beside offers in another, is a price somewhere else, no offer; unless
        // asked as a counter ("can you do US$2.60?").
        if (!sameCurrency && role === "buyer" && !clause.question && !quotedIn(money.currency!)) return;
        // ("That is about RM 38,400 for our finance": either side's amount said roughly in another currency than the
        // offers on the table converts one of them; it offers nothing.)
        if (!sameCurrency && roughlyBefore.test(before)) return;
        // "the quotation say 35. Please put 35 days in the order", then "35 is very difficult": a bare number the
        // message or the one before writes as days is that many days.
        if (money.bare && saidAsDays(money.value, clause, (back) => messageTextOf(clause.message - back)))
          return;
        if (event) {
          if (i > 0) return;
          if (money.currency) currency = money.currency;
          const offer = offerAt(money, money.value);
          pricedItems.add(item);
          record(state, offer);
          state.lastOffer = offer;
          state.events = [...state.events.filter((o) => o.role !== role), offer];
          if (state.settled && !close(state.settled.offer.price, offer.price)) state.settled = null;
          return;
        }
        // A bare number is a price when it is near the last offer or the asking price (the first offer).
        const asking = state.offers[0]?.price ?? null;
        const discount = discountBefore.exec(before);
        const off =
          discount && (discount[1] || /^\s*(?:dollars\s+|bucks\s+)?off\b/i.test(after)) && anchor !== null
            ? anchor - money.value
            : null;
        // "usd 52/1000 sheets" on the table, "49 / 64?" countered: a bare amount in the lot's terms is per that lot.
        const lot = anchorOffer?.lot;
        const inLot =
          money.bare &&
          lot !== undefined &&
          !plausible(money.value, anchor) &&
          plausible(money.value / lot, anchor);
        const qty = state.quantity?.value ?? null;
        // A bare total ("we keep 12,720") is the count times a price already put, or is called a total
        // ("small 1,350 / medium 1,440 totals") and comes near the price on the table once divided.
        const perPiece = qty ? money.value / qty : null;
        const restatedTotal =
          perPiece !== null &&
          (state.prices.some((p) => close(p.price, perPiece)) ||
            (totalCue(text) && (plausible(perPiece, anchor) || plausible(perPiece, asking))));
        if (
          off === null &&
          money.bare &&
          !inLot &&
          !plausible(money.value, anchor) &&
          !(sameCurrency && plausible(money.value, asking)) &&
          !restatedTotal &&
          !listedBeside(money, item) &&
          !multipliesOut(text, money, moneys[i + 1]) &&
          !(
            anchor === null &&
            asking === null &&
            // (A decimal on a line nested under a product's line prices it, as a table's column does.)
            (priceColumn || bareTiers(money) || (inSection && namesCurrency())) &&
            /\d\.\d/.test(text.slice(money.start, money.end))
          )
        )
          return;
        if (money.currency) currency = money.currency;
        if (off !== null && (off <= 0 || !plausible(off, anchor))) return;
        let price = off ?? (inLot ? priceOfOne(money.value, lot) : money.value);
        const segment = segmentAt(text, money.start);
        // A total is divided by the quantity, unless that turns a price near the asking price into a
        // price far from it (a budget of "6300 on any car" is not 6300 cars).
        const dividedAway =
          qty !== null && asking !== null && plausible(price, asking) && !plausible(price / qty, asking);
        // "Total 5,000 pcs at USD 0.78/pc": an amount per piece is no total, whatever the sentence says.
        // "800 pcs x 3.10 = USD 2,480": the amount after the sum is a total too.
        const total =
          (totalCue(segment) || timesEquals.test(text.slice(Math.max(0, money.start - 24), money.start))) &&
          !isDraftUnit(money.perUnit);
        // "Total USD 10,350.00" under two order lines: the whole order's total, no one item's.
        if (total && isOrderTotal(states, money.value)) return;
        // A document's total line ("TOTAL USD 13,160.00" under a PI's rows, freight and credits in it) is the
        // order's, no one item's, whatever it sums.
        if (states.length >= 2 && totalLine.test(text)) return;
        // ("4.00 for all colours?": "all" speaks of every piece as often as of the whole; near the asking price
        // and far from it once divided, it is each piece's price. "Final amount 6,300" stays a total.)
        if ((total || (anchor !== null && qty !== null && price > anchor * 20)) && qty && !dividedAway) {
          price = Math.round((price / qty) * 10000) / 10000;
        } else if (
          total &&
          !(dividedAway && forAll.test(segment) && !totalCue(segment.replace(forAllCue, " ")))
        )
          return;
        // An amount far from the price on the table is something else (a fee, a gas card, a total).
        if (
          !money.bare &&
          anchor !== null &&
          !tierOf.has(money) &&
          (price < anchor * 0.2 || price > anchor * 5)
        )
          return;
        const tierQty = tierOf.get(money);
        if (tierQty && role !== "buyer") {
          tierPairs++;
          pending.push({
            item,
            tier: {
              min: tierQty.from ?? tierQty.value,
              price,
              currency: money.currency ?? currency,
              clause,
              start: tierQty.start,
              end: money.end,
            },
          });
        }
        const offer = offerAt(
          money,
          price,
          tierQty && role !== "buyer" ? (tierQty.from ?? tierQty.value) : undefined,
        );
        if (inLot) offer.lot = lot;
        if (onCondition.has(money)) offer.conditional = true;
        pricedItems.add(item);
        const offeredByOther = state.prices.some(
          (p) => close(p.price, price) && [...p.roles].some((r) => other(r, role) || r === "unknown"),
        );
        // ("Is 2.35 the price for 3000 pcs?": asking what the other side's own price covers offers nothing, and
        // their answer, "2.35 is for 3000 pcs", accepts nothing.)
        if (clause.question && !accepting && clarifying.test(text)) return;
        // "Not acceptable, we already agreed 12,720 total": the refusal is of the new price; the one agreed
        // before is held to, not refused. ("sorry, only FOB Shenzhen, prices 23.80 and 14.90 stay": so is one
        // said to stay as agreed.)
        const heldTo =
          (/\b(?:agreed|confirmed)\b/i.test(segmentAt(text, money.start)) ||
            /\b(?:stays?|remains?|unchanged)\b/i.test(text.slice(money.end).split(/[.;!?](?!\d)/)[0]!)) &&
          state.agreed.some((agreed) => close(agreed, price));
        if (refusing && offeredByOther && !heldTo) {
          state.priceRefused = true;
          if (state.lastOffer && close(state.lastOffer.price, price)) state.lastOffer = null;
          // "I think 8.50 is still too much": a price turned down after a passing "ok" was never agreed.
          if (!accepting && state.settled && close(state.settled.offer.price, price)) state.settled = null;
          return;
        }
        if (isRestatement(segmentAt(text, money.start))) {
          if (!state.prices.some((p) => close(p.price, price)))
            record(state, { ...offer, role: role === "buyer" ? "supplier" : "buyer" });
          state.lastOffer ??= { ...offer, role: role === "buyer" ? "supplier" : "buyer" };
          // "I will accept your offer of $230": the restated offer is the one accepted.
          if (accepting && !clause.question && !refusing) {
            const theirs: Offer = { ...offer, role: role === "buyer" ? "supplier" : "buyer" };
            state.settled = { offer: theirs, accept: clause };
            state.lastOffer = theirs;
          }
          return;
        }
        if (state.settled && close(state.settled.offer.price, price)) {
          // Restating the agreed price puts it back on the table after any later counter.
          state.lastOffer = offer;
          return;
        }
        // Their price said back is taken, even asking something on top ("okay, for $470 can you deliver?").
        const echoes =
          (!clause.question || (clause === first && startsAccepting(text))) &&
          !refusing &&
          state.lastOffer &&
          other(state.lastOffer.role, role) &&
          close(state.lastOffer.price, price);
        // Only when the other side has no different price on the table: else "$52 works for me" is a counter.
        // (Searched from the end in place: copying the offers for every price said made a long chat quadratic.)
        const theirLast = state.offers.findLast((o) => other(o.role, role) && o.role !== "unknown");
        const taken =
          accepting &&
          !clause.question &&
          !refusing &&
          takenAfter.test(after) &&
          (!theirLast || close(theirLast.price, price));
        if ((accepting && !clause.question && offeredByOther) || echoes || summary || taken) {
          state.settled = { offer: { ...offer }, accept: clause };
          state.lastOffer = offer;
          record(state, offer);
          return;
        }
        // A fallback named beside the deal ("but after tonight no less than $900") leaves the deal standing.
        if (state.settled?.accept?.message === clause.message && fallback.test(segmentAt(text, money.start)))
          return;
        // A new price put after a deal reopens it: the deal is whatever that new offer comes to.
        // (An amount worked out from a total, or far from the deal, is something else: a fee, another lot.)
        // (Not a price for another count than the one ordered: "if you order 1000 pcs we can give 12.60".)
        if (
          state.settled &&
          price === money.value &&
          !forAnotherCount(state, offer) &&
          !close(state.settled.offer.price, price) &&
          plausible(price, state.settled.offer.price)
        )
          state.settled = null;
        state.lastOffer = offer;
        record(state, offer);
      }
    }
    // A run of tier rows is one offer: the price for the quantity that gets ordered.
    if (tierPairs >= 1) {
      for (const { item, tier } of pending) states[item]!.tiers.push(tier);
    }
    // The answer given with the button settles or drops the offer made with it, whatever was said between.
    const answer = offerAnswer.exec(first.messageText.trim());
    if (answer) {
      const accepted = answer[1] !== undefined || answer[2] !== undefined;
      for (const state of states) {
        const theirs = state.events.filter((o) => other(o.role, role));
        const offer = theirs.at(-1) ?? state.events.at(-1);
        if (!offer) continue;
        if (accepted) {
          state.settled = { offer, accept: first };
          state.lastOffer = offer;
        } else {
          state.events = state.events.filter((o) => !theirs.includes(o));
          if (state.lastOffer && theirs.includes(state.lastOffer)) state.lastOffer = null;
        }
      }
      if (states.some((state) => state.events.length > 0)) continue;
    }
    if (accepting) {
      states.forEach((state, item) => {
        if (pricedItems.has(item)) return;
        const offer = state.lastOffer;
        if (state.settled && offer && close(state.settled.offer.price, offer.price)) return;
        // ("OK" after "if you order 1000 pcs we can give 12.60" takes nothing from the deal made for 500.)
        if (state.settled && offer && forAnotherCount(state, offer)) return;
        // Their price asked back ("Why should I give 43?") is still their offer to accept.
        const theirs =
          offer !== null &&
          (other(offer.role, role) ||
            state.prices.some(
              (p) => close(p.price, offer.price) && [...p.roles].some((r) => other(r, role)),
            ));
        // The buyer ordered a count at the supplier's standing price, and the supplier confirms the order.
        const ordered =
          offer !== null &&
          offer.role === "supplier" &&
          role === "supplier" &&
          state.firmQuantity !== null &&
          state.firmQuantity.clause.message > offer.message &&
          state.firmQuantity.clause.message < first.message;
        if (offer && (theirs || ordered) && offer.message !== first.message) {
          // Accepting a tier table means the row for the quantity ordered, not the last row read.
          const tier =
            offer.tierMin !== undefined && state.quantity ? tierFor(state.tiers, state.quantity.value) : null;
          state.settled = { offer: tier ? tierOffer(tier) : offer, accept: first };
        }
      });
    }
  }
  // A count below the supplier's minimum is disputed until a deal is made ("MOQ 3000" against "1,000 pcs").
  const minimum = moqs.length > 0 ? Math.min(...moqs) : 0;
  // Read only when some price is per package: most chats price per piece.
  let packs: Map<string, PackSize> | undefined;
  const packsOf = () => (packs ??= packSizes(clauses));
  const outcomes = states.map((state) => outcomeOf(state, minimum, packsOf));
  // Goods priced per metre or kilogram are ordered in it ("3000 metres of canvas"): read where no count is.
  // (A count already read with no unit, "2500 metres of poplin", takes the measure when the two agree.)
  const measureOf = states.map((state, i) =>
    outcomes[i]!.unitPrice !== null && outcomes[i]!.unit === null ? measureOfOffers(state) : null,
  );
  measuredQuantities(clauses, items, measureOf).forEach((found, i) => {
    const outcome = outcomes[i]!;
    if (!found || (outcome.quantity !== null && outcome.quantity !== found.value)) return;
    outcome.quantity = found.value;
    outcome.unit = found.unit;
    outcome.evidence.push(found.evidence);
  });
  return outcomes;
}

/** A numbered heading opening a line of notes ("1) Mailer boxes", "(2) Shipper cartons"): its number. */
const sectionNumber = /^\s*\(?(\d{1,2})[.)]\s/;

/** A question about what a price covers: "is 2.35 the price for 3000 pcs", "is USD 4.10 per set", "does 2.35 include". */
const clarifying =
  /\b(?:is|was|does)\s(?:the\s|your\s)?(?:price\s(?:of\s)?)?(?:US\$|USD|\$|€|EUR)?\s?\d[\d.,]*\s(?:the\s(?:price|unit price)|for|per|with|incl\w*|include|cover)\b/i;

/** Currencies written with the dollar sign alone once the chat has named them. */
const dollarSigned = new Set(dollarSignCurrencies);

/** An amount with a bare dollar sign in a chat that has named its dollars or pesos: in those, whole if they are. */
function inChatDollars(money: MoneyMention, text: string, currency: string): MoneyMention {
  const raw = text.slice(money.start, money.end);
  if (money.currency !== "USD" || !/^\$\s?\d/.test(raw)) return money;
  const digits = /^\$\s?([\d.,]+)/.exec(raw)![1]!.replace(/[.,]$/, "");
  return { ...money, currency, value: wholeUnits(digits, currency) ?? money.value };
}

/**
 * Goods offered in place of an item or beside it: "a lotion pump instead of the flip-top", "rather than the PP
 * cap", "R also pushed the 1 L refill bottles".
 */
const untakenAlternative =
  /\b(?:instead of|rather than|in place of)\b|\balso\s(?:pushed|offered|quoted|suggested|proposed|pitched|mentioned)\b/i;
/** Words that leave such an offer untaken: "NOT ordered", "not for now", "we think about it". */
const alternativeLeft =
  /\bnot (?:ordered|taken|accepted|for now|this time)\b|\bthink about it\b|\bno decision\b|\bdeclined\b|\bturned (?:it )?down\b/i;

/** The measure an item was last priced per ("EUR 1.80/m": metres), or null for goods priced per piece. */
function measureOfOffers(state: ItemState): string | null {
  return measureUnitOf(state.offers.findLast((offer) => measureUnitOf(offer.perUnit))?.perUnit);
}

const written = new Map<number, RegExp>();

/** A count as either side may write it again: "10000", "10,000" or "10k". */
function countWritten(value: number): RegExp {
  let pattern = written.get(value);
  if (!pattern) {
    const plain = String(value);
    let grouped = "";
    for (let i = 0; i < plain.length; i++) {
      if (i > 0 && (plain.length - i) % 3 === 0 && /^\d+$/.test(plain)) grouped += ",";
      grouped += plain[i];
    }
    const k = value % 1000 === 0 ? `|${value / 1000}\\s?k` : "";
    pattern = new RegExp(String.raw`(?<![\d,.])(?:${plain}|${grouped}${k})(?![\d,]|\.\d)`, "i");
    if (written.size > 200) written.clear();
    written.set(value, pattern);
  }
  return pattern;
}

/** Add an offer to an item's history and to its distinct prices. */
function record(state: ItemState, offer: Offer): void {
  state.offers.push(offer);
  const known = state.prices.find((p) => close(p.price, offer.price));
  if (known) known.roles.add(offer.role);
  else state.prices.push({ price: offer.price, roles: new Set([offer.role]) });
}

/** A price offered on the condition of a count other than the one the item stands at. */
function forAnotherCount(state: ItemState, offer: Offer): boolean {
  const ordered = state.firmQuantity ?? state.quantity;
  return offer.conditional === true && ordered !== null && offer.tierMin !== ordered.value;
}

function tierFor(tiers: Tier[], quantity: number): Tier | null {
  const eligible = tiers.filter((tier) => tier.min <= quantity).sort((a, b) => b.min - a.min);
  return eligible[0] ?? null;
}

function tierOffer(tier: Tier): Offer {
  return {
    price: tier.price,
    currency: tier.currency,
    role: "supplier",
    message: tier.clause.message,
    clause: tier.clause,
    start: tier.start,
    end: tier.end,
    perUnit: null,
  };
}

function outcomeOf(
  state: ItemState,
  minimum: number,
  packs: () => ReadonlyMap<string, PackSize>,
): ItemOutcome {
  const evidence: Evidence[] = [];
  let unitPrice: number | null = null;
  let currency: string | null = null;
  let priceConflict: ItemOutcome["priceConflict"] = null;
  let settled = state.settled?.offer ?? null;
  // A tier table with no later offer is settled by the quantity the buyer ordered.
  // (Asking prices for several counts chooses none of them.)
  const chosen =
    state.firmQuantity ??
    (state.counts.size === 1 && state.quantity?.clause.role === "buyer" ? state.quantity : null);
  if (!settled && state.lastOffer?.tierMin !== undefined && state.tiers.length > 0 && chosen) {
    const tier = tierFor(state.tiers, chosen.value);
    if (tier) settled = tierOffer(tier);
  }
  if (settled) {
    settled = withPackageOf(state.offers, settled, packs);
    unitPrice = settled.price;
    currency = settled.currency;
    evidence.push(evidenceFor("unitPrice", settled.clause, settled.start, settled.end));
    const accept = state.settled?.accept;
    if (accept && accept.line !== settled.clause.line) evidence.push(evidenceFor("unitPrice", accept));
  } else {
    const lastBy = (role: Role) => state.offers.findLast((o) => o.role === role);
    const buyer = lastBy("buyer");
    const supplier = lastBy("supplier");
    if (buyer && supplier && !close(buyer.price, supplier.price) && state.quantity)
      priceConflict = [buyer, supplier].map((o) => ({
        value: String(o.price),
        line: o.clause.line,
        quote: evidenceFor("unitPrice", o.clause, o.start, o.end).quote,
        role: o.role,
      }));
  }
  // With no price agreed, only a count the buyer stated as a need is the order's; counts inside
  // offers, counter-offers and price requests were never agreed.
  const undisputed =
    state.counts.size === 1 &&
    !state.countRefused &&
    // The count a price was asked for is the order's only while that price is not turned down.
    !(state.quantity?.asked && state.priceRefused) &&
    !state.quantity?.quotedFor &&
    (state.quantity?.value ?? 0) >= minimum
      ? state.quantity
      : null;
  const quantity = settled ? state.quantity : (state.firmQuantity ?? undisputed);
  if (quantity) evidence.push(evidenceFor("quantity", quantity.clause, quantity.start, quantity.end));
  // The unit an item was priced per stays with it when a later price is said bare ("6.20 USD/pc" ... "7.45").
  const countUnit = (offer: Offer | null | undefined) =>
    offer && isDraftUnit(offer.perUnit) ? offer.perUnit : null;
  const pieces = inPieces(settled, unitPrice, quantity, ownPacks(state, packs));
  unitPrice = pieces.price;
  const unit =
    pieces.unit ?? (settled ? (countUnit(settled) ?? countUnit(state.offers.findLast(countUnit))) : null);
  let offerCurrency: ItemOutcome["offerCurrency"] = null;
  const currencies = new Set(state.offers.map((o) => o.currency).filter((c) => c !== null));
  const marked = state.offers.find((o) => o.currency !== null);
  if (!settled && currencies.size === 1 && marked)
    offerCurrency = {
      code: marked.currency!,
      evidence: evidenceFor("currency", marked.clause, marked.start, marked.end),
    };
  return {
    unitPrice,
    currency,
    quantity: pieces.quantity,
    unit,
    evidence,
    priceConflict,
    offerCurrency,
    superseded: settled ? supersededBy(state.offers, settled) : [],
  };
}

/** The prices offered before the agreed one and not it; tier rows are prices for other quantities, not offers. */
function supersededBy(offers: readonly Offer[], agreed: Offer): ItemOutcome["superseded"] {
  const shown: ItemOutcome["superseded"] = [];
  for (const offer of offers) {
    if (offer.message > agreed.message || offer.tierMin !== undefined || close(offer.price, agreed.price))
      continue;
    if (shown.some((earlier) => close(earlier.price, offer.price))) continue;
    shown.push({
      price: offer.price,
      currency: offer.currency,
      role: offer.role,
      line: offer.clause.line,
      quote: evidenceFor("unitPrice", offer.clause, offer.start, offer.end).quote,
    });
  }
  return shown;
}
