import { and, asc, eq, ne } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { courses } from "~/server/db/schema";
import { DomainError } from "~/server/errors";

/** A course named by a tier or badge must be one of the program's own. */
export async function assertProgramCourse(db: Executor, programId: string, courseId: string) {
  const [course] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.id, courseId), eq(courses.programId, programId)));
  if (!course) throw new DomainError("BAD_REQUEST", "rewards.unknownCourse");
}

/** The program's courses (not archived) a tier or badge may name, for the console's pickers. */
export async function listProgramCourses(db: Executor, programId: string) {
  return db
    .select({ id: courses.id, title: courses.title })
    .from(courses)
    .where(and(eq(courses.programId, programId), ne(courses.status, "archived")))
    .orderBy(asc(courses.position), asc(courses.title))
    .limit(200);
}
