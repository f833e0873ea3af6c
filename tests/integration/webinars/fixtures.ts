/** Shared by the webinar tests: a program with a manager, webinars at chosen instants. */
import { and, eq, inArray } from "drizzle-orm";
import { emails, webinarRegistrations, webinars } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export async function webinarProgram() {
  const { program, manager } = await makeProgram();
  return { program, manager, managerCaller: callerFor(manager.id) };
}

/** A webinar inserted directly, so tests can put it in the past or an hour from now. */
export async function insertWebinar(
  programId: string,
  overrides: Partial<typeof webinars.$inferInsert> = {},
) {
  const [row] = await db
    .insert(webinars)
    .values({
      programId,
      title: "Partner Q&A",
      startsAt: new Date(Date.now() + 3 * DAY),
      timeZone: "Europe/Warsaw",
      durationMinutes: 60,
      joinUrl: "https://meet.example.com/qa",
      ...overrides,
    })
    .returning();
  return row!;
}

/** A partner registered for `webinarId` at `registeredAt` (default: a week ago). */
export async function registeredPartner(
  programId: string,
  webinarId: string,
  options: { registeredAt?: Date; tierKey?: string } = {},
) {
  const partner = await makePartner(programId, { tierKey: options.tierKey });
  await db.insert(webinarRegistrations).values({
    webinarId,
    enrollmentId: partner.enrollment.id,
    registeredAt: options.registeredAt ?? new Date(Date.now() - 7 * DAY),
  });
  return partner;
}

export const emailsTo = (addresses: string[], template?: string) =>
  db
    .select()
    .from(emails)
    .where(
      and(inArray(emails.to, addresses), template ? eq(emails.template, template) : undefined),
    );
