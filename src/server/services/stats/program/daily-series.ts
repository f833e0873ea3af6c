import { and, asc, between, eq, sql, type AnyColumn } from "drizzle-orm";
import { z } from "zod";
import { statsDaily } from "~/server/db/schema/index";
import type { ProgramContext } from "../../context";
import { dayRangeSchema, fillDays } from "../day-range";

export type SeriesDay = {
  day: string;
  clicks: number;
  uniqueClicks: number;
  /** Sales, leads, installs and actions, with and without a partner. */
  conversions: number;
  sales: number;
  /** Minor units: all sales (gross of refunds), the partners' part of it, refunds, commissions. */
  revenue: bigint;
  partnerRevenue: bigint;
  refunded: bigint;
  commission: bigint;
};

const emptyDay = (day: string): SeriesDay => ({
  day,
  clicks: 0,
  uniqueClicks: 0,
  conversions: 0,
  sales: 0,
  revenue: 0n,
  partnerRevenue: 0n,
  refunded: 0n,
  commission: 0n,
});

const d = statsDaily;
const sum = (column: AnyColumn) => sql<string>`coalesce(sum(${column}), 0)::text`;

/**
 * The program's activity per UTC day over a range (at most 366 days, so the series is bounded),
 * days without activity as zeros. One indexed range of the daily rollup, summed per day.
 */
export async function dailySeries(
  ctx: ProgramContext,
  input: z.input<typeof dayRangeSchema>,
): Promise<SeriesDay[]> {
  const { from, to } = dayRangeSchema.parse(input);
  const rows = await ctx.db
    .select({
      day: d.day,
      clicks: sum(d.clicks),
      uniqueClicks: sum(d.uniqueClicks),
      conversions: sql<string>`coalesce(sum(${d.sales} + ${d.leads} + ${d.installs} + ${d.actions}), 0)::text`,
      sales: sum(d.sales),
      revenue: sum(d.revenue),
      partnerRevenue: sql<string>`coalesce(sum(${d.revenue}) filter (where ${d.enrollmentId} is not null), 0)::text`,
      refunded: sum(d.refunded),
      commission: sum(d.commission),
    })
    .from(d)
    .where(and(eq(d.programId, ctx.program.id), between(d.day, from, to)))
    .groupBy(d.day)
    .orderBy(asc(d.day));
  const days = rows.map((row): SeriesDay => ({
    day: row.day,
    clicks: Number(row.clicks),
    uniqueClicks: Number(row.uniqueClicks),
    conversions: Number(row.conversions),
    sales: Number(row.sales),
    revenue: BigInt(row.revenue),
    partnerRevenue: BigInt(row.partnerRevenue),
    refunded: BigInt(row.refunded),
    commission: BigInt(row.commission),
  }));
  return fillDays(from, to, days, emptyDay);
}
