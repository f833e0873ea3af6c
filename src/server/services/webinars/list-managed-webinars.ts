import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { webinarRegistrations, webinars } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { offsetOf } from "~/lib/paging";

export const WEBINARS_PAGE = 10;

/**
 * The program's webinars: upcoming (soonest first; a webinar counts as upcoming until it ends)
 * or past (latest first), with registration and attendance counts.
 */
export async function listManagedWebinars(
  ctx: ProgramContext,
  input: { view: "upcoming" | "past"; page: number },
) {
  const ended = sql`${webinars.startsAt} + make_interval(mins => ${webinars.durationMinutes})`;
  const now = new Date();
  const where = and(
    eq(webinars.programId, ctx.program.id),
    input.view === "upcoming"
      ? sql`${ended} > ${now.toISOString()}::timestamptz`
      : sql`${ended} <= ${now.toISOString()}::timestamptz`,
  );
  const registered = sql<number>`(select count(*)::int from ${webinarRegistrations} r where r.webinar_id = ${webinars.id})`;
  const attended = sql<number>`(select count(*)::int from ${webinarRegistrations} r where r.webinar_id = ${webinars.id} and r.attended_at is not null)`;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        id: webinars.id,
        title: webinars.title,
        startsAt: webinars.startsAt,
        timeZone: webinars.timeZone,
        durationMinutes: webinars.durationMinutes,
        capacity: webinars.capacity,
        cancelledAt: webinars.cancelledAt,
        recordingUrl: webinars.recordingUrl,
        registered,
        attended,
      })
      .from(webinars)
      .where(where)
      .orderBy(
        input.view === "upcoming" ? asc(webinars.startsAt) : desc(webinars.startsAt),
        asc(webinars.id),
      )
      .limit(WEBINARS_PAGE)
      .offset(offsetOf(input.page, WEBINARS_PAGE)),
    ctx.db.select({ value: count() }).from(webinars).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return {
    items: rows,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(totalCount / WEBINARS_PAGE)),
    total: totalCount,
  };
}
