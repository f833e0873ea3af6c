import { and, asc, count, eq, isNotNull } from "drizzle-orm";
import { enrollments, users, webinarRegistrations } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { loadManagedWebinar } from "./managed-webinar";
import { instantToZonedLocal } from "~/lib/dates";
import { offsetOf } from "~/lib/paging";

export const REGISTRATIONS_PAGE = 25;

/** One webinar of the program with its counts, and the wall time the edit form shows. */
export async function getManagedWebinar(ctx: ProgramContext, input: { webinarId: string }) {
  const webinar = await loadManagedWebinar(ctx.db, ctx.program.id, input.webinarId);
  const mine = eq(webinarRegistrations.webinarId, webinar.id);
  const [[registered], [attended]] = await Promise.all([
    ctx.db.select({ value: count() }).from(webinarRegistrations).where(mine),
    ctx.db
      .select({ value: count() })
      .from(webinarRegistrations)
      .where(and(mine, isNotNull(webinarRegistrations.attendedAt))),
  ]);
  return {
    ...webinar,
    startsLocal: instantToZonedLocal(webinar.startsAt, webinar.timeZone),
    started: webinar.startsAt.getTime() <= Date.now(),
    registered: registered?.value ?? 0,
    attended: attended?.value ?? 0,
  };
}

/** Who registered, in registration order, with attendance. */
export async function listRegistrations(
  ctx: ProgramContext,
  input: { webinarId: string; page: number },
) {
  const webinar = await loadManagedWebinar(ctx.db, ctx.program.id, input.webinarId);
  const mine = eq(webinarRegistrations.webinarId, webinar.id);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select({
        enrollmentId: enrollments.id,
        name: users.name,
        email: users.email,
        tierKey: enrollments.tierKey,
        registeredAt: webinarRegistrations.registeredAt,
        attendedAt: webinarRegistrations.attendedAt,
      })
      .from(webinarRegistrations)
      .innerJoin(enrollments, eq(enrollments.id, webinarRegistrations.enrollmentId))
      .innerJoin(users, eq(users.id, enrollments.partnerId))
      .where(mine)
      .orderBy(asc(webinarRegistrations.registeredAt), asc(enrollments.id))
      .limit(REGISTRATIONS_PAGE)
      .offset(offsetOf(input.page, REGISTRATIONS_PAGE)),
    ctx.db.select({ value: count() }).from(webinarRegistrations).where(mine),
  ]);
  const totalCount = total?.value ?? 0;
  return {
    items: rows,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(totalCount / REGISTRATIONS_PAGE)),
    total: totalCount,
  };
}
