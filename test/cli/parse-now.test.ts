import { describe, expect, it } from "vitest";
import { parseNow } from "../../src/cli/parse-now.ts";

describe("parseNow", () => {
  it("reads a bare date as midnight UTC", () => {
    expect(parseNow("2026-10-13").toISOString()).toBe("2026-10-13T00:00:00.000Z");
  });

  it("reads the contract's time forms", () => {
    expect(parseNow("2026-12-25T12:00Z").toISOString()).toBe("2026-12-25T12:00:00.000Z");
    expect(parseNow("2026-12-25T12:00:30Z").toISOString()).toBe("2026-12-25T12:00:30.000Z");
    expect(parseNow("2026-12-25T12:00:00+02:00").toISOString()).toBe("2026-12-25T10:00:00.000Z");
  });

  it("refuses what is not a date, with the expected form in the message", () => {
    expect(() => parseNow("next friday")).toThrow(/2026-12-25/);
    expect(() => parseNow("2026-13-45")).toThrow();
    expect(() => parseNow("2026-02-30")).toThrow(/not a date that exists/);
    expect(() => parseNow("2026-02-30T10:00Z")).toThrow(/not a date that exists/);
  });
});
