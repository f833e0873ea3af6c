import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { webinarRegistrations, webinars } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { EnrollmentContext } from "../context";

/** Whether a partner of the program is invited: no tier keys means everyone. */
export function inAudience(audienceTierKeys: readonly string[], tierKey: string | null): boolean {
  return audienceTierKeys.length === 0 || (tierKey !== null && audienceTierKeys.includes(tierKey));
}

/**
 * A webinar as the calling partner may see it: of the program whose enrollment the procedure
 * resolved (active partners only), and either in its audience or already registered (a tier
 * change must not hide a seat they hold). Anything else answers NOT_FOUND, like an unknown id.
 * `lock` locks the webinar row: registrations serialize on it, which is what keeps a full
 * webinar full.
 */
export async function loadPartnerWebinar(
  db: Executor,
  access: EnrollmentContext,
  webinarId: string,
  options: { lock?: boolean } = {},
) {
  const { program, enrollment } = access;
  const query = db
    .select({
      webinar: webinars,
      registeredAt: webinarRegistrations.registeredAt,
      attendedAt: webinarRegistrations.attendedAt,
    })
    .from(webinars)
    .leftJoin(
      webinarRegistrations,
      and(
        eq(webinarRegistrations.webinarId, webinars.id),
        eq(webinarRegistrations.enrollmentId, enrollment.id),
      ),
    )
    .where(and(eq(webinars.id, webinarId), eq(webinars.programId, program.id)))
    .limit(1);
  const [row] = options.lock ? await query.for("update", { of: webinars }) : await query;
  if (!row) throw notFound("webinar");
  const invited = inAudience(row.webinar.audienceTierKeys, enrollment.tierKey);
  const registered = row.registeredAt !== null;
  if (!invited && !registered) throw notFound("webinar");
  return {
    ...row,
    program: { id: program.id, name: program.name, slug: program.slug },
    enrollment: { id: enrollment.id, status: enrollment.status, tierKey: enrollment.tierKey },
    invited,
    registered,
  };
}

export type PartnerWebinar = Awaited<ReturnType<typeof loadPartnerWebinar>>;
