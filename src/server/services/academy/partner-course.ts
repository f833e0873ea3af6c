import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { courses, enrollments, lessons } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import type { EnrollmentContext } from "../context";

/** Partners who may take the academy: approved ones, and approved ones still in training. */
export const ACADEMY_STATUSES = ["approved", "training"] as const;

type Course = typeof courses.$inferSelect;

function published<T extends { course: Course }>(row: T | undefined, what: "course" | "lesson") {
  // A draft, archived or foreign course looks exactly like a missing one.
  if (!row || row.course.status !== "published") throw notFound(what);
  return row;
}

/**
 * Locks the partner's enrollment row when asked: completions of one partner then run one
 * after another, so the last two lessons finished at once still complete the course exactly
 * once. Returns the row as it is under the lock.
 */
async function enrollmentRow(db: Executor, access: EnrollmentContext, lock: boolean | undefined) {
  if (!lock) return access.enrollment;
  const [row] = await db
    .select()
    .from(enrollments)
    .where(eq(enrollments.id, access.enrollment.id))
    .for("update");
  return row ?? access.enrollment;
}

/**
 * A published course of the program whose enrollment the procedure resolved (the academy
 * admits partners in training too: see the "learning" requirement).
 */
export async function partnerCourse(
  db: Executor,
  access: EnrollmentContext,
  courseId: string,
  options: { lock?: boolean } = {},
) {
  const [row] = await db
    .select({ course: courses })
    .from(courses)
    .where(and(eq(courses.id, courseId), eq(courses.programId, access.program.id)));
  const { course } = published(row, "course");
  const enrollment = await enrollmentRow(db, access, options.lock);
  return { course, program: access.program, enrollment };
}

/** A lesson of a published course of the partner's program, as partnerCourse. */
export async function partnerLesson(
  db: Executor,
  access: EnrollmentContext,
  lessonId: string,
  options: { lock?: boolean; courseId?: string } = {},
) {
  const [row] = await db
    .select({ lesson: lessons, course: courses })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(
      and(
        eq(lessons.id, lessonId),
        eq(courses.programId, access.program.id),
        options.courseId ? eq(lessons.courseId, options.courseId) : undefined,
      ),
    );
  const { lesson, course } = published(row, "lesson");
  const enrollment = await enrollmentRow(db, access, options.lock);
  return { lesson, course, program: access.program, enrollment };
}
