/** Signed requests Bolt's HTTPReceiver does not guard against by itself: malformed payloads and future stamps. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const nowSec = () => Math.floor(Date.now() / 1000);

describe("malformed signed payloads", () => {
  it.each([
    ["form payload=null", "payload=null", "application/x-www-form-urlencoded"],
    ["form payload=123", "payload=123", "application/x-www-form-urlencoded"],
    ["form payload as a JSON string", 'payload="ssl_check"', "application/x-www-form-urlencoded"],
    ["form payload as a list", "payload=%5B1%2C2%5D", "application/x-www-form-urlencoded"],
    ["JSON null", "null", "application/json"],
    ["a JSON number", "42", "application/json"],
    ["a JSON list", "[]", "application/json"],
  ])("answers %s with 400 and the bot keeps serving", async (_, body, contentType) => {
    const reply = await h.post({ body, contentType });
    expect(reply.status).toBe(400);
    const help = await h.command("help");
    expect(help.status).toBe(200);
    expect(help.text).toContain("/order");
  });

  it("still answers a body that is not JSON at all with 400", async () => {
    expect(
      (await h.post({ body: "payload=%7B", contentType: "application/x-www-form-urlencoded" })).status,
    ).toBe(400);
  });
});

describe("request timestamps", () => {
  it("refuses a correctly signed request stamped more than 5 minutes in the future", async () => {
    const reply = await h.command("help", {});
    expect(reply.status).toBe(200);
    const future = await h.post({
      body: new URLSearchParams({ command: "/order", text: "help", team_id: "T111" }).toString(),
      timestamp: nowSec() + 6 * 60,
    });
    expect(future.status).toBe(401);
  });

  it("refuses one stamped more than 5 minutes in the past, and takes one within the window", async () => {
    const body = new URLSearchParams({ ssl_check: "0", command: "/order", text: "help" }).toString();
    expect((await h.post({ body, timestamp: nowSec() - 6 * 60 })).status).toBe(401);
    const within = await h.post({ body: "payload=null", timestamp: nowSec() + 4 * 60 });
    // within the window the signature is accepted, and the malformed payload is what is refused
    expect(within.status).toBe(400);
  });
});
