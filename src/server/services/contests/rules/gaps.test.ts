import { describe, expect, it } from "vitest";
import { gapToNextRank, milestoneProgress, milestonesSchema } from "./gaps";
import { rankStandings, type StandingEntry } from "./standings";

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const entry = (id: string, value: bigint, reached = 1): StandingEntry => ({
  enrollmentId: id,
  value,
  reachedAt: day(reached),
  joinedAt: day(1),
});

describe("milestoneProgress", () => {
  const steps = [1_000n, 5_000n, 10_000n];

  it("measures progress from zero toward the first milestone", () => {
    expect(milestoneProgress(250n, steps)).toEqual({
      reached: [],
      next: 1_000n,
      remaining: 750n,
      progressBps: 2_500,
    });
  });

  it("counts a milestone hit exactly as reached and aims at the next one", () => {
    expect(milestoneProgress(5_000n, steps)).toEqual({
      reached: [1_000n, 5_000n],
      next: 10_000n,
      remaining: 5_000n,
      progressBps: 5_000,
    });
  });

  it("floors the basis points so a bar never shows done before it is", () => {
    expect(milestoneProgress(9_999n, steps).progressBps).toBe(9_999);
    expect(milestoneProgress(2n, [3n]).progressBps).toBe(6_666);
  });

  it("is complete beyond the last milestone", () => {
    expect(milestoneProgress(12_345n, steps)).toEqual({
      reached: steps,
      next: null,
      remaining: null,
      progressBps: 10_000,
    });
  });

  it("reports no progress for zero or negative values", () => {
    expect(milestoneProgress(0n, steps)).toMatchObject({ remaining: 1_000n, progressBps: 0 });
    expect(milestoneProgress(-200n, steps)).toMatchObject({ remaining: 1_200n, progressBps: 0 });
  });

  it("has nothing to aim at without milestones", () => {
    expect(milestoneProgress(50n, [])).toEqual({
      reached: [],
      next: null,
      remaining: null,
      progressBps: null,
    });
  });

  it("rejects thresholds that are not positive and strictly ascending", () => {
    expect(() => milestoneProgress(1n, [5n, 5n])).toThrow();
    expect(milestonesSchema.safeParse([5n, 1n]).error?.issues[0]?.message).toBe(
      "validation.contest.milestonesAscending",
    );
    expect(milestonesSchema.safeParse([0n]).error?.issues[0]?.message).toBe(
      "validation.contest.milestonePositive",
    );
    expect(milestonesSchema.safeParse([1n, 2n]).success).toBe(true);
  });
});

describe("gapToNextRank", () => {
  const table = rankStandings(
    [entry("top", 900n), entry("second", 500n), entry("tieA", 200n), entry("tieB", 200n)],
    "shared",
  );

  it("has no gap at the top", () => {
    expect(gapToNextRank(table, "top", 900n)).toEqual({ rank: 1, gap: null });
  });

  it("needs one more than the partner above to get strictly ahead", () => {
    expect(gapToNextRank(table, "second", 500n)).toEqual({ rank: 2, gap: 401n });
  });

  it("looks past partners sharing the same rank", () => {
    expect(gapToNextRank(table, "tieB", 200n)).toEqual({ rank: 3, gap: 301n });
    expect(gapToNextRank(table, "tieA", 200n)).toEqual({ rank: 3, gap: 301n });
  });

  it("needs one unit to pass an equal value the tie-break put above", () => {
    const race = rankStandings([entry("first", 70n, 1), entry("later", 70n, 4)], "first-to-reach");
    expect(gapToNextRank(race, "later", 70n)).toEqual({ rank: 2, gap: 1n });
  });

  it("measures an unranked partner against the last ranked one", () => {
    expect(gapToNextRank(table, "newcomer", 0n)).toEqual({ rank: null, gap: 201n });
    expect(gapToNextRank(table, "refunded", -50n)).toEqual({ rank: null, gap: 251n });
  });

  it("needs a positive value to rank first on an empty table", () => {
    expect(gapToNextRank([], "anyone", 0n)).toEqual({ rank: null, gap: 1n });
    expect(gapToNextRank([], "anyone", -9n)).toEqual({ rank: null, gap: 10n });
  });
});
