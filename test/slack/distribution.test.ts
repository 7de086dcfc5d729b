/**
 * Distribution mode end to end, as Slack and an operator see it: two replicas of the bot on one Postgres.
 * A team installs through /slack/install -> Slack -> /slack/oauth_redirect (state checked across
 * replicas), its /order new gets a card posted with its own token, `cli tick` refreshes the token when it
 * is due and posts the reminder with the new one, and after app_uninstalled nothing more is posted for it.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tickJson, depositThenBalanceChat as transcript } from "../helpers/cli-tick.ts";
import {
  clientId,
  clientSecret,
  type FakeSlackWorkspaces,
  startFakeSlackWorkspaces,
} from "../helpers/fake-slack-workspaces.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/postgres.ts";
import { postToSlackApp, slashCommandBody } from "../helpers/slack-request.ts";
import { type SpawnedBot, spawnBot } from "../helpers/spawn-bot.ts";

const signingSecret = "distribution-signing-secret";
const encryptionKey = randomBytes(32).toString("base64");

let database: TestDatabase;
let slack: FakeSlackWorkspaces;
let replicas: SpawnedBot[] = [];
let env: Record<string, string>;

beforeAll(async () => {
  database = await createTestDatabase("op_distribution");
  slack = await startFakeSlackWorkspaces();
  env = {
    DATABASE_URL: database.url,
    SLACK_CLIENT_ID: clientId,
    SLACK_CLIENT_SECRET: clientSecret,
    SLACK_STATE_SECRET: "distribution-state-secret",
    SLACK_SIGNING_SECRET: signingSecret,
    TOKEN_ENCRYPTION_KEY: encryptionKey,
    SLACK_API_URL: slack.origin,
    // Reminders go out through `cli tick` here; the in-process tick waits for 1 January.
    TICK_CRON: "0 0 1 1 *",
    LOG_LEVEL: "debug",
  };
  // One replica as `npm start`, one as node on the build: both ways an operator runs it.
  replicas = await Promise.all([spawnBot(env), spawnBot(env, { command: ["node", "dist/src/main.js"] })]);
}, 180_000);

afterAll(async () => {
  const stopped = await Promise.all(replicas.map((replica) => replica.stop()));
  await slack?.close();
  await database?.drop();
  expect(stopped.every((result) => !result.leftBehind)).toBe(true);
});

/** Install `teamId` starting on one replica and finishing on the other; returns the code's exchange call. */
async function install(teamId: string, start: SpawnedBot, finish: SpawnedBot) {
  const begin = await fetch(`${start.base}/slack/install`, { redirect: "manual" });
  expect(begin.status).toBe(302);
  const authorize = new URL(begin.headers.get("location") ?? "");
  expect(authorize.searchParams.get("client_id")).toBe(clientId);
  expect(authorize.searchParams.get("scope")).toContain("chat:write");
  const state = authorize.searchParams.get("state") ?? "";
  const cookie = (begin.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const code = slack.issueCode({ teamId });
  // Slack sends the browser back with the code and the state; the state cookie rides along.
  const back = await fetch(
    `${finish.base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`,
    { headers: { cookie }, redirect: "manual" },
  );
  expect(back.status).toBeLessThan(400);
  return slack.callsOf("oauth.v2.access").find((call) => call.body.code === code);
}

async function command(replica: SpawnedBot, teamId: string, channelId: string, text: string) {
  const reply = await postToSlackApp(`${replica.base}/slack/events`, {
    body: slashCommandBody({
      text,
      teamId,
      channelId,
      userId: `U${teamId}`,
      responseUrl: slack.responseUrl(),
    }),
    secret: signingSecret,
  });
  expect(reply.status).toBe(200);
  return reply;
}

/** `cli tick` as an operator's cron runs it: this deployment's environment and nothing else. */
const tick = (now: string) =>
  tickJson(["--now", now], env, { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" });

describe("distribution mode with two replicas on one Postgres", () => {
  it("serves the landing page at /: what it does, Add to Slack, what it stores, how to remove it", async () => {
    const response = await fetch(`${(replicas[0] as SpawnedBot).base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toMatch(/<a[^>]*href="\/slack\/install"[^>]*>Add to Slack<\/a>/);
    expect(html).toContain("/order new");
    expect(html).toMatch(/What it stores, and for how long/);
    expect(html).toMatch(/encrypted/);
    expect(html).toMatch(/How to remove it[\s\S]*Remove app/);
    expect(html).not.toMatch(/<script/i);
  });

  it("installs a workspace through /slack/install and /slack/oauth_redirect, state checked", async () => {
    const [a, b] = replicas as [SpawnedBot, SpawnedBot];
    const exchange = await install("T0AAA", a, b);
    expect(exchange?.body.client_id).toBe(clientId);
    // A forged state is refused and exchanges nothing.
    const before = slack.callsOf("oauth.v2.access").length;
    const forged = await fetch(
      `${a.base}/slack/oauth_redirect?code=${slack.issueCode({ teamId: "T0EVE" })}&state=forged`,
    );
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(slack.callsOf("oauth.v2.access")).toHaveLength(before);
    // The token is stored sealed: not in the database in clear.
    const sql = postgres(database.url, { max: 1 });
    const rows = await sql`select sealed from installations`;
    await sql.end();
    expect(rows).toHaveLength(1);
    expect(String(rows[0]?.sealed)).not.toContain(slack.tokensOf("T0AAA")[0]);
  });

  it("posts the card of a signed /order new with that workspace's own token", async () => {
    const [a, b] = replicas as [SpawnedBot, SpawnedBot];
    await install("T0BBB", b, a);
    await command(b, "T0AAA", "C0AAA", `new ${transcript}`);
    await command(a, "T0BBB", "C0BBB", `new ${transcript}`);
    for (const [teamId, channel] of [
      ["T0AAA", "C0AAA"],
      ["T0BBB", "C0BBB"],
    ] as const) {
      const card = await slack.waitFor((calls) =>
        calls.find(
          (call) =>
            call.method === "chat.update" &&
            call.body.channel === channel &&
            String(call.body.text).startsWith("PO-1"),
        ),
      );
      expect(card.teamId).toBe(teamId);
      expect(card.token).toBe(slack.tokensOf(teamId)[0]);
    }
  });

  it("cli tick refreshes a token near expiry once and posts the reminder with the new token", async () => {
    const [a] = replicas as [SpawnedBot, SpawnedBot];
    await command(a, "T0AAA", "C0AAA", "confirm PO-1");
    await command(a, "T0AAA", "C0AAA", "paid PO-1 deposit 2026-12-01");
    await slack.waitFor((calls) =>
      calls.find(
        (call) =>
          call.method === "chat.postMessage" &&
          /deposit/i.test(JSON.stringify(call.body)) &&
          call.body.thread_ts,
      ),
    );
    const refreshesBefore = slack
      .callsOf("oauth.v2.access")
      .filter((call) => call.body.grant_type === "refresh_token").length;
    // Weeks later by the tick's clock: the 12-hour token is long due for its refresh.
    const result = await tick("2026-12-25T12:00:00Z");
    expect(result.posted).toBeGreaterThan(0);
    const refreshes = slack
      .callsOf("oauth.v2.access")
      .filter((call) => call.body.grant_type === "refresh_token");
    expect(refreshes.length - refreshesBefore).toBe(1);
    const tokens = slack.tokensOf("T0AAA");
    expect(tokens).toHaveLength(2);
    const reminder = slack.calls
      .filter((call) => call.method === "chat.postMessage" && call.body.channel === "C0AAA")
      .at(-1);
    expect(reminder?.token).toBe(tokens[1]);
  });

  it("after app_uninstalled posts nothing more for that workspace, and says so in no log with a token", async () => {
    const [a, b] = replicas as [SpawnedBot, SpawnedBot];
    await command(b, "T0AAA", "C0AAA", "confirm PO-1");
    const event = JSON.stringify({
      token: "unused",
      team_id: "T0AAA",
      api_app_id: "A0FAKE",
      type: "event_callback",
      event_id: "Ev0UNINSTALL",
      event_time: Math.floor(Date.now() / 1000),
      event: { type: "app_uninstalled", event_ts: `${Math.floor(Date.now() / 1000)}.000001` },
      authorizations: [
        {
          team_id: "T0AAA",
          enterprise_id: null,
          user_id: "U0BOTT0AAA",
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
    });
    const reply = await postToSlackApp(`${a.base}/slack/events`, {
      body: event,
      contentType: "application/json",
      secret: signingSecret,
    });
    expect(reply.status).toBe(200);
    const sql = postgres(database.url, { max: 1 });
    for (let i = 0; i < 100; i++) {
      const [row] = await sql`select count(*)::int as n from installations where key = 'T:T0AAA'`;
      if (row?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [paused] = await sql`select reminders_paused_at from workspaces where id = 'T0AAA'`;
    const [orders] = await sql`select count(*)::int as n from orders where workspace_id = 'T0AAA'`;
    await sql.end();
    expect(paused?.reminders_paused_at).not.toBeNull();
    expect(orders?.n).toBe(1);

    const postsBefore = slack.calls.filter(
      (call) => call.teamId === "T0AAA" || call.body.channel === "C0AAA",
    ).length;
    await tick("2027-01-20T12:00:00Z");
    await command(b, "T0BBB", "C0BBB", "list");
    const postsAfter = slack.calls.filter(
      (call) => call.teamId === "T0AAA" || call.body.channel === "C0AAA",
    ).length;
    expect(postsAfter).toBe(postsBefore);
    for (const replica of replicas) {
      for (const token of [...slack.tokensOf("T0AAA"), ...slack.tokensOf("T0BBB")])
        expect(replica.output()).not.toContain(token);
      expect(replica.output()).not.toContain(clientSecret);
    }
  });
});
