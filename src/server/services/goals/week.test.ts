import { describe, expect, it } from "vitest";
import type { DailyStatsRow } from "../stats/partner/daily-stats";
import {
  goalBasisPoints,
  goalWeek,
  metWeeksStreak,
  metricValue,
  readFrom,
  sinceAfterChange,
  weekOfDay,
  weeklyTotals,
} from "./week";

const day = (d: string, figures: Partial<DailyStatsRow> = {}): DailyStatsRow => ({
  day: d,
  clicks: 0,
  uniqueClicks: 0,
  impressions: 0,
  sales: 0,
  leads: 0,
  installs: 0,
  actions: 0,
  revenue: 0n,
  refunded: 0n,
  commission: 0n,
  ...figures,
});

describe("weekOfDay and goalWeek", () => {
  it("gives the Monday-to-Sunday ISO week of any day", () => {
    // 2026-12-07 is a Monday, 2026-12-13 a Sunday.
    for (const d of ["2026-12-07", "2026-12-10", "2026-12-13"]) {
      expect(weekOfDay(d)).toEqual({ key: "2026-W50", from: "2026-12-07", to: "2026-12-13" });
    }
    expect(weekOfDay("2026-12-14").from).toBe("2026-12-14");
  });

  it("numbers a week across the new year by its Thursday", () => {
    // Monday 2026-12-28 to Sunday 2027-01-03: the Thursday is in 2026, week 53.
    expect(weekOfDay("2027-01-02")).toEqual({
      key: "2026-W53",
      from: "2026-12-28",
      to: "2027-01-03",
    });
  });

  it("reads the week on the partner's own calendar", () => {
    const sundayNoonUtc = new Date("2026-12-13T12:00:00Z");
    expect(goalWeek(sundayNoonUtc, "UTC").key).toBe("2026-W50");
    // Already Monday 02:00 in Kiritimati (UTC+14), still Sunday in Honolulu.
    expect(goalWeek(sundayNoonUtc, "Pacific/Kiritimati")).toEqual({
      key: "2026-W51",
      from: "2026-12-14",
      to: "2026-12-20",
    });
    expect(goalWeek(sundayNoonUtc, "Pacific/Honolulu").key).toBe("2026-W50");
    // Monday 01:00 UTC is still Sunday evening in New York.
    expect(goalWeek(new Date("2026-12-14T01:00:00Z"), "America/New_York").key).toBe("2026-W50");
    expect(goalWeek(new Date("2026-12-14T01:00:00Z"), "Not/AZone").key).toBe("2026-W51");
  });
});

describe("metric values and weekly totals", () => {
  it("counts clicks, every kind of conversion, and commission in minor units", () => {
    const row = day("2026-12-07", {
      clicks: 7,
      uniqueClicks: 3,
      sales: 2,
      leads: 1,
      installs: 4,
      actions: 5,
      commission: 1234n,
    });
    expect(metricValue(row, "clicks")).toBe(7n);
    expect(metricValue(row, "conversions")).toBe(12n);
    expect(metricValue(row, "commission")).toBe(1234n);
  });

  it("sums days into their ISO weeks", () => {
    const totals = weeklyTotals(
      [
        day("2026-12-06", { clicks: 1 }),
        day("2026-12-07", { clicks: 2 }),
        day("2026-12-13", { clicks: 3 }),
        day("2026-12-14", { clicks: 4 }),
      ],
      "clicks",
    );
    expect(Object.fromEntries(totals)).toEqual({
      "2026-W49": 1n,
      "2026-W50": 5n,
      "2026-W51": 4n,
    });
  });
});

describe("goalBasisPoints", () => {
  it("rounds down and caps at the target", () => {
    expect(goalBasisPoints(0n, 10n)).toBe(0);
    expect(goalBasisPoints(1n, 3n)).toBe(3333);
    expect(goalBasisPoints(9_999n, 10_000n)).toBe(9999);
    expect(goalBasisPoints(10n, 10n)).toBe(10_000);
    expect(goalBasisPoints(25n, 10n)).toBe(10_000);
  });

  it("stays exact for amounts past 2^53 and treats net reversals as no progress", () => {
    expect(goalBasisPoints(2n ** 60n, 2n ** 61n)).toBe(5000);
    expect(goalBasisPoints(-500n, 1000n)).toBe(0);
  });
});

describe("metWeeksStreak", () => {
  const week = weekOfDay("2026-12-09"); // 2026-W50
  const totals = new Map([
    ["2026-W46", 10n],
    ["2026-W47", 10n],
    ["2026-W48", 12n],
    ["2026-W49", 10n],
    ["2026-W50", 3n],
  ]);

  it("counts met weeks back from last week while this one is not met yet", () => {
    expect(metWeeksStreak(totals, 10n, week, "2026-11-02")).toBe(4);
  });

  it("counts this week once it is met", () => {
    const met = new Map([...totals, ["2026-W50", 10n]]);
    expect(metWeeksStreak(met, 10n, week, "2026-11-02")).toBe(5);
  });

  it("stops at a week that missed the target", () => {
    expect(metWeeksStreak(totals, 11n, week, "2026-11-02")).toBe(0);
    expect(metWeeksStreak(new Map([...totals, ["2026-W48", 9n]]), 10n, week, "2026-11-02")).toBe(1);
  });

  it("ignores weeks before the goal was set", () => {
    // Goal set on Monday of W48: W46 and W47 were not aimed at it.
    expect(metWeeksStreak(totals, 10n, week, "2026-11-23")).toBe(2);
    expect(metWeeksStreak(totals, 10n, week, "2026-12-07")).toBe(0);
  });

  it("is zero without any week met", () => {
    expect(metWeeksStreak(new Map(), 1n, week, "2026-11-02")).toBe(0);
  });
});

describe("readFrom", () => {
  const week = weekOfDay("2026-12-09");

  it("starts at the goal's first Monday", () => {
    expect(readFrom(week, "2026-11-02")).toBe("2026-11-02");
  });

  it("looks back at most 52 weeks, this one included (364 days)", () => {
    expect(readFrom(week, "2020-01-06")).toBe("2025-12-15");
  });

  it("never starts after this week", () => {
    expect(readFrom(week, "2026-12-14")).toBe("2026-12-07");
  });
});

describe("sinceAfterChange", () => {
  const week = weekOfDay("2026-12-09");
  const goal = { metric: "clicks" as const, target: 100n, since: "2026-11-02" };

  it("starts a new goal this week", () => {
    expect(sinceAfterChange(null, { metric: "clicks", target: 100n }, week)).toBe("2026-12-07");
  });

  it("keeps the weeks counted when the target stays or rises", () => {
    expect(sinceAfterChange(goal, { metric: "clicks", target: 100n }, week)).toBe("2026-11-02");
    expect(sinceAfterChange(goal, { metric: "clicks", target: 150n }, week)).toBe("2026-11-02");
  });

  it("starts over for a lower target or another metric", () => {
    expect(sinceAfterChange(goal, { metric: "clicks", target: 99n }, week)).toBe("2026-12-07");
    expect(sinceAfterChange(goal, { metric: "conversions", target: 100n }, week)).toBe(
      "2026-12-07",
    );
  });
});
