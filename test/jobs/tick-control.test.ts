/** The loopback endpoint `cli tick` uses on the embedded database: bad bodies get 400 and a sentence, never a crash. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTickControl } from "../../src/jobs/tick-control.ts";

let dir: string;
let control: { stop(): Promise<void> };
const passes: Array<Date | undefined> = [];
let port: number;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "orderproof-control-"));
  control = await startTickControl({
    dir,
    runTick: async (now) => {
      passes.push(now);
      return { claimed: 0, sent: 0, failed: 0, expired: 0, released: 0 } as never;
    },
  });
  ({ port, token } = JSON.parse(readFileSync(join(dir, ".orderproof.control"), "utf8")) as {
    port: number;
    token: string;
  });
});
afterAll(async () => {
  await control.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** POST a body (any bytes) with the right token; resolves with the status and text, or the socket error. */
function post(body: Buffer | string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/tick",
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      },
    );
    // The server may answer and close before a large body is sent whole.
    req.on("error", (error) => (String(error).includes("EPIPE") ? undefined : reject(error)));
    req.end(body);
  });
}

describe("tick control", () => {
  it.each([
    ["null", "null"],
    ["a cut JSON", "{"],
    ["binary bytes", Buffer.from([0xff, 0x00, 0xfe, 0x7b])],
    ["a number as now", '{"now": 12345}'],
    ["a list as now", '{"now": [1, 2]}'],
    ["an impossible date", '{"now": "2026-13-45"}'],
    ["a list body", "[1, 2]"],
  ])("answers %s with 400 and a sentence, and runs no pass", async (_, body) => {
    const before = passes.length;
    const reply = await post(body);
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(/^[A-Z].+\.$/);
    expect(passes.length).toBe(before);
  });

  it("refuses a body over a few KB without reading it whole, and keeps serving", async () => {
    const reply = await post(" ".repeat(4 * 1024 * 1024));
    expect(reply.status).toBe(413);
    const next = await post('{"now": "2026-12-01T09:00:00Z"}');
    expect(next.status).toBe(200);
  });

  it("runs a pass as of a valid now, or of the clock when none is given", async () => {
    const before = passes.length;
    expect((await post('{"now": "2026-12-01T09:00:00Z"}')).status).toBe(200);
    expect((await post('{"now": "2026-12-02"}')).status).toBe(200);
    expect((await post("")).status).toBe(200);
    expect((await post("{}")).status).toBe(200);
    expect(passes.slice(before).map((now) => now?.toISOString())).toEqual([
      "2026-12-01T09:00:00.000Z",
      "2026-12-02T00:00:00.000Z",
      undefined,
      undefined,
    ]);
  });
});
