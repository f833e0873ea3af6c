import { sql } from "drizzle-orm";
import type { PartnerContext } from "../../context";
import { fillBuckets } from "./buckets";
import { resolvePeriod } from "./period";
import { dashboardInput, dashboardScope, type DashboardInput } from "./scope";
import { inPeriod, rollupOf } from "./totals";

export type SeriesPoint = {
  /** An ISO hour ("2026-03-01T05:00:00.000Z") or a UTC day ("2026-03-01"). */
  bucket: string;
  clicks: number;
  uniqueClicks: number;
  conversions: number;
  /** Minor units of the program's currency. */
  revenue: bigint;
  commission: bigint;
};

type Row = {
  bucket: string;
  clicks: number;
  unique_clicks: number;
  conversions: number;
  revenue: string;
  commission: string;
};

const empty = (bucket: string): SeriesPoint => ({
  bucket,
  clicks: 0,
  uniqueClicks: 0,
  conversions: 0,
  revenue: 0n,
  commission: 0n,
});

/**
 * The partner's activity over the range as a chart series: by the hour for a single day, by
 * the day otherwise, with every bucket present (zeros where nothing happened).
 */
export async function dashboardSeries(
  ctx: PartnerContext,
  input: DashboardInput,
  now = new Date(),
) {
  const { range } = dashboardInput.parse(input);
  const programId = ctx.program.id;
  const scope = dashboardScope(ctx);
  const period = resolvePeriod(range, now);
  // The bucket as the text bucketKeys makes, so points are matched without parsing dates.
  const bucket =
    period.granularity === "hour"
      ? sql`to_char(s.hour at time zone 'UTC', 'YYYY-MM-DD"T"HH24:00:00.000"Z"')`
      : sql`s.day::text`;
  const rows = await ctx.db.execute<Row>(sql`
    select ${bucket} as bucket, sum(s.clicks)::int as clicks,
      sum(s.unique_clicks)::int as unique_clicks,
      sum(s.sales + s.leads + s.installs + s.actions)::int as conversions,
      sum(s.revenue)::text as revenue, sum(s.commission)::text as commission
    from ${rollupOf(period)} s
    where s.enrollment_id = ${scope.enrollmentId}::uuid and s.program_id = ${programId}::uuid
      and ${inPeriod(period)}
    group by 1`);
  const points = [...rows].map((row): SeriesPoint => ({
    bucket: row.bucket,
    clicks: row.clicks,
    uniqueClicks: row.unique_clicks,
    conversions: row.conversions,
    revenue: BigInt(row.revenue),
    commission: BigInt(row.commission),
  }));
  return {
    granularity: period.granularity,
    from: period.from,
    to: period.to,
    points: fillBuckets(period, points, empty),
  };
}
