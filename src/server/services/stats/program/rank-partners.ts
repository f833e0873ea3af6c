import { and, between, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "~/server/db/client";
import { statsDaily } from "~/server/db/schema/index";
import { executePrepared } from "~/server/tracking/prepared-sql";
import { carriedThrough, carryRunningTotals } from "~/server/tracking/running-carry";
import { addDays, utcDay } from "~/lib/dates";
import { dayRangeSchema } from "../day-range";

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
type Row = { enrollment_id: string; value: string };

/**
 * A program's partners ranked by one metric over an inclusive range of UTC days, highest
 * first. Unattributed traffic is not ranked. Ties are broken by enrollment id ascending
 * (PostgreSQL's uuid order, the order of the lower-case text form), so ranks are 1, 2, 3…
 * without gaps or repeats and a page of the leaderboard is stable between calls.
 *
 * Sales, conversions, revenue and commission come from the running totals (stats_running):
 * the total at `to` minus the total the day before `from`, two index ranges of ~one row per
 * partner, whatever the length of the range. A partner appears when one of those four moved
 * in the range (its value may still be zero, e.g. leads but no sales).
 *
 * Clicks sum the daily rollup over the range (slower: one row per partner and day): keeping
 * running totals of clicks would put more writes on the redirect path. Partners with a
 * rollup row in the range appear.
 */
export async function rankPartners(
  db: Executor,
  input: RankPartnersInput,
): Promise<RankedPartner[]> {
  const { programId, metric, from, to, limit } = inputSchema.parse(input);
  const rows =
    metric === "clicks"
      ? await rankByClicks(db, programId, from, to, limit)
      : await rankByRunningTotal(db, { programId, metric, from, to, limit });
  return rows.map((row, index) => ({
    rank: index + 1,
    enrollmentId: row.enrollment_id,
    value: BigInt(row.value),
  }));
}

async function rankByRunningTotal(
  db: Executor,
  input: {
    programId: string;
    metric: Exclude<RankMetric, "clicks">;
    from: string;
    to: string;
    limit?: number;
  },
): Promise<Row[]> {
  const { programId, metric, from, limit } = input;
  // Rows stop at tomorrow (events are never dated later: the API refuses them), so a range
  // reaching past it reads tomorrow's totals.
  const tomorrow = addDays(utcDay(new Date()), 1);
  const to = input.to < tomorrow ? input.to : tomorrow;
  const before = addDays(from, -1);
  if (before >= to) return [];
  const column = sql.raw(metric);
  const moved = sql`(hi.sales - coalesce(lo.sales, 0), hi.conversions - coalesce(lo.conversions, 0),
    hi.revenue - coalesce(lo.revenue, 0), hi.commission - coalesce(lo.commission, 0)) <> (0, 0, 0, 0)`;
  // Prepared: a leaderboard is read again and again, and an unprepared statement costs a round
  // trip more (see executePrepared).
  const read = () =>
    executePrepared<Row>(
      db,
      sql`
      select hi.enrollment_id, (hi.${column} - coalesce(lo.${column}, 0))::text as value
      from stats_running hi
        left join stats_running lo on lo.program_id = hi.program_id and lo.day = ${before}::date
          and lo.enrollment_id = hi.enrollment_id
      where hi.program_id = ${programId} and hi.day = ${to}::date and ${moved}
      order by hi.${column} - coalesce(lo.${column}, 0) desc, hi.enrollment_id
      ${limit === undefined ? sql`` : sql`limit ${limit}`}`,
    );
  // A partner quiet since before `to` has a row at `to` only once carried forward: the daily
  // job does it through tomorrow. The marker is read alongside the ranking (one round trip);
  // in the rare case the job is behind, this ranking carries the program and reads again.
  const [carried, rows] = await Promise.all([carriedThrough(db, programId), read()]);
  if (carried !== null && carried >= to) return rows;
  await carryRunningTotals(db, { programId, through: to });
  return read();
}

const d = statsDaily;

async function rankByClicks(
  db: Executor,
  programId: string,
  from: string,
  to: string,
  limit: number | undefined,
): Promise<Row[]> {
  // sum(integer) is bigint; a text value keeps the two paths' row shape alike.
  const value: SQL<string> = sql<string>`sum(${d.clicks})::text`;
  const query = db
    .select({ enrollment_id: sql<string>`${d.enrollmentId}`, value })
    .from(d)
    .where(and(eq(d.programId, programId), between(d.day, from, to), isNotNull(d.enrollmentId)))
    .groupBy(d.enrollmentId)
    .orderBy(sql`sum(${d.clicks}) desc`, d.enrollmentId);
  return limit === undefined ? await query : await query.limit(limit);
}
