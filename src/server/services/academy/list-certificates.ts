import { and, count, desc, eq, isNotNull } from "drizzle-orm";
import { courseProgress, courses, enrollments, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";
import { offsetOf } from "~/lib/paging";

/** The caller's certificates (completed courses), newest first, a page at a time. */
export async function listCertificates(
  ctx: ActorContext,
  input: { page: number; pageSize: number },
) {
  const where = and(eq(enrollments.partnerId, ctx.userId), isNotNull(courseProgress.completedAt));
  const items = await ctx.db
    .select({
      courseId: courses.id,
      courseTitle: courses.title,
      program: { id: programs.id, slug: programs.slug, name: programs.name },
      completedAt: courseProgress.completedAt,
      certificateCode: courseProgress.certificateCode,
    })
    .from(courseProgress)
    .innerJoin(enrollments, eq(enrollments.id, courseProgress.enrollmentId))
    .innerJoin(courses, eq(courses.id, courseProgress.courseId))
    .innerJoin(programs, eq(programs.id, courses.programId))
    .where(where)
    .orderBy(desc(courseProgress.completedAt), desc(courses.id))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize));
  const [total] = await ctx.db
    .select({ value: count() })
    .from(courseProgress)
    .innerJoin(enrollments, eq(enrollments.id, courseProgress.enrollmentId))
    .where(where);
  const totalCount = total?.value ?? 0;
  return { items, total: totalCount, pages: Math.max(1, Math.ceil(totalCount / input.pageSize)) };
}
