/**
 * Two workspaces on one app and one database: whatever a person in one workspace types or clicks, even
 * naming the other's PO number in a channel with the same id, no surface shows or changes the other's order.
 * Installed through OAuth (distribution mode), each workspace's shortcut and reminders also go out with
 * its own token only, and an uninstalled workspace's reminders stop without being retried.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { fixedClock, systemClock } from "../../src/core/clock.ts";
import { runReminderTick } from "../../src/jobs/run-reminder-tick.ts";
import { reminderClientsFor } from "../../src/jobs/slack-client.ts";
import { silentLogger } from "../../src/logger.ts";
import { createSlackApp, type SlackApp } from "../../src/slack/app.ts";
import { createInstallations, type Installations } from "../../src/slack/installations.ts";
import { findOrderByRef, listOrders } from "../../src/store/index.ts";
import { countDueReminders } from "../../src/store/reminders-claim.ts";
import { createTokenCipher } from "../../src/store/token-cipher.ts";
import { captureLogs } from "../helpers/capture-logs.ts";
import {
  clientId,
  clientSecret,
  type FakeSlackWorkspaces,
  installationOf,
  startFakeSlackWorkspaces,
} from "../helpers/fake-slack-workspaces.ts";
import { interactiveBody, payloadJson, postToSlackApp, slashCommandBody } from "../helpers/slack-request.ts";
import { listReminders, openTestStore, type TestStore } from "../helpers/store.ts";
import {
  type Harness,
  postedOrder,
  repliesTo,
  sampleTranscript,
  startHarness,
  testSigningSecret,
} from "./harness.ts";

// biome-ignore lint/suspicious/noExplicitAny: Slack's example payloads are rewritten freely here
type Json = Record<string, any>;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ours = { teamId: "T111", channelId: "CSHARED", userId: "W111" };
const theirs = { teamId: "T222", channelId: "CSHARED", userId: "W222" };

describe("two workspaces", () => {
  it("no command (export, contract and checklist included), button or Home of one workspace shows or changes the other's order", async () => {
    await h.command(`new ${sampleTranscript}`, ours);
    const order = await postedOrder(h, "CSHARED", "T111");
    expect(order.number).toBe(1);

    const seen: string[] = [];
    for (const text of [
      "list",
      "show 1",
      "review PO-1",
      "export PO-1",
      "contract PO-1",
      "checklist PO-1",
      "history PO-1",
      "confirm PO-1",
      "set PO-1 supplier Mallory Ltd",
      "paid PO-1 deposit 2026-12-01",
      "cancel PO-1 not ours",
    ]) {
      const reply = await h.command(text, theirs);
      expect(reply.status).toBe(200);
      seen.push(reply.text);
      await new Promise((resolve) => setTimeout(resolve, 150));
      seen.push(...repliesTo(h.slack, reply.responseUrl).map((body) => JSON.stringify(body)));
    }
    // A button of the other workspace's card, clicked from this one.
    const click = payloadJson<Json>("bolt-python/block_actions.json");
    click.team = { id: "T222", domain: "theirs" };
    click.user = { ...click.user, id: "W222", team_id: "T222" };
    click.channel = { id: "CSHARED", name: "shared" };
    click.container = {
      type: "message",
      message_ts: order.threadTs,
      channel_id: "CSHARED",
      is_ephemeral: false,
    };
    click.response_url = h.slack.responseUrl();
    click.trigger_id = "trigger-theirs";
    click.actions = [
      {
        ...click.actions[0],
        action_id: "order_confirm",
        value: JSON.stringify({ ref: "PO-1" }),
        action_ts: "1700000009.1",
      },
    ];
    expect((await h.interactive(click)).status).toBe(200);

    // Their Home, for a member of a channel with the same id: nothing of ours.
    h.slack.setMembership("W222", ["CSHARED"]);
    const home = payloadJson<Json>("bolt-python/app_home_opened.event_callback.org_app.json");
    home.team_id = "T222";
    home.event = { ...payloadJson<Json>("docs/app_home_opened.event.json"), user: "W222" };
    home.authorizations = [{ team_id: "T222", user_id: "U0BOT", is_bot: true, is_enterprise_install: false }];
    delete home.enterprise_id;
    expect((await h.event(home)).status).toBe(200);
    const publish = await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "views.publish" && call.body.user_id === "W222"),
    );
    seen.push(JSON.stringify(publish.body.view));
    await new Promise((resolve) => setTimeout(resolve, 300));
    seen.push(
      ...h.slack
        .callsOf("response_url")
        .filter((call) => call.body.url === new URL(click.response_url).pathname)
        .map((call) => JSON.stringify(call.body)),
    );

    const everything = seen.join("\n");
    // Each attempt was told the order does not exist here, rather than silently dropped.
    expect(everything.match(/No order PO-1 in this channel/g)?.length ?? 0).toBeGreaterThanOrEqual(9);
    // No contract or checklist of ours was uploaded for them.
    expect(h.slack.callsOf("files.getUploadURLExternal")).toHaveLength(0);
    expect(everything).not.toContain("Ningbo");
    expect(everything).not.toContain("38.5");
    expect(everything).not.toContain("in <#CSHARED>");
    // Ours is as it was: a draft, same supplier, no order appeared in theirs.
    const after = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId: "CSHARED", ref: "1" });
    expect(after?.state).toBe("draft");
    expect(after?.draft.supplier).toBe(order.draft.supplier);
    expect(await listOrders(h.store.db, { workspaceId: "T222" })).toHaveLength(0);
  });
});

describe("two workspaces installed through OAuth", () => {
  const a = { teamId: "T0AAA", userId: "U0AAA" };
  const b = { teamId: "T0BBB", userId: "U0BBB" };
  // One channel id in both workspaces, as Slack allows: only the workspace tells the orders apart.
  const channelId = "CSHARED";
  let store: TestStore;
  let slack: FakeSlackWorkspaces;
  let installations: Installations;
  let bot: SlackApp;
  let url = "";

  beforeAll(async () => {
    store = await openTestStore("pglite");
    slack = await startFakeSlackWorkspaces();
    installations = createInstallations({
      db: store.db,
      cipher: createTokenCipher(randomBytes(32)),
      clientId,
      clientSecret,
      apiUrl: slack.origin,
      logger: silentLogger(),
    });
    const far = Math.floor(Date.now() / 1000) + 12 * 3600;
    for (const { teamId } of [a, b])
      await installations.store.storeInstallation(await installationOf(slack, { teamId, expiresAt: far }));
    const config = loadConfig({
      SLACK_CLIENT_ID: clientId,
      SLACK_CLIENT_SECRET: clientSecret,
      SLACK_STATE_SECRET: "isolation-state-secret",
      SLACK_SIGNING_SECRET: testSigningSecret,
      SLACK_API_URL: slack.origin,
      LOG_LEVEL: "silent",
    });
    bot = await createSlackApp({
      config,
      store,
      model: null,
      clock: systemClock,
      logger: silentLogger(),
      mode: "distribution",
      installations,
    });
    const { port } = await bot.start({ port: 0, host: "127.0.0.1" });
    url = `http://127.0.0.1:${port}/slack/events`;
  });
  afterAll(async () => {
    await bot?.stop();
    await slack?.close();
    await store?.dispose();
  });

  const post = (body: string, contentType?: string) =>
    postToSlackApp(url, { body, contentType, secret: testSigningSecret });
  async function command(who: { teamId: string; userId: string }, text: string) {
    const reply = await post(slashCommandBody({ text, channelId, ...who, responseUrl: slack.responseUrl() }));
    expect(reply.status).toBe(200);
  }
  /** The workspace's order once its card is posted (the work runs after the ack). */
  async function cardOf(teamId: string) {
    for (let i = 0; i < 400; i++) {
      const [order] = await listOrders(store.db, { workspaceId: teamId, channelId });
      if (order?.threadTs) return order;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no posted order in ${teamId}`);
  }
  const theirTranscript = sampleTranscript
    .replaceAll("Ningbo Example Trading Co., Ltd.", "Shenzhen Other Supply Co., Ltd.")
    .replaceAll("38.5", "41.2");

  it("an Extract order shortcut in one workspace makes its own order with its own token and leaves the other's alone", async () => {
    await command(a, `new ${sampleTranscript}`);
    const ours = await cardOf(a.teamId);
    const callsBefore = slack.calls.length;

    // In the other workspace, on a message whose ts is the same as our card's.
    const payload = payloadJson<Json>("bolt-python/message_action.json");
    payload.callback_id = "extract_order";
    payload.team = { id: b.teamId, domain: "theirs" };
    payload.user = { id: b.userId, name: "them", team_id: b.teamId };
    payload.channel = { id: channelId, name: "sourcing" };
    payload.message = {
      type: "message",
      user: b.userId,
      ts: ours.threadTs,
      team: b.teamId,
      text: theirTranscript,
    };
    payload.message_ts = ours.threadTs;
    payload.response_url = slack.responseUrl();
    payload.action_ts = String(Date.now() / 1000);
    expect((await post(interactiveBody(payload))).status).toBe(200);
    const theirs = await cardOf(b.teamId);
    await slack.waitFor((calls) =>
      calls.find(
        (call) =>
          call.method === "chat.update" && call.teamId === b.teamId && call.body.ts === theirs.threadTs,
      ),
    );

    expect(theirs.draft.supplier).toContain("Shenzhen Other Supply");
    expect(theirs.threadTs).not.toBe(ours.threadTs);
    // Everything the shortcut sent went out with their token, and none of it was ours.
    const sent = slack.calls.slice(callsBefore).filter((call) => call.method !== "response_url");
    expect(sent.length).toBeGreaterThan(0);
    for (const call of sent) {
      expect(call.teamId).toBe(b.teamId);
      expect(slack.tokensOf(b.teamId)).toContain(call.token);
    }
    const shown = JSON.stringify(slack.calls.slice(callsBefore));
    expect(shown).not.toContain("Ningbo Example");
    expect(shown).not.toContain("38.5");
    // Ours is as it was, and still the only order of our workspace.
    const after = await findOrderByRef(store.db, { workspaceId: a.teamId, channelId, ref: "1" });
    expect(after).toMatchObject({ id: ours.id, state: ours.state, threadTs: ours.threadTs });
    expect(after?.draft).toEqual(ours.draft);
    expect(await listOrders(store.db, { workspaceId: a.teamId })).toHaveLength(1);
    expect(await listOrders(store.db, { workspaceId: b.teamId })).toHaveLength(1);
  });

  it("a tick posts each workspace's reminders with its own token in its own thread; an uninstalled workspace's are paused, or skipped once with a log line, never retried", async () => {
    for (const who of [a, b]) {
      await command(who, "confirm PO-1");
      await command(who, "paid PO-1 deposit 2026-12-01");
    }
    const ours = await cardOf(a.teamId);
    const theirs = await cardOf(b.teamId);
    const threadOf = { [a.teamId]: ours.threadTs, [b.teamId]: theirs.threadTs };
    // The paid commands are acked first and recorded after: wait for both orders' reminders.
    let plan: Awaited<ReturnType<typeof listReminders>> = [];
    for (let i = 0; i < 200; i++) {
      plan = await listReminders(store.db, { orderId: ours.id, states: ["pending"] });
      const other = await listReminders(store.db, { orderId: theirs.id, states: ["pending"] });
      if (plan.length >= 2 && other.length === plan.length) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Three due dates (balance twice, then the ship date): one tick for each step below.
    expect(plan).toHaveLength(3);
    const [first, second, third] = plan.map((reminder) => reminder.dueAt) as [Date, Date, Date];

    const logs = captureLogs("info");
    const logger = logs.logger;
    const slackFor = reminderClientsFor({ ...installations, apiUrl: slack.origin });
    const tick = async (at: Date) => {
      const from = slack.calls.length;
      const result = await runReminderTick({
        db: store.db,
        slackFor,
        clock: fixedClock(at),
        logger,
        channelPaceMs: 0,
      });
      return { result, posts: slack.calls.slice(from).filter((call) => call.method === "chat.postMessage") };
    };
    const justAfter = (due: Date) => new Date(due.getTime() + 60_000);

    const one = await tick(justAfter(first));
    expect(one.result.failed).toBe(0);
    expect(new Set(one.posts.map((call) => call.teamId))).toEqual(new Set([a.teamId, b.teamId]));
    for (const call of one.posts) {
      expect(call.body.channel).toBe(channelId);
      expect(call.body.thread_ts).toBe(threadOf[call.teamId ?? ""]);
      expect(slack.tokensOf(call.teamId ?? "")).toContain(call.token);
    }

    // We uninstall: Slack tells the app, our reminders pause; theirs go on with their token.
    const uninstall = {
      token: "unused",
      team_id: a.teamId,
      api_app_id: "A0FAKE",
      type: "event_callback",
      event_id: "Ev0ISOLATIONGONE",
      event_time: Math.floor(Date.now() / 1000),
      event: { type: "app_uninstalled", event_ts: `${Math.floor(Date.now() / 1000)}.000001` },
      authorizations: [
        {
          team_id: a.teamId,
          enterprise_id: null,
          user_id: "U0BOT",
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
    };
    expect((await post(JSON.stringify(uninstall), "application/json")).status).toBe(200);
    for (let i = 0; i < 200 && (await installations.botTokenForWorkspace(a.teamId, new Date())); i++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await installations.botTokenForWorkspace(a.teamId, new Date())).toBeNull();
    const two = await tick(justAfter(second));
    expect(two.result).toEqual({ posted: 1, failed: 0 });
    expect(two.posts).toHaveLength(1);
    expect(two.posts[0]).toMatchObject({ teamId: b.teamId, body: { thread_ts: theirs.threadTs } });

    // Theirs disappears with no event reaching the app (it was down when they removed it): the tick
    // finds no installation, skips their reminder with a log line and pauses the rest.
    await store.db.execute(`delete from installations where team_id = '${b.teamId}'`);
    const three = await tick(justAfter(third));
    expect(three.result).toEqual({ posted: 0, failed: 0 });
    expect(three.posts).toHaveLength(0);
    const skips = () =>
      logs.lines
        .map((line) => JSON.stringify(line))
        .filter((line) => line.includes("no installation for this workspace"));
    expect(skips()).toHaveLength(1);
    expect(skips()[0]).toContain(b.teamId);

    // Never retried: however late, later ticks claim nothing of either and log nothing more.
    const later = new Date(third.getTime() + 90 * 86_400_000);
    expect(await countDueReminders(store.db, { now: later })).toBe(0);
    const four = await tick(later);
    expect(four.result).toEqual({ posted: 0, failed: 0 });
    expect(skips()).toHaveLength(1);
    // Both workspaces' unsent reminders are kept, for the day they install again.
    for (const order of [ours, theirs])
      expect(await listReminders(store.db, { orderId: order.id, states: ["pending"] })).not.toHaveLength(0);
  });
});
