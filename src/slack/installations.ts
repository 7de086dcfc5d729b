/**
 * Distribution mode's installations: Bolt's InstallationStore over the `installations` table, and the
 * one lookup every token comes from (requests, the reminder tick, `cli tick`). A token that expires
 * within `refreshWithinSeconds` is refreshed here first, the refresh claimed in the database so two
 * replicas never spend one single-use refresh token twice. Tokens are sealed at rest and never logged.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import type { Config } from "../config.ts";
import { AppError } from "../errors.ts";
import type { Logger } from "../logger.ts";
import type { Database } from "../store/database.ts";
import {
  claimTokenRefresh,
  deleteInstallation,
  findInstallation,
  findInstallationForWorkspace,
  installationKey,
  releaseTokenRefresh,
  saveInstallation,
  saveRefreshedToken,
} from "../store/installations.ts";
import { createTokenCipher, parseEncryptionKey, type TokenCipher } from "../store/token-cipher.ts";
import { normalizeSlackApiUrl } from "./client-options.ts";

type InstallationRow = NonNullable<Awaited<ReturnType<typeof findInstallation>>>;

export type InstallationsDeps = {
  db: Database;
  cipher: TokenCipher;
  clientId: string;
  clientSecret: string;
  apiUrl?: string;
  logger: Logger;
  /**
   * Refresh a token expiring within this many seconds (default 3 h: more than Bolt's own 2 h window,
   * so Bolt never refreshes behind the claim).
   */
  refreshWithinSeconds?: number;
};

export type Installations = {
  /** For Bolt's OAuth flow and authorize. */
  store: InstallationStore;
  /** The bot token for a workspace as of `now`, refreshed when due; null when it is not installed. */
  botTokenForWorkspace(workspaceId: string, now: Date): Promise<string | null>;
  /** app_uninstalled / tokens_revoked: forget the tokens, pause the reminders. */
  remove(
    query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean },
    now: Date,
  ): Promise<void>;
};

/** How long one replica holds the refresh claim: longer than an oauth.v2.access call takes. */
const claimSeconds = 30;

export function createInstallations(deps: InstallationsDeps): Installations {
  const { db, cipher, logger } = deps;
  const refreshWithinMs = (deps.refreshWithinSeconds ?? 3 * 3600) * 1000;
  const oauth = new WebClient(undefined, {
    slackApiUrl: normalizeSlackApiUrl(deps.apiUrl),
    timeout: 10_000,
    retryConfig: { retries: 2 },
  });
  const open = (row: InstallationRow) => JSON.parse(cipher.open(row.sealed)) as Installation;

  async function save(installation: Installation): Promise<void> {
    const isEnterpriseInstall = installation.isEnterpriseInstall === true;
    const key = installationKey({
      teamId: installation.team?.id,
      enterpriseId: installation.enterprise?.id,
      isEnterpriseInstall,
    });
    const expiresAt = installation.bot?.expiresAt;
    await saveInstallation(db, {
      key,
      teamId: installation.team?.id ?? null,
      enterpriseId: installation.enterprise?.id ?? null,
      isEnterpriseInstall,
      sealed: cipher.seal(JSON.stringify(installation)),
      botTokenExpiresAt: expiresAt ? new Date(expiresAt * 1000) : null,
    });
    logger.info({ installation: key, rotating: Boolean(expiresAt) }, "installation stored");
  }

  /** The installation with a token good for a while yet; refreshes (once, across replicas) when due. */
  async function fresh(row: InstallationRow, now: Date): Promise<Installation> {
    const installation = open(row);
    const expiresAt = row.botTokenExpiresAt;
    if (!expiresAt || !installation.bot?.refreshToken) return installation;
    if (expiresAt.getTime() - now.getTime() > refreshWithinMs) return installation;
    const until = new Date(Date.now() + claimSeconds * 1000);
    if (!(await claimTokenRefresh(db, { key: row.key, seenExpiresAt: expiresAt, now: new Date(), until }))) {
      // Another replica is refreshing (or just did): read its result rather than spend the refresh token.
      for (let i = 0; i < claimSeconds * 5; i++) {
        const current = await findInstallation(db, row.key);
        if (!current) return installation;
        if (current.botTokenExpiresAt?.getTime() !== expiresAt.getTime() || !current.refreshClaimedUntil)
          return open(current);
        await sleep(200);
      }
      return installation;
    }
    try {
      const answer = await oauth.oauth.v2.access({
        client_id: deps.clientId,
        client_secret: deps.clientSecret,
        grant_type: "refresh_token",
        refresh_token: installation.bot.refreshToken,
      });
      if (!answer.access_token || !answer.refresh_token || !answer.expires_in)
        throw new Error("oauth.v2.access gave no rotated token");
      const expires = Math.floor(now.getTime() / 1000) + answer.expires_in;
      installation.bot.token = answer.access_token;
      installation.bot.refreshToken = answer.refresh_token;
      installation.bot.expiresAt = expires;
      await saveRefreshedToken(db, {
        key: row.key,
        sealed: cipher.seal(JSON.stringify(installation)),
        botTokenExpiresAt: new Date(expires * 1000),
      });
      logger.info({ installation: row.key }, "bot token refreshed");
      return installation;
    } catch (error) {
      await releaseTokenRefresh(db, row.key);
      const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
      logger.warn(
        { installation: row.key, error: code },
        "bot token refresh failed; the current token is used",
      );
      return installation;
    }
  }

  const store: InstallationStore = {
    storeInstallation: (installation) => save(installation as Installation),
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const row = await findInstallation(db, installationKey(query));
      if (!row) throw new Error(`No installation for ${installationKey(query)}.`);
      return fresh(row, new Date());
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await deleteInstallation(db, installationKey(query), new Date());
    },
  };

  return {
    store,
    async botTokenForWorkspace(workspaceId, now) {
      const row = await findInstallationForWorkspace(db, workspaceId);
      if (!row) return null;
      return (await fresh(row, now)).bot?.token ?? null;
    },
    async remove(query, now) {
      const key = installationKey(query);
      const removed = await deleteInstallation(db, key, now);
      logger.info({ installation: key, removed }, "installation removed; its reminders are paused");
    },
  };
}

/** The installations of distribution mode from the configuration; TOKEN_ENCRYPTION_KEY is required. */
export function installationsFromConfig(config: Config, db: Database, logger: Logger): Installations {
  if (!config.SLACK_CLIENT_ID || !config.SLACK_CLIENT_SECRET)
    throw new AppError("config_invalid", "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are not set.");
  if (!config.TOKEN_ENCRYPTION_KEY)
    throw new AppError(
      "config_invalid",
      "TOKEN_ENCRYPTION_KEY is not set: installations are stored encrypted (openssl rand -base64 32).",
    );
  return createInstallations({
    db,
    cipher: createTokenCipher(parseEncryptionKey(config.TOKEN_ENCRYPTION_KEY)),
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    apiUrl: config.SLACK_API_URL,
    logger,
  });
}
