import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTranscript, listOrders } from "../../src/store/index.ts";
import { captureLogs } from "../helpers/capture-logs.ts";
import { slashCommandBody } from "../helpers/slack-request.ts";
import {
  type Harness,
  postedOrder,
  repliesTo,
  sampleTranscript,
  startHarness,
  testSigningSecret,
} from "./harness.ts";

let h: Harness;
const logs = captureLogs();
beforeAll(async () => {
  h = await startHarness({ logger: logs.logger });
});
afterAll(async () => {
  await h?.close();
});

const helpBody = () => slashCommandBody({ text: "help", responseUrl: h.slack.responseUrl() });

describe("HTTP receiver", () => {
  it("refuses unsigned, forged and stale requests with 401", async () => {
    const body = helpBody();
    expect((await h.post({ body, unsigned: true })).status).toBe(401);
    expect((await h.post({ body, forgedSignature: `v0=${"0".repeat(64)}` })).status).toBe(401);
    expect((await h.post({ body, secret: "not-the-secret" })).status).toBe(401);
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await h.post({ body, timestamp: sixMinutesAgo })).status).toBe(401);
  });

  it("answers a signed /order help with the grammar, ephemeral", async () => {
    const reply = await h.post({ body: helpBody(), secret: testSigningSecret });
    expect(reply.status).toBe(200);
    const json = JSON.parse(reply.text) as { response_type: string; blocks: unknown[] };
    expect(json.response_type).toBe("ephemeral");
    expect(JSON.stringify(json.blocks)).toContain("/order paid PO-n deposit|balance [YYYY-MM-DD]");
  });

  it("answers the URL verification challenge", async () => {
    const reply = await h.event({
      token: "x",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    expect(reply.text).toContain("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  });

  it("reports health on GET /healthz", async () => {
    const response = await fetch(h.url.replace("/slack/events", "/healthz"));
    expect(response.status).toBe(200);
  });

  it("gives the usage line for unknown subcommands and bad arguments, ephemeral", async () => {
    for (const text of ["frobnicate", "show PO-x", "paid PO-1 tip"]) {
      const reply = await h.command(text);
      const json = JSON.parse(reply.text) as { response_type: string; text: string };
      expect(json.response_type).toBe("ephemeral");
      expect(json.text).toContain("Usage: /order");
    }
  });
});

describe("/order new", () => {
  it("acks at once, then posts the draft card as a channel message that roots the order's thread", async () => {
    const reply = await h.command(`new ${sampleTranscript}`, { channelId: "CNEW" });
    expect(reply.status).toBe(200);
    expect(reply.text).toContain("Working on it");
    const update = await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "chat.update" && String(call.body.text).startsWith("PO-")),
    );
    const working = h.slack.callsOf("chat.postMessage").find((call) => call.body.channel === "CNEW");
    expect(working?.body.thread_ts).toBeUndefined();
    expect(update.body.channel).toBe("CNEW");
    expect(JSON.stringify(update.body.blocks)).toMatch(/PO-\d+ · draft/);
    const order = await postedOrder(h, "CNEW");
    expect(order.threadTs).toBe(update.body.ts);
  });

  it("opens the paste modal when there is no text", async () => {
    const triggerId = "trigger-modal-1";
    const reply = await h.command("new", { triggerId });
    expect(reply.status).toBe(200);
    const open = await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "views.open" && call.body.trigger_id === triggerId),
    );
    expect((open.body.view as { callback_id: string }).callback_id).toBe("paste_transcript");
  });

  it("creates nothing twice when Slack retries the same delivery", async () => {
    const triggerId = "trigger-retry-1";
    await h.command(`new ${sampleTranscript}`, { channelId: "CRETRY", triggerId });
    await h.command(`new ${sampleTranscript}`, { channelId: "CRETRY", triggerId, retryNum: 1 });
    await h.slack.waitFor((calls) =>
      calls.find((call) => call.method === "chat.update" && call.body.channel === "CRETRY"),
    );
    // The retry is over once it has been recognised and skipped; only then is the count final.
    await logs.waitFor(
      (line) => line.msg === "repeated Slack delivery ignored" && line.key === "command:T111:trigger-retry-1",
    );
    expect(await listOrders(h.store.db, { workspaceId: "T111", channelId: "CRETRY" })).toHaveLength(1);
    expect(h.slack.callsOf("chat.postMessage").filter((call) => call.body.channel === "CRETRY")).toHaveLength(
      1,
    );
  });

  it("keeps the paste and says so where everyone saw 'working' when the draft card cannot be posted", async () => {
    // Slack refuses the card itself: everything before it (the stored paste) must survive.
    h.slack.script("chat.update", { status: 200, body: { ok: false, error: "invalid_blocks" } });
    const reply = await h.command(`new ${sampleTranscript}`, { channelId: "CFAIL" });
    expect(reply.status).toBe(200);
    const notice = await h.slack.waitFor((calls) =>
      calls.find(
        (call) =>
          call.method === "chat.update" &&
          call.body.channel === "CFAIL" &&
          String(call.body.text).includes("could not be finished"),
      ),
    );
    const id = /transcript ([0-9a-f]{8})\)/.exec(String(notice.body.text))?.[1];
    expect(id).toBeDefined();
    const [answer] = await h.slack.waitFor(() => {
      const replies = repliesTo(h.slack, reply.responseUrl);
      return replies.length > 0 ? replies : undefined;
    });
    expect(answer?.text).toContain("please try again");
    const [order] = await listOrders(h.store.db, { workspaceId: "T111", channelId: "CFAIL" });
    const transcript = await getTranscript(h.store.db, { id: order!.transcriptId! });
    expect(transcript?.id.startsWith(id!)).toBe(true);
    expect(transcript?.rawText).toBe(sampleTranscript);
  });

  it("refuses a paste that is not text with a sentence the person can act on", async () => {
    const reply = await h.command(`new ${"\u0001\u0002\u0003garbage\u0004".repeat(20)}`, {
      channelId: "CBINARY",
    });
    expect(reply.status).toBe(200);
    const [answer] = await h.slack.waitFor(() => {
      const replies = repliesTo(h.slack, reply.responseUrl);
      return replies.length > 0 ? replies : undefined;
    });
    expect(answer?.text).toContain("binary data, not a chat transcript");
    expect(await listOrders(h.store.db, { workspaceId: "T111", channelId: "CBINARY" })).toHaveLength(0);
  });
});

describe("orders are scoped to their channel and workspace", () => {
  it("refuses another channel's order without leaking it", async () => {
    await h.command(`new ${sampleTranscript}`, { channelId: "COWN" });
    const order = await postedOrder(h, "COWN");
    const ref = `PO-${order.number}`;
    const mine = await h.command(`show ${ref}`, { channelId: "COWN" });
    const other = await h.command(`show ${ref}`, { channelId: "COTHER" });
    const otherTeam = await h.command(`show ${ref}`, { channelId: "COWN", teamId: "T999" });
    const shown = await h.slack.waitFor(() => repliesTo(h.slack, mine.responseUrl)[0]);
    expect(JSON.stringify(shown)).toContain(ref);
    for (const reply of [other, otherTeam]) {
      const [refusal] = await h.slack.waitFor(() => {
        const replies = repliesTo(h.slack, reply.responseUrl);
        return replies.length > 0 ? replies : undefined;
      });
      expect(refusal?.text).toBe(`No order ${ref} in this channel: check the number with \`/order list\`.`);
      expect(JSON.stringify(refusal)).not.toContain("kids tablet");
    }
  });
});
