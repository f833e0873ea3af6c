import { describe, expect, it } from "vitest";
import { isoWeekKey, zonedClock } from "~/lib/dates";
import { duePeriod, dueRuns, monthBefore, weekEnding } from "./period";

describe("isoWeekKey", () => {
  it("numbers ISO weeks, the Thursday deciding the year", () => {
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2025-12-29")).toBe("2026-W01");
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53");
    expect(isoWeekKey("2026-11-23")).toBe("2026-W48");
    expect(isoWeekKey("2026-11-29")).toBe("2026-W48");
  });
});

describe("duePeriod", () => {
  // Monday 30 November 2026, 07:10 UTC: 08:10 in Warsaw, 02:10 in New York.
  const monday = new Date("2026-11-30T07:10:00Z");

  it("is the week that just ended on Monday morning in the recipient's zone only", () => {
    expect(duePeriod(monday, "Europe/Warsaw", "weekly")).toEqual({
      frequency: "weekly",
      key: "2026-W48",
      from: "2026-11-23",
      to: "2026-11-29",
      previousFrom: "2026-11-16",
      previousTo: "2026-11-22",
    });
    expect(duePeriod(monday, "America/New_York", "weekly")).toBeNull();
    expect(duePeriod(monday, "UTC", "weekly")).toBeNull(); // 07:10: too early
    expect(duePeriod(new Date("2026-11-30T08:59:00Z"), "UTC", "weekly")?.key).toBe("2026-W48");
  });

  it("catches up a missed hour the same morning, never in the afternoon", () => {
    expect(duePeriod(new Date("2026-11-30T11:30:00Z"), "UTC", "weekly")).not.toBeNull();
    expect(duePeriod(new Date("2026-11-30T12:00:00Z"), "UTC", "weekly")).toBeNull();
  });

  it("is the month that just ended on the 1st, with the month before it", () => {
    const first = new Date("2026-03-01T08:30:00Z");
    expect(duePeriod(first, "UTC", "monthly")).toEqual(monthBefore("2026-03-01"));
    expect(monthBefore("2026-03-01")).toMatchObject({
      key: "2026-02",
      from: "2026-02-01",
      to: "2026-02-28",
      previousFrom: "2026-01-01",
      previousTo: "2026-01-31",
    });
    expect(duePeriod(first, "UTC", "weekly")).toBeNull(); // a Sunday
    expect(duePeriod(new Date("2026-03-02T08:30:00Z"), "UTC", "monthly")).toBeNull();
  });

  it("handles half-hour zones and unknown zones (as UTC)", () => {
    // 02:40 UTC is 08:10 in Kolkata (+05:30).
    expect(duePeriod(new Date("2026-11-30T02:40:00Z"), "Asia/Kolkata", "weekly")?.key).toBe(
      "2026-W48",
    );
    expect(zonedClock(new Date("2026-11-30T08:00:00Z"), "Not/AZone")).toEqual({
      day: "2026-11-30",
      weekday: 1,
      hour: 8,
    });
  });
});

describe("dueRuns", () => {
  it("groups the zones where it is digest time by frequency and period", () => {
    const runs = dueRuns(new Date("2026-06-01T07:15:00Z"), [
      "UTC",
      "Europe/Warsaw",
      "Europe/London",
    ]);
    // 1 June 2026 is a Monday and the 1st: London (08:15) and Warsaw (09:15) get both digests.
    expect(runs.map((r) => [r.period.key, r.zones])).toEqual([
      ["2026-W22", ["Europe/Warsaw", "Europe/London"]],
      ["2026-05", ["Europe/Warsaw", "Europe/London"]],
    ]);
    expect(weekEnding("2026-05-31").from).toBe("2026-05-25");
  });
});
