import { and, between, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { statsDaily } from "~/server/db/schema";
import type { DayWindow } from "./performance-window";

export type WindowStats = {
  clicks: number;
  uniqueClicks: number;
  /** Sales, leads, installs and actions. */
  conversions: number;
  /** Minor units of the program's currency. */
  revenue: bigint;
  commission: bigint;
};

export const zeroWindowStats = (): WindowStats => ({
  clicks: 0,
  uniqueClicks: 0,
  conversions: 0,
  revenue: 0n,
  commission: 0n,
});

const d = statsDaily;

/**
 * A page of partners' totals over a window of UTC days, summed from the daily rollup: at most
 * one row per partner and day (stats_daily_partner_idx), never raw events. Partners without
 * activity get zeros.
 */
export async function windowStatsFor(
  db: Executor,
  programId: string,
  enrollmentIds: readonly string[],
  window: DayWindow,
): Promise<Map<string, WindowStats>> {
  const result = new Map(enrollmentIds.map((id) => [id, zeroWindowStats()]));
  if (enrollmentIds.length === 0) return result;
  const rows = await db
    .select({
      enrollmentId: sql<string>`${d.enrollmentId}`,
      clicks: sql<string>`sum(${d.clicks})::text`,
      uniqueClicks: sql<string>`sum(${d.uniqueClicks})::text`,
      conversions: sql<string>`sum(${d.sales} + ${d.leads} + ${d.installs} + ${d.actions})::text`,
      revenue: sql<string>`sum(${d.revenue})::text`,
      commission: sql<string>`sum(${d.commission})::text`,
    })
    .from(d)
    .where(
      and(
        inArray(d.enrollmentId, [...enrollmentIds]),
        eq(d.programId, programId),
        between(d.day, window.from, window.to),
      ),
    )
    .groupBy(d.enrollmentId);
  for (const row of rows) {
    result.set(row.enrollmentId, {
      clicks: Number(row.clicks),
      uniqueClicks: Number(row.uniqueClicks),
      conversions: Number(row.conversions),
      revenue: BigInt(row.revenue),
      commission: BigInt(row.commission),
    });
  }
  return result;
}
