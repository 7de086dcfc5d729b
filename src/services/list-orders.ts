/** Lists of orders: a channel's (`/order list`) and the open orders of a user's workspace channels (App Home). */
import { formatOrderRef } from "../core/lifecycle.ts";
import {
  listFindings,
  listNextReminders,
  listOpenOrdersForChannels,
  listOrders,
  type OrderRow,
} from "../store/index.ts";
import type { Scope, ServiceDeps } from "./deps.ts";
import { channelsOfMember } from "./member-channels.ts";
import { type DeadlineView, deadlineOf } from "./order-view.ts";

/** One line of the home list. */
export type HomeOrder = {
  ref: string;
  channelId: string;
  state: string;
  supplier: string | null;
  nextDeadline: DeadlineView | null;
  openFindings: number;
};

async function summarize(deps: ServiceDeps, rows: OrderRow[]): Promise<HomeOrder[]> {
  const reminders = await listNextReminders(deps.store.db, { orderIds: rows.map((row) => row.id) });
  const next = new Map(reminders.map((reminder) => [reminder.orderId, reminder]));
  const open = await Promise.all(
    rows.map((row) => listFindings(deps.store.db, { orderId: row.id, states: ["open"] })),
  );
  return rows.map((row, index) => ({
    ref: formatOrderRef(row.number),
    channelId: row.channelId,
    state: row.state,
    supplier: row.draft.supplier,
    nextDeadline: deadlineOf(row, next.get(row.id)),
    openFindings: open[index]?.length ?? 0,
  }));
}

/** `/order list`: this channel's orders, newest first. */
export async function listChannelOrders(deps: ServiceDeps, scope: Scope): Promise<HomeOrder[]> {
  return summarize(deps, await listOrders(deps.store.db, { ...scope, limit: 200 }));
}

/**
 * App Home: the open orders of the channels of this workspace the viewer is a member of; an order in a
 * channel they are not in (a private one above all) is never shown to them.
 */
export async function homeForUser(
  deps: ServiceDeps,
  input: { workspaceId: string; userId: string },
): Promise<HomeOrder[]> {
  const channels = await channelsOfMember(deps, input);
  const rows = await listOpenOrdersForChannels(deps.store.db, {
    workspaceId: input.workspaceId,
    channelIds: [...channels],
    limit: 96,
  });
  return summarize(deps, rows);
}
