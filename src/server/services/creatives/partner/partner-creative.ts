import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { creatives, enrollments, programs } from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import { enrollmentState } from "../../enrollments/enrollment-state";

/**
 * A live creative of a program where the caller is an active partner. A creative of a program
 * they are not in, an archived one or an unknown id all answer NOT_FOUND (nothing is
 * revealed); a partner who is enrolled but not active (pending, suspended, new terms to
 * accept) is told why.
 */
export async function loadPartnerCreative(db: Executor, userId: string, creativeId: string) {
  const [row] = await db
    .select({ creative: creatives, program: programs, enrollment: enrollments })
    .from(creatives)
    .innerJoin(programs, eq(programs.id, creatives.programId))
    .innerJoin(
      enrollments,
      and(eq(enrollments.programId, creatives.programId), eq(enrollments.partnerId, userId)),
    )
    .where(and(eq(creatives.id, creativeId), isNull(creatives.archivedAt)))
    .limit(1);
  if (!row) throw notFound("creative");
  const state = enrollmentState(row.enrollment, row.program.currentTermsVersion);
  if (state !== "active") throw forbidden(`partnerNot.${state}`);
  return row;
}
