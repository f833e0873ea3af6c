import { describe, expect, it } from "vitest";
import {
  addDays,
  dayCount,
  instantToZonedLocal,
  isoWeekKey,
  isoWeekStart,
  shiftWeek,
  utcDayEnd,
  weekKeyStart,
  zonedClock,
  isValidTimeZone,
  parseLocalDateTime,
  zonedLocalToInstant,
  zoneOffset,
} from "./dates";

const iso = (local: string, zone: string) => zonedLocalToInstant(local, zone).toISOString();

describe("zoned time", () => {
  it("validates IANA zones with Intl", () => {
    expect(isValidTimeZone("Europe/Warsaw")).toBe(true);
    expect(isValidTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("parses only real local date-times", () => {
    expect(parseLocalDateTime("2025-02-28T23:59")).toBe(Date.UTC(2025, 1, 28, 23, 59));
    expect(parseLocalDateTime("2025-02-29T10:00")).toBeNull();
    expect(parseLocalDateTime("2025-13-01T10:00")).toBeNull();
    expect(parseLocalDateTime("2025-01-01T24:00")).toBeNull();
    expect(parseLocalDateTime("2025-01-01 10:00")).toBeNull();
  });

  it("converts winter and summer times with the right offset", () => {
    expect(iso("2025-01-15T10:00", "Europe/Warsaw")).toBe("2025-01-15T09:00:00.000Z");
    expect(iso("2025-07-15T10:00", "Europe/Warsaw")).toBe("2025-07-15T08:00:00.000Z");
    expect(iso("2025-07-15T10:00", "America/New_York")).toBe("2025-07-15T14:00:00.000Z");
    expect(iso("2025-07-15T10:00", "Asia/Kolkata")).toBe("2025-07-15T04:30:00.000Z");
    expect(iso("2025-07-15T10:00", "UTC")).toBe("2025-07-15T10:00:00.000Z");
  });

  it("handles the day the clocks change, either side of the jump", () => {
    // Warsaw springs forward at 02:00 → 03:00 on 30 March 2025.
    expect(iso("2025-03-30T01:59", "Europe/Warsaw")).toBe("2025-03-30T00:59:00.000Z");
    expect(iso("2025-03-30T03:00", "Europe/Warsaw")).toBe("2025-03-30T01:00:00.000Z");
    // 02:30 never happens: moved forward to 03:30 summer time.
    expect(iso("2025-03-30T02:30", "Europe/Warsaw")).toBe("2025-03-30T01:30:00.000Z");
    expect(iso("2025-03-09T02:30", "America/New_York")).toBe("2025-03-09T07:30:00.000Z");
    // Falls back 03:00 → 02:00 on 26 October 2025: 02:30 happens twice, the first one wins.
    expect(iso("2025-10-26T02:30", "Europe/Warsaw")).toBe("2025-10-26T00:30:00.000Z");
    expect(iso("2025-10-26T03:30", "Europe/Warsaw")).toBe("2025-10-26T02:30:00.000Z");
    // Southern hemisphere: Sydney leaves summer time on 6 April 2025.
    expect(iso("2025-04-05T10:00", "Australia/Sydney")).toBe("2025-04-04T23:00:00.000Z");
    expect(iso("2025-04-07T10:00", "Australia/Sydney")).toBe("2025-04-07T00:00:00.000Z");
  });

  it("reads an instant back as the same wall time", () => {
    for (const zone of ["Europe/Warsaw", "America/Los_Angeles", "Asia/Kathmandu", "UTC"]) {
      for (const local of ["2025-01-15T10:00", "2025-06-30T23:45", "2025-10-26T03:30"]) {
        expect(instantToZonedLocal(zonedLocalToInstant(local, zone), zone)).toBe(local);
      }
    }
    expect(zoneOffset(Date.UTC(2025, 6, 1), "Asia/Kathmandu")).toBe((5 * 60 + 45) * 60_000);
  });

  it("refuses what it cannot convert", () => {
    expect(() => zonedLocalToInstant("2025-02-30T10:00", "UTC")).toThrow(RangeError);
    expect(() => zonedLocalToInstant("2025-02-01T10:00", "Nowhere/City")).toThrow(RangeError);
  });

  it("lets the earlier reading win wherever the clocks fall back", () => {
    // Sydney falls back 03:00 → 02:00 on 6 April 2025 (+11 → +10).
    expect(iso("2025-04-06T02:30", "Australia/Sydney")).toBe("2025-04-05T15:30:00.000Z");
    // New York falls back 02:00 → 01:00 on 2 November 2025.
    expect(iso("2025-11-02T01:30", "America/New_York")).toBe("2025-11-02T05:30:00.000Z");
    // Lord Howe Island moves by half an hour.
    expect(iso("2025-04-06T01:45", "Australia/Lord_Howe")).toBe("2025-04-05T14:45:00.000Z");
    expect(iso("2025-10-05T02:15", "Australia/Lord_Howe")).toBe("2025-10-04T15:45:00.000Z");
  });

  it("reads the local day, weekday and hour, unknown zones as UTC", () => {
    const at = new Date("2026-11-29T23:30:00Z");
    expect(zonedClock(at, "Europe/Warsaw")).toEqual({ day: "2026-11-30", weekday: 1, hour: 0 });
    expect(zonedClock(at, "America/New_York")).toEqual({ day: "2026-11-29", weekday: 7, hour: 18 });
    expect(zonedClock(at, "Not/AZone")).toEqual({ day: "2026-11-29", weekday: 7, hour: 23 });
  });
});

describe("UTC days and ISO weeks", () => {
  it("counts and shifts calendar days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(dayCount("2025-03-01", "2025-03-31")).toBe(31);
    expect(utcDayEnd("2025-03-30").toISOString()).toBe("2025-03-31T00:00:00.000Z");
  });

  it("keys ISO weeks by the year of their Thursday", () => {
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53");
    expect(isoWeekKey(new Date("2024-12-30T23:59:00Z"))).toBe("2025-W01");
    expect(isoWeekStart(new Date("2026-11-29T12:00:00Z")).toISOString()).toBe(
      "2026-11-23T00:00:00.000Z",
    );
    expect(weekKeyStart("2020-W53")?.toISOString()).toBe("2020-12-28T00:00:00.000Z");
    expect(weekKeyStart("2021-W53")).toBeNull();
    expect(shiftWeek("2020-W53", 1)).toBe("2021-W01");
  });
});
