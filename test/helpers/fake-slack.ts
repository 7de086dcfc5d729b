/**
 * The fake Slack Web API for tests: the local Slack server (src/local) with a test token, plus
 * helpers to read what the app called and to wait for the work it does after acking.
 */
import {
  type LocalSlackServer,
  type RecordedCall,
  startLocalSlackServer,
} from "../../src/local/local-slack-server.ts";

export const testBotToken = "xoxb-test-0000-secret-token";

export type FakeSlack = LocalSlackServer & {
  callsOf(method: string): RecordedCall[];
  /** Resolve once `predicate` holds over the recorded calls (polling; rejects after `timeoutMs`). */
  waitFor<T>(predicate: (calls: RecordedCall[]) => T | undefined | false, timeoutMs?: number): Promise<T>;
};

/** Start a fake Slack on 127.0.0.1:0. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const server = await startLocalSlackServer({ botToken: testBotToken, teamId: "T111" });
  const callsOf = (method: string) => server.calls.filter((call) => call.method === method);
  async function waitFor<T>(predicate: (calls: RecordedCall[]) => T | undefined | false, timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = predicate(server.calls);
      if (result !== undefined && result !== false) return result as T;
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting; calls so far: ${server.calls.map((call) => call.method).join(", ")}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return Object.assign(server, { callsOf, waitFor });
}
