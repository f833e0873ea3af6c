import { asc, eq } from "drizzle-orm";
import { courses, lessons, quizQuestions } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { managedCourse } from "./managed-course";
import type { CourseStatus } from "./list-courses";

const statusActions = {
  published: "course.published",
  archived: "course.archived",
  draft: "course.unpublished",
} as const satisfies Record<CourseStatus, string>;

/**
 * Publishes, archives or returns a course to draft. A course is published only when a partner
 * can finish it: at least one lesson, and every quiz has questions each with a right answer.
 * Publishing a required course does not demote partners already approved; it gates approvals
 * from then on.
 */
export async function setCourseStatus(
  ctx: ProgramContext,
  input: { courseId: string; status: CourseStatus },
) {
  return ctx.db.transaction(async (tx) => {
    const course = await managedCourse(tx, ctx.program.id, input.courseId, { lock: true });
    if (course.status === input.status) return { status: course.status, changed: false };
    if (input.status === "published") {
      const rows = await tx
        .select({ lesson: lessons, question: quizQuestions })
        .from(lessons)
        .leftJoin(quizQuestions, eq(quizQuestions.lessonId, lessons.id))
        .where(eq(lessons.courseId, course.id))
        .orderBy(asc(lessons.position));
      if (rows.length === 0) throw conflict("academy.publishNeedsLesson");
      const quizzes = new Set(rows.filter((r) => r.lesson.kind === "quiz").map((r) => r.lesson.id));
      for (const quizId of quizzes) {
        const questions = rows.filter((r) => r.lesson.id === quizId && r.question);
        const answerable = questions.every((r) => r.question!.options.some((o) => o.correct));
        if (questions.length === 0 || !answerable) {
          const title = rows.find((r) => r.lesson.id === quizId)?.lesson.title ?? "";
          throw conflict("academy.publishQuizIncomplete", { title });
        }
      }
    }
    await tx
      .update(courses)
      .set({
        status: input.status,
        updatedAt: new Date(),
        publishedAt: input.status === "published" ? new Date() : course.publishedAt,
      })
      .where(eq(courses.id, course.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: statusActions[input.status],
      targetType: "course",
      targetId: course.id,
      data: { title: course.title, from: course.status, to: input.status },
    });
    return { status: input.status, changed: true };
  });
}
