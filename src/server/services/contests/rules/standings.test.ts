import { describe, expect, it } from "vitest";
import { TIE_BREAK_DESCRIPTION_KEYS, rankStandings, type StandingEntry } from "./standings";

const day = (d: number) => new Date(Date.UTC(2025, 0, d));

function entry(id: string, value: bigint, reached: number | null = 1, joined = 1): StandingEntry {
  return {
    enrollmentId: id,
    value,
    reachedAt: reached === null ? null : day(reached),
    joinedAt: day(joined),
  };
}

const summary = (list: ReturnType<typeof rankStandings>) =>
  list.map((s) => `${s.rank}:${s.enrollmentId}${s.tied ? "=" : ""}`);

describe("rankStandings", () => {
  it("returns an empty table for no entries or only non-positive ones", () => {
    expect(rankStandings([], "first-to-reach")).toEqual([]);
    expect(rankStandings([entry("a", 0n), entry("b", -5n)], "shared")).toEqual([]);
  });

  it("orders by value, highest first, leaving zero and negative values off", () => {
    const list = rankStandings(
      [entry("low", 10n), entry("zero", 0n), entry("high", 300n), entry("neg", -1n)],
      "first-to-reach",
    );
    expect(summary(list)).toEqual(["1:high", "2:low"]);
    expect(list[0]).toMatchObject({ value: 300n, reachedAt: day(1), joinedAt: day(1) });
  });

  it("breaks equal values by who reached them first, then by who joined first", () => {
    const list = rankStandings(
      [entry("late", 50n, 5), entry("early", 50n, 2), entry("joinedLater", 50n, 2, 3)],
      "first-to-reach",
    );
    expect(summary(list)).toEqual(["1:early", "2:joinedLater", "3:late"]);
  });

  it("ranks an unknown reaching time after every known one", () => {
    const list = rankStandings(
      [entry("unknown", 50n, null), entry("known", 50n, 9)],
      "first-to-reach",
    );
    expect(summary(list)).toEqual(["1:known", "2:unknown"]);
  });

  it("shares a rank only when the rule cannot separate, ordering by id for display", () => {
    const list = rankStandings(
      [entry("b", 50n), entry("a", 50n), entry("c", 70n), entry("d", 10n)],
      "first-to-reach",
    );
    expect(summary(list)).toEqual(["1:c", "2:a=", "2:b=", "4:d"]);
  });

  it("gives equal values a shared rank under the shared rule (competition ranking)", () => {
    const list = rankStandings(
      [entry("x", 20n, 1), entry("y", 20n, 9), entry("z", 20n, null), entry("w", 5n)],
      "shared",
    );
    expect(summary(list)).toEqual(["1:x=", "1:y=", "1:z=", "4:w"]);
  });

  it("handles a table where everybody is tied", () => {
    const list = rankStandings([entry("q", 1n, null), entry("p", 1n, null)], "first-to-reach");
    expect(summary(list)).toEqual(["1:p=", "1:q="]);
  });

  it("is deterministic whatever the input order", () => {
    const input = [entry("m", 5n, 2), entry("k", 5n, 2), entry("n", 9n), entry("j", 5n, 1)];
    const expected = ["1:n", "2:j", "3:k=", "3:m="];
    expect(summary(rankStandings(input, "first-to-reach"))).toEqual(expected);
    expect(summary(rankStandings([...input].reverse(), "first-to-reach"))).toEqual(expected);
  });

  it("ranks values beyond the safe integer range exactly", () => {
    const big = 2n ** 60n;
    const list = rankStandings([entry("a", big), entry("b", big + 1n)], "shared");
    expect(summary(list)).toEqual(["1:b", "2:a"]);
  });

  it("refuses a partner listed twice", () => {
    expect(() => rankStandings([entry("a", 1n), entry("a", 2n)], "shared")).toThrow(/duplicate/);
  });

  it("does not modify its input", () => {
    const input = [entry("a", 1n), entry("b", 2n)];
    rankStandings(input, "shared");
    expect(input.map((e) => e.enrollmentId)).toEqual(["a", "b"]);
    expect(input[0]).not.toHaveProperty("rank");
  });

  it("names a message key describing each rule", () => {
    expect(TIE_BREAK_DESCRIPTION_KEYS).toEqual({
      "first-to-reach": "contests.tieBreak.firstToReach",
      shared: "contests.tieBreak.shared",
    });
  });
});
