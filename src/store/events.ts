/** Reading an order's audit trail (written only by the functions that change the order). */
import { asc, eq } from "drizzle-orm";
import { type OrderEventRow, orderEvents } from "../../db/schema.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

export type { OrderEventRow } from "../../db/schema.ts";

/** Every event of an order, oldest first. */
export async function listOrderEvents(db: Database, input: { orderId: string }): Promise<OrderEventRow[]> {
  return guard(() =>
    db.select().from(orderEvents).where(eq(orderEvents.orderId, input.orderId)).orderBy(asc(orderEvents.id)),
  );
}
