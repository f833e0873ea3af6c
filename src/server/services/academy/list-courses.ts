import { and, asc, count, eq, sql } from "drizzle-orm";
import { courseProgress, courses, lessons } from "~/server/db/schema";
import type { ProgramContext } from "../context";

export type CourseStatus = (typeof courses.$inferSelect)["status"];

/** The program's courses in catalogue order, with lesson and completion counts. */
export async function listCourses(
  ctx: ProgramContext,
  query: { status?: CourseStatus; page: number; pageSize: number },
) {
  const where = and(
    eq(courses.programId, ctx.program.id),
    query.status ? eq(courses.status, query.status) : undefined,
  );
  const items = await ctx.db
    .select({
      id: courses.id,
      title: courses.title,
      summary: courses.summary,
      status: courses.status,
      position: courses.position,
      requiredForActivation: courses.requiredForActivation,
      badgeId: courses.badgeId,
      publishedAt: courses.publishedAt,
      updatedAt: courses.updatedAt,
      lessonCount: sql<number>`(select count(*)::int from ${lessons} where ${lessons.courseId} = ${courses.id})`,
      startedCount: sql<number>`(select count(*)::int from ${courseProgress} where ${courseProgress.courseId} = ${courses.id})`,
      completedCount: sql<number>`(select count(*)::int from ${courseProgress} where ${courseProgress.courseId} = ${courses.id} and ${courseProgress.completedAt} is not null)`,
    })
    .from(courses)
    .where(where)
    .orderBy(asc(courses.position), asc(courses.createdAt), asc(courses.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db.select({ value: count() }).from(courses).where(where);
  const totalCount = total?.value ?? 0;
  return { items, total: totalCount, pages: Math.max(1, Math.ceil(totalCount / query.pageSize)) };
}
