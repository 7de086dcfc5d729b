import { describe, expect, it } from "vitest";
import { addDays, dayOfWeek, formatCalendarDate, isCalendarDate } from "../../../src/core/dates.ts";
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

describe("working days", () => {
  // 2026-12-21 is a Monday.
  const week = [
    "2026-12-21",
    "2026-12-22",
    "2026-12-23",
    "2026-12-24",
    "2026-12-25",
    "2026-12-26",
    "2026-12-27",
  ];

  it("knows the day of the week and that only Monday to Friday are working days", () => {
    expect(week.map(dayOfWeek)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(week.map(isWorkingDay)).toEqual([true, true, true, true, true, false, false]);
  });

  it("lands on a working day whatever the lead and the ship day", () => {
    expect(subtractWorkingDays("2026-12-23", 0)).toBe("2026-12-23");
    expect(subtractWorkingDays("2026-12-26", 0)).toBe("2026-12-25");
    expect(subtractWorkingDays("2026-12-26", 1)).toBe("2026-12-25");
    expect(subtractWorkingDays("2026-12-26", 2)).toBe("2026-12-24");
    expect(subtractWorkingDays("2026-12-22", 2)).toBe("2026-12-18");
  });

  it("reads only whole YYYY-MM-DD dates, and refuses to count from anything else", () => {
    for (const text of ["x2026-12-01", "2026-12-01x", "2026-12-01T00:00:00Z", "26-12-01", "2026-00-10"])
      expect(isCalendarDate(text)).toBe(false);
    expect(() => dayOfWeek("2026-02-30")).toThrow("not a calendar date: 2026-02-30");
    expect(() => formatCalendarDate("someday")).toThrow(RangeError);
  });

  it("writes single-digit days without a leading zero", () => {
    expect(formatCalendarDate("2027-03-01")).toBe("Mon 1 Mar 2027");
  });
});
