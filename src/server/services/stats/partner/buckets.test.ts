import { describe, expect, it } from "vitest";
import { bucketKeys, fillBuckets } from "./buckets";
import { resolvePeriod } from "./period";

const now = new Date("2026-03-01T02:30:00.000Z");

describe("bucketKeys", () => {
  it("lists the hours of today up to the current one", () => {
    expect(bucketKeys(resolvePeriod({ preset: "today" }, now))).toEqual([
      "2026-03-01T00:00:00.000Z",
      "2026-03-01T01:00:00.000Z",
      "2026-03-01T02:00:00.000Z",
    ]);
  });

  it("lists every day of a daily period, and 24 hours of a past day", () => {
    expect(bucketKeys(resolvePeriod({ preset: "7d" }, now))).toEqual([
      "2026-02-23",
      "2026-02-24",
      "2026-02-25",
      "2026-02-26",
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
    ]);
    expect(bucketKeys(resolvePeriod({ from: "2026-01-05", to: "2026-01-05" }, now))).toHaveLength(
      24,
    );
  });
});

describe("fillBuckets", () => {
  it("keeps existing points in order, fills gaps with zeros, drops points outside", () => {
    const period = resolvePeriod({ from: "2026-01-01", to: "2026-01-03" }, now);
    const rows = [
      { bucket: "2026-01-03", n: 3 },
      { bucket: "2025-12-31", n: 9 },
      { bucket: "2026-01-01", n: 1 },
    ];
    expect(fillBuckets(period, rows, (bucket) => ({ bucket, n: 0 }))).toEqual([
      { bucket: "2026-01-01", n: 1 },
      { bucket: "2026-01-02", n: 0 },
      { bucket: "2026-01-03", n: 3 },
    ]);
  });
});
