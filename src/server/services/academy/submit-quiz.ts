import { and, asc, count, eq } from "drizzle-orm";
import { quizAttempts, quizQuestions } from "~/server/db/schema";
import { conflict } from "~/server/errors";
import { awardPoints } from "../gamification/award";
import type { PartnerContext } from "../context";
import { recordCompletion } from "./complete-lesson";
import { finishCourseIfDone } from "./finish-course";
import { partnerLesson } from "./partner-course";
import { attemptsLeft, scoreQuiz } from "./quiz-scoring";

/**
 * Scores a quiz attempt and records it. The answers are revealed with the result (and only
 * then). A pass completes the quiz as a lesson, awards the quiz's points once, and may
 * complete the course; a retake after a pass is allowed while attempts remain but can never
 * award anything twice. With no attempts left the attempt is refused before it is scored.
 */
export async function submitQuiz(
  ctx: PartnerContext,
  input: { lessonId: string; answers: Record<string, string[]> },
) {
  return ctx.db.transaction(async (tx) => {
    const { lesson, course, enrollment } = await partnerLesson(tx, ctx, input.lessonId, {
      lock: true,
    });
    if (lesson.kind !== "quiz") throw conflict("academy.notAQuiz");
    const [used] = await tx
      .select({ value: count() })
      .from(quizAttempts)
      .where(
        and(eq(quizAttempts.lessonId, lesson.id), eq(quizAttempts.enrollmentId, enrollment.id)),
      );
    const usedCount = used?.value ?? 0;
    if (attemptsLeft(lesson.maxAttempts, usedCount) === 0) throw conflict("academy.noAttemptsLeft");
    const questions = await tx
      .select()
      .from(quizQuestions)
      .where(eq(quizQuestions.lessonId, lesson.id))
      .orderBy(asc(quizQuestions.position));
    if (questions.length === 0) throw conflict("academy.quizEmpty");

    // Only answers to this quiz's questions are kept: the stored attempt stays small and clean.
    const answers = Object.fromEntries(
      questions.map((question) => [question.id, [...new Set(input.answers[question.id] ?? [])]]),
    );
    const score = scoreQuiz(questions, answers, lesson.passMarkPercent ?? 100);
    await tx.insert(quizAttempts).values({
      lessonId: lesson.id,
      enrollmentId: enrollment.id,
      answers,
      scorePercent: score.scorePercent,
      passed: score.passed,
    });
    let quizPoints = 0;
    if (score.passed) {
      await recordCompletion(tx, course.id, enrollment.id, lesson.id);
      quizPoints = await awardPoints(tx, {
        programId: course.programId,
        enrollmentId: enrollment.id,
        event: "quiz_passed",
        sourceKey: `quiz:${lesson.id}`,
      });
    }
    const completion = await finishCourseIfDone(tx, course, enrollment, ctx.userId);
    return {
      ...score,
      attemptsLeft: attemptsLeft(lesson.maxAttempts, usedCount + 1),
      ...completion,
      pointsAwarded: completion.pointsAwarded + quizPoints,
    };
  });
}
