/** Shared by the newsletter tests: a program with many partners and subscribers, quickly. */
import { randomUUID } from "node:crypto";
import { and, eq, like, sql } from "drizzle-orm";
import { emails, enrollments, newsletters, subscribers, users } from "~/server/db/schema/index";
import type { NewsletterAudience } from "~/server/db/schema/index";
import { newsletterKey } from "~/server/services/newsletters/send-batch";
import { db } from "../../support/db";
import { callerFor, makeProgram } from "../../support/factories";

export async function newsletterProgram() {
  const { program, manager } = await makeProgram();
  return { program, manager, managerCaller: callerFor(manager.id) };
}

/** `count` approved partners (one insert each for users and enrollments). */
export async function bulkPartners(
  programId: string,
  count: number,
  options: { tierKey?: string; status?: "approved" | "training" | "applied"; locale?: string } = {},
) {
  const tag = randomUUID().slice(0, 8);
  const people = await db
    .insert(users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        email: `partner-${tag}-${i}@news.rally.test`,
        name: `Partner ${i}`,
        locale: options.locale ?? "en",
      })),
    )
    .returning({ id: users.id, email: users.email });
  const rows = await db
    .insert(enrollments)
    .values(
      people.map((person) => ({
        programId,
        partnerId: person.id,
        status: options.status ?? "approved",
        acceptedTermsVersion: 1,
        tierKey: options.tierKey,
      })),
    )
    .returning({ id: enrollments.id });
  return people.map((person, i) => ({ ...person, enrollmentId: rows[i]!.id }));
}

export async function addSubscriber(
  programId: string,
  email: string,
  options: Partial<typeof subscribers.$inferInsert> = {},
) {
  const [row] = await db
    .insert(subscribers)
    .values({ programId, email, status: "confirmed", confirmedAt: new Date(), ...options })
    .returning();
  return row!;
}

/** A newsletter put straight into "sending", as the schedule (or "send now") leaves it. */
export async function sendingNewsletter(
  programId: string,
  audience: Partial<NewsletterAudience> = {},
  subject = `Crash test ${randomUUID().slice(0, 6)}`,
) {
  const [row] = await db
    .insert(newsletters)
    .values({
      programId,
      subject,
      body: "# Hello\n\nNews for **you**.",
      audience: { partners: true, tierKeys: [], subscribers: false, ...audience },
      status: "sending",
      scheduledAt: new Date(),
    })
    .returning();
  return row!;
}

/** How many outbox rows each recipient of a newsletter got, by address. */
export async function copiesPerAddress(newsletterId: string) {
  const rows = await db
    .select({ to: emails.to, copies: sql<number>`count(*)::int` })
    .from(emails)
    .where(
      and(
        like(emails.idempotencyKey, newsletterKey(newsletterId, "%")),
        eq(emails.template, "newsletter"),
      ),
    )
    .groupBy(emails.to);
  return new Map(rows.map((row) => [row.to, Number(row.copies)]));
}
