import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { courses, enrollments, lessons, programs } from "~/server/db/schema";
import { forbidden, notFound } from "~/server/errors";
import { enrollmentState } from "../enrollments/enrollment-state";

/** Partners who may take the academy: approved ones, and approved ones still in training. */
export const ACADEMY_STATUSES = ["approved", "training"] as const;

type Found = {
  course: typeof courses.$inferSelect;
  program: typeof programs.$inferSelect;
  enrollment: typeof enrollments.$inferSelect;
};

function admit(row: Found | undefined, what: "course" | "lesson"): Found {
  // A draft, archived or foreign course looks exactly like a missing one.
  if (!row || row.course.status !== "published") throw notFound(what);
  const status = row.enrollment.status;
  if (status !== "approved" && status !== "training") {
    throw forbidden(
      `partnerNot.${enrollmentState(row.enrollment, row.program.currentTermsVersion)}`,
    );
  }
  return row;
}

/**
 * A published course of a program where the caller is a partner. The enrollment row is
 * locked when asked: completions of one partner then run one after another, so the last two
 * lessons finished at once still complete the course exactly once.
 */
export async function partnerCourse(
  db: Executor,
  userId: string,
  courseId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select({ course: courses, program: programs, enrollment: enrollments })
    .from(courses)
    .innerJoin(programs, eq(programs.id, courses.programId))
    .innerJoin(
      enrollments,
      and(eq(enrollments.programId, courses.programId), eq(enrollments.partnerId, userId)),
    )
    .where(eq(courses.id, courseId));
  const [row] = options.lock ? await query.for("update", { of: enrollments }) : await query;
  return admit(row, "course");
}

/** A lesson of a published course of the caller's program, as partnerCourse. */
export async function partnerLesson(
  db: Executor,
  userId: string,
  lessonId: string,
  options: { lock?: boolean; courseId?: string } = {},
) {
  const query = db
    .select({ lesson: lessons, course: courses, program: programs, enrollment: enrollments })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .innerJoin(programs, eq(programs.id, courses.programId))
    .innerJoin(
      enrollments,
      and(eq(enrollments.programId, courses.programId), eq(enrollments.partnerId, userId)),
    )
    .where(
      and(
        eq(lessons.id, lessonId),
        options.courseId ? eq(lessons.courseId, options.courseId) : undefined,
      ),
    );
  const [row] = options.lock ? await query.for("update", { of: enrollments }) : await query;
  const admitted = admit(row, "lesson");
  return { ...admitted, lesson: row!.lesson };
}
