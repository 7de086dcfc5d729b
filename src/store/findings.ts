/** Review findings on an order, and a person's decision on each (applied or dismissed). */
import { and, asc, eq, inArray } from "drizzle-orm";
import { type FindingRow, type FindingState, findings } from "../../db/schema.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

export type { FindingRow } from "../../db/schema.ts";

/** An order's findings (optionally some states), in the order review produced them. */
export async function listFindings(
  db: Database,
  input: { orderId: string; states?: FindingState[] },
): Promise<FindingRow[]> {
  return guard(() =>
    db
      .select()
      .from(findings)
      .where(
        and(
          eq(findings.orderId, input.orderId),
          input.states ? inArray(findings.state, input.states) : undefined,
        ),
      )
      .orderBy(asc(findings.id)),
  );
}
