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

export type SubIdBreakdownRow = BreakdownFigures & { subId: string };

type Row = FigureColumns & { sub_id: string };

/**
 * The partner's sub-ids with activity in the range's days, busiest first, a page at a time,
 * from the daily sub-id rollup (traffic without a sub-id is not in it).
 */
export async function dashboardBySubId(
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
      select s.sub_id, sum(s.clicks)::int as clicks, sum(s.unique_clicks)::int as unique_clicks,
        sum(s.conversions)::int as conversions, sum(s.revenue)::text as revenue,
        sum(s.commission)::text as commission,
        row_number() over (
          order by sum(s.clicks) desc, sum(s.commission) desc, s.sub_id) as n
      from stats_subid_daily s
      where s.enrollment_id = ${scope.enrollmentId}::uuid and s.program_id = ${programId}::uuid
        and s.day between ${period.from}::date and ${period.to}::date
      group by s.sub_id`,
    page,
    pageSize,
  );
  const items = rows.map((row): SubIdBreakdownRow => ({
    subId: row.sub_id,
    ...breakdownFigures(row),
  }));
  return { items, total, page, pageSize };
}
