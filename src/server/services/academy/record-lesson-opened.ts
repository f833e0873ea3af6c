import { courseProgress } from "~/server/db/schema";
import type { PartnerContext } from "../context";
import { partnerLesson } from "./partner-course";

/**
 * Remembers the lesson the partner opened, so the course's "Resume" comes back to it. Its own
 * mutation, sent by the player once it is on screen: reading a lesson (a page render, which
 * browsers may prefetch) never writes.
 */
export async function recordLessonOpened(
  ctx: PartnerContext,
  input: { courseId: string; lessonId: string },
): Promise<void> {
  const { lesson, course, enrollment } = await partnerLesson(ctx.db, ctx, input.lessonId, {
    courseId: input.courseId,
  });
  await ctx.db
    .insert(courseProgress)
    .values({ courseId: course.id, enrollmentId: enrollment.id, lastLessonId: lesson.id })
    .onConflictDoUpdate({
      target: [courseProgress.courseId, courseProgress.enrollmentId],
      set: { lastLessonId: lesson.id },
    });
}
