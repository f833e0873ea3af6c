import { and, count, desc, eq, sql } from "drizzle-orm";
import { courseProgress, enrollments, lessonCompletions, lessons, users } from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { managedCourse } from "./managed-course";
import { offsetOf } from "~/lib/paging";

/**
 * Who took a course and how far they got, one row per partner who opened it, most recently
 * started first, a page at a time.
 */
export async function listCourseProgress(
  ctx: ProgramContext,
  input: { courseId: string; page: number; pageSize: number },
) {
  const course = await managedCourse(ctx.db, ctx.program.id, input.courseId);
  const where = eq(courseProgress.courseId, course.id);
  const items = await ctx.db
    .select({
      enrollmentId: enrollments.id,
      name: users.name,
      email: users.email,
      status: enrollments.status,
      startedAt: courseProgress.startedAt,
      completedAt: courseProgress.completedAt,
      certificateCode: courseProgress.certificateCode,
      completedLessons: sql<number>`(
        select count(*)::int from ${lessonCompletions}
        inner join ${lessons} on ${lessons.id} = ${lessonCompletions.lessonId}
        where ${lessons.courseId} = ${course.id}
          and ${lessonCompletions.enrollmentId} = ${enrollments.id})`,
    })
    .from(courseProgress)
    .innerJoin(enrollments, eq(enrollments.id, courseProgress.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(and(where, eq(enrollments.programId, ctx.program.id)))
    .orderBy(desc(courseProgress.startedAt), desc(enrollments.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize));
  const [[total], [lessonTotal]] = await Promise.all([
    ctx.db.select({ value: count() }).from(courseProgress).where(where),
    ctx.db.select({ value: count() }).from(lessons).where(eq(lessons.courseId, course.id)),
  ]);
  const totalCount = total?.value ?? 0;
  return {
    items,
    totalLessons: lessonTotal?.value ?? 0,
    total: totalCount,
    pages: Math.max(1, Math.ceil(totalCount / input.pageSize)),
  };
}
