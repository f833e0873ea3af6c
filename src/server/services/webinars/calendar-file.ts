import { eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programs, webinars } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { appUrl, env } from "~/env";
import { buildWebinarIcs, calendarFileName } from "./calendar";
import { resolveEnrollment } from "../enrollments/resolve-enrollment";
import { resolveManagedProgram } from "../programs/resolve-managed-program";
import { loadPartnerWebinar } from "./partner-webinar";

/** The address calendars see as the organizer: the sender address, else a no-reply one. */
function organizerEmail(): string {
  const from = env().EMAIL_FROM ?? "";
  return /<([^>]+)>/.exec(from)?.[1] ?? (from.includes("@") ? from : `webinars@${host()}`);
}
const host = () => new URL(appUrl("/")).hostname;

/**
 * The .ics of a webinar for a partner who can see it (see loadPartnerWebinar) or a manager of
 * its program; anyone else gets NOT_FOUND. A cancelled webinar still downloads, marked
 * CANCELLED, so calendars that import it again drop the event.
 */
export async function webinarCalendarFile(db: Db, userId: string, webinarId: string) {
  const { webinar, programName } = await viewableWebinar(db, userId, webinarId).catch(
    (error: unknown) => {
      // Not active in the program is, for a download, the same as not found.
      throw error instanceof DomainError ? notFound("webinar") : error;
    },
  );
  const body = buildWebinarIcs(
    { ...webinar, programName },
    { host: host(), organizerEmail: organizerEmail() },
  );
  return { body, fileName: calendarFileName(webinar.title) };
}

/** The webinar for a manager of its program, else through the partner's own enrollment. */
async function viewableWebinar(db: Db, userId: string, webinarId: string) {
  const [row] = await db
    .select({ webinar: webinars, programName: programs.name })
    .from(webinars)
    .innerJoin(programs, eq(programs.id, webinars.programId))
    .where(eq(webinars.id, webinarId));
  if (!row) throw notFound("webinar");
  const managed = await resolveManagedProgram(
    db,
    userId,
    { programId: row.webinar.programId },
    "program.read",
  ).catch((error: unknown) => {
    if (error instanceof DomainError) return null;
    throw error;
  });
  if (managed) return row;
  const access = await resolveEnrollment(db, userId, { kind: "webinar", id: webinarId }, "active");
  const found = await loadPartnerWebinar(db, access, webinarId);
  return { webinar: found.webinar, programName: found.program.name };
}
