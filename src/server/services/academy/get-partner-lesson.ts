import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { creativeFileUrl } from "~/lib/creative-urls";
import { creatives, lessonAttachments, quizAttempts, quizQuestions } from "~/server/db/schema";
import type { PartnerContext } from "../context";
import { loadProgress } from "./load-progress";
import { partnerLesson } from "./partner-course";
import { attemptsLeft, scoreQuiz } from "./quiz-scoring";
import { renderMarkdown } from "~/server/markdown/render-markdown";
import { videoEmbedUrl } from "./video-embed";

/**
 * A lesson as the partner's player shows it: sanitized HTML, the video's embed address,
 * attachments, and for a quiz its questions without the answers (revealed only after an
 * attempt, in lastAttempt). Reads only: the player records where the partner is through
 * recordLessonOpened, a mutation, since pages that read may be prefetched.
 */
export async function getPartnerLesson(
  ctx: PartnerContext,
  input: { courseId: string; lessonId: string },
) {
  const { lesson, course, enrollment } = await partnerLesson(ctx.db, ctx, input.lessonId, {
    courseId: input.courseId,
  });
  const quiz = lesson.kind === "quiz";
  const [attachments, questions, attempts, progress] = await Promise.all([
    ctx.db
      .select({
        id: creatives.id,
        name: creatives.name,
        kind: creatives.kind,
        fileName: creatives.fileName,
        mimeType: creatives.mimeType,
        byteSize: creatives.byteSize,
        hasFile: sql<boolean>`${creatives.storageKey} is not null`,
      })
      .from(lessonAttachments)
      .innerJoin(creatives, eq(creatives.id, lessonAttachments.creativeId))
      .where(and(eq(lessonAttachments.lessonId, lesson.id), isNull(creatives.archivedAt)))
      .orderBy(asc(lessonAttachments.position)),
    quiz
      ? ctx.db
          .select()
          .from(quizQuestions)
          .where(eq(quizQuestions.lessonId, lesson.id))
          .orderBy(asc(quizQuestions.position))
      : [],
    quiz
      ? ctx.db
          .select()
          .from(quizAttempts)
          .where(
            and(eq(quizAttempts.lessonId, lesson.id), eq(quizAttempts.enrollmentId, enrollment.id)),
          )
          .orderBy(desc(quizAttempts.createdAt), desc(quizAttempts.id))
      : [],
    loadProgress(ctx.db, [enrollment.id], [course.id]),
  ]);
  const steps = progress.get(course.id)?.lessons ?? [];
  const index = steps.findIndex((step) => step.id === lesson.id);
  const last = attempts[0];
  return {
    course: { id: course.id, title: course.title },
    lesson: {
      id: lesson.id,
      kind: lesson.kind,
      title: lesson.title,
      html: renderMarkdown(lesson.body, ctx.program.allowedImageHosts),
      embedUrl: lesson.videoUrl ? videoEmbedUrl(lesson.videoUrl) : null,
      passMarkPercent: lesson.passMarkPercent,
      maxAttempts: lesson.maxAttempts,
      completed: steps[index]?.completed ?? false,
    },
    position: { index: Math.max(0, index), total: steps.length },
    previousLessonId: steps[index - 1]?.id ?? null,
    nextLessonId: index >= 0 ? (steps[index + 1]?.id ?? null) : null,
    attachments: attachments.map((item) => ({
      ...item,
      downloadUrl: item.hasFile ? creativeFileUrl(item.id, { download: true }) : null,
    })),
    questions: questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      prompt: question.prompt,
      options: question.options.map((option) => ({ id: option.id, label: option.label })),
    })),
    attemptsUsed: attempts.length,
    attemptsLeft: quiz ? attemptsLeft(lesson.maxAttempts, attempts.length) : null,
    lastAttempt: last
      ? {
          scorePercent: last.scorePercent,
          passed: last.passed,
          createdAt: last.createdAt,
          answers: last.answers,
          // Answers were revealed when the attempt was scored; showing them again on reload
          // tells nothing new.
          results: scoreQuiz(questions, last.answers, lesson.passMarkPercent ?? 100).results,
        }
      : null,
  };
}
