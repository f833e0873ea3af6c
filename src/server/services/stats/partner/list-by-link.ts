import { sql } from "drizzle-orm";
import type { PartnerContext } from "../../context";
import {
  breakdownFigures,
  readPage,
  type BreakdownFigures,
  type FigureColumns,
} from "./breakdown-page";
import { resolvePeriod } from "./period";
import { breakdownInput, dashboardScope, type BreakdownInput } from "./scope";

export type LinkBreakdownRow = BreakdownFigures & {
  /** Null for sales through the partner's promo codes (no link involved). */
  linkId: string | null;
  code: string | null;
  label: string;
};

type Row = FigureColumns & { link_id: string | null; code: string | null; label: string | null };

/**
 * The partner's links with activity in the range, busiest first (clicks, then commission), a
 * page at a time. Sums the hourly rollup, the one that keeps the link: a 90-day range reads at
 * most 2,160 rows per link, never a raw click.
 */
export async function dashboardByLink(
  ctx: PartnerContext,
  input: BreakdownInput,
  now = new Date(),
) {
  const { range, page, pageSize } = breakdownInput.parse(input);
  const programId = ctx.program.id;
  const scope = dashboardScope(ctx);
  const period = resolvePeriod(range, now);
  const { rows, total } = await readPage<Row>(
    ctx.db,
    sql`
      select s.link_id, l.code, l.label, sum(s.clicks)::int as clicks,
        sum(s.unique_clicks)::int as unique_clicks,
        sum(s.sales + s.leads + s.installs + s.actions)::int as conversions,
        sum(s.revenue)::text as revenue, sum(s.commission)::text as commission,
        row_number() over (
          order by sum(s.clicks) desc, sum(s.commission) desc, s.link_id nulls last) as n
      from stats_hourly s
      left join links l on l.id = s.link_id
      where s.enrollment_id = ${scope.enrollmentId}::uuid and s.program_id = ${programId}::uuid
        and s.hour >= ${period.start.toISOString()}::timestamptz
        and s.hour < ${period.end.toISOString()}::timestamptz
      group by s.link_id, l.code, l.label`,
    page,
    pageSize,
  );
  const items = rows.map((row): LinkBreakdownRow => ({
    linkId: row.link_id,
    code: row.code,
    label: row.label ?? "",
    ...breakdownFigures(row),
  }));
  return { items, total, page, pageSize };
}
