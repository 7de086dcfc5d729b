/**
 * Migrated stores for tests, on either driver. PGlite: one in-memory database is migrated per test
 * file and cloned for each store (a fresh PGlite takes seconds to start). Postgres: a fresh database
 * from createTestDatabase(), dropped on close.
 */
import { PGlite } from "@electric-sql/pglite";
import { and, asc, eq, inArray } from "drizzle-orm";
import { migrate } from "drizzle-orm/pglite/migrator";
import { type OrderRow, orders, type ReminderRow, type ReminderState, reminders } from "../../db/schema.ts";
import { silentLogger } from "../../src/logger.ts";
import {
  type Database,
  migrationsFolder,
  openStore,
  pgliteStore,
  type Store,
} from "../../src/store/index.ts";
import { createTestDatabase } from "./postgres.ts";

export type Driver = Store["driver"];
export const drivers: Driver[] = ["pglite", "postgres"];

/** A store plus what it takes to throw it away (and, for Postgres, the database URL). */
export type TestStore = Store & { url?: string; dispose(): Promise<void> };

let template: Promise<PGlite> | undefined;

async function migratedTemplate(): Promise<PGlite> {
  const client = new PGlite();
  await migrate(pgliteStore(client).db as Parameters<typeof migrate>[0], { migrationsFolder });
  return client;
}

/** A migrated, empty store on the given driver. */
export async function openTestStore(driver: Driver): Promise<TestStore> {
  if (driver === "pglite") {
    template ??= migratedTemplate();
    const clone = (await (await template).clone()) as PGlite;
    const store = pgliteStore(clone);
    return { ...store, dispose: () => store.close() };
  }
  const database = await createTestDatabase("op_store");
  const store = await openStore({ databaseUrl: database.url, logger: silentLogger() });
  return {
    ...store,
    url: database.url,
    dispose: async () => {
      await store.close();
      await database.drop();
    },
  };
}

/** An order's reminders (optionally some states), soonest first: what the tests check the tick and replanning by. */
export async function listReminders(
  db: Database,
  input: { orderId: string; states?: ReminderState[] },
): Promise<ReminderRow[]> {
  return db
    .select()
    .from(reminders)
    .where(
      and(
        eq(reminders.orderId, input.orderId),
        input.states ? inArray(reminders.state, input.states) : undefined,
      ),
    )
    .orderBy(asc(reminders.dueAt), asc(reminders.id));
}

/** One order's row as stored, by id. */
export async function orderById(db: Database, id: string): Promise<OrderRow | undefined> {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  return row;
}
