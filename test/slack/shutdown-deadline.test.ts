/**
 * The shutdown deadline, on the bot as an operator runs it (`npm start`, each in its own process group):
 * SIGTERM while a card waits on a slow model lets it finish within SHUTDOWN_TIMEOUT_S and exits 0; work
 * that outlasts the deadline is cut, the bot exits 1 with a log line naming what was cut, and in both
 * cases nothing of its process group is left.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completion, type FakeOpenAI, startFakeOpenAI } from "../helpers/fake-openai.ts";
import { type FakeSlack, startFakeSlack, testBotToken } from "../helpers/fake-slack.ts";
import { postToSlackApp, slashCommandBody } from "../helpers/slack-request.ts";
import { type SpawnedBot, spawnBot } from "../helpers/spawn-bot.ts";
import { sampleTranscript } from "./harness.ts";

const secret = "shutdown-test-signing-secret";
const dirs: string[] = [];
const bots: SpawnedBot[] = [];
let slack: FakeSlack;
let openai: FakeOpenAI;

beforeAll(async () => {
  slack = await startFakeSlack();
  openai = await startFakeOpenAI();
});

afterAll(async () => {
  // A bot a failed test left running is stopped here; its group is killed and checked either way.
  for (const bot of bots)
    if (bot.child.exitCode === null && bot.child.signalCode === null) await bot.stop("SIGKILL");
  await openai?.close();
  await slack?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A bot on its own embedded database whose model client waits as long as the fake model takes. */
async function botWithSlowModel(env: Record<string, string>): Promise<SpawnedBot> {
  const dir = mkdtempSync(join(tmpdir(), "orderproof-shutdown-"));
  dirs.push(dir);
  const bot = await spawnBot({
    SLACK_BOT_TOKEN: testBotToken,
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: slack.origin,
    PGLITE_DIR: dir,
    OPENAI_API_KEY: "sk-shutdown-test-key",
    OPENAI_BASE_URL: openai.baseURL,
    OPENAI_TIMEOUT_S: "600",
    LOG_LEVEL: "info",
    ...env,
  });
  bots.push(bot);
  return bot;
}

/** Sends /order new in `channelId` and waits until its request is at the model (the card's work is in flight). */
async function orderWaitingOnTheModel(bot: SpawnedBot, channelId: string) {
  const asked = openai.requests.length;
  const reply = await postToSlackApp(`${bot.base}/slack/events`, {
    body: slashCommandBody({ text: `new ${sampleTranscript}`, responseUrl: slack.responseUrl(), channelId }),
    secret,
  });
  expect(reply.status).toBe(200);
  for (let i = 0; i < 600 && openai.requests.length === asked; i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(openai.requests.length).toBeGreaterThan(asked);
}

const cardsIn = (channelId: string) =>
  slack.calls.filter(
    (call) =>
      call.method === "chat.update" &&
      call.body.channel === channelId &&
      String(call.body.text).startsWith("PO-"),
  );

describe("SIGTERM and SHUTDOWN_TIMEOUT_S", () => {
  it("finishes a card in flight within the default deadline, then exits 0 leaving no process", async () => {
    // The model answers 4 s after it is asked: well inside the default 10 s.
    openai.script({ ...completion({ values: [], rewrites: [] }), delayMs: 4_000 });
    const bot = await botWithSlowModel({});
    await orderWaitingOnTheModel(bot, "CFINISH");
    expect(cardsIn("CFINISH")).toHaveLength(0);
    const { code, leftBehind } = await bot.stop("SIGTERM");
    expect(cardsIn("CFINISH")).toHaveLength(1);
    expect(code).toBe(0);
    expect(leftBehind).toBe(false);
    expect(bot.output()).toContain("stopped");
    expect(bot.output()).not.toContain("work still running at the deadline");
  }, 180_000);

  it("cuts work that outlasts the deadline: exits 1 with a log line naming what was cut, leaving no process", async () => {
    // The model never answers in time for a 2 s deadline.
    openai.script({ ...completion({ values: [], rewrites: [] }), delayMs: 300_000 });
    const bot = await botWithSlowModel({ SHUTDOWN_TIMEOUT_S: "2" });
    await orderWaitingOnTheModel(bot, "CCUT");
    const signalled = Date.now();
    const { code, leftBehind } = await bot.stop("SIGTERM");
    // Generous: the deadline is 2 s; the bound only says the bot did not wait for the model (300 s).
    expect(Date.now() - signalled).toBeLessThan(60_000);
    expect(code).toBe(1);
    expect(leftBehind).toBe(false);
    const line = bot
      .output()
      .split("\n")
      .find((text) => text.includes("work still running at the deadline"));
    expect(line).toBeDefined();
    expect(JSON.parse(line ?? "{}")).toMatchObject({ cut: "Slack requests in flight", requestsInFlight: 1 });
    expect(bot.output()).not.toMatch(/"msg":"stopped"/);
    expect(cardsIn("CCUT")).toHaveLength(0);
  }, 180_000);
});
