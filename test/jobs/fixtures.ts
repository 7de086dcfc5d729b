/** Orders with reminders, made through the store's own functions, for the tick's tests. */
import { type DraftOrder, emptyDraft, type LifecycleEventKind } from "../../src/core/schemas.ts";
import { planReminders } from "../../src/core/timeline/plan-reminders.ts";
import { silentLogger } from "../../src/logger.ts";
import type { Database } from "../../src/store/database.ts";
import { applyLifecycleEvent, createOrder, setOrderThread } from "../../src/store/index.ts";

/** 30% deposit, 70% balance before shipment, ship 25 days after the deposit. */
export function usualDraft(): DraftOrder {
  return {
    ...emptyDraft(),
    supplier: "Ningbo Example Trading Co., Ltd.",
    currency: "USD",
    dispatch: { basis: "after_deposit", days: 25, date: null },
    payment: { depositPercent: 30, balance: "before_shipment", method: "bank_transfer" },
  };
}

/** Creates an order with a thread and records `events` (kind, date) through applyLifecycleEvent. */
export async function orderWithEvents(
  db: Database,
  input: {
    channelId?: string;
    threadTs?: string | null;
    draft?: DraftOrder;
    events: Array<[LifecycleEventKind, string]>;
  },
) {
  const order = await createOrder(db, {
    workspaceId: "T1",
    channelId: input.channelId ?? "C1",
    transcriptId: null,
    createdBy: "U1",
    draft: input.draft ?? usualDraft(),
    findings: [],
  });
  if (input.threadTs !== null)
    await setOrderThread(db, { orderId: order.id, threadTs: input.threadTs ?? "1700000000.000100" });
  for (const [kind, occurredOn] of input.events) {
    await applyLifecycleEvent(db, {
      orderId: order.id,
      kind,
      occurredOn,
      actor: "U1",
      source: "test",
      planReminders,
    });
  }
  return order;
}

export const quietLogger = silentLogger();

/** A sleep that returns at once and remembers how long it was asked to wait. */
export function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
