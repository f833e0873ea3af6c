import { describe, expect, it } from "vitest";
import { assignPrizes, prizesSchema } from "./prizes";
import { rankStandings, type StandingEntry } from "./standings";

const day = (d: number) => new Date(Date.UTC(2025, 0, d));
const entry = (id: string, value: bigint, reached = 1): StandingEntry => ({
  enrollmentId: id,
  value,
  reachedAt: day(reached),
  joinedAt: day(1),
});

const podium = [
  { fromRank: 1, toRank: 1, label: "Laptop" },
  { fromRank: 2, toRank: 3, label: "Headphones" },
];

const firstIssue = (input: unknown) => prizesSchema.safeParse(input).error?.issues[0]?.message;

describe("prizesSchema", () => {
  it("accepts ascending, non-overlapping tiers and an empty list", () => {
    expect(prizesSchema.safeParse(podium).success).toBe(true);
    expect(prizesSchema.safeParse([]).success).toBe(true);
  });

  it("rejects overlapping or descending tiers", () => {
    expect(firstIssue([podium[1], { fromRank: 3, toRank: 5, label: "Mug" }])).toBe(
      "validation.contest.prizesOverlap",
    );
    expect(firstIssue([podium[1], podium[0]])).toBe("validation.contest.prizesOverlap");
  });

  it("rejects ranks below one and reversed ranges", () => {
    expect(firstIssue([{ fromRank: 0, toRank: 1, label: "X" }])).toBe(
      "validation.contest.prizeRank",
    );
    expect(firstIssue([{ fromRank: 3, toRank: 2, label: "X" }])).toBe(
      "validation.contest.prizeRangeReversed",
    );
    expect(prizesSchema.safeParse([{ fromRank: 1, toRank: 1, label: "  " }]).success).toBe(false);
  });
});

describe("assignPrizes", () => {
  it("awards each prized rank to whoever holds it", () => {
    const table = rankStandings(
      [entry("a", 90n), entry("b", 80n), entry("c", 70n), entry("d", 60n)],
      "first-to-reach",
    );
    expect(assignPrizes(table, podium)).toEqual({
      awards: [
        { enrollmentId: "a", rank: 1, tierIndex: 0, label: "Laptop" },
        { enrollmentId: "b", rank: 2, tierIndex: 1, label: "Headphones" },
        { enrollmentId: "c", rank: 3, tierIndex: 1, label: "Headphones" },
      ],
      unfilledTiers: [],
    });
  });

  it("treats ties the tie-break separated as separate ranks", () => {
    const table = rankStandings([entry("late", 50n, 3), entry("early", 50n, 1)], "first-to-reach");
    expect(assignPrizes(table, podium).awards.map((a) => [a.enrollmentId, a.label])).toEqual([
      ["early", "Laptop"],
      ["late", "Headphones"],
    ]);
  });

  it("gives a shared rank's prize to everyone on it without promoting the next", () => {
    const table = rankStandings([entry("x", 50n), entry("y", 50n), entry("z", 40n)], "shared");
    const prizes = [...podium, { fromRank: 4, toRank: 4, label: "Sticker" }];
    expect(assignPrizes(table, prizes)).toEqual({
      awards: [
        { enrollmentId: "x", rank: 1, tierIndex: 0, label: "Laptop" },
        { enrollmentId: "y", rank: 1, tierIndex: 0, label: "Laptop" },
        { enrollmentId: "z", rank: 3, tierIndex: 1, label: "Headphones" },
      ],
      unfilledTiers: [1, 2],
    });
  });

  it("awards nothing on an empty table and reports every tier unfilled", () => {
    expect(assignPrizes([], podium)).toEqual({ awards: [], unfilledTiers: [0, 1] });
  });

  it("validates the tiers it is given", () => {
    expect(() => assignPrizes([], [podium[1]!, podium[0]!])).toThrow();
  });
});
