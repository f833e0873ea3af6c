import { and, asc, between, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/server/db/client";
import { statsDaily } from "~/server/db/schema/index";
import { dayRangeSchema, fillDays } from "../day-range";

const inputSchema = z.intersection(
  z.object({ programId: z.uuid(), enrollmentId: z.uuid() }),
  dayRangeSchema,
);

export type PartnerDailyStatsInput = z.input<typeof inputSchema>;

export type DailyStatsRow = {
  day: string;
  clicks: number;
  uniqueClicks: number;
  impressions: number;
  sales: number;
  leads: number;
  installs: number;
  actions: number;
  /** Minor units of the program's currency. */
  revenue: bigint;
  refunded: bigint;
  commission: bigint;
};

const emptyDay = (day: string): DailyStatsRow => ({
  day,
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
});

/**
 * One partner's activity per UTC day over a range, days without activity as zeros. Reads the
 * daily rollup only (one row per program, partner and day), never raw events, so a 90-day
 * range is ~90 index-adjacent rows whatever the traffic. The caller has already checked that
 * the enrollment is the viewer's own or in a program they manage; the program id is still
 * part of the filter so a foreign enrollment id yields only zeros.
 */
export async function partnerDailyStats(
  db: Executor,
  input: PartnerDailyStatsInput,
): Promise<DailyStatsRow[]> {
  const { programId, enrollmentId, from, to } = inputSchema.parse(input);
  const rows = await db
    .select({
      day: statsDaily.day,
      clicks: statsDaily.clicks,
      uniqueClicks: statsDaily.uniqueClicks,
      impressions: statsDaily.impressions,
      sales: statsDaily.sales,
      leads: statsDaily.leads,
      installs: statsDaily.installs,
      actions: statsDaily.actions,
      revenue: statsDaily.revenue,
      refunded: statsDaily.refunded,
      commission: statsDaily.commission,
    })
    .from(statsDaily)
    .where(
      and(
        eq(statsDaily.enrollmentId, enrollmentId),
        eq(statsDaily.programId, programId),
        between(statsDaily.day, from, to),
      ),
    )
    .orderBy(asc(statsDaily.day));
  return fillDays(from, to, rows, emptyDay);
}
