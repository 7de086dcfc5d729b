/**
 * Edits that change what was paid for after the goods arrived: a quantity or unit price edited once the
 * order is marked received no longer matches the delivery or the payments, so it is asked about first
 * (and audited when made anyway). Every surface asks through this one rule.
 */
import type { LifecycleDates } from "./schemas.ts";

/** Fields whose change after receipt alters the money or the goods already delivered. */
const deliveredTerms = /^items\[\d+\]\.(?:quantity|unitPrice)$/;

/**
 * Why editing `field` needs a second "yes" on an order with these recorded dates, or null when it does
 * not. `ref` and `label` name the order and the field in the sentence.
 */
export function lateEditWarning(input: {
  ref: string;
  field: string;
  label: string;
  dates: Pick<LifecycleDates, "received">;
}): string | null {
  if (!deliveredTerms.test(input.field) || input.dates.received === null) return null;
  return `${input.ref}'s goods were marked received on ${input.dates.received}: changing ${input.label} now changes what was delivered and paid for.`;
}

/** The audit note a late edit made anyway carries. */
export function lateEditNote(received: string): string {
  return `changed after the goods were received on ${received}`;
}
