/**
 * The Web API client the reminder tick posts with. Not Bolt's: that one retries 10 times over about
 * 30 minutes with no timeout, and a 429 pauses its whole queue. Here every call has a timeout, no
 * hidden retries, and a 429 comes back to the tick, which waits per channel or retries later.
 * @see ../shared/design.md "Platform facts": @slack/web-api defaults
 */
import { LogLevel, WebClient } from "@slack/web-api";

/** Slack's own Web API base. */
export const slackApiDefault = "https://slack.com/api/";

/**
 * SLACK_API_URL as WebClient wants it: ending in a slash, with `/api/` added to a bare origin
 * ("http://127.0.0.1:3001" and "http://127.0.0.1:3001/api" both give "http://127.0.0.1:3001/api/").
 */
export function normalizeSlackApiUrl(url: string | undefined): string {
  if (!url) return slackApiDefault;
  const parsed = new URL(url);
  if (parsed.pathname === "/" || parsed.pathname === "") parsed.pathname = "/api/";
  if (!parsed.pathname.endsWith("/")) parsed.pathname = `${parsed.pathname}/`;
  return parsed.toString();
}

/** A WebClient for posting reminders: short timeout, no retries of its own, rate limits reported. */
export function createReminderSlackClient(input: {
  token: string;
  apiUrl?: string;
  timeoutMs?: number;
}): WebClient {
  return new WebClient(input.token, {
    slackApiUrl: normalizeSlackApiUrl(input.apiUrl),
    timeout: input.timeoutMs ?? 10_000,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: LogLevel.ERROR,
  });
}
