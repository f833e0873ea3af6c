import { and, between, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/server/db/client";
import { statsDaily } from "~/server/db/schema";
import { dayRangeSchema } from "./day-range";

export const RANK_METRICS = ["revenue", "commission", "sales", "conversions", "clicks"] as const;
export type RankMetric = (typeof RANK_METRICS)[number];

const inputSchema = z.intersection(
  z.object({
    programId: z.uuid(),
    metric: z.enum(RANK_METRICS),
    limit: z.number().int().min(1).max(10_000).optional(),
  }),
  dayRangeSchema,
);

export type RankPartnersInput = z.input<typeof inputSchema>;
export type RankedPartner = { rank: number; enrollmentId: string; value: bigint };

const d = statsDaily;
// Sums are cast back to bigint: sum(bigint) is numeric in PostgreSQL, and every metric here
// fits in 64 bits (counts are 32-bit per day, money is bigint minor units).
const metricSum: Record<RankMetric, SQL<string>> = {
  revenue: sql<string>`sum(${d.revenue})::bigint`,
  commission: sql<string>`sum(${d.commission})::bigint`,
  sales: sql<string>`sum(${d.sales})::bigint`,
  conversions: sql<string>`sum(${d.sales}::bigint + ${d.leads} + ${d.installs} + ${d.actions})::bigint`,
  clicks: sql<string>`sum(${d.clicks})::bigint`,
};

/**
 * A program's partners ranked by one metric over an inclusive range of UTC days, highest
 * first, from the daily rollup. Unattributed traffic (rows without a partner) is not ranked.
 * Only partners with a rollup row in the range appear (a row may still sum to zero).
 * Ties are broken by enrollment id ascending (PostgreSQL's uuid order, which is the order of
 * the lower-case text form), so ranks are 1, 2, 3… without gaps or repeats and a page of the
 * leaderboard is stable between calls.
 */
export async function rankPartners(
  db: Executor,
  input: RankPartnersInput,
): Promise<RankedPartner[]> {
  const { programId, metric, from, to, limit } = inputSchema.parse(input);
  const value = metricSum[metric];
  const query = db
    .select({ enrollmentId: d.enrollmentId, value })
    .from(d)
    .where(and(eq(d.programId, programId), between(d.day, from, to), isNotNull(d.enrollmentId)))
    .groupBy(d.enrollmentId)
    .orderBy(sql`2 desc`, d.enrollmentId);
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map((row, index) => ({
    rank: index + 1,
    // Never null: the filter above excludes unattributed rows.
    enrollmentId: row.enrollmentId!,
    value: BigInt(row.value),
  }));
}
