/**
 * What the Block Kit builders add to an order view (services/order-view.ts): the button payloads and
 * the words for a state.
 */
import type { OrderState } from "../../core/schemas.ts";

/** Button payloads: small JSON (Slack caps a button value at 2,000 characters). */
export type OrderButtonValue = { ref: string; findingId?: string; field?: string };

/** Encode a button value. */
export function encodeButtonValue(value: OrderButtonValue): string {
  return JSON.stringify(value);
}

/** The words for an order state on a card ("deposit_paid" -> "deposit paid"). */
export function stateLabel(state: OrderState): string {
  return state.replace(/_/g, " ");
}
