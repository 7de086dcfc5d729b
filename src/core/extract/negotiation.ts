/**
 * Negotiation state per item: offers and counter-offers with their speaker; an acceptance settles
 * the latest offer of the other side; a refused counter does not count; MOQ and pack counts are not
 * the order quantity; tier tables are settled by the quantity ordered; totals are divided out.
 */
import type { Evidence, Role } from "../schemas.ts";
import { type Clause, evidenceFor, segmentsOf } from "./clauses.ts";
import { isAcceptance, isRefusal, isRestatement, isSummary } from "./cues.ts";
import { type ItemRef, itemMentions, segmentAt } from "./items.ts";
import { remembered } from "./memo.ts";
import { findMoney, type MoneyMention } from "./money.ts";
import { findQuantities, type QuantityMention } from "./quantity.ts";
import { isFeeAmount, isFeeContext } from "./shipping.ts";
import { monthStems } from "./words/dates.ts";

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
};
type Tier = {
  min: number;
  price: number;
  currency: string | null;
  clause: Clause;
  start: number;
  end: number;
};
type QuantityFound = { value: number; unit: string | null; clause: Clause; start: number; end: number };

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
};

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.005 * Math.max(a, b), 1e-9);
const other = (role: Role, than: Role) => role !== than || role === "unknown";
const totalCue = remembered((text: string) =>
  /\b(total|in total|altogether|for all|whole order|amount|total price|order value)\b|总价|合计/i.test(text),
);
/** A price that ends a range ("from $2 to 3", "2-3"), read in the few characters before it. */
const rangeBefore =
  /(?:\bfrom\s+(?:[$€£¥]\s*)?[\d.,]+(?:\s*(?:usd|rmb|eur))?\s*(?:to|-|~)|\d\s*(?:-|~|–))\s*$/i;
const rangeAfter = /^\s*(?:-|~|–|to)\s*(?:[$€£¥]\s*)?\d/;
/** How far before or after an amount a range is looked for. */
const rangeReach = 40;
const notPriceContext = remembered((text: string) =>
  /\b(deposit|balance|paid|payment|transfer(red)?|sent|refund|compensat\w*|budget of|sample|samples|by paypal|via paypal)\b|定金|尾款|\d\s*%/i.test(
    text,
  ),
);

const yearContext = new RegExp(
  String.raw`\b(${monthStems})[a-z]*\b|\b(in|since|year|model|made in|from|until|by|of)\s+(19|20)\d\d\b`,
  "i",
);

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

/**
 * Attach mentions in a sentence to items: same comma part, then by order when counts match; a
 * sentence that names no item speaks of the item under discussion (`focus`, the last one named).
 */
function attach(text: string, positions: number[], items: readonly ItemRef[], focus = -1): number[] {
  if (items.length === 1) return positions.map(() => 0);
  if (items.length === 0) return positions.map(() => -1);
  const hits = itemMentions(text, items);
  if (hits.length === 0 && focus >= 0 && positions.length !== items.length) return positions.map(() => focus);
  const segments = segmentsOf(text);
  const result = positions.map((position) => {
    const segment = [...segments].reverse().find((s) => s.start <= position);
    if (!segment) return -1;
    const inSegment = hits.filter(
      (h) => h.start >= segment.start && h.start < segment.start + segment.text.length,
    );
    if (inSegment.length === 0) return -1;
    return inSegment.reduce((best, hit) =>
      Math.abs(hit.start - position) < Math.abs(best.start - position) ? hit : best,
    ).item;
  });
  if (result.every((item) => item === -1) && positions.length === items.length)
    return positions.map((_, i) => i);
  return result;
}

function plausible(value: number, anchor: number | null): boolean {
  if (anchor === null || anchor <= 0) return false;
  const ratio = value / anchor;
  return ratio >= 0.3 && ratio <= 3;
}

/** Run the negotiation over the sentences and report, per item, what both sides settled. */
export function negotiate(clauses: readonly Clause[], items: readonly ItemRef[]): ItemOutcome[] {
  const states: ItemState[] = items.map(() => ({
    lastOffer: null,
    offers: [],
    prices: [],
    settled: null,
    tiers: [],
    quantity: null,
  }));
  const nouns = [...new Set(items.map((item) => item.head))];
  const byMessage = new Map<number, Clause[]>();
  for (const clause of clauses) {
    const list = byMessage.get(clause.message) ?? [];
    list.push(clause);
    byMessage.set(clause.message, list);
  }
  let currency: string | null = null;
  let focus = -1;
  for (const [, messageClauses] of [...byMessage.entries()].sort((a, b) => a[0] - b[0])) {
    const first = messageClauses[0]!;
    const role = first.role;
    const accepting = isAcceptance(first.messageText);
    const summary = isSummary(first.messageText);
    const pricedItems = new Set<number>();
    let tierPairs = 0;
    const pending: Array<{ item: number; tier: Tier }> = [];
    for (const clause of messageClauses) {
      if (clause.sample) continue;
      const text = clause.text;
      const quantities = findQuantities(text, nouns).filter((q) => q.kind === "order");
      const moneys = findMoney(text).filter((money) => {
        const segment = segmentAt(text, money.start);
        if (isFeeContext(segment) || isFeeAmount(text, money) || notPriceContext(near(text, segment, money)))
          return false;
        // No price is zero ("buy with $0 down").
        if (money.value <= 0) return false;
        if (
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
      for (const money of moneys) {
        const q = quantities.find(
          (q) =>
            q.end <= money.start &&
            money.start - q.end <= 4 &&
            /^[\s:=@-]*$/.test(text.slice(q.end, money.start)),
        );
        if (q) tierOf.set(money, q);
      }
      const qItems = attach(
        text,
        quantities.map((q) => q.start),
        items,
        focus,
      );
      quantities.forEach((q, i) => {
        const item = qItems[i]!;
        if (item < 0 || [...tierOf.values()].includes(q)) return;
        states[item]!.quantity = { value: q.value, unit: q.unit, clause, start: q.start, end: q.end };
      });
      const mItems = attach(
        text,
        moneys.map((m) => m.start),
        items,
        focus,
      );
      if (items.length > 1) focus = itemMentions(text, items).at(-1)?.item ?? focus;
      const refusing = isRefusal(text);
      moneys.forEach((money, i) => {
        const item = mItems[i]!;
        if (item < 0) return;
        const state = states[item]!;
        const anchorOffer = state.lastOffer ?? state.offers[state.offers.length - 1] ?? null;
        // Amounts in another currency ("12元/pc, or 1.70 usd/pc") are not compared with each other.
        const sameCurrency =
          !money.currency || !anchorOffer?.currency || money.currency === anchorOffer.currency;
        const anchor = sameCurrency ? (anchorOffer?.price ?? null) : null;
        // A bare number is a price when it is near the last offer or the asking price (the first offer).
        const asking = state.offers[0]?.price ?? null;
        if (
          money.bare &&
          !plausible(money.value, anchor) &&
          !(sameCurrency && plausible(money.value, asking))
        )
          return;
        if (money.currency) currency = money.currency;
        let price = money.value;
        const qty = state.quantity?.value ?? null;
        const segment = segmentAt(text, money.start);
        if ((totalCue(segment) || (anchor !== null && qty !== null && price > anchor * 20)) && qty) {
          price = Math.round((price / qty) * 10000) / 10000;
        } else if (totalCue(segment)) return;
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
              min: tierQty.value,
              price,
              currency: money.currency ?? currency,
              clause,
              start: tierQty.start,
              end: money.end,
            },
          });
        }
        const offer: Offer = {
          price,
          currency: money.currency ?? currency,
          role,
          message: clause.message,
          clause,
          start: money.start,
          end: money.end,
          perUnit: money.perUnit,
          ...(tierQty && role !== "buyer" ? { tierMin: tierQty.value } : {}),
        };
        pricedItems.add(item);
        const offeredByOther = state.prices.some(
          (p) => close(p.price, price) && [...p.roles].some((r) => other(r, role) || r === "unknown"),
        );
        if (refusing && offeredByOther) {
          if (state.lastOffer && close(state.lastOffer.price, price)) state.lastOffer = null;
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
        const echoes =
          !clause.question &&
          !refusing &&
          state.lastOffer &&
          other(state.lastOffer.role, role) &&
          close(state.lastOffer.price, price);
        if ((accepting && !clause.question && offeredByOther) || echoes || summary) {
          state.settled = { offer: { ...offer }, accept: clause };
          state.lastOffer = offer;
          record(state, offer);
          return;
        }
        // A new price put after a deal reopens it: the deal is whatever that new offer comes to.
        // (An amount worked out from a total, or far from the deal, is something else: a fee, another lot.)
        if (
          state.settled &&
          price === money.value &&
          !close(state.settled.offer.price, price) &&
          plausible(price, state.settled.offer.price)
        )
          state.settled = null;
        state.lastOffer = offer;
        record(state, offer);
      });
    }
    // A run of tier rows is one offer: the price for the quantity that gets ordered.
    if (tierPairs >= 1) {
      for (const { item, tier } of pending) states[item]!.tiers.push(tier);
    }
    if (accepting) {
      states.forEach((state, item) => {
        if (pricedItems.has(item)) return;
        const offer = state.lastOffer;
        if (state.settled && offer && close(state.settled.offer.price, offer.price)) return;
        if (offer && other(offer.role, role) && offer.message !== first.message) {
          // Accepting a tier table means the row for the quantity ordered, not the last row read.
          const tier =
            offer.tierMin !== undefined && state.quantity ? tierFor(state.tiers, state.quantity.value) : null;
          state.settled = { offer: tier ? tierOffer(tier) : offer, accept: first };
        }
      });
    }
  }
  return states.map((state) => outcomeOf(state));
}

/** Add an offer to an item's history and to its distinct prices. */
function record(state: ItemState, offer: Offer): void {
  state.offers.push(offer);
  const known = state.prices.find((p) => close(p.price, offer.price));
  if (known) known.roles.add(offer.role);
  else state.prices.push({ price: offer.price, roles: new Set([offer.role]) });
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

function outcomeOf(state: ItemState): ItemOutcome {
  const evidence: Evidence[] = [];
  let unitPrice: number | null = null;
  let currency: string | null = null;
  let priceConflict: ItemOutcome["priceConflict"] = null;
  let settled = state.settled?.offer ?? null;
  // A tier table with no later offer is settled by the quantity the buyer ordered.
  if (!settled && state.lastOffer?.tierMin !== undefined && state.tiers.length > 0 && state.quantity) {
    const tier = tierFor(state.tiers, state.quantity.value);
    if (tier && state.quantity.clause.role === "buyer") settled = tierOffer(tier);
  }
  if (settled) {
    unitPrice = settled.price;
    currency = settled.currency;
    evidence.push(evidenceFor("unitPrice", settled.clause, settled.start, settled.end));
    const accept = state.settled?.accept;
    if (accept && accept.line !== settled.clause.line) evidence.push(evidenceFor("unitPrice", accept));
  } else {
    const lastBy = (role: Role) => [...state.offers].reverse().find((o) => o.role === role);
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
  const quantity = state.quantity;
  if (quantity) evidence.push(evidenceFor("quantity", quantity.clause, quantity.start, quantity.end));
  let unit = quantity?.unit ?? null;
  if (!unit && settled?.perUnit && /^(pcs|sets|pairs|rolls|units)$/.test(settled.perUnit))
    unit = settled.perUnit;
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
    quantity: quantity?.value ?? null,
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
