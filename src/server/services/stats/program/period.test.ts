import { describe, expect, it } from "vitest";
import { periodBounds, previousPeriod } from "~/lib/period";
import { periodFromQuery, resolvePeriod } from "./period";

const now = new Date("2025-03-10T23:30:00Z");

describe("resolvePeriod", () => {
  it("ends presets today (UTC) and counts today as one of their days", () => {
    expect(resolvePeriod({ preset: "7d" }, now)).toEqual({ from: "2025-03-04", to: "2025-03-10" });
    expect(resolvePeriod({ preset: "30d" }, now)).toEqual({ from: "2025-02-09", to: "2025-03-10" });
    expect(resolvePeriod({ preset: "90d" }, now)).toEqual({ from: "2024-12-11", to: "2025-03-10" });
  });

  it("takes the UTC day, whatever the server's time zone shows", () => {
    expect(resolvePeriod({ preset: "7d" }, new Date("2025-03-10T00:00:00+02:00")).to).toBe(
      "2025-03-09",
    );
  });

  it("keeps a valid custom range and refuses reversed or overlong ones", () => {
    expect(resolvePeriod({ from: "2024-02-28", to: "2024-03-01" })).toEqual({
      from: "2024-02-28",
      to: "2024-03-01",
    });
    expect(() => resolvePeriod({ from: "2025-03-02", to: "2025-03-01" })).toThrow(/rangeReversed/);
    expect(() => resolvePeriod({ from: "2024-01-01", to: "2025-01-02" })).toThrow(/rangeTooLong/);
    expect(() => resolvePeriod({ preset: "1y" } as never)).toThrow();
  });
});

describe("previousPeriod", () => {
  it("is as long as the period and ends the day before it starts", () => {
    expect(previousPeriod({ from: "2025-03-04", to: "2025-03-10" })).toEqual({
      from: "2025-02-25",
      to: "2025-03-03",
    });
    expect(previousPeriod({ from: "2024-03-01", to: "2024-03-01" })).toEqual({
      from: "2024-02-29",
      to: "2024-02-29",
    });
    expect(previousPeriod({ from: "2025-01-01", to: "2025-01-31" })).toEqual({
      from: "2024-12-01",
      to: "2024-12-31",
    });
  });
});

describe("periodBounds", () => {
  it("covers whole UTC days, the end exclusive", () => {
    expect(periodBounds({ from: "2025-12-31", to: "2025-12-31" })).toEqual({
      start: new Date("2025-12-31T00:00:00Z"),
      end: new Date("2026-01-01T00:00:00Z"),
    });
  });
});

describe("periodFromQuery", () => {
  it("reads a preset, a custom range, and falls back to 30 days", () => {
    expect(periodFromQuery({ range: "90d" })).toEqual({ preset: "90d" });
    expect(periodFromQuery({ range: "custom", from: "2025-01-01", to: "2025-01-31" })).toEqual({
      from: "2025-01-01",
      to: "2025-01-31",
    });
    expect(periodFromQuery({ range: "custom" })).toEqual({ from: "", to: "" });
    expect(periodFromQuery({ range: "1y", from: "2025-01-01" })).toEqual({ preset: "30d" });
    expect(periodFromQuery({})).toEqual({ preset: "30d" });
  });
});
