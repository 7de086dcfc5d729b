/**
 * A fake Slack for distribution mode: several workspaces, each installed through oauth.v2.access, with
 * rotating tokens (a refresh token works once) and a record of which workspace's token every call used.
 * Enough of chat.*, views.*, users.conversations and response_url for the real app to run against it.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Installation } from "@slack/bolt";

export const clientId = "1111.2222";
export const clientSecret = "fake-client-secret-value";

export type WorkspaceCall = {
  method: string;
  body: Record<string, unknown>;
  token: string | null;
  /** The workspace the token belongs to; null for a token Slack does not know (or none). */
  teamId: string | null;
};

type Grant = { teamId: string; enterpriseId: string | null; isEnterpriseInstall: boolean };

export type FakeSlackWorkspaces = {
  apiUrl: string;
  origin: string;
  calls: WorkspaceCall[];
  /** A one-time authorization code, as Slack hands one to the redirect after the user approves. */
  issueCode(grant: { teamId: string; enterpriseId?: string; isEnterpriseInstall?: boolean }): string;
  /** The access tokens issued to a workspace, oldest first. */
  tokensOf(teamId: string): string[];
  /** Channels each user is a member of (users.conversations). */
  setMembership(teamId: string, userId: string, channelIds: string[]): void;
  responseUrl(): string;
  callsOf(method: string): WorkspaceCall[];
  waitFor<T>(predicate: (calls: WorkspaceCall[]) => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
};

async function readForm(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return {};
  if (String(req.headers["content-type"]).includes("json")) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    try {
      body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      body[key] = value;
    }
  }
  return body;
}

export async function startFakeSlackWorkspaces(
  options: { expiresInSeconds?: number } = {},
): Promise<FakeSlackWorkspaces> {
  const expiresIn = options.expiresInSeconds ?? 43_200;
  const calls: WorkspaceCall[] = [];
  const codes = new Map<string, Grant>();
  const accessTokens = new Map<string, Grant>();
  const refreshTokens = new Map<string, Grant>();
  const issued = new Map<string, string[]>();
  const membership = new Map<string, string[]>();
  let sequence = 0;
  let ts = Math.floor(Date.now() / 1000);

  function issueTokens(grant: Grant) {
    const n = ++sequence;
    const access = `xoxe.xoxb-${grant.teamId}-${n}-fakeaccess`;
    const refresh = `xoxe-1-${grant.teamId}-${n}-fakerefresh`;
    accessTokens.set(access, grant);
    refreshTokens.set(refresh, grant);
    issued.set(grant.teamId, [...(issued.get(grant.teamId) ?? []), access]);
    return { access, refresh };
  }

  function oauthAccess(body: Record<string, unknown>): unknown {
    if (body.client_id !== clientId || body.client_secret !== clientSecret)
      return { ok: false, error: "invalid_client_id" };
    let grant: Grant | undefined;
    if (body.grant_type === "refresh_token") {
      grant = refreshTokens.get(String(body.refresh_token));
      // Single use: the second use of one refresh token fails, as Slack's does.
      if (!grant) return { ok: false, error: "invalid_refresh_token" };
      refreshTokens.delete(String(body.refresh_token));
      const { access, refresh } = issueTokens(grant);
      return {
        ok: true,
        access_token: access,
        refresh_token: refresh,
        expires_in: expiresIn,
        token_type: "bot",
      };
    }
    grant = codes.get(String(body.code));
    if (!grant) return { ok: false, error: "invalid_code" };
    codes.delete(String(body.code));
    const { access, refresh } = issueTokens(grant);
    return {
      ok: true,
      app_id: "A0FAKE",
      authed_user: { id: "U0INSTALLER" },
      scope: "commands,chat:write",
      token_type: "bot",
      access_token: access,
      refresh_token: refresh,
      expires_in: expiresIn,
      bot_user_id: `U0BOT${grant.teamId}`,
      team: grant.isEnterpriseInstall ? null : { id: grant.teamId, name: `Team ${grant.teamId}` },
      enterprise: grant.enterpriseId ? { id: grant.enterpriseId, name: "Org" } : null,
      is_enterprise_install: grant.isEnterpriseInstall,
    };
  }

  function answer(method: string, body: Record<string, unknown>, grant: Grant): unknown {
    const channel = String(body.channel ?? "");
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          team_id: grant.teamId,
          user_id: `U0BOT${grant.teamId}`,
          bot_id: `B0BOT${grant.teamId}`,
          ...(grant.enterpriseId ? { enterprise_id: grant.enterpriseId } : {}),
          is_enterprise_install: grant.isEnterpriseInstall,
        };
      case "chat.postMessage":
        return { ok: true, channel, ts: `${++ts}.000100` };
      case "chat.update":
        return { ok: true, channel, ts: body.ts };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${++ts}.000200` };
      case "views.publish":
      case "views.open":
      case "views.update":
        return { ok: true, view: { id: `V${++sequence}` } };
      case "users.conversations":
        return {
          ok: true,
          channels: (membership.get(`${grant.teamId}/${String(body.user)}`) ?? []).map((id) => ({ id })),
          response_metadata: { next_cursor: "" },
        };
      default:
        return { ok: false, error: "unknown_method" };
    }
  }

  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    try {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = await readForm(req);
      if (url.pathname.startsWith("/response/")) {
        calls.push({ method: "response_url", body, token: null, teamId: null });
        return send(200, "ok");
      }
      const method = url.pathname.replace(/^\/(api\/)?/, "");
      const header = String(req.headers.authorization ?? "");
      const token = header.startsWith("Bearer ")
        ? header.slice(7)
        : typeof body.token === "string"
          ? body.token
          : null;
      if (method === "oauth.v2.access") {
        calls.push({ method, body, token: null, teamId: null });
        return send(200, oauthAccess(body));
      }
      const grant = token ? accessTokens.get(token) : undefined;
      calls.push({ method, body, token, teamId: grant?.teamId ?? null });
      if (!grant) return send(200, { ok: false, error: "invalid_auth" });
      return send(200, answer(method, body, grant));
    } catch (error) {
      return send(500, { ok: false, error: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responses = 0;
  const callsOf = (method: string) => calls.filter((call) => call.method === method);

  return {
    apiUrl: `${origin}/api/`,
    origin,
    calls,
    issueCode(grant) {
      const code = `code-${++sequence}`;
      codes.set(code, {
        teamId: grant.teamId,
        enterpriseId: grant.enterpriseId ?? null,
        isEnterpriseInstall: grant.isEnterpriseInstall ?? false,
      });
      return code;
    },
    tokensOf: (teamId) => issued.get(teamId) ?? [],
    setMembership: (teamId, userId, channelIds) => membership.set(`${teamId}/${userId}`, channelIds),
    responseUrl: () => `${origin}/response/${++responses}`,
    callsOf,
    async waitFor(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = predicate(calls);
        if (result !== undefined && result !== false) return result as never;
        if (Date.now() > deadline)
          throw new Error(`timed out waiting; calls so far: ${calls.map((call) => call.method).join(", ")}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What Bolt stores after oauth.v2.access for a team (or an org), with a rotating token. */
export async function installationOf(
  slack: FakeSlackWorkspaces,
  input: { teamId?: string; enterpriseId?: string; expiresAt: number },
): Promise<Installation> {
  const code = slack.issueCode({
    teamId: input.teamId ?? input.enterpriseId ?? "",
    enterpriseId: input.enterpriseId,
    isEnterpriseInstall: !input.teamId,
  });
  // The refresh token a real exchange would have handed out.
  const response = await fetch(`${slack.apiUrl}oauth.v2.access`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, code }).toString(),
  });
  const answer = (await response.json()) as { access_token: string; refresh_token: string };
  return {
    team: input.teamId ? { id: input.teamId } : undefined,
    enterprise: input.enterpriseId ? { id: input.enterpriseId } : undefined,
    isEnterpriseInstall: !input.teamId,
    bot: {
      token: answer.access_token,
      refreshToken: answer.refresh_token,
      expiresAt: input.expiresAt,
      scopes: ["chat:write"],
      id: "B1",
      userId: "U1",
    },
    user: { token: undefined, scopes: undefined, id: "U0INSTALLER" },
    tokenType: "bot",
    authVersion: "v2",
  } as unknown as Installation;
}
