import { desc, sql } from "drizzle-orm";
import { z } from "zod";
import { pageSizeSchema } from "~/lib/paging";
import type { statsHourly } from "~/server/db/schema/index";

/** What the links and creatives tables can be sorted by. */
export const TABLE_SORTS = ["clicks", "conversions", "revenue", "commission"] as const;
export type TableSort = (typeof TABLE_SORTS)[number];

export const pageInput = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: pageSizeSchema(1000, 20),
};

/** The counters the links and creatives tables sum from the hourly rollup, and their order. */
export function trafficTotals(h: typeof statsHourly) {
  const columns = {
    clicks: sql<string>`sum(${h.clicks})::text`,
    uniqueClicks: sql<string>`sum(${h.uniqueClicks})::text`,
    impressions: sql<string>`sum(${h.impressions})::text`,
    conversions: sql<string>`sum(${h.sales} + ${h.leads} + ${h.installs} + ${h.actions})::text`,
    revenue: sql<string>`sum(${h.revenue})::text`,
    commission: sql<string>`sum(${h.commission})::text`,
  };
  const expressions: Record<TableSort, ReturnType<typeof sql>> = {
    clicks: sql`sum(${h.clicks})`,
    conversions: sql`sum(${h.sales} + ${h.leads} + ${h.installs} + ${h.actions})`,
    revenue: sql`sum(${h.revenue})`,
    commission: sql`sum(${h.commission})`,
  };
  return {
    columns,
    /** Highest first; clicks break ties, then the caller's id column keeps pages stable. */
    order: (sort: TableSort) =>
      sort === "clicks"
        ? [desc(expressions.clicks)]
        : [desc(expressions[sort]), desc(expressions.clicks)],
    parse: (row: Record<keyof typeof columns, string>) => ({
      clicks: Number(row.clicks),
      uniqueClicks: Number(row.uniqueClicks),
      impressions: Number(row.impressions),
      conversions: Number(row.conversions),
      revenue: BigInt(row.revenue),
      commission: BigInt(row.commission),
    }),
  };
}
