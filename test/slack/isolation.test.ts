/**
 * Two workspaces on one app and one database: whatever a person in one workspace types or clicks, even
 * naming the other's PO number in a channel with the same id, no surface shows or changes the other's order.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrderByRef, listOrders } from "../../src/store/index.ts";
import { payloadJson } from "../helpers/slack-request.ts";
import { type Harness, postedOrder, repliesTo, sampleTranscript, startHarness } from "./harness.ts";

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
