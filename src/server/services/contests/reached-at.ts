import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import type { ContestMetric } from "./contest-input";
import { addDays } from "~/lib/dates";

type Row = { enrollment_id: string; reached: Date | string };

/**
 * "Who reached it first", from day-level rollups: the day a partner's value last moved in the
 * window (the day after the last day their running total differed from the final one; for
 * clicks the last day with a click), as midnight UTC of that day. Two partners who got there
 * on the same day stay tied here and the earlier enrolment ranks first (rules/standings.ts).
 * Recruits are exact: when the last counted recruit was approved. Asked only for partners
 * whose value is tied with someone's, so the usual leaderboard read never pays for it.
 */
export async function reachedTimes(
  db: Executor,
  programId: string,
  metric: ContestMetric,
  window: { from: string; to: string },
  enrollmentIds: readonly string[],
): Promise<Map<string, Date>> {
  if (enrollmentIds.length === 0) return new Map();
  const ids = `{${enrollmentIds.join(",")}}`;
  let rows: Row[];
  if (metric === "clicks") {
    rows = await executePrepared<Row>(
      db,
      sql`
      select enrollment_id, max(day)::text as reached from stats_daily
      where program_id = ${programId} and enrollment_id = any(${ids}::uuid[])
        and day between ${window.from}::date and ${window.to}::date and clicks > 0
      group by enrollment_id`,
    );
  } else if (metric === "recruits") {
    rows = await executePrepared<Row>(
      db,
      sql`
      select referred_by_id as enrollment_id, max(coalesce(decided_at, applied_at)) as reached
      from enrollments
      where program_id = ${programId} and referred_by_id = any(${ids}::uuid[])
        and status = 'approved' and applied_at >= ${window.from}::date
        and applied_at < ${window.to}::date + 1
      group by referred_by_id`,
    );
  } else {
    const col = sql.raw(metric);
    const before = addDays(window.from, -1);
    rows = await executePrepared<Row>(
      db,
      sql`
      select r.enrollment_id,
        (coalesce(max(r.day) filter (where r.${col} <> hi.${col}), ${before}::date) + 1)::text
          as reached
      from stats_running r
        join stats_running hi on hi.program_id = r.program_id and hi.day = ${window.to}::date
          and hi.enrollment_id = r.enrollment_id
      where r.program_id = ${programId} and r.enrollment_id = any(${ids}::uuid[])
        and r.day between ${before}::date and ${window.to}::date
      group by r.enrollment_id`,
    );
  }
  return new Map(
    rows.map((r) => [
      r.enrollment_id,
      typeof r.reached === "string" && r.reached.length === 10
        ? new Date(`${r.reached}T00:00:00Z`)
        : new Date(r.reached),
    ]),
  );
}
