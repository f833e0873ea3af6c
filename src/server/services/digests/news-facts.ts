import { sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { executePrepared } from "~/server/tracking/prepared-sql";
import { addDays } from "~/lib/dates";
import { type DigestPeriod } from "./period";
import type { ProgramFacts } from "./program-content";

/** Per section: a digest is a summary, the portal has the rest. */
const SHOWN = 10;

/**
 * What became public in a program during the period: contests launched, webinars announced
 * (open to every partner and still ahead), courses published, announcements posted.
 */
export async function newsFacts(
  db: Executor,
  programId: string,
  period: DigestPeriod,
  now: Date,
): Promise<ProgramFacts> {
  const start = `${period.from}T00:00:00Z`;
  const end = `${addDays(period.to, 1)}T00:00:00Z`;
  const inPeriod = (column: string) =>
    sql`${sql.raw(column)} >= ${start}::timestamptz and ${sql.raw(column)} < ${end}::timestamptz`;
  const [contests, webinars, courses, announcements] = await Promise.all([
    executePrepared<{ id: string; name: string; starts_on: string; ends_on: string }>(
      db,
      sql`select id, name, starts_on::text, ends_on::text from contests
      where program_id = ${programId} and cancelled_at is null and ${inPeriod("launched_at")}
      order by starts_on limit ${SHOWN}`,
    ),
    executePrepared<{ id: string; title: string; starts_at: Date | string; time_zone: string }>(
      db,
      sql`select id, title, starts_at, time_zone from webinars
      where program_id = ${programId} and cancelled_at is null
        and cardinality(audience_tier_keys) = 0 and ${inPeriod("created_at")}
        and starts_at > ${now.toISOString()}::timestamptz
      order by starts_at limit ${SHOWN}`,
    ),
    executePrepared<{ id: string; title: string; summary: string }>(
      db,
      sql`select id, title, summary from courses
      where program_id = ${programId} and status = 'published' and ${inPeriod("published_at")}
      order by position limit ${SHOWN}`,
    ),
    executePrepared<{ id: string; title: string; kind: string }>(
      db,
      sql`select id, title, kind::text from announcements
      where program_id = ${programId} and ${inPeriod("created_at")}
      order by created_at desc limit ${SHOWN}`,
    ),
  ]);
  return {
    contests: contests.map((c) => ({
      id: c.id,
      name: c.name,
      startsOn: c.starts_on,
      endsOn: c.ends_on,
    })),
    webinars: webinars.map((w) => ({
      id: w.id,
      title: w.title,
      startsAt: new Date(w.starts_at),
      timeZone: w.time_zone,
    })),
    courses,
    announcements,
  };
}
