import { describe, expect, it } from "vitest";
import { addDays, formatCalendarDate, isCalendarDate } from "../../../src/core/dates.ts";
import { isWorkingDay, subtractWorkingDays } from "../../../src/core/timeline/calendar.ts";

describe("calendar dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-12-01", 25)).toBe("2026-12-26");
    expect(addDays("2026-12-20", 30)).toBe("2027-01-19");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("is unaffected by daylight saving (every calendar day counts once)", () => {
    expect(addDays("2026-03-07", 2)).toBe("2026-03-09");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
  });

  it("rejects dates that do not exist", () => {
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("2026-12-1")).toBe(false);
    expect(isCalendarDate("2026-12-01")).toBe(true);
    expect(() => addDays("2026-13-01", 1)).toThrow(RangeError);
  });

  it("counts working days back over weekends only", () => {
    // 2026-12-28 is a Monday.
    expect(isWorkingDay("2026-12-26")).toBe(false);
    expect(subtractWorkingDays("2026-12-28", 1)).toBe("2026-12-25");
    expect(subtractWorkingDays("2026-12-28", 3)).toBe("2026-12-23");
    expect(subtractWorkingDays("2026-12-28", 7)).toBe("2026-12-17");
    // A Sunday ship date: three working days back is Wednesday.
    expect(subtractWorkingDays("2026-12-27", 3)).toBe("2026-12-23");
    // No lead on a weekend lands on the Friday before.
    expect(subtractWorkingDays("2026-12-27", 0)).toBe("2026-12-25");
  });

  it("reads dates the way a message shows them", () => {
    expect(formatCalendarDate("2026-12-25")).toBe("Fri 25 Dec 2026");
  });
});
