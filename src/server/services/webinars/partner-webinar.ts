import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, programs, webinarRegistrations, webinars } from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import { enrollmentState } from "../enrollments/enrollment-state";

/** Whether a partner of the program is invited: no tier keys means everyone. */
export function inAudience(audienceTierKeys: readonly string[], tierKey: string | null): boolean {
  return audienceTierKeys.length === 0 || (tierKey !== null && audienceTierKeys.includes(tierKey));
}

/**
 * A webinar as the calling partner may see it: of a program where they are active, and either
 * in its audience or already registered (a tier change must not hide a seat they hold).
 * Anything else answers NOT_FOUND, like an unknown id; an enrolled partner who is not active
 * (pending, suspended, new terms) is told why. `lock` locks the webinar row: registrations
 * serialize on it, which is what keeps a full webinar full.
 */
export async function loadPartnerWebinar(
  db: Executor,
  userId: string,
  webinarId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select({
      webinar: webinars,
      program: { id: programs.id, name: programs.name, slug: programs.slug },
      currentTermsVersion: programs.currentTermsVersion,
      enrollment: {
        id: enrollments.id,
        status: enrollments.status,
        acceptedTermsVersion: enrollments.acceptedTermsVersion,
        tierKey: enrollments.tierKey,
      },
      registeredAt: webinarRegistrations.registeredAt,
      attendedAt: webinarRegistrations.attendedAt,
    })
    .from(webinars)
    .innerJoin(programs, eq(programs.id, webinars.programId))
    .innerJoin(
      enrollments,
      and(eq(enrollments.programId, webinars.programId), eq(enrollments.partnerId, userId)),
    )
    .leftJoin(
      webinarRegistrations,
      and(
        eq(webinarRegistrations.webinarId, webinars.id),
        eq(webinarRegistrations.enrollmentId, enrollments.id),
      ),
    )
    .where(eq(webinars.id, webinarId))
    .limit(1);
  const [row] = options.lock ? await query.for("update", { of: webinars }) : await query;
  if (!row) throw notFound("webinar");
  const state = enrollmentState(row.enrollment, row.currentTermsVersion);
  if (state !== "active") throw forbidden(`partnerNot.${state}`);
  const invited = inAudience(row.webinar.audienceTierKeys, row.enrollment.tierKey);
  const registered = row.registeredAt !== null;
  if (!invited && !registered) throw notFound("webinar");
  return { ...row, invited, registered };
}

export type PartnerWebinar = Awaited<ReturnType<typeof loadPartnerWebinar>>;
