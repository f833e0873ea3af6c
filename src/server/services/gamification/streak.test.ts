import { describe, expect, it } from "vitest";
import { isoWeekKey, shiftWeek, weekKeyStart } from "~/lib/dates";
import { currentStreak, streakWeeks } from "./streak";

describe("ISO weeks", () => {
  it.each([
    ["2026-01-01", "2026-W01"], // a Thursday
    ["2025-12-29", "2026-W01"], // Monday of week 1 of 2026
    ["2027-01-03", "2026-W53"], // 2026 has 53 weeks
    ["2021-01-03", "2020-W53"],
    ["2024-12-30", "2025-W01"],
    ["2026-02-15", "2026-W07"], // a Sunday
  ])("%s is in %s", (day, key) => {
    expect(isoWeekKey(new Date(`${day}T12:00:00Z`))).toBe(key);
  });

  it("round-trips keys and refuses ones that do not exist", () => {
    expect(weekKeyStart("2026-W01")?.toISOString()).toBe("2025-12-29T00:00:00.000Z");
    expect(weekKeyStart("2025-W53")).toBeNull();
    expect(weekKeyStart("2025-W00")).toBeNull();
    expect(weekKeyStart("nonsense")).toBeNull();
    expect(shiftWeek("2026-W01", -1)).toBe("2025-W52");
    expect(shiftWeek("2026-W53", 1)).toBe("2027-W01");
  });
});

describe("currentStreak", () => {
  const wednesday = new Date("2026-02-11T10:00:00Z"); // 2026-W07

  it("counts consecutive weeks ending this week", () => {
    expect(currentStreak(["2026-W07", "2026-W06", "2026-W05", "2026-W03"], wednesday)).toBe(3);
  });

  it("counts from last week while this week has no activity yet", () => {
    expect(currentStreak(["2026-W06", "2026-W05"], wednesday)).toBe(2);
  });

  it("is 0 when neither this week nor last week was active", () => {
    expect(currentStreak(["2026-W05", "2026-W04"], wednesday)).toBe(0);
    expect(currentStreak([], wednesday)).toBe(0);
  });

  it("runs across a year boundary and ignores garbage", () => {
    const early = new Date("2026-01-07T00:00:00Z"); // 2026-W02
    expect(currentStreak(["2026-W02", "2026-W01", "2025-W52", "junk", "2026-W01"], early)).toBe(3);
  });
});

describe("streakWeeks", () => {
  it("gives every week from the second of a run", () => {
    expect(
      streakWeeks(["2026-W03", "2026-W01", "2026-W02", "2026-W05", "2026-W07", "2026-W08"]),
    ).toEqual(["2026-W02", "2026-W03", "2026-W08"]);
    expect(streakWeeks(["2026-W05"])).toEqual([]);
  });
});
