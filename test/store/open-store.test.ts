import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/schemas.ts";
import { AppError } from "../../src/errors.ts";
import { silentLogger } from "../../src/logger.ts";
import { createOrder, findOrderByRef, openStore, saveTranscript } from "../../src/store/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";

const run = promisify(execFile);
const repoRoot = new URL("../../", import.meta.url);
const logger = silentLogger();
const journal = JSON.parse(readFileSync(new URL("db/migrations/meta/_journal.json", repoRoot), "utf8")) as {
  entries: unknown[];
};
/** How many migrations a fully migrated database has applied. */
const migrationCount = journal.entries.length;

describe("PGlite in a folder", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "orderproof-pglite-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps orders across closing and reopening the folder, and reopening migrates nothing twice", async () => {
    const folder = join(dir, "nested", "data");
    const first = await openStore({ pgliteDir: folder, logger });
    expect(first.driver).toBe("pglite");
    const transcript = await saveTranscript(first.db, {
      workspaceId: "T1",
      channelId: "C1",
      userId: "U1",
      source: "local",
      text: "chat",
    });
    await createOrder(first.db, {
      workspaceId: "T1",
      channelId: "C1",
      transcriptId: transcript.id,
      createdBy: "U1",
      draft: { ...emptyDraft(), supplier: "Kept Co." },
      findings: [],
    });
    await first.close();

    const second = await openStore({ pgliteDir: folder, logger });
    const order = await findOrderByRef(second.db, { workspaceId: "T1", channelId: "C1", ref: "PO-1" });
    expect(order?.draft.supplier).toBe("Kept Co.");
    const applied = (await second.db.execute(
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    )) as unknown as { rows: Array<{ count: number }> };
    expect(applied.rows[0]?.count).toBe(migrationCount);
    await second.close();
  });
});

describe("PGlite folder lock", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "orderproof-lock-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lets one opener at a time have the folder, says plainly who holds it, and hands it over on close", async () => {
    const folder = join(dir, "shared");
    const first = await openStore({ pgliteDir: folder, logger });
    const refused = await openStore({ pgliteDir: folder, logger, lockWaitMs: 200 }).catch((error) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("database_unavailable");
    expect((refused as AppError).userMessage).toMatch(
      /in use by another orderproof process \(pid \d+\).*DATABASE_URL/,
    );

    // A second opener that is willing to wait gets the folder as soon as the first lets go.
    const waiting = openStore({ pgliteDir: folder, logger, lockWaitMs: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await first.close();
    const second = await waiting;
    expect(await findOrderByRef(second.db, { workspaceId: "T1", channelId: "C1", ref: "PO-1" })).toBeNull();
    await second.close();
  });

  it("takes over a lock left by a process that died", async () => {
    const folder = join(dir, "stale");
    mkdirSync(folder, { recursive: true });
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(join(folder, ".orderproof.lock"), String(gone));
    const store = await openStore({ pgliteDir: folder, logger, lockWaitMs: 200 });
    expect(store.driver).toBe("pglite");
    await store.close();
  });
});

describe("PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("op_open");
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function tablesAndMigrations(url: string) {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const tables = await sql<{ name: string }[]>`
        select table_name as name from information_schema.tables where table_schema = 'public' order by 1`;
      const [applied] = await sql<
        { count: number }[]
      >`select count(*)::int as count from drizzle.__drizzle_migrations`;
      return { tables: tables.map((t) => t.name), migrations: applied!.count };
    } finally {
      await sql.end();
    }
  }

  it("`cli -- migrate` creates the schema on an empty database and a second run changes nothing", async () => {
    const env = { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "silent" };
    const cli = () => run("npm", ["run", "--silent", "cli", "--", "migrate"], { cwd: repoRoot, env });
    const first = await cli();
    expect(first.stdout).toContain("migrations applied");
    const afterFirst = await tablesAndMigrations(database.url);
    expect(afterFirst.tables).toEqual([
      "channels",
      "findings",
      "installations",
      "order_events",
      "orders",
      "processed_requests",
      "reminders",
      "transcripts",
      "workspaces",
    ]);
    expect(afterFirst.migrations).toBe(migrationCount);
    await cli();
    expect(await tablesAndMigrations(database.url)).toEqual(afterFirst);
  });

  it("lets replicas starting together migrate once (advisory lock)", async () => {
    const fresh = await createTestDatabase("op_race");
    try {
      const stores = await Promise.all([1, 2, 3].map(() => openStore({ databaseUrl: fresh.url, logger })));
      await Promise.all(stores.map((store) => store.close()));
      expect((await tablesAndMigrations(fresh.url)).migrations).toBe(migrationCount);
    } finally {
      await fresh.drop();
    }
  });

  it("says the database is unavailable, without a stack, when nothing listens", async () => {
    const error = await openStore({ databaseUrl: "postgres://postgres@127.0.0.1:1/x", logger }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "database_unavailable" });
    expect(error.userMessage).toMatch(/not answering/);
  });

  it("turns a database that goes away mid-run into database_unavailable, not a raw error", async () => {
    const doomed = await createTestDatabase("op_gone");
    const store = await openStore({ databaseUrl: doomed.url, logger });
    try {
      await saveTranscript(store.db, {
        workspaceId: "T1",
        channelId: "C1",
        userId: "U1",
        source: "cli",
        text: "x",
      });
      await doomed.drop(); // terminates the store's connections and removes the database
      await expect(
        saveTranscript(store.db, {
          workspaceId: "T1",
          channelId: "C1",
          userId: "U1",
          source: "cli",
          text: "y",
        }),
      ).rejects.toMatchObject({ name: "AppError", code: "database_unavailable" });
    } finally {
      await store.close();
    }
  });

  it("says the same when the database does not exist", async () => {
    const url = new URL(database.url);
    url.pathname = "/op_no_such_database";
    await expect(openStore({ databaseUrl: url.toString(), logger })).rejects.toMatchObject({
      code: "database_unavailable",
    });
  });

  it("the CLI prints one plain line and exits non-zero when the database is down", async () => {
    const env = { ...process.env, DATABASE_URL: "postgres://postgres@127.0.0.1:1/x", LOG_LEVEL: "silent" };
    const failure = await run("npm", ["run", "--silent", "cli", "--", "migrate"], {
      cwd: repoRoot,
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr.trim()).toBe(
      "error: The order database is not answering right now, so nothing was saved: please try again in a minute.",
    );
  });
});
