import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { enrollments, programs } from "~/server/db/schema";

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
