/**
 * Money on an order, in one place: the goods value, the order total, and how an amount reads
 * ("USD 1,610.00"). An amount shows its currency's minor units (2 for USD, 0 for JPY), or more when
 * the chat gave more ("0.125"), never a padded "1.1500".
 */
import type { DraftOrder } from "./schemas.ts";

const minorUnitsCache = new Map<string, number>();

/** Decimal places of a currency (ISO 4217 minor units); 2 when the runtime does not know it. */
function minorUnits(currency: string | null): number {
  if (!currency) return 2;
  let digits = minorUnitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits;
    } catch {
      digits = 2;
    }
    minorUnitsCache.set(currency, digits ?? 2);
  }
  return digits ?? 2;
}

/** Decimals the amount itself carries (0.125 -> 3), ignoring float noise beyond six places. */
function decimalsOf(amount: number): number {
  const text = String(Number(amount.toFixed(6)));
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The number alone, with `currency`'s decimals: 1610 USD -> "1,610.00", 1.1 USD -> "1.10". */
export function formatAmount(amount: number, currency: string | null): string {
  const digits = Math.max(minorUnits(currency), decimalsOf(amount));
  return amount.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** 1610 USD -> "USD 1,610.00"; 0.125 USD -> "USD 0.125"; no currency shows the bare number. */
export function formatMoney(amount: number | null, currency: string | null): string | null {
  if (amount === null) return null;
  return `${currency ? `${currency} ` : ""}${formatAmount(amount, currency)}`;
}

/** Value of the goods (quantity x unit price of every item); null when any item is unpriced. */
export function goodsValueOf(draft: DraftOrder): number | null {
  if (draft.items.length === 0) return null;
  let total = 0;
  for (const item of draft.items) {
    if (item.quantity === null || item.unitPrice === null) return null;
    total += item.quantity * item.unitPrice;
  }
  return Math.round(total * 100) / 100;
}

/** The order's total in its currency: the goods plus the shipping fee; null if unpriced. */
export function orderTotalOf(draft: DraftOrder): number | null {
  const goods = goodsValueOf(draft);
  if (goods === null) return null;
  return Math.round((goods + (draft.shipping.fee ?? 0)) * 100) / 100;
}
