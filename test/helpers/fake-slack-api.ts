/**
 * The fake Slack Web API (test/helpers/fake-slack.ts) seen the way the reminder tests read it:
 * calls with their arguments (booleans as booleans), the calls Slack accepted with its reply, and
 * scripted failures (429 + Retry-After, HTTP 500, a Slack error) by name.
 */
import type { WebClient } from "@slack/web-api";
import { createReminderSlackClient } from "../../src/jobs/slack-client.ts";
import type { RecordedCall as ServerCall } from "../../src/local/local-slack-server.ts";
import { type FakeSlack, startFakeSlack, testBotToken } from "./fake-slack.ts";

export { testBotToken };

export type RecordedCall = { method: string; args: Record<string, unknown>; reply?: { ts?: string } };

export type ScriptedAnswer =
  | { status: 429; retryAfter: number }
  | { status: 500 }
  | { status: 200; error: string };

export type FakeSlackApi = {
  /** Base URL for WebClient's `slackApiUrl` (ends in `/api/`). */
  url: string;
  /** The server's origin, the other form SLACK_API_URL may take. */
  origin: string;
  /** Every call, scripted failures included. */
  readonly calls: RecordedCall[];
  /** Calls of `method` that Slack accepted, in arrival order, with Slack's reply. */
  accepted(method: string): RecordedCall[];
  /** Answer the next `times` calls of `method` with `answer` instead of success. */
  script(method: string, answer: ScriptedAnswer, times?: number): void;
  /** Forget the recorded calls (between tests). */
  reset(): void;
  close(): Promise<void>;
};

function argsOf(body: Record<string, unknown>): Record<string, unknown> {
  // The Web API client sends booleans as "true"/"false" inside the form.
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      value === "true" ? true : value === "false" ? false : value,
    ]),
  );
}

function replyFor(answer: ScriptedAnswer) {
  if (answer.status === 429)
    return {
      status: 429,
      headers: { "retry-after": String(answer.retryAfter) },
      body: { ok: false, error: "ratelimited" },
    };
  if (answer.status === 500) return { status: 500, body: { ok: false, error: "internal_error" } };
  return { status: 200, body: { ok: false, error: answer.error } };
}

/** Start the fake Slack Web API on 127.0.0.1; close it in afterAll. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const server: FakeSlack = await startFakeSlack();
  const accepted: RecordedCall[] = [];
  server.events.on("call", (call: ServerCall, reply?: { ok?: boolean; ts?: string }) => {
    if (reply?.ok) accepted.push({ method: call.method, args: argsOf(call.body), reply });
  });
  return {
    url: server.apiUrl,
    origin: server.origin,
    get calls() {
      return server.calls.map((call) => ({ method: call.method, args: argsOf(call.body) }));
    },
    accepted: (method) => accepted.filter((call) => call.method === method),
    script: (method, answer, times = 1) =>
      server.script(method, ...Array.from({ length: times }, () => replyFor(answer))),
    reset() {
      server.calls.length = 0;
      accepted.length = 0;
    },
    close: () => server.close(),
  };
}

/**
 * The reminder tick's own Web API client pointed at a fake, with a longer timeout than production's
 * 10 s: on a loaded machine the fake, running in the test's own process, can answer late, and a
 * timeout there would be a test artefact, not the behaviour under test.
 */
export function reminderClientFor(apiUrl: string): WebClient {
  return createReminderSlackClient({ token: testBotToken, apiUrl, timeoutMs: 60_000 });
}
