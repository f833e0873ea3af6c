import { conflict } from "~/server/errors";
import type { Tx } from "~/server/db/client";
import { courseProgress, lessonCompletions } from "~/server/db/schema";
import type { PartnerContext } from "../context";
import { finishCourseIfDone, type Completion } from "./finish-course";
import { partnerLesson } from "./partner-course";

/**
 * Marks a (non-quiz) lesson done. Idempotent: completing it again changes nothing and awards
 * nothing, but still answers whether the course is complete and with which certificate.
 */
export async function completeLesson(
  ctx: PartnerContext,
  input: { lessonId: string },
): Promise<Completion> {
  return ctx.db.transaction(async (tx) => {
    const { lesson, course, enrollment } = await partnerLesson(tx, ctx, input.lessonId, {
      lock: true,
    });
    if (lesson.kind === "quiz") throw conflict("academy.quizNeedsAnswers");
    await recordCompletion(tx, course.id, enrollment.id, lesson.id);
    return finishCourseIfDone(tx, course, enrollment, ctx.userId);
  });
}

export async function recordCompletion(
  tx: Tx,
  courseId: string,
  enrollmentId: string,
  lessonId: string,
) {
  await tx.insert(lessonCompletions).values({ lessonId, enrollmentId }).onConflictDoNothing();
  await tx
    .insert(courseProgress)
    .values({ courseId, enrollmentId, lastLessonId: lessonId })
    .onConflictDoUpdate({
      target: [courseProgress.courseId, courseProgress.enrollmentId],
      set: { lastLessonId: lessonId },
    });
}
