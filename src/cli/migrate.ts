/** `migrate`: apply the database migrations (Postgres from DATABASE_URL, else PGlite in PGLITE_DIR) and exit. */
import { openStore } from "../store/open-store.ts";
import type { CliCommand } from "./command.ts";

export const command: CliCommand = {
  usage: "migrate",
  summary: "apply database migrations and exit",
  async run(context) {
    const store = await openStore({
      databaseUrl: context.config.DATABASE_URL,
      pgliteDir: context.config.PGLITE_DIR,
      logger: context.logger,
      migrate: true,
    });
    await store.close();
    const where =
      store.driver === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${context.config.PGLITE_DIR}`;
    if (context.flags.json)
      context.stdout.write(`${JSON.stringify({ migrated: true, driver: store.driver })}\n`);
    else context.stdout.write(`migrations applied: ${where}\n`);
    return 0;
  },
};
