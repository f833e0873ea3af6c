import { and, asc, count, eq, inArray } from "drizzle-orm";
import { courses, enrollments, programs } from "~/server/db/schema";
import type { ActorContext } from "../context";
import { loadProgress } from "./load-progress";
import { ACADEMY_STATUSES } from "./partner-course";
import { offsetOf } from "~/lib/paging";

/**
 * The academy catalogue: published courses of the programs where the caller is an approved
 * partner (or one in training), required ones first, each with the caller's progress.
 */
export async function listPartnerCourses(
  ctx: ActorContext,
  input: { programId?: string; page: number; pageSize: number },
) {
  const where = and(
    eq(enrollments.partnerId, ctx.userId),
    inArray(enrollments.status, [...ACADEMY_STATUSES]),
    eq(courses.status, "published"),
    input.programId ? eq(programs.id, input.programId) : undefined,
  );
  const base = () =>
    ctx.db
      .select({
        id: courses.id,
        title: courses.title,
        summary: courses.summary,
        required: courses.requiredForActivation,
        enrollmentId: enrollments.id,
        enrollmentStatus: enrollments.status,
        program: { id: programs.id, slug: programs.slug, name: programs.name },
      })
      .from(courses)
      .innerJoin(programs, eq(programs.id, courses.programId))
      .innerJoin(enrollments, eq(enrollments.programId, courses.programId));
  const rows = await base()
    .where(where)
    .orderBy(asc(programs.name), asc(programs.id), asc(courses.position), asc(courses.createdAt))
    .limit(input.pageSize)
    .offset(offsetOf(input.page, input.pageSize));
  const [total] = await ctx.db
    .select({ value: count() })
    .from(courses)
    .innerJoin(programs, eq(programs.id, courses.programId))
    .innerJoin(enrollments, eq(enrollments.programId, courses.programId))
    .where(where);
  const progress = await loadProgress(
    ctx.db,
    [...new Set(rows.map((row) => row.enrollmentId))],
    rows.map((row) => row.id),
  );
  const totalCount = total?.value ?? 0;
  return {
    items: rows.map(({ enrollmentId: _enrollmentId, ...row }) => {
      const p = progress.get(row.id);
      return {
        ...row,
        progress: {
          completedLessons: p?.completedLessons ?? 0,
          totalLessons: p?.totalLessons ?? 0,
          startedAt: p?.startedAt ?? null,
          completedAt: p?.completedAt ?? null,
          certificateCode: p?.certificateCode ?? null,
          resumeLessonId: p?.resumeLessonId ?? null,
        },
      };
    }),
    total: totalCount,
    pages: Math.max(1, Math.ceil(totalCount / input.pageSize)),
  };
}
