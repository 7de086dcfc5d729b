/** Reading one order: its card, its review, the export, and a field's current value for the edit modal. */

import { currentValueText, editTargetFor, fieldLabel } from "../core/order-fields.ts";
import type { BlockMessage } from "../slack/blocks/block-types.ts";
import { buildExportText } from "../slack/blocks/export-text.ts";
import { buildReviewMessages } from "../slack/blocks/findings.ts";
import { buildOrderCardBlocks, type OrderCard } from "../slack/blocks/order-card.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadOrder } from "./order-view.ts";

type OrderRequest = { workspaceId: string; channelId: string; ref: string };

/** `/order show PO-n`: the card (and what does not fit on it). */
export async function showOrder(deps: ServiceDeps, input: OrderRequest): Promise<OrderCard> {
  const { view } = await loadOrder(deps, input);
  return buildOrderCardBlocks(view);
}

/** `/order review PO-n`: the open findings with their measurable rewrites. */
export async function reviewOrder(deps: ServiceDeps, input: OrderRequest): Promise<BlockMessage[]> {
  const { view } = await loadOrder(deps, input);
  return buildReviewMessages(view);
}

/** `/order export PO-n`: the Trade Assurance form layout as text. */
export async function exportOrder(deps: ServiceDeps, input: OrderRequest): Promise<string> {
  const { view } = await loadOrder(deps, input);
  return buildExportText(view);
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
