/** Buttons, modals, the message shortcut and App Home, fed with Slack's own example payloads (ids rewritten). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyDraft } from "../../src/core/schemas.ts";
import {
  createOrder,
  findOrderByRef,
  getTranscript,
  listFindings,
  listOrders,
  setOrderThread,
} from "../../src/store/index.ts";
import { captureLogs } from "../helpers/capture-logs.ts";
import { payloadJson } from "../helpers/slack-request.ts";
import { type Harness, sampleTranscript, startHarness } from "./harness.ts";

let h: Harness;
const logs = captureLogs();
beforeAll(async () => {
  h = await startHarness({ logger: logs.logger });
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: rewriting Slack's example payloads
type Json = Record<string, any>;

/** An order made directly in the store, with one finding a click can apply and one that needs a person. */
async function seededOrder(channelId: string) {
  const draft = emptyDraft();
  draft.items.push({
    name: "mug",
    quantity: 500,
    unit: "pcs",
    unitPrice: 2.1,
    specs: { size: null, material: null, color: "nice blue", packaging: null, branding: null, other: [] },
  });
  const order = await createOrder(h.store.db, {
    workspaceId: "T111",
    channelId,
    transcriptId: null,
    createdBy: "W111",
    draft,
    findings: [
      {
        field: "items[0].specs.color",
        kind: "vague",
        quote: "nice blue",
        line: 3,
        suggestion: "Pantone 2925 C",
      },
      {
        field: "dispatch",
        kind: "missing",
        quote: null,
        line: null,
        suggestion: "Ship no later than YYYY-MM-DD",
      },
    ],
  });
  await setOrderThread(h.store.db, { orderId: order.id, threadTs: "1700000000.000100" });
  h.slack.seedMessage({ channel: channelId, ts: "1700000000.000100", text: "card" });
  const findings = await listFindings(h.store.db, { orderId: order.id });
  return { order, ref: `PO-${order.number}`, findings };
}

function blockAction(
  channelId: string,
  action: { action_id: string; value: string; action_ts?: string },
): Json {
  const payload = payloadJson<Json>("bolt-python/block_actions.json");
  payload.channel = { id: channelId, name: "sourcing" };
  payload.container = {
    type: "message",
    message_ts: "1700000000.000100",
    channel_id: channelId,
    is_ephemeral: false,
  };
  payload.response_url = h.slack.responseUrl();
  payload.trigger_id = `trigger-${Math.random()}`;
  payload.actions = [
    { ...payload.actions[0], ...action, action_ts: action.action_ts ?? String(Date.now() / 1000) },
  ];
  return payload;
}

function viewSubmission(view: Json, values: Json): Json {
  const payload = payloadJson<Json>("bolt-python/view_submission.json");
  payload.view = { ...payload.view, ...view, id: `V${Math.random()}`, state: { values } };
  return payload;
}

describe("card buttons", () => {
  it("confirms an order once, even when the button is clicked twice", async () => {
    const { ref } = await seededOrder("CBTN");
    const click = blockAction("CBTN", {
      action_id: "order_confirm",
      value: JSON.stringify({ ref }),
      action_ts: "1700000001.1",
    });
    expect((await h.interactive(click)).status).toBe(200);
    expect((await h.interactive(click)).status).toBe(200);
    await h.slack.waitFor((calls) =>
      calls.find(
        (call) => call.method === "chat.postMessage" && String(call.body.text).includes(`${ref}: confirmed`),
      ),
    );
    const order = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId: "CBTN", ref });
    expect(order?.state).toBe("confirmed");
    const confirmations = h.slack
      .callsOf("chat.postMessage")
      .filter((call) => String(call.body.text).includes(`${ref}: confirmed`));
    expect(confirmations).toHaveLength(1);
  });

  it("applies a suggestion straight into a free-text field and marks the finding applied", async () => {
    const { ref, findings, order } = await seededOrder("CAPPLY");
    const color = findings.find((finding) => finding.field === "items[0].specs.color")!;
    await h.interactive(
      blockAction("CAPPLY", {
        action_id: "finding_apply",
        value: JSON.stringify({ ref, findingId: String(color.id) }),
      }),
    );
    await h.slack.waitFor((calls) =>
      calls.find(
        (call) => call.method === "chat.postMessage" && String(call.body.text).includes("Pantone 2925 C"),
      ),
    );
    const updated = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId: "CAPPLY", ref });
    expect(updated?.draft.items[0]?.specs.color).toBe("Pantone 2925 C");
    const after = await listFindings(h.store.db, { orderId: order.id });
    expect(after.find((finding) => finding.id === color.id)?.state).toBe("applied");
  });

  it("opens the edit modal prefilled when a suggestion has blanks, and saves what the person types", async () => {
    const { ref, findings, order } = await seededOrder("CEDIT");
    const dispatch = findings.find((finding) => finding.field === "dispatch")!;
    await h.interactive(
      blockAction("CEDIT", {
        action_id: "finding_apply",
        value: JSON.stringify({ ref, findingId: String(dispatch.id) }),
      }),
    );
    const open = await h.slack.waitFor((calls) =>
      calls.find(
        (call) =>
          call.method === "views.open" &&
          JSON.stringify(call.body.view).includes("Ship no later than YYYY-MM-DD"),
      ),
    );
    const view = open.body.view as Json;
    expect(JSON.parse(view.private_metadata)).toMatchObject({
      channelId: "CEDIT",
      ref,
      field: "dispatch.date",
    });
    const reply = await h.interactive(
      viewSubmission(view, { edit_value: { value: { type: "plain_text_input", value: "2026-12-20" } } }),
    );
    expect(reply.status).toBe(200);
    const updated = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId: "CEDIT", ref });
    expect(updated?.draft.dispatch.date).toBe("2026-12-20");
    const after = await listFindings(h.store.db, { orderId: order.id });
    expect(after.find((finding) => finding.id === dispatch.id)?.state).toBe("applied");
  });

  it("shows a refused value inside the edit modal", async () => {
    const { ref } = await seededOrder("CBAD");
    const view = {
      callback_id: "edit_field",
      private_metadata: JSON.stringify({ channelId: "CBAD", ref, field: "payment.depositPercent" }),
    };
    const before = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId: "CBAD", ref });
    const reply = await h.interactive(
      viewSubmission(view, { edit_value: { value: { type: "plain_text_input", value: "lots" } } }),
    );
    const json = JSON.parse(reply.text) as { response_action: string; errors: Record<string, string> };
    expect(json.response_action).toBe("errors");
    // The person sees which value was refused, under the box they typed it in, and nothing is written.
    expect(json.errors.edit_value).toContain("not lots.");
    const order = await findOrderByRef(h.store.db, { workspaceId: "T111", channelId: "CBAD", ref });
    expect(order?.draft).toEqual(before?.draft);
    expect(order?.version).toBe(before?.version);
    expect(h.slack.callsOf("chat.postMessage").filter((call) => call.body.channel === "CBAD")).toEqual([]);
  });

  it("opens the edit modal from the card's field menu with the current value", async () => {
    const { ref } = await seededOrder("CMENU");
    const click = blockAction("CMENU", { action_id: "field_edit", value: "" });
    // as from an ephemeral card: no message in the payload, the order is named by the block id
    click.actions[0] = {
      type: "static_select",
      action_id: "field_edit",
      block_id: `card_actions_${ref}`,
      action_ts: "1.2",
      selected_option: { text: { type: "plain_text", text: "colour" }, value: "items[0].specs.color" },
    };
    delete click.message;
    await h.interactive(click);
    const open = await h.slack.waitFor((calls) =>
      calls.find(
        (call) => call.method === "views.open" && JSON.stringify(call.body.view).includes("nice blue"),
      ),
    );
    expect(JSON.parse((open.body.view as Json).private_metadata)).toMatchObject({
      field: "items[0].specs.color",
    });
  });
});

describe("paste modal", () => {
  it("joins the boxes in order and drafts one order from them", async () => {
    const half = Math.floor(sampleTranscript.length / 2);
    const payload = viewSubmission(
      { callback_id: "paste_transcript", private_metadata: JSON.stringify({ channelId: "CMODAL" }) },
      {
        paste_part_0: { text: { type: "plain_text_input", value: sampleTranscript.slice(0, half) } },
        paste_part_1: { text: { type: "plain_text_input", value: sampleTranscript.slice(half) } },
        paste_part_2: { text: { type: "plain_text_input", value: null } },
        paste_part_3: { text: { type: "plain_text_input", value: null } },
        paste_file: { files: { type: "file_input", files: [] } },
      },
    );
    expect((await h.interactive(payload)).status).toBe(200);
    await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "chat.update" && call.body.channel === "CMODAL"),
    );
    const orders = await listOrders(h.store.db, { workspaceId: "T111", channelId: "CMODAL" });
    expect(orders).toHaveLength(1);
    // The first box's text, then the second's, exactly: Slack cut the paste mid-line at the box limit.
    const transcript = await getTranscript(h.store.db, { id: orders[0]!.transcriptId! });
    expect(transcript?.rawText).toBe(sampleTranscript);
    expect(transcript?.source).toBe("modal");
    // Drafted from both halves: the supplier is named in the first, the payment and dispatch terms in the second.
    expect(orders[0]!.draft.supplier).toContain("Ningbo Example Trading");
    expect(orders[0]!.draft.payment.depositPercent).toBe(30);
    expect(orders[0]!.draft.dispatch).toMatchObject({ basis: "after_deposit", days: 25 });
  });

  it("asks for a paste when every box is empty", async () => {
    const payload = viewSubmission(
      { callback_id: "paste_transcript", private_metadata: JSON.stringify({ channelId: "CMODAL" }) },
      { paste_part_0: { text: { type: "plain_text_input", value: "" } } },
    );
    const json = JSON.parse((await h.interactive(payload)).text) as { response_action: string };
    expect(json.response_action).toBe("errors");
  });
});

describe("Extract order shortcut", () => {
  function shortcut(channelId: string, message: Json): Json {
    const payload = payloadJson<Json>("bolt-python/message_action.json");
    payload.callback_id = "extract_order";
    payload.channel = { id: channelId, name: "sourcing" };
    payload.team = { id: "T111", domain: "test" };
    payload.message = message;
    payload.message_ts = message.ts;
    payload.response_url = h.slack.responseUrl();
    payload.action_ts = String(Date.now() / 1000);
    return payload;
  }

  it("reads the whole thread when used on a thread root", async () => {
    const lines = sampleTranscript.split("\n");
    const root = {
      type: "message",
      user: "W111",
      ts: "1700000100.000100",
      thread_ts: "1700000100.000100",
      reply_count: 2,
      text: lines.slice(0, 4).join("\n"),
    };
    h.slack.seedMessage({ channel: "CTHREAD", ...root });
    h.slack.seedMessage({
      channel: "CTHREAD",
      ts: "1700000100.000200",
      thread_ts: root.ts,
      user: "W222",
      text: lines.slice(4, 8).join("\n"),
    });
    h.slack.seedMessage({
      channel: "CTHREAD",
      ts: "1700000100.000300",
      thread_ts: root.ts,
      user: "W111",
      text: lines.slice(8).join("\n"),
    });
    await h.interactive(shortcut("CTHREAD", root));
    await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "chat.update" && call.body.channel === "CTHREAD"),
    );
    expect(h.slack.callsOf("conversations.replies").some((call) => call.body.ts === root.ts)).toBe(true);
    const [order] = await listOrders(h.store.db, { workspaceId: "T111", channelId: "CTHREAD" });
    const transcript = await getTranscript(h.store.db, { id: order!.transcriptId! });
    // every message of the thread, in order
    expect(transcript?.rawText).toContain(lines[0]);
    expect(transcript?.rawText).toContain(lines[5]);
    expect(transcript?.rawText?.trim().endsWith(lines.at(-1)!)).toBe(true);
  });

  it("reads a text file shared in the message, with the bot token, and only once for a double click", async () => {
    h.slack.seedFile({ id: "F1", name: "chat.txt", content: sampleTranscript });
    const message = {
      type: "message",
      user: "W111",
      ts: "1700000200.000100",
      text: "supplier chat attached",
      files: [
        {
          id: "F1",
          name: "chat.txt",
          mimetype: "text/plain",
          filetype: "text",
          url_private: `${h.slack.origin}/files/F1`,
        },
      ],
    };
    await h.interactive(shortcut("CFILE", message));
    await h.interactive(shortcut("CFILE", message));
    await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "chat.update" && call.body.channel === "CFILE"),
    );
    // The second click is over once it has been recognised as a repeat; only then is the count final.
    await logs.waitFor(
      (line) =>
        line.msg === "repeated Slack delivery ignored" &&
        String(line.key).startsWith("shortcut:T111:CFILE:1700000200.000100:"),
    );
    const orders = await listOrders(h.store.db, { workspaceId: "T111", channelId: "CFILE" });
    expect(orders).toHaveLength(1);
    const transcript = await getTranscript(h.store.db, { id: orders[0]!.transcriptId! });
    expect(transcript?.rawText).toContain("supplier chat attached");
    expect(transcript?.rawText).toContain("ok 38.5 usd final price");
  });
});

describe("App Home", () => {
  it("publishes the open orders with their next deadline and open findings", async () => {
    await seededOrder("CHOME");
    h.slack.setMembership("W333", ["CHOME"]);
    const body = payloadJson<Json>("bolt-python/app_home_opened.event_callback.org_app.json");
    body.team_id = "T111";
    body.event = { ...payloadJson<Json>("docs/app_home_opened.event.json"), user: "W333" };
    body.authorizations = [{ team_id: "T111", user_id: "U0BOT", is_bot: true, is_enterprise_install: false }];
    delete body.enterprise_id;
    expect((await h.event(body)).status).toBe(200);
    const publish = await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "views.publish" && call.body.user_id === "W333"),
    );
    const view = JSON.stringify(publish.body.view);
    expect(view).toContain("in <#CHOME>");
    expect(view).toContain("2 open findings");
  });

  it("lists no order from a private channel the viewer is not a member of", async () => {
    await seededOrder("CTEAMA");
    await seededOrder("CPRIVATE");
    h.slack.setMembership("W444", ["CTEAMA"]);
    h.slack.setMembership("W555", ["CTEAMA", "CPRIVATE"]);
    const homeOf = async (user: string) => {
      const body = payloadJson<Json>("bolt-python/app_home_opened.event_callback.org_app.json");
      body.team_id = "T111";
      body.event = { ...payloadJson<Json>("docs/app_home_opened.event.json"), user };
      body.event_id = `Ev${user}`;
      body.authorizations = [
        { team_id: "T111", user_id: "U0BOT", is_bot: true, is_enterprise_install: false },
      ];
      delete body.enterprise_id;
      expect((await h.event(body)).status).toBe(200);
      const publish = await h.slack.waitFor((calls) =>
        calls.find((call) => call.method === "views.publish" && call.body.user_id === user),
      );
      return JSON.stringify(publish.body.view);
    };
    const outsider = await homeOf("W444");
    expect(outsider).toContain("in <#CTEAMA>");
    expect(outsider).not.toContain("CPRIVATE");
    const member = await homeOf("W555");
    expect(member).toContain("in <#CPRIVATE>");
    const asked = h.slack.calls.filter((call) => call.method === "users.conversations");
    expect(asked.map((call) => call.body.user)).toEqual(expect.arrayContaining(["W444", "W555"]));
  });
});
