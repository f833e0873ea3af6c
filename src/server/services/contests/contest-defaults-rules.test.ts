import { describe, expect, it } from "vitest";
import {
  defaultContestWindow,
  MIN_DAYS_LEFT,
  niceFloor,
  suggestContestRewards,
} from "./contest-defaults-rules";
import { previewThresholds } from "./rules/threshold-preview";

describe("defaultContestWindow", () => {
  it("covers the whole current month while enough of it is left", () => {
    expect(defaultContestWindow("2026-12-08")).toEqual({
      startsOn: "2026-12-01",
      endsOn: "2026-12-31",
    });
    expect(defaultContestWindow("2024-02-01")).toEqual({
      startsOn: "2024-02-01",
      endsOn: "2024-02-29",
    });
  });

  it(`moves to next month when fewer than ${MIN_DAYS_LEFT} days are left`, () => {
    // 25 … 31 December: seven days, today included.
    expect(defaultContestWindow("2026-12-25")).toEqual({
      startsOn: "2026-12-01",
      endsOn: "2026-12-31",
    });
    expect(defaultContestWindow("2026-12-26")).toEqual({
      startsOn: "2027-01-01",
      endsOn: "2027-01-31",
    });
    expect(defaultContestWindow("2027-01-31")).toEqual({
      startsOn: "2027-02-01",
      endsOn: "2027-02-28",
    });
    expect(defaultContestWindow("2028-01-30")).toEqual({
      startsOn: "2028-02-01",
      endsOn: "2028-02-29",
    });
  });
});

describe("niceFloor", () => {
  it("keeps two significant digits, rounding down, the second a 0 or 5 from 20 up", () => {
    expect(niceFloor(7n)).toBe(7n);
    expect(niceFloor(13n)).toBe(13n);
    expect(niceFloor(87n)).toBe(85n);
    expect(niceFloor(1480n)).toBe(1400n);
    expect(niceFloor(2630n)).toBe(2500n);
    expect(niceFloor(123_456n)).toBe(120_000n);
    expect(niceFloor(99_999_999_999_999_999n)).toBe(95_000_000_000_000_000n);
    expect(niceFloor(0n)).toBe(0n);
  });
});

describe("suggestContestRewards", () => {
  const lastMonth = [900n, 120_000n, 4_100n, 0n, 26_300n, 8_800n, 15_000n, -50n, 2_000n, 600n];

  it("sets a podium and milestones at the values rank 1, rank 3 and the middle rank held", () => {
    // Positive, best first: 120000, 26300, 15000, 8800, 4100, 2000, 900, 600 (8 partners).
    const suggested = suggestContestRewards(lastMonth);
    expect(suggested.participants).toBe(8);
    expect(suggested.prizes).toEqual([
      { fromRank: 1, toRank: 1, kind: "winner", points: 500 },
      { fromRank: 2, toRank: 3, kind: "runnerUp", points: 250 },
    ]);
    expect(suggested.milestones).toEqual([
      { threshold: 8_500n, kind: "steady", points: 50 },
      { threshold: 15_000n, kind: "podium", points: 100 },
      { threshold: 120_000n, kind: "record", points: 200 },
    ]);
  });

  it("never suggests a milestone the fairness preview would flag as unreachable", () => {
    const suggested = suggestContestRewards(lastMonth);
    const preview = previewThresholds(
      lastMonth.map((value, i) => ({ enrollmentId: String(i), value })),
      [],
      suggested.milestones.map((m) => m.threshold),
    );
    expect(preview.milestones.map((m) => m.reachedBy)).toEqual([4, 3, 1]);
    expect(preview.milestones.every((m) => m.warning === null)).toBe(true);
  });

  it("scales down for a small program and suggests no milestone without any result", () => {
    expect(suggestContestRewards([3n, 0n])).toEqual({
      participants: 1,
      prizes: [{ fromRank: 1, toRank: 1, kind: "winner", points: 500 }],
      milestones: [{ threshold: 3n, kind: "record", points: 200 }],
    });
    expect(suggestContestRewards([])).toEqual({
      participants: 0,
      prizes: [{ fromRank: 1, toRank: 1, kind: "winner", points: 500 }],
      milestones: [],
    });
  });

  it("merges milestones that round to the same value, keeping them strictly ascending", () => {
    // Rank 3 (1430) and rank 1 (1490) both round to 1400.
    const suggested = suggestContestRewards([1_490n, 1_450n, 1_430n]);
    expect(suggested.milestones).toEqual([{ threshold: 1_400n, kind: "podium", points: 100 }]);
  });
});
