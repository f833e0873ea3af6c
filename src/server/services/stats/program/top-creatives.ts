import { and, eq, gte, isNotNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { creatives, links, statsHourly } from "~/server/db/schema/index";
import type { ProgramContext } from "../../context";
import { dayRangeSchema } from "../day-range";
import { periodBounds } from "~/lib/period";
import { pageInput, TABLE_SORTS, trafficTotals } from "./traffic-totals";
import { offsetOf } from "~/lib/paging";

export const topCreativesInput = z.intersection(
  z.object({ sort: z.enum(TABLE_SORTS).default("clicks"), ...pageInput }),
  dayRangeSchema,
);
export type TopCreativesInput = z.input<typeof topCreativesInput>;

const h = statsHourly;

/**
 * A page of the program's creatives by what their links brought over a range: a partner's
 * embed snippet of a creative carries a link with that creative_id, so the hourly rollup of
 * those links, grouped by creative, is the creative's traffic (impressions included, for CTR).
 */
export async function topCreatives(ctx: ProgramContext, input: TopCreativesInput) {
  const { sort, page, pageSize, from, to } = topCreativesInput.parse(input);
  const { start, end } = periodBounds({ from, to });
  const totals = trafficTotals(h);
  const rows = await ctx.db
    .select({
      creativeId: creatives.id,
      name: creatives.name,
      kind: creatives.kind,
      archivedAt: creatives.archivedAt,
      partners: sql<number>`count(distinct ${links.enrollmentId})::int`,
      ...totals.columns,
    })
    .from(h)
    .innerJoin(links, eq(links.id, h.linkId))
    .innerJoin(creatives, eq(creatives.id, links.creativeId))
    .where(
      and(
        eq(h.programId, ctx.program.id),
        eq(links.programId, ctx.program.id),
        eq(creatives.programId, ctx.program.id),
        isNotNull(links.creativeId),
        gte(h.hour, start),
        lt(h.hour, end),
      ),
    )
    .groupBy(creatives.id)
    .orderBy(...totals.order(sort), creatives.id)
    .limit(pageSize + 1)
    .offset(offsetOf(page, pageSize));
  const slice = rows.slice(0, pageSize);
  return {
    sort,
    page,
    hasNext: rows.length > pageSize,
    items: slice.map((row) => ({
      creativeId: row.creativeId,
      name: row.name,
      kind: row.kind,
      archived: row.archivedAt !== null,
      /** Partners whose links of this creative had activity in the range. */
      partners: row.partners,
      ...totals.parse(row),
    })),
  };
}
