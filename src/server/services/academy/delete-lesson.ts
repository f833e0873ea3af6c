import { count, eq } from "drizzle-orm";
import { courses, lessons } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { managedLesson } from "./managed-course";

/**
 * Deletes a lesson with its questions, attempts and completions. A published course keeps at
 * least one lesson (archive the course instead). Partners who already completed the course
 * keep their certificate: completion is recorded on the course, not recomputed.
 */
export async function deleteLesson(ctx: ProgramContext, input: { lessonId: string }) {
  return ctx.db.transaction(async (tx) => {
    const { lesson, course } = await managedLesson(tx, ctx.program.id, input.lessonId);
    if (course.status === "published") {
      const [total] = await tx
        .select({ value: count() })
        .from(lessons)
        .where(eq(lessons.courseId, course.id));
      if ((total?.value ?? 0) <= 1) throw conflict("academy.lastLesson");
    }
    await tx.delete(lessons).where(eq(lessons.id, lesson.id));
    await tx.update(courses).set({ updatedAt: new Date() }).where(eq(courses.id, course.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "lesson.deleted",
      targetType: "lesson",
      targetId: lesson.id,
      data: { courseId: course.id, title: lesson.title, kind: lesson.kind },
    });
    return { deleted: true };
  });
}
