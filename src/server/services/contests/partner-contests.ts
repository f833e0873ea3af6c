import { sql } from "drizzle-orm";
import { contests } from "~/server/db/schema";
import type { ActorContext } from "../context";
import { contestView, type Contest } from "./contest-view";
import { lowestLeague } from "./metric-values";
import { cachedStandings } from "./standings-cache";
import { utcToday } from "~/lib/dates";
import { liveWindow } from "./status";
import { offsetOf } from "~/lib/paging";

export const PARTNER_CONTESTS_PAGE_SIZE = 10;

type Row = {
  id: string;
  enrollment_id: string;
  league_key: string | null;
  result_rank: number | null;
  result_value: string | null;
  total: string;
};

/**
 * The caller's contests across their programs: running and scheduled first (soonest end
 * first), then finished ones (latest first). Each with the caller's rank and value: live
 * contests rank only the caller's tied group (if any), frozen ones read the stored results.
 */
export async function listPartnerContests(
  ctx: ActorContext,
  input: { page: number },
  today = utcToday(),
) {
  const rows = (await ctx.db.execute(sql`
    select c.id, e.id as enrollment_id, coalesce(cr.league_key, ce.league_key) as league_key,
      cr.rank as result_rank, cr.value::text as result_value, count(*) over ()::text as total
    from contests c
      join enrollments e on e.program_id = c.program_id and e.partner_id = ${ctx.userId}
      left join contest_entries ce on ce.contest_id = c.id and ce.enrollment_id = e.id
      left join contest_results cr on cr.contest_id = c.id and cr.enrollment_id = e.id
    where c.launched_at is not null and c.cancelled_at is null
      and (cr.enrollment_id is not null or (e.status = 'approved'
        and (cardinality(c.eligible_tier_keys) = 0 or e.tier_key = any(c.eligible_tier_keys))))
    order by (c.frozen_at is not null), 
      case when c.frozen_at is null then c.ends_on end asc,
      case when c.frozen_at is not null then c.ends_on end desc, c.id
    limit ${PARTNER_CONTESTS_PAGE_SIZE} offset ${offsetOf(input.page, PARTNER_CONTESTS_PAGE_SIZE)}`)) as unknown as Row[];
  const byId = new Map<string, Contest>();
  if (rows.length > 0) {
    const list = await ctx.db
      .select()
      .from(contests)
      .where(sql`${contests.id} = any(${`{${rows.map((r) => r.id).join(",")}}`}::uuid[])`);
    for (const c of list) byId.set(c.id, c);
  }
  const items = await Promise.all(
    rows.map(async (row) => {
      const contest = byId.get(row.id)!;
      const league =
        contest.leagues.length > 0 ? (row.league_key ?? lowestLeague(contest.leagues)) : "";
      const mine = contest.frozenAt
        ? {
            rank: row.result_rank,
            value: row.result_value === null ? 0n : BigInt(row.result_value),
          }
        : await liveRank(ctx, contest, row.enrollment_id, league, today);
      return { contest: contestView(contest, today), ...mine, league };
    }),
  );
  const total = Number(rows[0]?.total ?? 0);
  return {
    items,
    page: input.page,
    total,
    pages: Math.max(1, Math.ceil(total / PARTNER_CONTESTS_PAGE_SIZE)),
  };
}

async function liveRank(
  ctx: ActorContext,
  contest: Contest,
  enrollmentId: string,
  league: string,
  today: string,
) {
  const window = liveWindow(contest, today);
  if (!window) return { rank: null, value: 0n };
  const { standings } = await cachedStandings(ctx.db, contest, league, window);
  const mine = standings.find((s) => s.enrollmentId === enrollmentId);
  return { rank: mine?.rank ?? null, value: mine?.value ?? 0n };
}
