/**
 * `/order history PO-n`: the order's audit trail as a person reads it, oldest first: who did what, on
 * which day, and what a changed value was before.
 */
import { stepLabel } from "../core/lifecycle.ts";
import { LifecycleEventKind } from "../core/schemas.ts";
import { listOrderEvents, type OrderEventRow } from "../store/index.ts";
import type { ServiceDeps } from "./deps.ts";
import { loadOrder } from "./order-view.ts";

/** One line of the trail. */
export type HistoryEntry = { at: string; actor: string; what: string };

const shown = (value: unknown): string =>
  value === null || value === undefined || value === ""
    ? "(empty)"
    : `“${Array.isArray(value) ? value.join("; ") : String(value)}”`;

const field = (side: unknown) => (side as { field?: string } | null)?.field ?? "a field";
const valueIn = (side: unknown) => (side as { value?: unknown } | null)?.value;

/** What an audit event did, in a sentence. */
export function describeEvent(event: OrderEventRow): string {
  const lifecycle = LifecycleEventKind.safeParse(event.kind);
  if (lifecycle.success) {
    const after = event.after as { reason?: string; state?: string; note?: string } | null;
    const reason = after?.reason ? ` (reason: ${after.reason})` : "";
    const note = after?.note ? `, ${after.note}` : "";
    const on = event.occurredOn ? ` on ${event.occurredOn}` : "";
    const implied = event.source.includes("implied by") ? ", implied by the next step" : "";
    const override = event.source.includes("despite")
      ? ` (${event.source.replace(/^.*?(despite)/, "$1")})`
      : "";
    return `${stepLabel[lifecycle.data]}${on}${note}${reason}${implied}${override}`;
  }
  switch (event.kind) {
    case "created":
      return "drafted the order from the pasted chat";
    case "field_set": {
      const note = (event.after as { note?: string } | null)?.note;
      return `set ${field(event.after)} to ${shown(valueIn(event.after))} (was ${shown(valueIn(event.before))})${note ? `, ${note}` : ""}`;
    }
    case "finding_applied":
      return `applied the suggestion on ${field(event.after)}`;
    case "finding_dismissed":
      return `dismissed the finding on ${field(event.after)}`;
    case "card_posted":
      return "posted the order card";
    default:
      return event.kind.replace(/_/g, " ");
  }
}

/** The audit trail of order `ref`, oldest first. */
export async function orderHistory(
  deps: ServiceDeps,
  input: { workspaceId: string; channelId: string; ref: string },
): Promise<{ ref: string; entries: HistoryEntry[] }> {
  const { row, view } = await loadOrder(deps, input);
  const events = await listOrderEvents(deps.store.db, { orderId: row.id });
  return {
    ref: view.ref,
    entries: events.map((event) => ({
      at: event.createdAt.toISOString().slice(0, 16).replace("T", " "),
      actor: event.actor,
      what: describeEvent(event),
    })),
  };
}
