import { and, eq, isNull } from "drizzle-orm";
import { badges } from "~/server/db/schema";
import type { PartnerContext } from "../context";
import { loadProgress } from "./load-progress";
import { partnerCourse } from "./partner-course";

/** A course page for a partner: its lessons in order, which are done, where to resume. */
export async function getPartnerCourse(ctx: PartnerContext, input: { courseId: string }) {
  const { course, program, enrollment } = await partnerCourse(ctx.db, ctx, input.courseId);
  const [progress, badge] = await Promise.all([
    loadProgress(ctx.db, [enrollment.id], [course.id]),
    course.badgeId
      ? ctx.db
          .select({ name: badges.name, icon: badges.icon, description: badges.description })
          .from(badges)
          .where(and(eq(badges.id, course.badgeId), isNull(badges.archivedAt)))
      : [],
  ]);
  const p = progress.get(course.id);
  return {
    course: {
      id: course.id,
      title: course.title,
      summary: course.summary,
      required: course.requiredForActivation,
      badge: badge[0] ?? null,
    },
    program: { id: program.id, slug: program.slug, name: program.name },
    enrollmentStatus: enrollment.status,
    lessons: p?.lessons ?? [],
    progress: {
      completedLessons: p?.completedLessons ?? 0,
      totalLessons: p?.totalLessons ?? 0,
      startedAt: p?.startedAt ?? null,
      completedAt: p?.completedAt ?? null,
      certificateCode: p?.certificateCode ?? null,
      resumeLessonId: p?.resumeLessonId ?? null,
    },
  };
}
