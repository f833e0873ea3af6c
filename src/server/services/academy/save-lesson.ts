import { and, eq, inArray, sql } from "drizzle-orm";
import { courses, creatives, lessonAttachments, lessons } from "~/server/db/schema";
import { conflict, notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import type { SaveLessonInput } from "./academy-input";
import { managedCourse } from "./managed-course";
import { replaceQuestions } from "./replace-questions";

/**
 * Creates a lesson (last in its course) or edits one, with its attachments and quiz questions,
 * in one transaction. Attachments must be creatives of this same program; a quiz of a
 * published course must keep at least one question, so partners are never stuck on it.
 */
export async function saveLesson(ctx: ProgramContext, input: SaveLessonInput) {
  return ctx.db.transaction(async (tx) => {
    const course = await managedCourse(tx, ctx.program.id, input.courseId, { lock: true });
    if (course.status === "published" && input.kind === "quiz" && input.questions.length === 0) {
      throw conflict("academy.quizNeedsQuestions");
    }
    const attachmentIds = [...new Set(input.attachmentIds)];
    if (attachmentIds.length > 0) {
      const own = await tx
        .select({ id: creatives.id })
        .from(creatives)
        .where(and(inArray(creatives.id, attachmentIds), eq(creatives.programId, ctx.program.id)));
      if (own.length !== attachmentIds.length) throw notFound("creative");
    }
    const quiz = input.kind === "quiz";
    const values = {
      kind: input.kind,
      title: input.title,
      body: input.body,
      videoUrl: input.videoUrl,
      passMarkPercent: quiz ? input.passMarkPercent : null,
      maxAttempts: quiz ? input.maxAttempts : null,
    };
    let lessonId: string;
    if (input.lessonId) {
      const [updated] = await tx
        .update(lessons)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(lessons.id, input.lessonId), eq(lessons.courseId, course.id)))
        .returning({ id: lessons.id });
      if (!updated) throw notFound("lesson");
      lessonId = updated.id;
    } else {
      const [created] = await tx
        .insert(lessons)
        .values({
          ...values,
          courseId: course.id,
          position: sql`(select coalesce(max(${lessons.position}), -1) + 1 from ${lessons} where ${lessons.courseId} = ${course.id})`,
        })
        .returning({ id: lessons.id });
      if (!created) throw new Error("the lesson insert returned no row");
      lessonId = created.id;
    }

    await tx.delete(lessonAttachments).where(eq(lessonAttachments.lessonId, lessonId));
    if (attachmentIds.length > 0) {
      await tx
        .insert(lessonAttachments)
        .values(attachmentIds.map((creativeId, position) => ({ lessonId, creativeId, position })));
    }
    await replaceQuestions(tx, lessonId, quiz ? input.questions : []);
    await tx.update(courses).set({ updatedAt: new Date() }).where(eq(courses.id, course.id));

    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: input.lessonId ? "lesson.updated" : "lesson.created",
      targetType: "lesson",
      targetId: lessonId,
      data: {
        courseId: course.id,
        title: input.title,
        kind: input.kind,
        questions: quiz ? input.questions.length : 0,
        attachments: attachmentIds.length,
      },
    });
    return { id: lessonId };
  });
}
