/**
 * Installations (distribution mode): one row per workspace or Enterprise Grid org, the Installation
 * sealed (see token-cipher.ts). Leaving pauses the workspace's reminders; installing again resumes them.
 */
import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { type InstallationRow, installations, workspaces } from "../../db/schema.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

export type InstallationKeyInput = {
  teamId?: string | null;
  enterpriseId?: string | null;
  isEnterpriseInstall?: boolean;
};

/** `E:<enterprise>` for an org-wide install, else `T:<team>`. */
export function installationKey(input: InstallationKeyInput): string {
  if (input.isEnterpriseInstall && input.enterpriseId) return `E:${input.enterpriseId}`;
  if (input.teamId) return `T:${input.teamId}`;
  throw new Error("An installation needs a team or an enterprise id.");
}

/** The workspaces an installation serves: its team, or every known workspace of its org. */
function servedBy(row: { teamId: string | null; enterpriseId: string | null; isEnterpriseInstall: boolean }) {
  return row.isEnterpriseInstall && row.enterpriseId
    ? eq(workspaces.enterpriseId, row.enterpriseId)
    : eq(workspaces.id, row.teamId ?? "");
}

/** Stores (or replaces) an installation and resumes the reminders of the workspaces it serves. */
export async function saveInstallation(
  db: Database,
  input: {
    key: string;
    teamId: string | null;
    enterpriseId: string | null;
    isEnterpriseInstall: boolean;
    sealed: string;
    botTokenExpiresAt: Date | null;
  },
): Promise<void> {
  await guard(() =>
    db.transaction(async (tx) => {
      const values = { ...input, refreshClaimedUntil: null, updatedAt: new Date() };
      await tx
        .insert(installations)
        .values(values)
        .onConflictDoUpdate({ target: installations.key, set: values });
      if (!input.isEnterpriseInstall && input.teamId)
        await tx
          .insert(workspaces)
          .values({ id: input.teamId, enterpriseId: input.enterpriseId })
          .onConflictDoNothing();
      await tx.update(workspaces).set({ remindersPausedAt: null }).where(servedBy(input));
    }),
  );
}

export async function findInstallation(db: Database, key: string): Promise<InstallationRow | null> {
  return guard(async () => {
    const [row] = await db.select().from(installations).where(eq(installations.key, key));
    return row ?? null;
  });
}

/** The installation that serves a workspace: its own, else its org's. */
export async function findInstallationForWorkspace(
  db: Database,
  workspaceId: string,
): Promise<InstallationRow | null> {
  const own = await findInstallation(db, `T:${workspaceId}`);
  if (own) return own;
  return guard(async () => {
    const [row] = await db
      .select({ installation: installations })
      .from(workspaces)
      .innerJoin(installations, eq(installations.key, sql`'E:' || ${workspaces.enterpriseId}`))
      .where(and(eq(workspaces.id, workspaceId), isNotNull(workspaces.enterpriseId)));
    return row?.installation ?? null;
  });
}

/** Remembers which org a workspace belongs to (requests say so), so an org-wide install serves its reminders. */
export async function noteWorkspaceEnterprise(
  db: Database,
  input: { workspaceId: string; enterpriseId: string },
): Promise<void> {
  await guard(async () => {
    await db
      .insert(workspaces)
      .values({ id: input.workspaceId, enterpriseId: input.enterpriseId })
      .onConflictDoUpdate({
        target: workspaces.id,
        set: { enterpriseId: input.enterpriseId },
        setWhere: or(
          isNull(workspaces.enterpriseId),
          sql`${workspaces.enterpriseId} <> ${input.enterpriseId}`,
        ),
      });
  });
}

/**
 * Deletes an installation (the app was uninstalled, its tokens revoked) and pauses the reminders of the
 * workspaces it served; their orders and audit trail stay. Returns whether a row was deleted.
 */
export async function deleteInstallation(db: Database, key: string, now: Date): Promise<boolean> {
  return guard(() =>
    db.transaction(async (tx) => {
      const [row] = await tx.delete(installations).where(eq(installations.key, key)).returning();
      const served = row ?? {
        teamId: key.startsWith("T:") ? key.slice(2) : null,
        enterpriseId: key.startsWith("E:") ? key.slice(2) : null,
        isEnterpriseInstall: key.startsWith("E:"),
      };
      await tx.update(workspaces).set({ remindersPausedAt: now }).where(servedBy(served));
      return Boolean(row);
    }),
  );
}

/** Pauses one workspace's reminders (a tick found no installation for it). */
export async function pauseWorkspaceReminders(db: Database, input: { workspaceId: string; now: Date }) {
  await guard(async () => {
    await db
      .update(workspaces)
      .set({ remindersPausedAt: input.now })
      .where(and(eq(workspaces.id, input.workspaceId), isNull(workspaces.remindersPausedAt)));
  });
}

/**
 * Claims the right to refresh an installation's token until `until`, only if the token is still the
 * one the caller read (same expiry) and no other process holds the claim. A refresh token is single-use:
 * of two replicas refreshing at once, one refreshes and the other reads the result.
 */
export async function claimTokenRefresh(
  db: Database,
  input: { key: string; seenExpiresAt: Date; now: Date; until: Date },
): Promise<boolean> {
  return guard(async () => {
    const rows = await db
      .update(installations)
      .set({ refreshClaimedUntil: input.until })
      .where(
        and(
          eq(installations.key, input.key),
          eq(installations.botTokenExpiresAt, input.seenExpiresAt),
          or(isNull(installations.refreshClaimedUntil), lt(installations.refreshClaimedUntil, input.now)),
        ),
      )
      .returning({ key: installations.key });
    return rows.length === 1;
  });
}

/** Stores the refreshed installation and lets go of the claim. */
export async function saveRefreshedToken(
  db: Database,
  input: { key: string; sealed: string; botTokenExpiresAt: Date | null },
): Promise<void> {
  await guard(async () => {
    await db
      .update(installations)
      .set({ ...input, refreshClaimedUntil: null, updatedAt: new Date() })
      .where(eq(installations.key, input.key));
  });
}

/** Lets go of a refresh claim after a failed refresh, so another attempt may try. */
export async function releaseTokenRefresh(db: Database, key: string): Promise<void> {
  await guard(async () => {
    await db.update(installations).set({ refreshClaimedUntil: null }).where(eq(installations.key, key));
  });
}
