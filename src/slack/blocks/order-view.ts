/**
 * What the Block Kit builders draw: an order as the services hand it over (reference, state, the draft,
 * the findings with their ids and states). Built from store rows and core schemas; no Slack types here.
 */
import type { Claims, DraftOrder, Finding, OrderState } from "../../core/schemas.ts";

/** A stored finding: the review's Finding plus its id and whether it was applied or dismissed. */
export type FindingView = Finding & { id: string; state: "open" | "applied" | "dismissed" };

/** The next thing owed on an order, for the card, the list and App Home. */
export type DeadlineView = { label: string; date: string };

/** One order as every surface shows it. */
export type OrderView = {
  ref: string;
  channelId: string;
  state: OrderState;
  draft: DraftOrder;
  findings: FindingView[];
  claims: Claims;
  nextDeadline: DeadlineView | null;
  /** The latest edit of each field a person set: who, and on which day. */
  edits?: FieldEdit[];
};

/** A field a person set after the draft was made. */
export type FieldEdit = { field: string; actor: string; on: string | null };

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
