/** `npm start` in HTTP mode, as an operator runs it: the environment picks the mode, /healthz, signed requests, a card. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack, testBotToken } from "../helpers/fake-slack.ts";
import { postToSlackApp, slashCommandBody } from "../helpers/slack-request.ts";
import { sampleTranscript } from "./harness.ts";

const root = new URL("../../", import.meta.url);
const secret = "main-http-test-signing-secret";
const dataDir = mkdtempSync(join(tmpdir(), "orderproof-http-"));
let slack: FakeSlack;
let child: ChildProcess;
let output = "";
let base = "";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  slack = await startFakeSlack();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn("npm", ["start", "--silent"], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      SLACK_BOT_TOKEN: testBotToken,
      SLACK_SIGNING_SECRET: secret,
      // a bare origin: the app adds Slack's /api/ path itself
      SLACK_API_URL: slack.origin,
      PORT: String(port),
      PGLITE_DIR: dataDir,
      LOG_LEVEL: "debug",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`${base}/healthz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the app did not become healthy:\n${output}`);
}, 90_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
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
    expect(output.length).toBeGreaterThan(0);
    expect(output).not.toContain(testBotToken);
    expect(output).not.toContain(secret);
  });
});
