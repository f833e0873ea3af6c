import { and, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { programMembers, programs, webinars } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { appUrl, env } from "~/env";
import { buildWebinarIcs, calendarFileName } from "./calendar";
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
  const [managed] = await db
    .select({ webinar: webinars, programName: programs.name })
    .from(webinars)
    .innerJoin(programs, eq(programs.id, webinars.programId))
    .innerJoin(
      programMembers,
      and(eq(programMembers.programId, webinars.programId), eq(programMembers.userId, userId)),
    )
    .where(eq(webinars.id, webinarId));
  let webinar = managed?.webinar;
  let programName = managed?.programName ?? "";
  if (!webinar) {
    try {
      const found = await loadPartnerWebinar(db, userId, webinarId);
      webinar = found.webinar;
      programName = found.program.name;
    } catch (error) {
      // Not active in the program is, for a download, the same as not found.
      if (error instanceof DomainError) throw notFound("webinar");
      throw error;
    }
  }
  const body = buildWebinarIcs(
    { ...webinar, programName },
    { host: host(), organizerEmail: organizerEmail() },
  );
  return { body, fileName: calendarFileName(webinar.title) };
}
