import { describe, expect, it } from "vitest";
import { digestContent, trend, type PartnerFacts } from "./digest-content";

const quiet = (): PartnerFacts => ({
  current: { clicks: 0, conversions: 0, revenue: 0n, commission: 0n },
  previous: { clicks: 0, conversions: 0, revenue: 0n, commission: 0n },
  pending: 0n,
  available: 0n,
  approvedInPeriod: 0n,
  contests: [],
  newCreatives: { count: 0, names: [] },
  webinars: [],
  courses: [],
});

describe("digest content for a partner with and without activity", () => {
  it("says nothing to a partner without activity, money movement or news", () => {
    expect(digestContent(quiet())).toBeNull();
  });

  it("does not send a standing balance or an unfinished course on its own", () => {
    const facts = {
      ...quiet(),
      pending: 5_000n,
      available: 12_000n,
      previous: { clicks: 40, conversions: 1, revenue: 9_900n, commission: 990n },
      courses: [{ id: "c", title: "Basics", done: 1, total: 4 }],
    };
    expect(digestContent(facts)).toBeNull();
  });

  it("reports the period against the one before, the balance and the courses", () => {
    const content = digestContent({
      ...quiet(),
      current: { clicks: 120, conversions: 3, revenue: 30_000n, commission: 3_000n },
      previous: { clicks: 100, conversions: 0, revenue: 40_000n, commission: 4_000n },
      pending: 3_000n,
      available: 10_000n,
      courses: [{ id: "c", title: "Basics", done: 1, total: 4 }],
    });
    expect(content?.stats).toEqual({
      clicks: { current: "120", previous: "100", changePercent: 20 },
      conversions: { current: "3", previous: "0", changePercent: null },
      revenue: { current: "30000", previous: "40000", changePercent: -25 },
      commission: { current: "3000", previous: "4000", changePercent: -25 },
    });
    expect(content?.earnings).toEqual({
      pending: "3000",
      available: "10000",
      approvedInPeriod: "0",
    });
    expect(content?.courses).toHaveLength(1);
    expect(content?.newCreatives).toBeNull();
  });

  it("speaks when money moved, a contest runs or something is new, even without clicks", () => {
    expect(digestContent({ ...quiet(), approvedInPeriod: 2_500n })?.earnings).toEqual({
      pending: "0",
      available: "0",
      approvedInPeriod: "2500",
    });
    const contest = {
      name: "Sprint",
      endsOn: "2026-12-31",
      rank: null,
      ranked: 12,
      gapToNextRank: 101n,
      nextMilestone: { label: "First 1k", remaining: 100_000n },
      money: true,
    };
    const withContest = digestContent({ ...quiet(), contests: [contest] });
    expect(withContest?.contests[0]).toMatchObject({
      gapToNextRank: "101",
      nextMilestone: { label: "First 1k", remaining: "100000" },
    });
    expect(withContest?.stats).toBeNull();
    expect(
      digestContent({ ...quiet(), newCreatives: { count: 2, names: ["a", "b"] } }),
    ).not.toBeNull();
    const webinar = {
      id: "w",
      title: "Launch",
      startsAt: new Date("2026-12-02T10:00:00Z"),
      timeZone: "UTC",
    };
    expect(digestContent({ ...quiet(), webinars: [webinar] })?.webinars).toEqual([
      { id: "w", title: "Launch", startsAt: "2026-12-02T10:00:00.000Z", timeZone: "UTC" },
    ]);
  });

  it("computes changes in integers, exactly for amounts beyond 2^53", () => {
    expect(trend(2n ** 60n, 2n ** 59n).changePercent).toBe(100);
    expect(trend(0, 0).changePercent).toBeNull();
    expect(trend(1, 3).changePercent).toBe(-66);
  });
});
