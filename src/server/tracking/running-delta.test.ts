import { describe, expect, it } from "vitest";
import { addDays, utcDay } from "~/lib/dates";
import { deltaOf, deltaRanges, isZeroDelta } from "./running-delta";

const d = (sales: bigint, revenue = 0n) => ({ sales, conversions: sales, revenue, commission: 0n });

describe("deltaOf", () => {
  it("counts every conversion type, keeps gross revenue and net commission, drops clicks", () => {
    expect(
      deltaOf({ sales: 2, leads: 3, installs: 1, actions: 4, revenue: 900n, commission: -5n }),
    ).toEqual({ sales: 2n, conversions: 10n, revenue: 900n, commission: -5n });
    expect(isZeroDelta(deltaOf({ clicks: 7, uniqueClicks: 3, refunded: 100n }))).toBe(true);
    expect(isZeroDelta(deltaOf({ commission: -1n }))).toBe(false);
  });
});

describe("deltaRanges", () => {
  it("turns deltas on days into disjoint ranges carrying the running sum, in day order", () => {
    const days = new Map([
      ["2026-03-05", d(1n, 10n)],
      ["2026-03-01", d(2n, 20n)],
      ["2026-03-09", d(-1n)],
    ]);
    expect(deltaRanges(days)).toEqual([
      { from: "2026-03-01", until: "2026-03-05", total: d(2n, 20n) },
      { from: "2026-03-05", until: "2026-03-09", total: d(3n, 30n) },
      { from: "2026-03-09", until: null, total: d(2n, 30n) },
    ]);
    expect(deltaRanges(new Map())).toEqual([]);
  });
});

describe("days", () => {
  it("are UTC calendar days, across months and leap days", () => {
    expect(utcDay(new Date("2024-02-28T23:59:59.999-01:00"))).toBe("2024-02-29");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});
