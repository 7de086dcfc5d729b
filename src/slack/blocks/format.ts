/**
 * Plain-text renderings of a draft's terms shared by the card, the export and local mode:
 * field labels, money, and the evidence a value rests on.
 */
import { formatMoney } from "../../core/money.ts";
import type { DraftOrder, Evidence, OrderItem } from "../../core/schemas.ts";

/** Escape the three characters Slack's mrkdwn treats as markup. @see https://docs.slack.dev/messaging/formatting-message-text */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
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

const specNames: Record<Exclude<keyof OrderItem["specs"], "other">, string> = {
  size: "size",
  material: "material",
  color: "colour",
  packaging: "packaging",
  branding: "branding",
};

/** The value without its own name in front ("Packaging: 50 pcs" under packaging -> "50 pcs"). */
function withoutName(value: string, names: string[]): string {
  const lower = value.toLowerCase();
  for (const name of names)
    if (lower.startsWith(name)) {
      const rest = value.slice(name.length).replace(/^\s*[:：=-]\s*/, "");
      if (rest !== value.slice(name.length)) return rest;
    }
  return value;
}

/** Spec lines of one item, measurable or not, as "colour: Pantone 2925 C" (the name said once). */
export function specLines(item: OrderItem): string[] {
  const { other, ...named } = item.specs;
  const lines = (Object.keys(specNames) as Array<keyof typeof specNames>)
    .filter((key) => named[key] !== null)
    .map((key) => `${specNames[key]}: ${withoutName(named[key] ?? "", [key, specNames[key], "color"])}`);
  return [...lines, ...other];
}
