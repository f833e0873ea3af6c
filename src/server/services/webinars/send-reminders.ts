import { and, eq, gt, isNull, lte, sql } from "drizzle-orm";
import type { Db, Executor } from "~/server/db/client";
import {
  enrollments,
  programs,
  users,
  webinarRegistrations,
  webinarReminders,
  webinars,
} from "~/server/db/schema";
import { sendEmail } from "~/server/email/send";
import { webinarEmailProps } from "./registrants";
import { DAY_MS, HOUR_MS } from "~/lib/dates";
import { dueReminder, type ReminderKind } from "./reminder-due";

export type ReminderCandidate = {
  webinarId: string;
  enrollmentId: string;
  kind: ReminderKind;
  email: string;
  locale: string;
  programName: string;
  webinar: typeof webinars.$inferSelect;
};

const BATCH = 500;

/**
 * Registrations of live webinars starting within a day that have not had the reminder their
 * window calls for. Partners no longer active in the program get nothing.
 */
export async function dueReminders(db: Executor, now: Date): Promise<ReminderCandidate[]> {
  const rows = await db
    .select({
      webinar: webinars,
      enrollmentId: enrollments.id,
      registeredAt: webinarRegistrations.registeredAt,
      email: users.email,
      locale: users.locale,
      programName: programs.name,
    })
    .from(webinarRegistrations)
    .innerJoin(webinars, eq(webinars.id, webinarRegistrations.webinarId))
    .innerJoin(programs, eq(programs.id, webinars.programId))
    .innerJoin(enrollments, eq(enrollments.id, webinarRegistrations.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(
      and(
        isNull(webinars.cancelledAt),
        gt(webinars.startsAt, now),
        lte(webinars.startsAt, new Date(now.getTime() + DAY_MS)),
        eq(enrollments.status, "approved"),
        sql`not exists (select 1 from ${webinarReminders} s where s.webinar_id = ${webinars.id} and s.enrollment_id = ${enrollments.id} and s.kind = (case when ${webinars.startsAt} <= ${new Date(now.getTime() + HOUR_MS).toISOString()}::timestamptz then 'hour_before' else 'day_before' end)::webinar_reminder_kind)`,
      ),
    )
    .orderBy(webinars.startsAt)
    .limit(BATCH);
  return rows.flatMap((row) => {
    const kind = dueReminder(
      { startsAt: row.webinar.startsAt, registeredAt: row.registeredAt },
      now,
    );
    return kind ? [{ ...row, webinarId: row.webinar.id, kind }] : [];
  });
}

/**
 * Claims the reminder row and writes the email in the caller's transaction: the row is inserted
 * ON CONFLICT DO NOTHING, and only the transaction that inserted it sends. A second worker
 * blocks on the row until the first commits and then inserts nothing; a run that dies before
 * its commit leaves neither row nor email, so the retry sends exactly once.
 */
export async function sendReminder(tx: Executor, candidate: ReminderCandidate): Promise<boolean> {
  const claimed = await tx
    .insert(webinarReminders)
    .values({
      webinarId: candidate.webinarId,
      enrollmentId: candidate.enrollmentId,
      kind: candidate.kind,
    })
    .onConflictDoNothing()
    .returning({ kind: webinarReminders.kind });
  if (claimed.length === 0) return false;
  await sendEmail(tx, {
    to: candidate.email,
    locale: candidate.locale,
    template: "webinarReminder",
    props: {
      ...webinarEmailProps(candidate.webinar, candidate.programName),
      kind: candidate.kind === "day_before" ? "day" : "hour",
    },
  });
  return true;
}

/** The job's work: every due reminder, each in its own transaction. Returns how many went out. */
export async function sendDueReminders(db: Db, now = new Date()): Promise<number> {
  let sent = 0;
  for (const candidate of await dueReminders(db, now)) {
    if (await db.transaction((tx) => sendReminder(tx, candidate))) sent++;
  }
  return sent;
}
