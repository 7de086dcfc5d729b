/** Workspaces and channels, and each channel's reminder settings. */
import { and, eq } from "drizzle-orm";
import { channels, workspaces } from "../../db/schema.ts";
import { ChannelSettings } from "../core/schemas.ts";
import { AppError } from "../errors.ts";
import type { Database } from "./database.ts";
import { guard } from "./errors.ts";

/** Makes sure the workspace row exists (its PO counter starts at 1). */
export async function ensureWorkspace(
  db: Database,
  input: { workspaceId: string; name?: string },
): Promise<void> {
  await guard(async () => {
    await db
      .insert(workspaces)
      .values({ id: input.workspaceId, name: input.name ?? null })
      .onConflictDoNothing();
  });
}

/** Makes sure the workspace and channel rows exist; a given time zone is applied to a new channel only. */
export async function ensureChannel(
  db: Database,
  input: { workspaceId: string; channelId: string; timeZone?: string },
): Promise<void> {
  await guard(async () => {
    await ensureWorkspace(db, { workspaceId: input.workspaceId });
    await db
      .insert(channels)
      .values({ workspaceId: input.workspaceId, id: input.channelId, timeZone: input.timeZone ?? "UTC" })
      .onConflictDoNothing();
  });
}

/** The channel's settings with defaults filled in (defaults for a channel never seen before). */
export async function getChannelSettings(
  db: Database,
  input: { workspaceId: string; channelId: string },
): Promise<ChannelSettings> {
  return guard(async () => {
    const [row] = await db
      .select({ timeZone: channels.timeZone, settings: channels.settings })
      .from(channels)
      .where(and(eq(channels.workspaceId, input.workspaceId), eq(channels.id, input.channelId)));
    if (!row) return ChannelSettings.parse({});
    const parsed = ChannelSettings.safeParse({ ...row.settings, timeZone: row.timeZone });
    // Settings written by an older version may not validate any more: fall back to defaults, keep the zone.
    return parsed.success ? parsed.data : ChannelSettings.parse({ timeZone: row.timeZone });
  });
}

/**
 * Merges `settings` into the channel's settings, validated; returns the full result. Only values a person
 * set are stored, so a default changed in a later version still reaches channels that never touched it.
 */
export async function updateChannelSettings(
  db: Database,
  input: { workspaceId: string; channelId: string; settings: Partial<ChannelSettings> },
): Promise<ChannelSettings> {
  return guard(() =>
    db.transaction(async (tx) => {
      await ensureChannel(tx, input);
      const where = and(eq(channels.workspaceId, input.workspaceId), eq(channels.id, input.channelId));
      const [row] = await tx.select().from(channels).where(where).for("update");
      const { timeZone: newZone, ...changes } = input.settings;
      const stored = { ...row!.settings, ...changes };
      const timeZone = newZone ?? row!.timeZone;
      const parsed = ChannelSettings.safeParse({ ...stored, timeZone });
      if (!parsed.success)
        throw new AppError(
          "invalid_field",
          `Those channel settings are not accepted: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}.`,
        );
      if (!isTimeZone(timeZone))
        throw new AppError("invalid_field", `"${timeZone}" is not a time zone (e.g. Europe/Berlin).`);
      await tx.update(channels).set({ timeZone, settings: stored }).where(where);
      return parsed.data;
    }),
  );
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
