import { describe, expect, it } from "vitest";
import { todayIn } from "../../../src/core/dates.ts";
import { isTimeZone, zonedInstant, zoneOffsetMs } from "../../../src/core/timeline/zoned-time.ts";

const at = (date: string, hour: number, zone: string) => zonedInstant(date, hour, zone).toISOString();

describe("wall-clock times in a time zone", () => {
  it("puts 09:00 New York on the right instant on either side of the March change", () => {
    expect(at("2026-03-07", 9, "America/New_York")).toBe("2026-03-07T14:00:00.000Z");
    expect(at("2026-03-08", 9, "America/New_York")).toBe("2026-03-08T13:00:00.000Z");
  });

  it("puts 09:00 New York on the right instant on either side of the November change", () => {
    expect(at("2026-10-31", 9, "America/New_York")).toBe("2026-10-31T13:00:00.000Z");
    expect(at("2026-11-01", 9, "America/New_York")).toBe("2026-11-01T14:00:00.000Z");
  });

  it("follows Europe/Berlin's own change dates", () => {
    expect(at("2026-03-28", 9, "Europe/Berlin")).toBe("2026-03-28T08:00:00.000Z");
    expect(at("2026-03-29", 9, "Europe/Berlin")).toBe("2026-03-29T07:00:00.000Z");
    expect(at("2026-10-25", 9, "Europe/Berlin")).toBe("2026-10-25T08:00:00.000Z");
  });

  it("resolves a skipped wall time forward and a repeated one to its first occurrence", () => {
    expect(at("2026-03-08", 2, "America/New_York")).toBe("2026-03-08T07:00:00.000Z"); // 03:00 EDT
    expect(at("2026-11-01", 1, "America/New_York")).toBe("2026-11-01T05:00:00.000Z"); // 01:00 EDT
    expect(at("2026-03-29", 2, "Europe/Berlin")).toBe("2026-03-29T01:00:00.000Z"); // 03:00 CEST
    expect(at("2026-10-25", 2, "Europe/Berlin")).toBe("2026-10-25T00:00:00.000Z"); // 02:00 CEST
  });

  it("handles half-hour offsets and zones ahead of UTC across the date line", () => {
    expect(at("2026-12-25", 9, "Asia/Kolkata")).toBe("2026-12-25T03:30:00.000Z");
    expect(at("2026-12-25", 9, "Pacific/Auckland")).toBe("2026-12-24T20:00:00.000Z");
    expect(todayIn("Pacific/Auckland", new Date("2026-12-24T20:00:00Z"))).toBe("2026-12-25");
  });

  it("knows real zone names from typos", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Europe/Berlim")).toBe(false);
  });
});

describe("zone offsets", () => {
  it("are whole minutes whatever the seconds and milliseconds of the instant", () => {
    const instant = Date.UTC(2026, 11, 25, 9, 14, 37, 512);
    expect(zoneOffsetMs(instant, "UTC")).toBe(0);
    expect(zoneOffsetMs(instant, "Asia/Kolkata")).toBe(5.5 * 3_600_000);
    expect(zoneOffsetMs(instant, "America/New_York")).toBe(-5 * 3_600_000);
  });
});
