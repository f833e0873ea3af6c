import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { offsetOf } from "~/lib/paging";
import { conversionRate, earningsPerClick } from "~/lib/rates";

/**
 * A page of a grouped breakdown and the number of its groups, in one statement that always
 * answers (also past the last page). `grouped` must number its rows in display order as `n`
 * (row_number() over (order by …)); a page is rows n in (offset, offset + size].
 */
export async function readPage<T>(
  db: Executor,
  grouped: SQL,
  page: number,
  pageSize: number,
): Promise<{ rows: T[]; total: number }> {
  const offset = offsetOf(page, pageSize);
  const [row] = await db.execute<{ total: number; items: T[] }>(sql`
    with g as (${grouped})
    select (select count(*) from g)::int as total,
      coalesce((select json_agg(g order by g.n) from g
        where g.n > ${offset}::int and g.n <= ${offset + pageSize}::int), '[]'::json) as items`);
  return { rows: row?.items ?? [], total: row?.total ?? 0 };
}

/** The figures every breakdown row sums, as the statement names them. */
export type FigureColumns = {
  clicks: number;
  unique_clicks: number;
  conversions: number;
  revenue: string;
  commission: string;
};

export type BreakdownFigures = {
  clicks: number;
  uniqueClicks: number;
  conversions: number;
  conversionRate: number | null;
  /** Minor units of the program's currency; revenue gross of refunds. */
  revenue: bigint;
  commission: bigint;
  epc: bigint | null;
};

/** A breakdown row's sums with the rates derived from them. */
export function breakdownFigures(row: FigureColumns): BreakdownFigures {
  const commission = BigInt(row.commission);
  return {
    clicks: row.clicks,
    uniqueClicks: row.unique_clicks,
    conversions: row.conversions,
    conversionRate: conversionRate(row.conversions, row.unique_clicks),
    revenue: BigInt(row.revenue),
    commission,
    epc: earningsPerClick(commission, row.clicks),
  };
}
