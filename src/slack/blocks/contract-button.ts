/**
 * The card's "Contract (PDF)" button: offered once the order has the terms a contract cannot do
 * without (a price and a quantity for every item, and a shipment date), i.e. no open `missing` finding
 * on them. Vague terms do not hold it back: the contract prints them as blanks.
 */

import type { OrderView } from "../../services/order-view.ts";
import { ids } from "../ids.ts";
import type { Button } from "./block-types.ts";
import { encodeButtonValue } from "./order-view.ts";

/** Fields whose missing finding means there is no contract to draw yet. */
const essential = /^(?:items|items\[\d+\]\.(?:quantity|unitPrice)|dispatch(?:\.\w+)?)$/;

/** True when no open `missing` finding concerns price, quantity or the shipment date. */
export function contractReady(order: OrderView): boolean {
  return (
    order.draft.items.length > 0 &&
    !order.findings.some(
      (finding) => finding.state === "open" && finding.kind === "missing" && essential.test(finding.field),
    )
  );
}

/** The button, or nothing while the contract is not ready or the order is over. */
export function contractButton(order: OrderView): Button[] {
  if (!contractReady(order) || order.state === "cancelled") return [];
  return [
    {
      type: "button",
      action_id: ids.action.contractPdf,
      text: { type: "plain_text", text: "Contract (PDF)" },
      value: encodeButtonValue({ ref: order.ref }),
    },
  ];
}
