/** A workspace's own settings: the company name purchase contracts print as the buyer. */
import { eq } from "drizzle-orm";
import { workspaces } from "../../db/schema.ts";
import { ensureWorkspace } from "./channels.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

/** The buyer's company name, or null until someone sets it. */
export async function getCompanyName(db: Database, input: { workspaceId: string }): Promise<string | null> {
  return guard(async () => {
    const [row] = await db
      .select({ companyName: workspaces.companyName })
      .from(workspaces)
      .where(eq(workspaces.id, input.workspaceId));
    return row?.companyName ?? null;
  });
}

/** Sets (or replaces) the buyer's company name for the workspace. */
export async function setCompanyName(
  db: Database,
  input: { workspaceId: string; companyName: string },
): Promise<void> {
  await guard(async () => {
    await ensureWorkspace(db, { workspaceId: input.workspaceId });
    await db
      .update(workspaces)
      .set({ companyName: input.companyName })
      .where(eq(workspaces.id, input.workspaceId));
  });
}
