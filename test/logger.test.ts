/** What reaches the log: errors with their type, message and stack; no configured secret in any shape. */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.ts";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return {
    lines,
    destination,
    records: () => lines.map((line) => JSON.parse(line) as Record<string, Record<string, unknown>>),
  };
}

describe("createLogger", () => {
  it("keeps a logged error's type, message and stack", () => {
    const out = capture();
    const logger = createLogger({ destination: out.destination });
    logger.error({ err: new TypeError("the supplier line was empty") }, "step failed");
    const [record] = out.records();
    expect(record?.err?.type).toBe("TypeError");
    expect(record?.err?.message).toBe("the supplier line was empty");
    expect(String(record?.err?.stack)).toContain("TypeError: the supplier line was empty");
  });

  it("keeps an error's cause chain readable", () => {
    const out = capture();
    const logger = createLogger({ destination: out.destination });
    logger.warn({ err: new Error("outer", { cause: new RangeError("inner") }) }, "wrapped");
    const [record] = out.records();
    expect(record?.err?.message).toContain("outer");
    expect(JSON.stringify(record?.err)).toContain("inner");
  });

  it("removes the configured key's value whatever its shape, in messages, fields and errors", () => {
    const out = capture();
    const key = "gw-Zq8v1Lr0pX3";
    const logger = createLogger({ destination: out.destination, secrets: [key] });
    logger.warn(`401 Incorrect API key provided: ${key}. You can find your key at ...`);
    logger.warn({ detail: `key ${key} refused`, nested: { deeper: [key] } }, "model call failed");
    logger.error({ err: new Error(`401 Incorrect API key provided: ${key}`) }, "model step failed");
    logger.child({ request: key }).info("child line");
    expect(out.lines).toHaveLength(4);
    for (const line of out.lines) expect(line).not.toContain(key);
    expect(out.lines.join("\n")).toContain("[redacted]");
  });

  it("still masks Slack tokens and sk- keys that are not configured", () => {
    const out = capture();
    const logger = createLogger({ destination: out.destination });
    logger.info({ text: "xoxb-123456-abcdef and sk-abcdefghijklmnop" }, "seen");
    expect(out.lines[0]).not.toContain("xoxb-123456-abcdef");
    expect(out.lines[0]).not.toContain("sk-abcdefghijklmnop");
  });
});
