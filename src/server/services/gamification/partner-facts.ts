import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import type { BadgeFacts } from "./badge-criteria";
import { currentStreak } from "./streak";
import { DAY_MS } from "~/lib/dates";

/** Streaks are read from this far back: a longer one is still counted, as this many weeks. */
const STREAK_DAYS = 371;

export type PartnerFacts = BadgeFacts & {
  enrollmentId: string;
  partnerId: string;
  tierKey: string | null;
  tierGraceUntil: Date | null;
  /** Points earned within the program's tier window. */
  windowPoints: number;
};

type Row = {
  id: string;
  partner_id: string;
  tier_key: string | null;
  grace_ms: number | null;
  total: number;
  window_points: number;
  sales: number;
  courses: string[];
  webinars: number;
  prizes: number;
  weeks: string[];
};

/**
 * Everything tier and badge decisions need about some partners of one program, in one
 * statement (every sub-select goes through an index on the enrollment).
 */
export async function loadPartnerFacts(
  db: Executor,
  program: { id: string; tierWindowDays: number },
  enrollmentIds: readonly string[],
  now: Date,
): Promise<PartnerFacts[]> {
  if (enrollmentIds.length === 0) return [];
  const windowStart = new Date(now.getTime() - program.tierWindowDays * DAY_MS).toISOString();
  const streakFrom = new Date(now.getTime() - STREAK_DAYS * DAY_MS).toISOString().slice(0, 10);
  const rows = await db.execute<Row>(sql`
    select e.id, e.partner_id, e.tier_key,
      floor(extract(epoch from e.tier_grace_until) * 1000)::float8 as grace_ms,
      (select coalesce(sum(a.points), 0)::int from point_awards a where a.enrollment_id = e.id) as total,
      (select coalesce(sum(a.points), 0)::int from point_awards a
        where a.enrollment_id = e.id and a.created_at > ${windowStart}::timestamptz) as window_points,
      (select count(*)::int from ledger_entries l join conversions c on c.id = l.conversion_id
        where l.enrollment_id = e.id and l.status in ('approved', 'paid')
          and l.kind = 'commission' and l.level = 0 and c.type = 'sale') as sales,
      array(select p.course_id::text from course_progress p
        where p.enrollment_id = e.id and p.completed_at is not null) as courses,
      (select count(*)::int from webinar_registrations w
        where w.enrollment_id = e.id and w.attended_at is not null) as webinars,
      (select count(*)::int from contest_results r
        where r.enrollment_id = e.id and r.prize_label is not null) as prizes,
      array(select distinct to_char(date_trunc('week', d.day::timestamp), 'IYYY-"W"IW')
        from stats_daily d
        where d.enrollment_id = e.id and d.day >= ${streakFrom}::date
          and d.sales + d.leads + d.installs + d.actions > 0) as weeks
    from enrollments e
    where e.program_id = ${program.id}::uuid
      and e.status in ('approved', 'suspended', 'training')
      and e.id in (${sql.join(
        enrollmentIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
  return rows.map((row) => ({
    enrollmentId: row.id,
    partnerId: row.partner_id,
    tierKey: row.tier_key,
    tierGraceUntil: row.grace_ms === null ? null : new Date(Number(row.grace_ms)),
    totalPoints: Number(row.total),
    windowPoints: Number(row.window_points),
    sales: Number(row.sales),
    completedCourseIds: new Set(row.courses),
    webinarsAttended: Number(row.webinars),
    streakWeeks: currentStreak(row.weeks, now),
    contestPrizes: Number(row.prizes),
  }));
}
