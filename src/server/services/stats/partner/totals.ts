import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import type { Period } from "./period";
import { conversionRate, earningsPerClick } from "~/lib/rates";

export type DashboardTotals = {
  clicks: number;
  uniqueClicks: number;
  conversions: { sale: number; lead: number; install: number; action: number; total: number };
  /** Conversions per unique click; null without clicks. */
  conversionRate: number | null;
  /** Minor units of the program's currency; revenue is gross of refunds, as the rollups keep it. */
  revenue: bigint;
  refunded: bigint;
  /** The partner's own commissions net of reversals. */
  commission: bigint;
  /** Commission per click, minor units rounded half-up; null without clicks. */
  epc: bigint | null;
};

type Row = {
  which: "current" | "previous";
  clicks: number;
  unique_clicks: number;
  sales: number;
  leads: number;
  installs: number;
  actions: number;
  revenue: string;
  refunded: string;
  commission: string;
};

/** Where a rollup row falls in a period: hours of stats_hourly, or days of stats_daily. */
export const inPeriod = (period: Period) =>
  period.granularity === "hour"
    ? sql`s.hour >= ${period.start.toISOString()}::timestamptz and s.hour < ${period.end.toISOString()}::timestamptz`
    : sql`s.day between ${period.from}::date and ${period.to}::date`;

/** The rollup a period is read from: hourly for a single day, daily otherwise. */
export const rollupOf = (period: Period) =>
  period.granularity === "hour" ? sql.raw("stats_hourly") : sql.raw("stats_daily");

/**
 * One partner's totals over a period and over the previous one, in one statement reading one
 * index range of the rollup (the previous period always lies before the current one).
 */
export async function readTotals(
  db: Executor,
  scope: { programId: string; enrollmentId: string },
  period: Period,
  previous: Period,
): Promise<{ current: DashboardTotals; previous: DashboardTotals }> {
  const span =
    period.granularity === "hour"
      ? sql`s.hour >= ${previous.start.toISOString()}::timestamptz and s.hour < ${period.end.toISOString()}::timestamptz`
      : sql`s.day between ${previous.from}::date and ${period.to}::date`;
  const rows = await db.execute<Row>(sql`
    select case when ${inPeriod(period)} then 'current' else 'previous' end as which,
      sum(s.clicks)::int as clicks, sum(s.unique_clicks)::int as unique_clicks,
      sum(s.sales)::int as sales, sum(s.leads)::int as leads, sum(s.installs)::int as installs,
      sum(s.actions)::int as actions, sum(s.revenue)::text as revenue,
      sum(s.refunded)::text as refunded, sum(s.commission)::text as commission
    from ${rollupOf(period)} s
    where s.enrollment_id = ${scope.enrollmentId}::uuid and s.program_id = ${scope.programId}::uuid
      and ${span} and ((${inPeriod(period)}) or (${inPeriod(previous)}))
    group by 1`);
  const byWhich = new Map([...rows].map((row) => [row.which, row]));
  return { current: toTotals(byWhich.get("current")), previous: toTotals(byWhich.get("previous")) };
}

export function toTotals(row: Omit<Row, "which"> | undefined): DashboardTotals {
  const clicks = row?.clicks ?? 0;
  const uniqueClicks = row?.unique_clicks ?? 0;
  const conversions = {
    sale: row?.sales ?? 0,
    lead: row?.leads ?? 0,
    install: row?.installs ?? 0,
    action: row?.actions ?? 0,
  };
  const total = conversions.sale + conversions.lead + conversions.install + conversions.action;
  const commission = BigInt(row?.commission ?? "0");
  return {
    clicks,
    uniqueClicks,
    conversions: { ...conversions, total },
    conversionRate: conversionRate(total, uniqueClicks),
    revenue: BigInt(row?.revenue ?? "0"),
    refunded: BigInt(row?.refunded ?? "0"),
    commission,
    epc: earningsPerClick(commission, clicks),
  };
}
