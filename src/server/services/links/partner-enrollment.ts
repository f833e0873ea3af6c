import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, programs } from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import { enrollmentState } from "../enrollments/enrollment-state";

/**
 * The caller's own enrollment in the program with this slug. The slug only selects among the
 * caller's enrollments: a program they are not in answers NOT_FOUND.
 */
export async function ownEnrollment(db: Executor, userId: string, slug: string) {
  const [row] = await db
    .select({ program: programs, enrollment: enrollments })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(and(eq(programs.slug, slug), eq(enrollments.partnerId, userId)))
    .limit(1);
  if (!row) throw notFound("enrollment");
  return { ...row, state: enrollmentState(row.enrollment, row.program.currentTermsVersion) };
}

/** As ownEnrollment, for actions only an approved partner on the current terms may take. */
export async function activeEnrollment(db: Executor, userId: string, slug: string) {
  const row = await ownEnrollment(db, userId, slug);
  if (row.state !== "active") throw forbidden(`partnerNot.${row.state}`);
  return row;
}
