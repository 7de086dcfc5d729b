/**
 * Web API client settings. @slack/web-api's defaults (10 retries over ~30 minutes, no timeout) suit a
 * background job, not a person waiting for a card, so the app uses a short retry policy: 5xx and network
 * errors are retried a few times with backoff, and a 429 is honoured (the client waits Retry-After, then retries).
 */
import type { WebClientOptions } from "@slack/web-api";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { boltLogger } from "./bolt-logger.ts";

/** Slack's own Web API base URL. */
export const defaultSlackApiUrl = "https://slack.com/api/";

/**
 * SLACK_API_URL as the client wants it: the base the method name is appended to, ending in "/";
 * a bare origin gets Slack's "/api/" path ("http://127.0.0.1:3001" -> "http://127.0.0.1:3001/api/").
 */
export function normalizeSlackApiUrl(url: string | undefined): string {
  if (!url) return defaultSlackApiUrl;
  const parsed = new URL(url);
  if (parsed.pathname === "/" || parsed.pathname === "") parsed.pathname = "/api/";
  if (!parsed.pathname.endsWith("/")) parsed.pathname = `${parsed.pathname}/`;
  return parsed.toString();
}

/** Options for every WebClient the app builds (listeners, services, local mode). */
export function slackClientOptions(config: Config, logger: Logger): WebClientOptions {
  return {
    slackApiUrl: normalizeSlackApiUrl(config.SLACK_API_URL),
    timeout: 10_000,
    retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 4_000, randomize: true },
    logger: boltLogger(logger, "slack-web-api"),
  };
}
