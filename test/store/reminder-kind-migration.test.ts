/**
 * The reminder-kind check (migration 0007) on a database that already holds reminders: an existing
 * install upgrades with its reminders intact, and afterwards the database refuses a kind no code knows.
 * Runs on both drivers, each opened the way the app opens it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reminders } from "../../db/schema.ts";
import { emptyDraft, ReminderKind } from "../../src/core/schemas.ts";
import { silentLogger } from "../../src/logger.ts";
import { createOrder, migrationsFolder, type OpenStoreOptions, openStore } from "../../src/store/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { type Driver, drivers } from "../helpers/store.ts";

const checkMigration = "0007_reminder_kind_check";

let dir: string;
/** The committed migrations up to, not including, the reminder-kind check. */
let before: string;
const databases: TestDatabase[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "orderproof-kind-"));
  before = join(dir, "migrations-before");
  cpSync(migrationsFolder, before, { recursive: true });
  const journalPath = join(before, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ tag: string }> };
  const cut = journal.entries.findIndex((entry) => entry.tag === checkMigration);
  expect(cut).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
});
afterAll(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  rmSync(dir, { recursive: true, force: true });
});

/** Where a store of `driver` lives: a PGlite folder or a fresh Postgres database. */
async function placeFor(driver: Driver): Promise<Omit<OpenStoreOptions, "logger">> {
  if (driver === "pglite") return { pgliteDir: join(dir, "pglite") };
  const database = await createTestDatabase("op_kind");
  databases.push(database);
  return { databaseUrl: database.url };
}

/** The messages of an error and its causes (drivers wrap the server's error). */
function messagesOf(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) messages.push(current.message);
  return messages.join(" / ");
}

describe.each(drivers)("the reminder-kind check on %s", (driver) => {
  it("keeps every reminder an existing install holds and refuses an unknown kind afterwards", async () => {
    const place = await placeFor(driver);
    const old = await openStore({ ...place, logger: silentLogger(), migrate: false });
    if (old.driver === "pglite")
      await migratePglite(old.db as Parameters<typeof migratePglite>[0], { migrationsFolder: before });
    else await migratePostgres(old.db as Parameters<typeof migratePostgres>[0], { migrationsFolder: before });
    const order = await createOrder(old.db, {
      workspaceId: "T1",
      channelId: "C1",
      transcriptId: null,
      createdBy: "U1",
      draft: emptyDraft(),
      findings: [],
    });
    await old.db.insert(reminders).values(
      ReminderKind.options.map((kind) => ({
        orderId: order.id,
        kind,
        key: `${kind}:0`,
        dueAt: new Date("2026-12-20T09:00:00Z"),
      })),
    );
    await old.close();

    const upgraded = await openStore({ ...place, logger: silentLogger() });
    try {
      const kept = await upgraded.db.select({ kind: reminders.kind }).from(reminders);
      expect(kept.map((row) => row.kind).sort()).toEqual([...ReminderKind.options].sort());
      const unknown = sql`insert into reminders (order_id, kind, key, due_at)
        values (${order.id}, 'call_the_supplier', 'call_the_supplier:0', now())`;
      const refused = await upgraded.db.execute(unknown).then(
        () => "inserted",
        (error: unknown) => messagesOf(error),
      );
      expect(refused).toContain("reminders_kind_check");
    } finally {
      await upgraded.close();
    }
  });
});
