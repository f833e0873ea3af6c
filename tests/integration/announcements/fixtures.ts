import { and, eq, inArray } from "drizzle-orm";
import {
  announcements,
  emails,
  notifications,
  partnerEmailPreferences,
} from "~/server/db/schema/index";
import { db } from "../../support/db";
import { makePartner, makeProgram } from "../../support/factories";

/**
 * A program with the partners every announcement test needs: two active partners (one who
 * turned announcement emails off), one waiting for approval and one suspended.
 */
export async function announcementProgram() {
  const { program, manager } = await makeProgram();
  const active = await makePartner(program.id);
  const quiet = await makePartner(program.id);
  await db
    .insert(partnerEmailPreferences)
    .values({ enrollmentId: quiet.enrollment.id, announcements: false });
  const pending = await makePartner(program.id, { status: "applied" });
  const suspended = await makePartner(program.id, { status: "suspended" });
  return { program, manager, active, quiet, pending, suspended };
}

export const announcementsOf = (programId: string) =>
  db.select().from(announcements).where(eq(announcements.programId, programId));

/** The notices left for these users about announcements, as "userId" strings. */
export async function announcementNoticesFor(userIds: string[]) {
  const rows = await db
    .select({ userId: notifications.userId, data: notifications.data })
    .from(notifications)
    .where(
      and(inArray(notifications.userId, userIds), eq(notifications.kind, "announcement.posted")),
    );
  return rows;
}

export const mailTo = (addresses: string[], template?: string) =>
  db
    .select()
    .from(emails)
    .where(
      and(inArray(emails.to, addresses), template ? eq(emails.template, template) : undefined),
    );
