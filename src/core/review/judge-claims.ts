/**
 * Which Trade Assurance claims the order would support, exactly as the contract defines them.
 * @see ../shared/contract.md "Review" (claims)
 */
import type { Claims, DraftOrder, Finding } from "../schemas.ts";

/** True when a ship date is settled: a fixed date, or an after_* basis with days. */
export function dispatchSettled(dispatch: DraftOrder["dispatch"]): boolean {
  if (dispatch.basis === "fixed_date") return dispatch.date !== null;
  return dispatch.basis !== null && dispatch.days !== null;
}

/**
 * lateDelivery: a ship date is settled. quality: every item has a measurable spec (as `hasSpec` says) and
 * no vague finding is left open; an order with no items supports no quality claim.
 */
export function judgeClaims(
  draft: DraftOrder,
  findings: readonly Finding[],
  hasSpec: (index: number) => boolean,
): Claims {
  const everyItemSpecified = draft.items.length > 0 && draft.items.every((_, index) => hasSpec(index));
  return {
    lateDelivery: dispatchSettled(draft.dispatch),
    quality: everyItemSpecified && !findings.some((finding) => finding.kind === "vague"),
  };
}
