import { describe, expect, it } from "vitest";
import { previousPeriod } from "~/lib/period";
import { dashboardRangeSchema, resolvePeriod } from "./period";

const now = new Date("2026-03-01T15:42:10.000Z");

describe("resolvePeriod", () => {
  it("reads today by the hour, up to the end of the current hour", () => {
    expect(resolvePeriod({ preset: "today" }, now)).toEqual({
      granularity: "hour",
      from: "2026-03-01",
      to: "2026-03-01",
      start: new Date("2026-03-01T00:00:00Z"),
      end: new Date("2026-03-01T16:00:00Z"),
    });
  });

  it("ends the presets today and counts today as one of their days", () => {
    expect(resolvePeriod({ preset: "7d" }, now)).toEqual({
      granularity: "day",
      from: "2026-02-23",
      to: "2026-03-01",
      start: new Date("2026-02-23T00:00:00Z"),
      end: new Date("2026-03-02T00:00:00Z"),
    });
    expect(resolvePeriod({ preset: "30d" }, now).from).toBe("2026-01-31");
    expect(resolvePeriod({ preset: "90d" }, now).from).toBe("2025-12-02");
  });

  it("reads a custom range by the day, and a past single day by the hour in full", () => {
    expect(resolvePeriod({ from: "2024-02-28", to: "2024-03-01" }, now)).toMatchObject({
      granularity: "day",
      start: new Date("2024-02-28T00:00:00Z"),
      end: new Date("2024-03-02T00:00:00Z"),
    });
    expect(resolvePeriod({ from: "2026-02-10", to: "2026-02-10" }, now)).toMatchObject({
      granularity: "hour",
      start: new Date("2026-02-10T00:00:00Z"),
      end: new Date("2026-02-11T00:00:00Z"),
    });
  });
});

describe("previousPeriod", () => {
  it("is as many days earlier, so a partial today compares with yesterday at the same hour", () => {
    expect(previousPeriod(resolvePeriod({ preset: "today" }, now))).toEqual({
      granularity: "hour",
      from: "2026-02-28",
      to: "2026-02-28",
      start: new Date("2026-02-28T00:00:00Z"),
      end: new Date("2026-02-28T16:00:00Z"),
    });
    expect(previousPeriod(resolvePeriod({ preset: "7d" }, now))).toMatchObject({
      from: "2026-02-16",
      to: "2026-02-22",
      end: new Date("2026-02-23T00:00:00Z"),
    });
    // Across a leap day: 2024-02-29 .. 2024-03-02 is three days.
    expect(
      previousPeriod(resolvePeriod({ from: "2024-02-29", to: "2024-03-02" }, now)),
    ).toMatchObject({ from: "2024-02-26", to: "2024-02-28" });
  });
});

describe("dashboardRangeSchema", () => {
  it("accepts presets and custom ranges up to 366 days", () => {
    expect(dashboardRangeSchema.parse({ preset: "30d" })).toEqual({ preset: "30d" });
    expect(dashboardRangeSchema.safeParse({ from: "2024-01-01", to: "2024-12-31" }).success).toBe(
      true,
    );
  });

  it("refuses unknown presets, reversed and overlong ranges, and non-dates", () => {
    for (const bad of [
      { preset: "365d" },
      { from: "2025-03-02", to: "2025-03-01" },
      { from: "2024-01-01", to: "2025-01-01" },
      { from: "2025-02-30", to: "2025-03-01" },
      {},
    ]) {
      expect(dashboardRangeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
