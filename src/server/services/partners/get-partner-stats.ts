import { and, eq, sql, type AnyColumn } from "drizzle-orm";
import { statsDaily } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { partnerDailyStats } from "../stats/partner/daily-stats";
import { managedEnrollment } from "./managed-enrollment";
import { performanceWindow } from "./performance-window";
import { sumTotals, zeroTotals, type PartnerTotals } from "./partner-totals";

const d = statsDaily;
const sumText = (column: AnyColumn) => sql<string>`sum(${column})::text`;

/**
 * A partner's performance for the console: the last 30 days day by day (for the chart) and in
 * total, and all time. Both read the daily rollup only: a day's row per partner, however busy.
 */
export async function getPartnerStats(ctx: ProgramContext, input: { enrollmentId: string }) {
  const enrollment = await managedEnrollment(ctx.db, ctx.program.id, input.enrollmentId);
  const window = performanceWindow(new Date());
  const [daily, allTime] = await Promise.all([
    partnerDailyStats(ctx.db, {
      programId: ctx.program.id,
      enrollmentId: enrollment.id,
      ...window,
    }),
    allTimeTotals(ctx, enrollment.id),
  ]);
  return { window, currency: ctx.program.currency, daily, last30: sumTotals(daily), allTime };
}

async function allTimeTotals(ctx: ProgramContext, enrollmentId: string): Promise<PartnerTotals> {
  const [row] = await ctx.db
    .select({
      clicks: sumText(d.clicks),
      uniqueClicks: sumText(d.uniqueClicks),
      impressions: sumText(d.impressions),
      sales: sumText(d.sales),
      leads: sumText(d.leads),
      installs: sumText(d.installs),
      actions: sumText(d.actions),
      revenue: sumText(d.revenue),
      refunded: sumText(d.refunded),
      commission: sumText(d.commission),
    })
    .from(d)
    .where(and(eq(d.enrollmentId, enrollmentId), eq(d.programId, ctx.program.id)));
  // sum() over no rows is null: a partner without activity.
  if (!row || row.clicks === null) return zeroTotals();
  return {
    clicks: Number(row.clicks),
    uniqueClicks: Number(row.uniqueClicks),
    impressions: Number(row.impressions),
    sales: Number(row.sales),
    leads: Number(row.leads),
    installs: Number(row.installs),
    actions: Number(row.actions),
    revenue: BigInt(row.revenue),
    refunded: BigInt(row.refunded),
    commission: BigInt(row.commission),
  };
}
