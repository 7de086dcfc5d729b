/**
 * Signs requests the way Slack does (v0 HMAC-SHA256 of "v0:{timestamp}:{raw body}") and builds
 * request bodies from Slack's own example payloads (../shared/data/external/slack-payloads/).
 * @see https://api.slack.com/authentication/verifying-requests-from-slack
 */
import { readFileSync } from "node:fs";
import { signSlackRequest } from "../../src/local/sign-request.ts";
import { sharedUrl } from "./shared-dir.ts";

const payloadsDir = sharedUrl("data/external/slack-payloads/");

/** Read one of Slack's example payloads (path under slack-payloads/). */
export function readPayload(path: string): string {
  return readFileSync(new URL(path, payloadsDir), "utf8");
}

/** The `X-Slack-Signature` for a body at a timestamp (seconds). */
export const signature = signSlackRequest;

export type SlackPost = {
  secret?: string;
  body: string;
  contentType?: string;
  timestamp?: number;
  retryNum?: number;
  /** Send no signature headers at all. */
  unsigned?: boolean;
  /** Send this signature instead of the right one. */
  forgedSignature?: string;
};

/** POST a (signed) request to the app like Slack would; returns status and body text. */
export async function postToSlackApp(
  url: string,
  request: SlackPost,
): Promise<{ status: number; text: string }> {
  const timestamp = request.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": request.contentType ?? "application/x-www-form-urlencoded",
  };
  if (!request.unsigned) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] =
      request.forgedSignature ?? signature(request.secret ?? "", timestamp, request.body);
  }
  if (request.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(request.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  const response = await fetch(url, { method: "POST", headers, body: request.body });
  return { status: response.status, text: await response.text() };
}

/** A slash command body: Slack's example with our values (urlencoded form). */
export function slashCommandBody(fields: {
  text: string;
  teamId?: string;
  channelId?: string;
  userId?: string;
  responseUrl: string;
  triggerId?: string;
}): string {
  const form = new URLSearchParams(readPayload("bolt-python/slash_command.form.txt").trim());
  form.delete("enterprise_id");
  form.delete("enterprise_name");
  form.set("command", "/order");
  form.set("text", fields.text);
  form.set("team_id", fields.teamId ?? "T111");
  form.set("channel_id", fields.channelId ?? "C111");
  form.set("user_id", fields.userId ?? "W111");
  form.set("response_url", fields.responseUrl);
  form.set("trigger_id", fields.triggerId ?? `${Date.now()}.${Math.random().toString(36).slice(2)}`);
  return form.toString();
}

/** An interactive payload body (`payload=` + urlencoded JSON), as Slack posts block actions, shortcuts and views. */
export function interactiveBody(payload: unknown): string {
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Slack's example payload (JSON file under slack-payloads/) parsed, for a test to rewrite. */
export function payloadJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readPayload(path)) as T;
}
