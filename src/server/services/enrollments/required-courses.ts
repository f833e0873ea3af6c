import { and, eq, isNotNull, notExists } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { courseProgress, courses } from "~/server/db/schema";

/**
 * Published courses the program requires before a partner becomes active that this
 * enrollment has not completed (all of them for an enrollment not made yet: pass null).
 * Approvals consult it at the moment they happen; partners approved before a course became
 * required are not demoted by it.
 */
export async function pendingRequiredCourses(
  db: Executor,
  programId: string,
  enrollmentId: string | null,
): Promise<{ id: string; title: string }[]> {
  const completed = enrollmentId
    ? notExists(
        db
          .select({ one: courseProgress.courseId })
          .from(courseProgress)
          .where(
            and(
              eq(courseProgress.courseId, courses.id),
              eq(courseProgress.enrollmentId, enrollmentId),
              isNotNull(courseProgress.completedAt),
            ),
          ),
      )
    : undefined;
  return db
    .select({ id: courses.id, title: courses.title })
    .from(courses)
    .where(
      and(
        eq(courses.programId, programId),
        eq(courses.status, "published"),
        eq(courses.requiredForActivation, true),
        completed,
      ),
    )
    .orderBy(courses.position);
}

/** The status an approval gives: "training" while a required course is still to be done. */
export async function approvedStatus(
  db: Executor,
  programId: string,
  enrollmentId: string | null,
): Promise<"approved" | "training"> {
  const pending = await pendingRequiredCourses(db, programId, enrollmentId);
  return pending.length > 0 ? "training" : "approved";
}
