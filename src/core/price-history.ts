/**
 * How an item's price was reached, for the card: the prices the chat put on the table and the one that
 * superseded them ("1.25 offered (line 2), 1.10 asked (line 4), 1.15 agreed on line 6"). The
 * negotiation reader records the superseded prices in the draft; this only words them.
 */
import { formatAmount } from "./money.ts";
import type { DraftOrder } from "./schemas.ts";

const verb = { supplier: "offered", buyer: "asked", unknown: "offered" } as const;

/** The price history of item `index` in words, or null when the chat settled its price in one go. */
export function priceHistoryOf(draft: DraftOrder, index: number): string | null {
  const field = `items[${index}].unitPrice`;
  const item = draft.items[index];
  const current = item?.unitPrice ?? null;
  const earlier = (draft.supersededPrices ?? []).filter(
    (entry) => entry.field === field && entry.price !== current,
  );
  if (earlier.length === 0) return null;
  const amount = (price: number, currency: string | null) =>
    `${currency && currency !== draft.currency ? `${currency} ` : ""}${formatAmount(price, currency ?? draft.currency)}`;
  const steps = earlier.map(
    (entry) => `${amount(entry.price, entry.currency)} ${verb[entry.role]} (line ${entry.line})`,
  );
  // The agreed price still stands when its chat lines are still its evidence (an edit replaces them);
  // the last of them is where the deal was struck (the acceptance, after the offer it accepts).
  const agreed = draft.evidence.filter((entry) => entry.field === field && entry.source !== "user").at(-1);
  if (agreed && current !== null)
    return `${steps.join(", ")}, ${amount(current, null)} agreed on line ${agreed.line}`;
  return `earlier in the chat: ${steps.join(", ")}`;
}
