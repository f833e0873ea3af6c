import { badges, pointRules } from "~/server/db/schema/index";
import { db } from "../../support/db";
import { callerFor } from "../../support/factories";

/** A published course of `programId` with a lesson and a two-question quiz (pass mark 100). */
export async function makeCourse(
  managerId: string,
  programId: string,
  options: { required?: boolean; badgeId?: string | null; maxAttempts?: number | null } = {},
) {
  const manage = callerFor(managerId).manage.academy;
  const { id: courseId } = await manage.saveCourse({
    programId,
    title: "Getting started",
    summary: "The basics.",
    requiredForActivation: options.required ?? false,
    badgeId: options.badgeId ?? null,
  });
  const { id: lessonId } = await manage.saveLesson({
    programId,
    courseId,
    kind: "lesson",
    title: "Welcome",
    body: "# Welcome\n\nRead [the guide](https://example.com/guide).",
    videoUrl: "https://youtu.be/dQw4w9WgXcQ",
  });
  const { id: quizId } = await manage.saveLesson({
    programId,
    courseId,
    kind: "quiz",
    title: "Check",
    passMarkPercent: 100,
    maxAttempts: options.maxAttempts === undefined ? null : options.maxAttempts,
    questions: [
      {
        kind: "single",
        prompt: "Where do links come from?",
        explanation: "The links page makes them.",
        options: [
          { label: "The links page", correct: true },
          { label: "Email", correct: false },
        ],
      },
      {
        kind: "multiple",
        prompt: "What earns commission?",
        explanation: "Sales and leads both do.",
        options: [
          { label: "Sales", correct: true },
          { label: "Leads", correct: true },
          { label: "Page views", correct: false },
        ],
      },
    ],
  });
  await manage.setCourseStatus({ programId, courseId, status: "published" });
  const course = await manage.getCourse({ programId, courseId });
  const quiz = course.lessons.find((lesson) => lesson.id === quizId)!;
  const [single, multiple] = quiz.questions;
  const right = (question: typeof single) =>
    question!.options.filter((o) => o.correct).map((o) => o.id);
  const wrong = (question: typeof single) =>
    question!.options.filter((o) => !o.correct).map((o) => o.id);
  return {
    courseId,
    lessonId,
    quizId,
    rightAnswers: { [single!.id]: right(single), [multiple!.id]: right(multiple) },
    wrongAnswers: { [single!.id]: wrong(single), [multiple!.id]: right(multiple) },
  };
}

export async function givePointsAndBadge(programId: string) {
  await db.insert(pointRules).values([
    { programId, event: "course_completed", points: 50 },
    { programId, event: "quiz_passed", points: 10 },
  ]);
  const [badge] = await db
    .insert(badges)
    .values({
      programId,
      key: "graduate",
      name: "Course graduate",
      icon: "🎓",
      criteria: { kind: "manual" },
    })
    .returning();
  return badge!;
}
