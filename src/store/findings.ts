/** Review findings on an order, and a person's decision on each (applied or dismissed). */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type FindingRow, type FindingState, findings, orderEvents } from "../../db/schema.ts";
import { AppError } from "../errors.ts";
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

/** Marks a finding applied or dismissed and records who did it, in one transaction. */
export async function setFindingState(
  db: Database,
  input: { findingId: number; state: "applied" | "dismissed"; actor: string; source: string },
): Promise<FindingRow> {
  return guard(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(findings).where(eq(findings.id, input.findingId)).for("update");
      if (!before) throw new AppError("not_found", "That finding no longer exists; refresh the order card.");
      const [row] = await tx
        .update(findings)
        .set({ state: input.state, updatedAt: sql`now()` })
        .where(eq(findings.id, input.findingId))
        .returning();
      await tx.insert(orderEvents).values({
        orderId: before.orderId,
        kind: input.state === "applied" ? "finding_applied" : "finding_dismissed",
        actor: input.actor,
        before: { findingId: before.id, field: before.field, state: before.state },
        after: { findingId: before.id, field: before.field, state: input.state },
        source: input.source,
      });
      return row!;
    }),
  );
}
