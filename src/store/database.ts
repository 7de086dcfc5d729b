/** The drizzle handle both drivers (postgres.js and PGlite) satisfy; repository functions take it first. */
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "../../db/schema.ts";

export type Schema = typeof schema;

/** A drizzle database or transaction over the orderproof schema, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** An open store: the database handle, which driver serves it, and how to close it. */
export type Store = { db: Database; driver: "postgres" | "pglite"; close(): Promise<void> };
