import { and, between, eq, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { statsDaily } from "~/server/db/schema/index";
import type { DayRange } from "~/lib/period";

export type Counts = {
  clicks: number;
  uniqueClicks: number;
  sales: number;
  leads: number;
  installs: number;
  actions: number;
  /** Minor units: sale amounts gross of refunds, refunds, direct commissions net of reversals. */
  revenue: bigint;
  refunded: bigint;
  commission: bigint;
};

/**
 * A program's daily rollup summed over a range, split in two: what partners brought
 * (rows with a partner) and what came without one (enrollment_id null: conversions with
 * attribution "none", counted there by the conversion writer with their refunds). Plus the
 * number of partners with at least one click or conversion on some day of the range.
 */
export type RangeTotals = { partners: Counts; unattributed: Counts; activePartners: number };

const d = statsDaily;

export async function rangeTotals(
  db: Executor,
  programId: string,
  range: DayRange,
): Promise<RangeTotals> {
  const rows = await db
    .select({
      attributed: sql<boolean>`${d.enrollmentId} is not null`,
      clicks: sql<string>`coalesce(sum(${d.clicks}), 0)::text`,
      uniqueClicks: sql<string>`coalesce(sum(${d.uniqueClicks}), 0)::text`,
      sales: sql<string>`coalesce(sum(${d.sales}), 0)::text`,
      leads: sql<string>`coalesce(sum(${d.leads}), 0)::text`,
      installs: sql<string>`coalesce(sum(${d.installs}), 0)::text`,
      actions: sql<string>`coalesce(sum(${d.actions}), 0)::text`,
      revenue: sql<string>`coalesce(sum(${d.revenue}), 0)::text`,
      refunded: sql<string>`coalesce(sum(${d.refunded}), 0)::text`,
      commission: sql<string>`coalesce(sum(${d.commission}), 0)::text`,
      active: sql<number>`(count(distinct ${d.enrollmentId}) filter (where ${d.clicks} > 0
        or ${d.sales} + ${d.leads} + ${d.installs} + ${d.actions} > 0))::int`,
    })
    .from(d)
    .where(and(eq(d.programId, programId), between(d.day, range.from, range.to)))
    .groupBy(sql`${d.enrollmentId} is not null`);
  const partners = rows.find((row) => row.attributed);
  const unattributed = rows.find((row) => !row.attributed);
  return {
    partners: partners ? counts(partners) : zeroCounts(),
    unattributed: unattributed ? counts(unattributed) : zeroCounts(),
    activePartners: partners?.active ?? 0,
  };
}

type Row = Record<keyof Counts, string>;

function counts(row: Row): Counts {
  return {
    clicks: Number(row.clicks),
    uniqueClicks: Number(row.uniqueClicks),
    sales: Number(row.sales),
    leads: Number(row.leads),
    installs: Number(row.installs),
    actions: Number(row.actions),
    revenue: BigInt(row.revenue),
    refunded: BigInt(row.refunded),
    commission: BigInt(row.commission),
  };
}

export function zeroCounts(): Counts {
  return {
    clicks: 0,
    uniqueClicks: 0,
    sales: 0,
    leads: 0,
    installs: 0,
    actions: 0,
    revenue: 0n,
    refunded: 0n,
    commission: 0n,
  };
}
