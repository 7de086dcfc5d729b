/** `npm start` in HTTP mode, as an operator runs it: the environment picks the mode, /healthz, signed requests, a card. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack, testBotToken } from "../helpers/fake-slack.ts";
import { postToSlackApp, slashCommandBody } from "../helpers/slack-request.ts";
import { type SpawnedBot, spawnBot } from "../helpers/spawn-bot.ts";
import { sampleTranscript } from "./harness.ts";

const secret = "main-http-test-signing-secret";
const dataDir = mkdtempSync(join(tmpdir(), "orderproof-http-"));
let slack: FakeSlack;
let bot: SpawnedBot;
let base = "";

beforeAll(async () => {
  slack = await startFakeSlack();
  bot = await spawnBot({
    SLACK_BOT_TOKEN: testBotToken,
    SLACK_SIGNING_SECRET: secret,
    // a bare origin: the app adds Slack's /api/ path itself
    SLACK_API_URL: slack.origin,
    PGLITE_DIR: dataDir,
    LOG_LEVEL: "debug",
  });
  base = bot.base;
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await slack?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start (HTTP mode)", () => {
  it("refuses forged and unsigned requests and answers a signed /order help", async () => {
    const url = `${base}/slack/events`;
    const body = slashCommandBody({ text: "help", responseUrl: slack.responseUrl() });
    expect((await postToSlackApp(url, { body, unsigned: true })).status).toBe(401);
    expect((await postToSlackApp(url, { body, secret: "wrong" })).status).toBe(401);
    const help = await postToSlackApp(url, { body, secret });
    expect(help.status).toBe(200);
    expect(help.text).toContain("/order new [transcript]");
  });

  it("acks /order new and posts the draft card with its PO and terms as a channel message", async () => {
    const url = `${base}/slack/events`;
    const reply = await postToSlackApp(url, {
      body: slashCommandBody({
        text: `new ${sampleTranscript}`,
        responseUrl: slack.responseUrl(),
        channelId: "CMAIN",
      }),
      secret,
    });
    expect(reply.status).toBe(200);
    const card = await slack.waitFor((calls) =>
      calls.find(
        (call) =>
          call.method === "chat.update" &&
          call.body.channel === "CMAIN" &&
          String(call.body.text).startsWith("PO-"),
      ),
    );
    const root = slack.messages.find((message) => message.ts === card.body.ts);
    expect(root?.thread_ts).toBeUndefined();
    expect(JSON.stringify(card.body.blocks)).toContain("FOB Ningbo");
  });

  it("logs no token or signing secret", () => {
    expect(bot.output().length).toBeGreaterThan(0);
    expect(bot.output()).not.toContain(testBotToken);
    expect(bot.output()).not.toContain(secret);
  });

  it("stops on SIGTERM to npm after finishing the card it acked, leaving no process behind", async () => {
    const reply = await postToSlackApp(`${base}/slack/events`, {
      body: slashCommandBody({
        text: `new ${sampleTranscript}`,
        responseUrl: slack.responseUrl(),
        channelId: "CLAST",
      }),
      secret,
    });
    expect(reply.status).toBe(200);
    // As Docker, systemd or a test's child.kill() do: the signal goes to the process started, npm.
    const { code, leftBehind } = await bot.stop("SIGTERM");
    expect(leftBehind).toBe(false);
    expect(code).toBe(0);
    const cards = slack.calls.filter(
      (call) =>
        call.method === "chat.update" &&
        call.body.channel === "CLAST" &&
        String(call.body.text).startsWith("PO-"),
    );
    expect(cards).toHaveLength(1);
    expect(bot.output()).toContain("stopped");
  });
});
