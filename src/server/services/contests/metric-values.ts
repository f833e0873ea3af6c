import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import type { ContestLeague } from "~/server/db/schema";
import { executePrepared } from "~/server/tracking/prepared-sql";
import { carriedThrough, carryRunningTotals } from "~/server/tracking/running-carry";
import type { ContestMetric } from "./contest-input";
import { eligibleSql } from "./eligible-sql";
import { addDays, utcToday } from "~/lib/dates";

export type Scope = {
  programId: string;
  metric: ContestMetric;
  eligibleTierKeys: readonly string[];
  /** Set for a launched contest with leagues: entries come from contest_entries. */
  contestId?: string;
  leagues?: readonly ContestLeague[];
  /** Only this league (contests with leagues). */
  league?: string | null;
};

export type ValueRow = { enrollmentId: string; value: bigint; joinedAt: Date; leagueKey: string };
type Row = { enrollment_id: string; value: string; joined_at: Date | string; league_key: string };

/** The league partners without an entry (approved after the launch) join: the smallest one. */
export function lowestLeague(leagues: readonly ContestLeague[]): string {
  const sorted = [...leagues].sort((a, b) => (BigInt(a.minValue) < BigInt(b.minValue) ? -1 : 1));
  return sorted[0]?.key ?? "";
}

/**
 * Every eligible partner's value of the metric over [from, to], positive values only, in one
 * statement read from the rollups (never raw events). Eligible: approved (suspended and
 * in-training partners are out) and, when the contest names tiers, in one of them.
 */
export async function metricValues(
  db: Executor,
  scope: Scope,
  window: { from: string; to: string },
): Promise<ValueRow[]> {
  const eligible = eligibleSql(scope.eligibleTierKeys);
  const withLeagues = scope.contestId !== undefined && (scope.leagues?.length ?? 0) > 0;
  const leagueKey = withLeagues
    ? sql`coalesce(ce.league_key, ${lowestLeague(scope.leagues ?? [])})`
    : sql`''`;
  const leagueJoin = withLeagues
    ? sql`left join contest_entries ce on ce.contest_id = ${scope.contestId} and ce.enrollment_id = e.id`
    : sql``;
  const leagueFilter =
    withLeagues && scope.league ? sql`and ${leagueKey} = ${scope.league}` : sql``;
  const parts = { eligible, leagueKey, leagueJoin, leagueFilter };

  let rows: Row[];
  if (scope.metric === "clicks") rows = await clickValues(db, scope.programId, window, parts);
  else if (scope.metric === "recruits")
    rows = await recruitValues(db, scope.programId, window, parts);
  else rows = await runningValues(db, scope.programId, scope.metric, window, parts);
  return rows.map((r) => ({
    enrollmentId: r.enrollment_id,
    value: BigInt(r.value),
    joinedAt: new Date(r.joined_at),
    leagueKey: r.league_key,
  }));
}

type Parts = { eligible: SQL; leagueKey: SQL; leagueJoin: SQL; leagueFilter: SQL };

async function runningValues(
  db: Executor,
  programId: string,
  metric: "revenue" | "sales" | "conversions",
  window: { from: string; to: string },
  p: Parts,
): Promise<Row[]> {
  const tomorrow = addDays(utcToday(), 1);
  const to = window.to < tomorrow ? window.to : tomorrow;
  const before = addDays(window.from, -1);
  const col = sql.raw(metric);
  // Same two-day read as stats/rank-partners.ts: the total at `to` minus the day before `from`.
  const read = () =>
    executePrepared<Row>(
      db,
      sql`
      select hi.enrollment_id, (hi.${col} - coalesce(lo.${col}, 0))::text as value,
        e.applied_at as joined_at, ${p.leagueKey} as league_key
      from stats_running hi
        join enrollments e on e.id = hi.enrollment_id
        left join stats_running lo on lo.program_id = hi.program_id and lo.day = ${before}::date
          and lo.enrollment_id = hi.enrollment_id
        ${p.leagueJoin}
      where hi.program_id = ${programId} and hi.day = ${to}::date
        and hi.${col} - coalesce(lo.${col}, 0) > 0 and ${p.eligible} ${p.leagueFilter}`,
    );
  const [carried, rows] = await Promise.all([carriedThrough(db, programId), read()]);
  if (carried !== null && carried >= to) return rows;
  // The nightly carry is behind (or never ran for this program): a quiet partner would be
  // missing at `to`, so carry first and read again, as rankPartners does.
  await carryRunningTotals(db, { programId, through: to });
  return read();
}

function clickValues(db: Executor, programId: string, w: { from: string; to: string }, p: Parts) {
  return executePrepared<Row>(
    db,
    sql`
    select d.enrollment_id, sum(d.clicks)::text as value, min(e.applied_at) as joined_at,
      min(${p.leagueKey}) as league_key
    from stats_daily d
      join enrollments e on e.id = d.enrollment_id
      ${p.leagueJoin}
    where d.program_id = ${programId} and d.day between ${w.from}::date and ${w.to}::date
      and ${p.eligible} ${p.leagueFilter}
    group by d.enrollment_id
    having sum(d.clicks) > 0`,
  );
}

/** Recruits: partners the partner referred who applied within the window and were approved. */
function recruitValues(db: Executor, programId: string, w: { from: string; to: string }, p: Parts) {
  return executePrepared<Row>(
    db,
    sql`
    select e.id as enrollment_id, count(*)::text as value, min(e.applied_at) as joined_at,
      min(${p.leagueKey}) as league_key
    from enrollments r
      join enrollments e on e.id = r.referred_by_id
      ${p.leagueJoin}
    where r.program_id = ${programId} and r.status = 'approved'
      and r.applied_at >= ${w.from}::date and r.applied_at < ${w.to}::date + 1
      and ${p.eligible} ${p.leagueFilter}
    group by e.id`,
  );
}
