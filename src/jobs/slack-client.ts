/**
 * The Web API client the reminder tick posts with. Not Bolt's: that one retries 10 times over about
 * 30 minutes with no timeout, and a 429 pauses its whole queue. Here every call has a timeout, no
 * hidden retries, and a 429 comes back to the tick, which waits per channel or retries later.
 * @see ../shared/design.md "Platform facts": @slack/web-api defaults
 */
import { LogLevel, WebClient } from "@slack/web-api";
import { normalizeSlackApiUrl } from "../slack/client-options.ts";

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

/**
 * Distribution mode: the reminder client of each workspace, from its installation (the token refreshed
 * when due, as of the tick's clock); null when the workspace has no installation.
 */
export function reminderClientsFor(input: {
  botTokenForWorkspace(workspaceId: string, now: Date): Promise<string | null>;
  apiUrl?: string;
}): (workspaceId: string, now: Date) => Promise<WebClient | null> {
  return async (workspaceId, now) => {
    const token = await input.botTokenForWorkspace(workspaceId, now);
    return token ? createReminderSlackClient({ token, apiUrl: input.apiUrl }) : null;
  };
}
