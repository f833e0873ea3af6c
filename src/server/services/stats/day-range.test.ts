import { describe, expect, it } from "vitest";
import { dayRangeSchema, daysInRange, fillDays, MAX_RANGE_DAYS } from "./day-range";

describe("daysInRange", () => {
  it("lists every UTC day inclusively, across month, year and leap-day boundaries", () => {
    expect(daysInRange("2024-02-27", "2024-03-02")).toEqual([
      "2024-02-27",
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
      "2024-03-02",
    ]);
    expect(daysInRange("2025-12-31", "2026-01-01")).toEqual(["2025-12-31", "2026-01-01"]);
    expect(daysInRange("2025-03-30", "2025-03-30")).toEqual(["2025-03-30"]);
  });

  it("is empty for a reversed range", () => {
    expect(daysInRange("2025-01-02", "2025-01-01")).toEqual([]);
  });
});

describe("fillDays", () => {
  it("keeps existing rows and fills the gaps in order", () => {
    const rows = [
      { day: "2025-01-03", n: 3 },
      { day: "2025-01-01", n: 1 },
    ];
    const filled = fillDays("2025-01-01", "2025-01-04", rows, (day) => ({ day, n: 0 }));
    expect(filled).toEqual([
      { day: "2025-01-01", n: 1 },
      { day: "2025-01-02", n: 0 },
      { day: "2025-01-03", n: 3 },
      { day: "2025-01-04", n: 0 },
    ]);
  });

  it("ignores rows outside the range", () => {
    const filled = fillDays("2025-01-02", "2025-01-02", [{ day: "2025-01-01", n: 9 }], (day) => ({
      day,
      n: 0,
    }));
    expect(filled).toEqual([{ day: "2025-01-02", n: 0 }]);
  });
});

describe("dayRangeSchema", () => {
  it("accepts a single day and the longest range", () => {
    expect(dayRangeSchema.safeParse({ from: "2025-01-01", to: "2025-01-01" }).success).toBe(true);
    expect(daysInRange("2024-01-01", "2024-12-31")).toHaveLength(MAX_RANGE_DAYS);
    expect(dayRangeSchema.safeParse({ from: "2024-01-01", to: "2024-12-31" }).success).toBe(true);
  });

  it("refuses reversed, too long and malformed ranges", () => {
    const reversed = dayRangeSchema.safeParse({ from: "2025-01-02", to: "2025-01-01" });
    expect(reversed.error?.issues[0]?.message).toBe("rangeReversed");
    const long = dayRangeSchema.safeParse({ from: "2024-01-01", to: "2025-01-01" });
    expect(long.error?.issues[0]?.message).toBe("rangeTooLong");
    expect(dayRangeSchema.safeParse({ from: "2025-02-30", to: "2025-03-01" }).success).toBe(false);
    expect(dayRangeSchema.safeParse({ from: "2025-1-1", to: "2025-01-02" }).success).toBe(false);
  });
});
