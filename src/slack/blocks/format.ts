/**
 * Plain-text renderings of a draft's terms shared by the card, the export and local mode:
 * field labels, money, and the evidence a value rests on.
 */
import type { DraftOrder, Evidence, OrderItem } from "../../core/schemas.ts";

/** Escape the three characters Slack's mrkdwn treats as markup. @see https://docs.slack.dev/messaging/formatting-message-text */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** 38.5 USD -> "USD 38.50"; unknown currency shows the bare number. */
export function formatMoney(amount: number | null, currency: string | null): string | null {
  if (amount === null) return null;
  const digits = Number.isInteger(amount * 100) ? 2 : 4;
  return `${currency ? `${currency} ` : ""}${amount.toFixed(digits)}`;
}

const words: Record<string, string> = {
  after_deposit: "after the deposit",
  after_balance: "after the balance payment",
  after_order: "after the order",
  fixed_date: "fixed date",
  before_shipment: "before shipment",
  after_shipment: "after shipment (against B/L copy)",
  on_delivery: "on delivery",
  bank_transfer: "bank transfer (T/T)",
  letter_of_credit: "letter of credit",
  pay_later: "pay later",
  third_party: "third-party inspector",
};

/** A code from the schema in words a buyer reads ("after_deposit" -> "after the deposit"). */
export function describe(code: string | null): string | null {
  return code === null ? null : (words[code] ?? code.replace(/_/g, " "));
}

/** The evidence entries that back `field` (exact path or a child of it). */
export function evidenceFor(draft: DraftOrder, field: string): Evidence[] {
  return draft.evidence.filter((entry) => entry.field === field || entry.field.startsWith(`${field}.`));
}

/** One item as "1000 pcs 7 inch kids tablet @ USD 38.50". */
export function describeItem(item: OrderItem, currency: string | null): string {
  const quantity = item.quantity === null ? "? qty" : `${item.quantity}${item.unit ? ` ${item.unit}` : ""}`;
  const price = formatMoney(item.unitPrice, currency) ?? "price not settled";
  return `${quantity} ${item.name} @ ${price}`;
}

/** The dispatch term in words: "within 25 days after the deposit" or "by 2026-12-15". */
export function describeDispatch(draft: DraftOrder): string | null {
  const { basis, days, date } = draft.dispatch;
  if (basis === "fixed_date" && date) return `by ${date}`;
  if (basis && days !== null) return `within ${days} days ${describe(basis)}`;
  if (date) return `by ${date}`;
  return basis ? (describe(basis) ?? null) : null;
}

/** The payment term in words: "30% deposit, balance before shipment, bank transfer (T/T)". */
export function describePayment(draft: DraftOrder): string | null {
  const { depositPercent, balance, method } = draft.payment;
  const parts = [
    depositPercent === null
      ? null
      : depositPercent === 100
        ? "100% in advance"
        : `${depositPercent}% deposit`,
    balance === null ? null : `balance ${describe(balance)}`,
    describe(method),
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** The shipping term in words: "sea, FOB Ningbo, fee USD 120.00". */
export function describeShipping(draft: DraftOrder): string | null {
  const { method, incoterm, place, fee, address } = draft.shipping;
  const parts = [
    method,
    incoterm ? `${incoterm}${place ? ` ${place}` : ""}` : place,
    fee === null ? null : `fee ${formatMoney(fee, draft.currency)}`,
    address ? `to ${address}` : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** The inspection term in words. */
export function describeInspection(draft: DraftOrder): string | null {
  const { required, by } = draft.inspection;
  if (required === false) return "no inspection";
  if (required === null && by === null) return null;
  return `inspection${by ? ` by ${describe(by)}` : " required"}`;
}

/** Spec lines of one item, measurable or not, as "color: Pantone 2925 C". */
export function specLines(item: OrderItem): string[] {
  const { other, ...named } = item.specs;
  const lines = Object.entries(named)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return [...lines, ...other];
}

/** Total value of the goods when every item has a quantity and a price. */
export function orderTotal(draft: DraftOrder): number | null {
  if (draft.items.length === 0) return null;
  let total = 0;
  for (const item of draft.items) {
    if (item.quantity === null || item.unitPrice === null) return null;
    total += item.quantity * item.unitPrice;
  }
  return Math.round(total * 100) / 100;
}
