import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { statsDaily } from "~/server/db/schema/index";
import { partnerDailyStats } from "~/server/services/stats/partner/daily-stats";
import { rankPartners } from "~/server/services/stats/program/rank-partners";
import { rebuildRunningTotals } from "~/server/tracking/running-rebuild";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";

type DailyRow = typeof statsDaily.$inferInsert;

/** Daily rows written directly, then the running totals rankings read, rebuilt from them. */
async function insertDaily(...rows: DailyRow[]) {
  await db.insert(statsDaily).values(rows);
  for (const programId of new Set(rows.map((row) => row.programId))) {
    await rebuildRunningTotals(db, programId);
  }
}

/** A program with partners whose ids are sorted, so tie-breaking can be asserted by name. */
async function programWithPartners(count: number) {
  const { program } = await makeProgram();
  const partners = await Promise.all(
    Array.from({ length: count }, () => makePartner(program.id).then((p) => p.enrollment.id)),
  );
  return { programId: program.id, partners: partners.sort() };
}

const zeros = {
  clicks: 0,
  uniqueClicks: 0,
  impressions: 0,
  sales: 0,
  leads: 0,
  installs: 0,
  actions: 0,
  revenue: 0n,
  refunded: 0n,
  commission: 0n,
};

describe("partnerDailyStats", () => {
  it("returns one row per day, zero-filled, for this partner and program only", async () => {
    const { programId, partners } = await programWithPartners(2);
    const [mine, other] = partners as [string, string];
    const { program: foreign } = await makeProgram();
    const big = 9_007_199_254_740_993n; // beyond 2^53: must survive as a bigint
    await insertDaily(
      { programId, enrollmentId: mine, day: "2025-03-01", clicks: 10, uniqueClicks: 7 },
      {
        programId,
        enrollmentId: mine,
        day: "2025-03-03",
        clicks: 4,
        uniqueClicks: 4,
        impressions: 100,
        sales: 2,
        leads: 3,
        installs: 1,
        actions: 5,
        revenue: big,
        refunded: 1_500n,
        commission: 2_550n,
      },
      // Outside the range, another partner, unattributed traffic, another program.
      { programId, enrollmentId: mine, day: "2025-02-28", clicks: 99 },
      { programId, enrollmentId: mine, day: "2025-03-05", clicks: 99 },
      { programId, enrollmentId: other, day: "2025-03-01", clicks: 50 },
      { programId, enrollmentId: null, day: "2025-03-02", clicks: 60 },
      { programId: foreign.id, enrollmentId: mine, day: "2025-03-02", clicks: 70 },
    );

    const rows = await partnerDailyStats(db, {
      programId,
      enrollmentId: mine,
      from: "2025-03-01",
      to: "2025-03-04",
    });

    expect(rows).toEqual([
      { ...zeros, day: "2025-03-01", clicks: 10, uniqueClicks: 7 },
      { ...zeros, day: "2025-03-02" },
      {
        day: "2025-03-03",
        clicks: 4,
        uniqueClicks: 4,
        impressions: 100,
        sales: 2,
        leads: 3,
        installs: 1,
        actions: 5,
        revenue: big,
        refunded: 1_500n,
        commission: 2_550n,
      },
      { ...zeros, day: "2025-03-04" },
    ]);
  });

  it("answers only zeros when the enrollment belongs to another program", async () => {
    const { programId, partners } = await programWithPartners(1);
    const { program: foreign } = await makeProgram();
    await insertDaily({ programId, enrollmentId: partners[0], day: "2025-03-01", clicks: 5 });

    const rows = await partnerDailyStats(db, {
      programId: foreign.id,
      enrollmentId: partners[0]!,
      from: "2025-03-01",
      to: "2025-03-02",
    });
    expect(rows).toEqual([
      { ...zeros, day: "2025-03-01" },
      { ...zeros, day: "2025-03-02" },
    ]);
  });

  it("refuses reversed, overlong and malformed input", async () => {
    const base = { programId: randomUUID(), enrollmentId: randomUUID() };
    await expect(
      partnerDailyStats(db, { ...base, from: "2025-03-02", to: "2025-03-01" }),
    ).rejects.toThrow(/rangeReversed/);
    await expect(
      partnerDailyStats(db, { ...base, from: "2024-01-01", to: "2025-06-01" }),
    ).rejects.toThrow(/rangeTooLong/);
    await expect(
      partnerDailyStats(db, { ...base, programId: "nope", from: "2025-03-01", to: "2025-03-01" }),
    ).rejects.toThrow();
  });
});

describe("rankPartners", () => {
  it("sums each metric over the range, highest first", async () => {
    const { programId, partners } = await programWithPartners(3);
    const [a, b, c] = partners as [string, string, string];
    const day = (d: number) => `2025-04-0${d}`;
    await insertDaily(
      {
        programId,
        enrollmentId: a,
        day: day(1),
        clicks: 5,
        sales: 1,
        revenue: 1_000n,
        commission: 100n,
      },
      {
        programId,
        enrollmentId: a,
        day: day(2),
        clicks: 5,
        leads: 4,
        revenue: 500n,
        commission: 50n,
      },
      {
        programId,
        enrollmentId: b,
        day: day(1),
        clicks: 30,
        sales: 3,
        revenue: 900n,
        commission: 300n,
      },
      { programId, enrollmentId: c, day: day(2), clicks: 1, installs: 2, actions: 6, revenue: 0n },
      // Outside the range: would change every order if counted.
      {
        programId,
        enrollmentId: c,
        day: "2025-03-31",
        clicks: 1_000,
        sales: 100,
        revenue: 1_000_000n,
      },
      {
        programId,
        enrollmentId: c,
        day: "2025-04-04",
        clicks: 1_000,
        sales: 100,
        revenue: 1_000_000n,
      },
    );
    const rank = (metric: "revenue" | "commission" | "sales" | "conversions" | "clicks") =>
      rankPartners(db, { programId, metric, from: day(1), to: day(3) }).then((rows) =>
        rows.map((r) => [r.rank, r.enrollmentId, r.value]),
      );

    expect(await rank("revenue")).toEqual([
      [1, a, 1_500n],
      [2, b, 900n],
      [3, c, 0n],
    ]);
    expect(await rank("commission")).toEqual([
      [1, b, 300n],
      [2, a, 150n],
      [3, c, 0n],
    ]);
    expect(await rank("sales")).toEqual([
      [1, b, 3n],
      [2, a, 1n],
      [3, c, 0n],
    ]);
    expect(await rank("conversions")).toEqual([
      [1, c, 8n],
      [2, a, 5n],
      [3, b, 3n],
    ]);
    expect(await rank("clicks")).toEqual([
      [1, b, 30n],
      [2, a, 10n],
      [3, c, 1n],
    ]);
  });

  it("breaks ties by enrollment id, excludes unattributed rows and other programs, honours the limit", async () => {
    const { programId, partners } = await programWithPartners(4);
    const [p1, p2, p3, p4] = partners as [string, string, string, string];
    const { program: foreign } = await makeProgram();
    const day = "2025-05-10";
    // Inserted in reverse id order so the result cannot come from insertion order.
    await insertDaily(
      { programId, enrollmentId: p4, day, clicks: 7 },
      { programId, enrollmentId: p3, day, clicks: 7 },
      { programId, enrollmentId: p2, day, clicks: 9 },
      { programId, enrollmentId: p1, day, clicks: 7 },
      { programId, enrollmentId: null, day, clicks: 10_000 },
      { programId: foreign.id, enrollmentId: p4, day: "2025-05-11", clicks: 10_000 },
    );

    const all = await rankPartners(db, {
      programId,
      metric: "clicks",
      from: day,
      to: "2025-05-11",
    });
    expect(all).toEqual([
      { rank: 1, enrollmentId: p2, value: 9n },
      { rank: 2, enrollmentId: p1, value: 7n },
      { rank: 3, enrollmentId: p3, value: 7n },
      { rank: 4, enrollmentId: p4, value: 7n },
    ]);

    const top = await rankPartners(db, {
      programId,
      metric: "clicks",
      from: day,
      to: day,
      limit: 2,
    });
    expect(top.map((r) => r.enrollmentId)).toEqual([p2, p1]);
  });

  it("is empty for a range without activity and refuses a bad metric", async () => {
    const { programId } = await programWithPartners(1);
    await expect(
      rankPartners(db, { programId, metric: "revenue", from: "2020-01-01", to: "2020-01-31" }),
    ).resolves.toEqual([]);
    await expect(
      rankPartners(db, {
        programId,
        metric: "refunds" as "revenue",
        from: "2020-01-01",
        to: "2020-01-31",
      }),
    ).rejects.toThrow();
  });
});
