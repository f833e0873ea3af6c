/**
 * Manager analytics (A3): figures equal what the real writers recorded, deltas compare with
 * the previous period, sales without a partner are told apart, and strangers see nothing.
 */
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser, callerFor } from "../../support/factories";
import { analyticsProgram } from "./fixtures";

let fx: Awaited<ReturnType<typeof analyticsProgram>>;
beforeAll(async () => {
  fx = await analyticsProgram();
});

const asManager = () => callerFor(fx.manager.id);

describe("manage.analytics.overview", () => {
  it("sums the period and the previous one from the rollups, with money from payouts and the ledger", async () => {
    const overview = await asManager().manage.analytics.overview({
      programId: fx.program.id,
      period: fx.period,
    });
    expect(overview.range).toEqual(fx.period);
    expect(overview.currency).toBe("EUR");
    expect(overview.current).toEqual({
      clicks: 5,
      uniqueClicks: 4,
      conversions: { sale: 3, lead: 1, install: 0, action: 0, total: 4 },
      conversionRate: 0.75, // the partners' 3 conversions over 4 unique clicks
      revenue: 18_000n,
      refunded: 1_000n,
      commission: 1_700n, // 10 % of 100.00 and 50.00, and the 2.00 lead; overrides are not direct
      epc: 340n,
      paidOut: 700n,
      activePartners: 2,
      newPartners: 2,
      partnerRevenue: 15_000n,
      unattributedRevenue: 2_000n,
      partnerSales: 2,
      unattributedSales: 1,
      partnerShare: 0.8824,
    });
    expect(overview.prior).toMatchObject({
      clicks: 1,
      uniqueClicks: 1,
      conversions: { sale: 1, lead: 0, install: 0, action: 0, total: 1 },
      revenue: 2_000n,
      commission: 200n,
      epc: 200n,
      paidOut: 0n,
      activePartners: 1,
      newPartners: 1,
      partnerShare: 1,
    });
    // Everything still in its hold: the four commissions and Alice's override on Bob's sale.
    expect(overview.owed).toEqual({ pending: 1_000n + 500n + 50n + 200n + 200n, approved: 0n });
  });

  it("answers zeros, not errors, for a quiet period and accepts presets", async () => {
    const quiet = await asManager().manage.analytics.overview({
      programId: fx.program.id,
      period: { from: "2020-01-01", to: "2020-01-31" },
    });
    expect(quiet.current).toMatchObject({
      clicks: 0,
      conversionRate: null,
      epc: null,
      partnerShare: null,
    });
    const preset = await asManager().manage.analytics.overview({
      programId: fx.program.id,
      period: { preset: "7d" },
    });
    expect(preset.range).toEqual(fx.period);
    expect(preset.current.revenue).toBe(18_000n);
  });

  it("refuses a reversed or overlong custom range", async () => {
    await expect(
      asManager().manage.analytics.overview({
        programId: fx.program.id,
        period: { from: "2025-02-01", to: "2025-01-01" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      asManager().manage.analytics.overview({
        programId: fx.program.id,
        period: { from: "2023-01-01", to: "2025-01-01" },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("manage.analytics.series", () => {
  it("has every day of the period, activity on the day it happened", async () => {
    const { days, range } = await asManager().manage.analytics.series({
      programId: fx.program.id,
      period: fx.period,
    });
    expect(range).toEqual(fx.period);
    expect(days).toHaveLength(7);
    expect(days.map((day) => day.day)).toEqual([...days.map((day) => day.day)].sort());
    const busy = days.find((day) => day.day === fx.yesterday);
    expect(busy).toEqual({
      day: fx.yesterday,
      clicks: 5,
      uniqueClicks: 4,
      conversions: 4,
      sales: 3,
      revenue: 18_000n,
      partnerRevenue: 15_000n,
      refunded: 1_000n,
      commission: 1_700n,
    });
    const rest = days.filter((day) => day.day !== fx.yesterday);
    expect(rest.every((day) => day.clicks === 0 && day.revenue === 0n)).toBe(true);
  });
});

describe("manage.analytics.topPartners", () => {
  it("ranks with rank-partners and pages through the ranking", async () => {
    const input = { programId: fx.program.id, period: fx.period, metric: "revenue" as const };
    const first = await asManager().manage.analytics.topPartners({ ...input, pageSize: 1 });
    expect(first.hasNext).toBe(true);
    expect(first.items).toEqual([
      {
        rank: 1,
        enrollmentId: fx.alice.enrollment.id,
        name: "Test Person",
        email: fx.alice.user.email,
        value: 10_000n,
        clicks: 3,
        conversions: 2,
        revenue: 10_000n,
        commission: 1_200n,
      },
    ]);
    const second = await asManager().manage.analytics.topPartners({
      ...input,
      pageSize: 1,
      page: 2,
    });
    expect(second.hasNext).toBe(false);
    expect(second.items.map((item) => [item.rank, item.enrollmentId, item.value])).toEqual([
      [2, fx.bob.enrollment.id, 5_000n],
    ]);
    const byClicks = await asManager().manage.analytics.topPartners({ ...input, metric: "clicks" });
    expect(byClicks.items.map((item) => [item.enrollmentId, item.value])).toEqual([
      [fx.alice.enrollment.id, 3n],
      [fx.bob.enrollment.id, 2n],
    ]);
  });
});

describe("manage.analytics.topLinks and topCreatives", () => {
  it("groups the hourly rollup by link, with the link and its partner", async () => {
    const input = { programId: fx.program.id, period: fx.period };
    const page = await asManager().manage.analytics.topLinks(input);
    expect(page.hasNext).toBe(false);
    expect(page.items).toEqual([
      expect.objectContaining({
        linkId: fx.linkA.id,
        code: fx.linkA.code,
        partnerEmail: fx.alice.user.email,
        clicks: 3,
        uniqueClicks: 2,
        conversions: 2,
        revenue: 10_000n,
        commission: 1_200n,
      }),
      expect.objectContaining({ linkId: fx.linkB.id, clicks: 2, impressions: 4, revenue: 5_000n }),
    ]);
    const byRevenue = await asManager().manage.analytics.topLinks({
      ...input,
      sort: "revenue",
      pageSize: 1,
      page: 2,
    });
    expect(byRevenue.items.map((item) => item.linkId)).toEqual([fx.linkB.id]);
    expect(byRevenue.hasNext).toBe(false);
  });

  it("groups links by creative, never another program's", async () => {
    const page = await asManager().manage.analytics.topCreatives({
      programId: fx.program.id,
      period: fx.period,
    });
    expect(page.items).toEqual([
      {
        creativeId: fx.banner.id,
        name: fx.banner.name,
        kind: "banner",
        archived: false,
        partners: 1,
        clicks: 2,
        uniqueClicks: 2,
        impressions: 4,
        conversions: 1,
        revenue: 5_000n,
        commission: 500n,
      },
    ]);
  });
});

describe("strangers", () => {
  const calls = {
    overview: (c: ReturnType<typeof callerFor>, programId: string) =>
      c.manage.analytics.overview({ programId, period: { preset: "30d" } }),
    series: (c: ReturnType<typeof callerFor>, programId: string) =>
      c.manage.analytics.series({ programId, period: { preset: "30d" } }),
    topPartners: (c: ReturnType<typeof callerFor>, programId: string) =>
      c.manage.analytics.topPartners({ programId, period: { preset: "30d" } }),
    topLinks: (c: ReturnType<typeof callerFor>, programId: string) =>
      c.manage.analytics.topLinks({ programId, period: { preset: "30d" } }),
    topCreatives: (c: ReturnType<typeof callerFor>, programId: string) =>
      c.manage.analytics.topCreatives({ programId, period: { preset: "30d" } }),
  };

  for (const [name, call] of Object.entries(calls)) {
    it(`${name} is NOT_FOUND for another program's manager and for a partner`, async () => {
      const partner = fx.alice.user.id;
      const nobody = (await makeUser()).id;
      for (const userId of [fx.other.manager.id, partner, nobody]) {
        const error = await call(callerFor(userId), fx.program.id).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe("NOT_FOUND");
      }
      await expect(call(callerFor(null), fx.program.id)).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    });
  }
});
