/** createSlackApp picks its receiver from the mode, and says which credential is missing. */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { systemClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/logger.ts";
import { createSlackApp } from "../../src/slack/app.ts";
import { normalizeSlackApiUrl } from "../../src/slack/client-options.ts";
import type { Store } from "../../src/store/index.ts";

const deps = (env: Record<string, string>) => ({
  config: loadConfig(env),
  // never touched: the app is built, not started
  store: {} as Store,
  model: null,
  clock: systemClock,
  logger: silentLogger(),
  botIdentity: { botId: "B1", botUserId: "U1" },
});

describe("createSlackApp", () => {
  it("builds a Socket Mode app from the bot and app tokens", async () => {
    const app = await createSlackApp({
      ...deps({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }),
      mode: "socket",
    });
    const receiver = (app.app as unknown as { receiver: object }).receiver;
    expect(receiver.constructor.name).toBe("SocketModeReceiver");
  });

  it("names the missing credential", async () => {
    await expect(createSlackApp({ ...deps({ SLACK_BOT_TOKEN: "xoxb-1" }), mode: "socket" })).rejects.toThrow(
      "SLACK_APP_TOKEN",
    );
    await expect(createSlackApp({ ...deps({ SLACK_BOT_TOKEN: "xoxb-1" }), mode: "http" })).rejects.toThrow(
      "SLACK_SIGNING_SECRET",
    );
    await expect(createSlackApp({ ...deps({}), mode: "http" })).rejects.toThrow("SLACK_BOT_TOKEN");
  });
});

describe("normalizeSlackApiUrl", () => {
  it("gives the Web API base the client appends method names to", () => {
    expect(normalizeSlackApiUrl(undefined)).toBe("https://slack.com/api/");
    expect(normalizeSlackApiUrl("http://127.0.0.1:3001")).toBe("http://127.0.0.1:3001/api/");
    expect(normalizeSlackApiUrl("http://127.0.0.1:3001/api")).toBe("http://127.0.0.1:3001/api/");
    expect(normalizeSlackApiUrl("http://127.0.0.1:3001/api/")).toBe("http://127.0.0.1:3001/api/");
  });
});
