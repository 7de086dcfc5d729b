/**
 * Opens the store: postgres.js when a DATABASE_URL is given, else embedded PGlite in a folder.
 * Migrations run on open, under a Postgres advisory lock so replicas starting together don't race
 * (drizzle's migrate() takes no lock of its own).
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "../../db/schema.ts";
import { AppError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import { packagePath } from "../package-root.ts";
import type { Database, Store } from "./database.ts";
import { toStoreError } from "./errors.ts";
import { lockFolder } from "./folder-lock.ts";

export type { Database, Store } from "./database.ts";

/** The committed drizzle-kit output. */
export const migrationsFolder = packagePath("db", "migrations");

/** Arbitrary constant naming the migration lock (pg_advisory_lock takes a bigint). */
const migrationLockId = 7_402_113_771;

/** Seconds to wait for Postgres to accept a connection before calling it unavailable. */
const connectTimeoutSeconds = 5;

export type OpenStoreOptions = {
  databaseUrl?: string;
  /** PGlite folder, or "memory" for an in-memory database. */
  pgliteDir?: string;
  logger: Logger;
  /** Apply migrations on open (default true). */
  migrate?: boolean;
  /** How long to wait for another process to let go of the PGlite folder (default 15 s). */
  lockWaitMs?: number;
};

/** Opens (and by default migrates) the database named by the options. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.pgliteDir ?? "./data", options);
}

async function openPostgres(url: string, options: OpenStoreOptions): Promise<Store> {
  let client: postgres.Sql;
  try {
    client = postgres(url, {
      max: 10,
      connect_timeout: connectTimeoutSeconds,
      idle_timeout: 30,
      onnotice: () => {},
    });
  } catch (error) {
    throw new AppError("config_invalid", "DATABASE_URL is not a valid postgres:// URL.", { cause: error });
  }
  try {
    await client`select 1`;
    if (options.migrate ?? true) await migrateWithLock(url, options.logger);
  } catch (error) {
    await client.end({ timeout: 0 });
    throw openError(error);
  }
  const db: Database = drizzlePostgres({ client, schema });
  options.logger.debug({ driver: "postgres" }, "store open");
  return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
}

/** One dedicated connection holds the session lock for the whole migration. */
async function migrateWithLock(url: string, logger: Logger): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: connectTimeoutSeconds, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${migrationLockId})`;
    try {
      await migratePostgres(drizzlePostgres({ client: sql }), { migrationsFolder });
      logger.debug("migrations applied");
    } finally {
      await sql`select pg_advisory_unlock(${migrationLockId})`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function openPglite(dir: string, options: OpenStoreOptions): Promise<Store> {
  let client: PGlite;
  let unlock = () => {};
  try {
    if (dir === "memory") {
      client = new PGlite();
    } else {
      mkdirSync(dir, { recursive: true });
      unlock = await lockFolder(dir, { waitMs: options.lockWaitMs ?? 15_000 });
      client = new PGlite(dir);
    }
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error instanceof AppError ? error : openError(error);
  }
  const store = pgliteStore(client, unlock);
  // PGlite is one connection in one process: there is no other replica to race, so no lock is needed.
  if (options.migrate ?? true) {
    try {
      await migrateStore(store);
    } catch (error) {
      await store.close();
      throw openError(error);
    }
  }
  options.logger.debug({ driver: "pglite", dir }, "store open");
  return store;
}

/** A store over an existing PGlite instance (tests clone a migrated one). */
export function pgliteStore(client: PGlite, release: () => void = () => {}): Store {
  const db: Database = drizzlePglite({ client, schema });
  return {
    db,
    driver: "pglite",
    close: async () => {
      if (!client.closed) await client.close();
      release();
    },
  };
}

/** Applies pending migrations to a PGlite store (Postgres stores migrate through openStore's lock). */
async function migrateStore(store: Store): Promise<void> {
  await migratePglite(store.db as Parameters<typeof migratePglite>[0], { migrationsFolder });
}

function openError(error: unknown): AppError {
  const mapped = toStoreError(error);
  // Failing to open is, for a person, the database not answering; the cause keeps the detail for logs.
  return mapped.code === "internal"
    ? new AppError("database_unavailable", undefined, { cause: error })
    : mapped;
}
