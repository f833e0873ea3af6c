import { and, eq } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { courses, lessons } from "~/server/db/schema";
import { notFound } from "~/server/errors";

/**
 * A course of the manager's program, locked for the rest of the transaction when asked (edits
 * of one course's lessons and its status then run one after another). Another program's
 * course answers NOT_FOUND, as a missing one.
 */
export async function managedCourse(
  db: Executor,
  programId: string,
  courseId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(courses)
    .where(and(eq(courses.id, courseId), eq(courses.programId, programId)));
  const [course] = options.lock ? await query.for("update") : await query;
  if (!course) throw notFound("course");
  return course;
}

/** A lesson of a course of the manager's program, with its course locked. */
export async function managedLesson(db: Executor, programId: string, lessonId: string) {
  const [row] = await db
    .select({ lesson: lessons, course: courses })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(and(eq(lessons.id, lessonId), eq(courses.programId, programId)))
    .for("update", { of: courses });
  if (!row) throw notFound("lesson");
  return row;
}
