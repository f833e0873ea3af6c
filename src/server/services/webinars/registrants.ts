import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, users, webinarRegistrations } from "~/server/db/schema";
import type { Webinar } from "./managed-webinar";

export type Registrant = {
  enrollmentId: string;
  userId: string;
  email: string;
  locale: string;
};

/** Everyone registered for a webinar (or the named enrollments among them), with their address. */
export function registrants(
  db: Executor,
  webinarId: string,
  enrollmentIds?: string[],
): Promise<Registrant[]> {
  return db
    .select({
      enrollmentId: enrollments.id,
      userId: users.id,
      email: users.email,
      locale: users.locale,
    })
    .from(webinarRegistrations)
    .innerJoin(enrollments, eq(enrollments.id, webinarRegistrations.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(
      and(
        eq(webinarRegistrations.webinarId, webinarId),
        enrollmentIds ? inArray(enrollments.id, enrollmentIds) : undefined,
      ),
    );
}

/** What every webinar email shows: the time is rendered in the webinar's own zone. */
export function webinarEmailProps(webinar: Webinar, programName: string) {
  return {
    webinarId: webinar.id,
    programName,
    title: webinar.title,
    startsAt: webinar.startsAt.toISOString(),
    timeZone: webinar.timeZone,
    durationMinutes: webinar.durationMinutes,
    joinUrl: webinar.joinUrl,
  };
}
