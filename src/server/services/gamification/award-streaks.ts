import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { isoWeekStart, WEEK_MS } from "~/lib/dates";

/**
 * Streak points: a week is active when the partner had at least one conversion in it (the
 * daily rollup), and every active week whose previous week was active too earns the program's
 * "active_week_streak" points once, keyed "streak:<yyyy-Www>" (ISO week, as isoWeekKey
 * writes it). One statement per program over the last `weeks` weeks; the first week read only
 * serves as the previous week of the second, it was judged by an earlier run.
 */
export async function awardStreakPoints(
  db: Executor,
  programId: string,
  options: { now: Date; weeks: number },
): Promise<string[]> {
  const from = new Date(isoWeekStart(options.now).getTime() - options.weeks * WEEK_MS);
  const rows = await db.execute<{ enrollment_id: string }>(sql`
    with rule as (
      select points from point_rules
      where program_id = ${programId}::uuid and event = 'active_week_streak'
        and active and points > 0
    ), weeks as (
      select distinct d.enrollment_id, date_trunc('week', d.day::timestamp) as week
      from stats_daily d
      where d.program_id = ${programId}::uuid
        and d.day >= ${from.toISOString().slice(0, 10)}::date
        and d.enrollment_id is not null
        and d.sales + d.leads + d.installs + d.actions > 0
    )
    insert into point_awards (program_id, enrollment_id, event, points, source_key)
    select ${programId}::uuid, w.enrollment_id, 'active_week_streak', rule.points,
      'streak:' || to_char(w.week, 'IYYY-"W"IW')
    from weeks w
    cross join rule
    join enrollments e on e.id = w.enrollment_id and e.program_id = ${programId}::uuid
    where exists (
      select 1 from weeks p
      where p.enrollment_id = w.enrollment_id and p.week = w.week - interval '7 days')
    on conflict (enrollment_id, source_key) do nothing
    returning enrollment_id`);
  return [...new Set(rows.map((row) => row.enrollment_id))];
}
