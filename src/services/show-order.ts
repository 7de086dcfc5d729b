/** Reading one order: the view its card, review and export are drawn from, and a field's current value for the edit modal. */

import { currentValueText, editTargetFor, fieldLabel } from "../core/order-fields.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadOrder, type OrderView } from "./order-view.ts";

type OrderRequest = { workspaceId: string; channelId: string; ref: string };

/** `/order show`, `review` and `export PO-n`: the order as every surface shows it. */
export async function viewOrder(deps: ServiceDeps, input: OrderRequest): Promise<OrderView> {
  return (await loadOrder(deps, input)).view;
}

/** The field an edit button opens, its label and current value. */
export async function fieldForEditing(
  deps: ServiceDeps,
  input: OrderRequest & { field: string },
): Promise<{ field: string; label: string; value: string }> {
  const { view } = await loadOrder(deps, input);
  const field = editTargetFor(view.draft, input.field);
  return { field, label: fieldLabel(view.draft, field), value: currentValueText(view.draft, field) };
}
