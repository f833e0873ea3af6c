import { and, asc, desc, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { enrollments, programs, webinarRegistrations, webinars } from "~/server/db/schema";
import type { ActorContext } from "../context";
import { offsetOf } from "~/lib/paging";

export const PARTNER_WEBINARS_PAGE = 10;

/**
 * The partner's webinars across the programs where they are active: upcoming ones (until they
 * end) of their audience, plus cancelled ones they had registered for so the cancellation is
 * not a silent disappearance; or past ones with a recording. The join link is only given to
 * registrants.
 */
export async function listPartnerWebinars(
  ctx: ActorContext,
  input: { view: "upcoming" | "past"; page: number; programId?: string },
) {
  const now = new Date();
  const ended = sql`${webinars.startsAt} + make_interval(mins => ${webinars.durationMinutes})`;
  const registered = isNotNull(webinarRegistrations.enrollmentId);
  const invited = sql`(cardinality(${webinars.audienceTierKeys}) = 0 or ${enrollments.tierKey} = any(${webinars.audienceTierKeys}))`;
  const view: SQL | undefined =
    input.view === "upcoming"
      ? and(
          sql`${ended} > ${now.toISOString()}::timestamptz`,
          or(isNull(webinars.cancelledAt), registered),
        )
      : and(
          sql`${ended} <= ${now.toISOString()}::timestamptz`,
          isNull(webinars.cancelledAt),
          isNotNull(webinars.recordingUrl),
        );
  const taken = sql<number>`(select count(*)::int from ${webinarRegistrations} r where r.webinar_id = ${webinars.id})`;
  const rows = await ctx.db
    .select({
      id: webinars.id,
      title: webinars.title,
      description: webinars.description,
      startsAt: webinars.startsAt,
      timeZone: webinars.timeZone,
      durationMinutes: webinars.durationMinutes,
      capacity: webinars.capacity,
      cancelledAt: webinars.cancelledAt,
      recordingUrl: webinars.recordingUrl,
      joinUrl: webinars.joinUrl,
      taken,
      registeredAt: webinarRegistrations.registeredAt,
      attendedAt: webinarRegistrations.attendedAt,
      program: { name: programs.name, slug: programs.slug },
      total: sql<number>`count(*) over ()::int`,
    })
    .from(webinars)
    .innerJoin(programs, eq(programs.id, webinars.programId))
    .innerJoin(
      enrollments,
      and(
        eq(enrollments.programId, webinars.programId),
        eq(enrollments.partnerId, ctx.userId),
        eq(enrollments.status, "approved"),
        sql`${enrollments.acceptedTermsVersion} >= ${programs.currentTermsVersion}`,
      ),
    )
    .leftJoin(
      webinarRegistrations,
      and(
        eq(webinarRegistrations.webinarId, webinars.id),
        eq(webinarRegistrations.enrollmentId, enrollments.id),
      ),
    )
    .where(
      and(
        or(invited, registered),
        view,
        input.programId ? eq(webinars.programId, input.programId) : undefined,
      ),
    )
    .orderBy(
      input.view === "upcoming" ? asc(webinars.startsAt) : desc(webinars.startsAt),
      asc(webinars.id),
    )
    .limit(PARTNER_WEBINARS_PAGE)
    .offset(offsetOf(input.page, PARTNER_WEBINARS_PAGE));
  const total = rows[0]?.total ?? 0;
  return {
    items: rows.map(({ total: _total, taken, joinUrl, registeredAt, attendedAt, ...row }) => ({
      ...row,
      registered: registeredAt !== null,
      open: row.cancelledAt === null && row.startsAt > now,
      attended: attendedAt !== null,
      joinUrl: registeredAt !== null ? joinUrl : null,
      seatsLeft: row.capacity === null ? null : Math.max(0, row.capacity - taken),
    })),
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / PARTNER_WEBINARS_PAGE)),
    total,
  };
}
