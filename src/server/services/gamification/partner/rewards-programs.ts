import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, programs } from "~/server/db/schema";
import { notFound } from "~/server/errors";

/**
 * The caller's own enrollment in the program, while they are a partner there (approved,
 * suspended or still in training). Anything else, another program included, is NOT_FOUND.
 */
export async function ownRewardsEnrollment(db: Executor, userId: string, programId: string) {
  const [row] = await db
    .select({
      id: enrollments.id,
      programId: programs.id,
      currency: programs.currency,
      name: programs.name,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(
        eq(enrollments.partnerId, userId),
        eq(enrollments.programId, programId),
        inArray(enrollments.status, ["approved", "suspended", "training"]),
      ),
    );
  if (!row) throw notFound("program");
  return row;
}

/** The programs whose rewards the caller may see (for the page's program picker). */
export async function rewardsPrograms(db: Executor, userId: string) {
  return db
    .select({ id: programs.id, name: programs.name, slug: programs.slug })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(
        eq(enrollments.partnerId, userId),
        inArray(enrollments.status, ["approved", "suspended", "training"]),
      ),
    )
    .orderBy(programs.name)
    .limit(100);
}
