import { and, between, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { enrollments, statsDaily, users } from "~/server/db/schema/index";
import type { ProgramContext } from "../../context";
import { dayRangeSchema } from "../day-range";
import { RANK_METRICS, rankPartners } from "./rank-partners";
import { offsetOf, pageSizeSchema } from "~/lib/paging";

export const topPartnersInput = z.intersection(
  z.object({
    metric: z.enum(RANK_METRICS).default("revenue"),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: pageSizeSchema(1000, 20),
  }),
  dayRangeSchema,
);
export type TopPartnersInput = z.input<typeof topPartnersInput>;

// rankPartners answers at most this many rows when given a limit; deeper pages read it all.
const RANK_LIMIT = 10_000;

/**
 * A page of the program's partners ranked by one metric over a range, with their other
 * figures for the same range. The ranking is rank-partners' (running totals, or the daily
 * rollup for clicks), so this table, contests and the partners list always agree.
 */
export async function topPartners(ctx: ProgramContext, input: TopPartnersInput) {
  const { metric, page, pageSize, from, to } = topPartnersInput.parse(input);
  const offset = offsetOf(page, pageSize);
  const wanted = offset + pageSize + 1; // one more tells whether a next page exists
  const ranked = await rankPartners(ctx.db, {
    programId: ctx.program.id,
    metric,
    from,
    to,
    limit: wanted <= RANK_LIMIT ? wanted : undefined,
  });
  const slice = ranked.slice(offset, offset + pageSize);
  const ids = slice.map((row) => row.enrollmentId);
  const [people, figures] = await Promise.all([
    partnerNames(ctx, ids),
    rangeFigures(ctx, ids, from, to),
  ]);
  return {
    metric,
    page,
    hasNext: ranked.length > offset + pageSize,
    items: slice.map((row) => ({
      rank: row.rank,
      enrollmentId: row.enrollmentId,
      name: people.get(row.enrollmentId)?.name ?? null,
      email: people.get(row.enrollmentId)?.email ?? null,
      value: row.value,
      ...(figures.get(row.enrollmentId) ?? noFigures),
    })),
  };
}

async function partnerNames(ctx: ProgramContext, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string | null; email: string }>();
  const rows = await ctx.db
    .select({ id: enrollments.id, name: users.name, email: users.email })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(and(eq(enrollments.programId, ctx.program.id), inArray(enrollments.id, ids)));
  return new Map(rows.map((row) => [row.id, { name: row.name, email: row.email }]));
}

const noFigures = { clicks: 0, conversions: 0, revenue: 0n, commission: 0n };

/** The page's partners' figures over the range: one grouped read of the daily rollup. */
async function rangeFigures(ctx: ProgramContext, ids: string[], from: string, to: string) {
  if (ids.length === 0) return new Map<string, typeof noFigures>();
  const d = statsDaily;
  const rows = await ctx.db
    .select({
      id: sql<string>`${d.enrollmentId}`,
      clicks: sql<string>`sum(${d.clicks})::text`,
      conversions: sql<string>`sum(${d.sales} + ${d.leads} + ${d.installs} + ${d.actions})::text`,
      revenue: sql<string>`sum(${d.revenue})::text`,
      commission: sql<string>`sum(${d.commission})::text`,
    })
    .from(d)
    .where(
      and(eq(d.programId, ctx.program.id), between(d.day, from, to), inArray(d.enrollmentId, ids)),
    )
    .groupBy(d.enrollmentId);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        clicks: Number(row.clicks),
        conversions: Number(row.conversions),
        revenue: BigInt(row.revenue),
        commission: BigInt(row.commission),
      },
    ]),
  );
}
