import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ids } from "../src/slack/ids.ts";
import { botScopes } from "../src/slack/oauth-scopes.ts";
import { sharedUrl } from "./helpers/shared-dir.ts";

const root = new URL("../", import.meta.url);
const schemaDir = sharedUrl("data/external/slack-schemas/manifest-schema/");
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, schemaDir), "utf8")) as object;
const manifestText = readFileSync(new URL("manifest.yml", root), "utf8");
const manifest = parse(manifestText) as {
  features: { slash_commands: { command: string }[]; shortcuts: { callback_id: string; type: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    socket_mode_enabled: boolean;
    interactivity: { is_enabled: boolean };
    event_subscriptions: { bot_events: string[] };
  };
};

function validator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The entry schema $refs the versioned ones by remote URL: register the local copies under those URLs.
  const base = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";
  ajv.addSchema(readJson("manifest.schema.1.0.0.json"), `${base}manifest.schema.1.0.0.json`);
  ajv.addSchema(readJson("manifest.schema.2.0.0.json"), `${base}manifest.schema.2.0.0.json`);
  return ajv.compile(readJson("manifest.schema.json"));
}

describe("manifest.yml", () => {
  it("validates against Slack's manifest schema", () => {
    const validate = validator();
    expect(validate(manifest), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("the validator does refuse Slack's own invalid example", () => {
    expect(validator()(readJson("v2-manifest.invalid.json"))).toBe(false);
  });

  it("declares the surfaces the app listens to, with Socket Mode on", () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual([ids.command]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: "message", callback_id: ids.shortcut.extractOrder }),
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      "app_home_opened",
      "app_uninstalled",
      "tokens_revoked",
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("asks for the least scopes, each with a comment saying why", () => {
    const scopes = manifest.oauth_config.scopes.bot;
    expect(scopes.sort()).toEqual(
      [
        "channels:history",
        "chat:write",
        "chat:write.public",
        "commands",
        "files:read",
        "files:write",
        "groups:history",
        "channels:read",
        "groups:read",
      ].sort(),
    );
    const lines = manifestText.split("\n");
    for (const scope of scopes) {
      const at = lines.findIndex((line) => line.trim() === `- ${scope}`);
      expect(lines[at - 1]?.trim().startsWith("#"), `${scope} has a reason`).toBe(true);
    }
  });
});

type DistributionManifest = {
  features: unknown;
  oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
  settings: {
    socket_mode_enabled: boolean;
    token_rotation_enabled: boolean;
    org_deploy_enabled: boolean;
    event_subscriptions: { request_url: string; bot_events: string[] };
  };
};

describe("manifest.distribution.yml", () => {
  const text = readFileSync(new URL("manifest.distribution.yml", root), "utf8");
  const distribution = parse(text) as DistributionManifest;

  it("validates against Slack's manifest schema", () => {
    const validate = validator();
    expect(validate(distribution), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("turns on HTTP, the OAuth redirect, the leaving events and token rotation, each with its reason", () => {
    expect(distribution.settings.socket_mode_enabled).toBe(false);
    expect(distribution.settings.token_rotation_enabled).toBe(true);
    expect(distribution.oauth_config.redirect_urls).toEqual([
      expect.stringMatching(/\/slack\/oauth_redirect$/),
    ]);
    expect(distribution.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(distribution.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(["app_home_opened", "app_uninstalled", "tokens_revoked"]),
    );
    const lines = text.split("\n");
    for (const needle of [
      "redirect_urls:",
      "- app_uninstalled",
      "- tokens_revoked",
      "token_rotation_enabled:",
    ]) {
      const at = lines.findIndex((line) => line.trim().startsWith(needle));
      expect(lines[at - 1]?.trim().startsWith("#"), `${needle} has a reason`).toBe(true);
    }
  });

  it("declares the same command (usage hint included), shortcut, App Home and events as manifest.yml", () => {
    // Only where Slack sends requests differs: written out here, the socket's default there.
    const withoutUrls = (features: unknown) =>
      JSON.parse(JSON.stringify(features), (key, value) => (key === "url" ? undefined : value));
    expect(withoutUrls(distribution.features)).toEqual(withoutUrls(manifest.features));
    expect(distribution.settings.event_subscriptions.bot_events).toEqual(
      manifest.settings.event_subscriptions.bot_events,
    );
  });

  it("asks for the same scopes as the install button and the single-workspace manifest", () => {
    expect([...distribution.oauth_config.scopes.bot].sort()).toEqual([...botScopes].sort());
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...botScopes].sort());
  });
});
