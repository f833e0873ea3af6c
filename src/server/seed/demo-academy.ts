/**
 * The demo program's academy: two published courses, a "Course graduate" badge for the
 * first, and the demo partner's progress (the first finished with a certificate, the second
 * started). Neither course is required, so the demo partner stays active. Safe to call again:
 * it does nothing when the first course already exists.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import {
  badges,
  courseProgress,
  courses,
  lessonCompletions,
  lessons,
  quizAttempts,
  quizQuestions,
} from "~/server/db/schema";
import { newCertificateCode } from "~/server/services/academy/certificate-code";
import { awardBadge, awardPoints } from "~/server/services/gamification/award";

const DAY = 86_400_000;
const FIRST_COURSE = "Getting started";

type LessonSeed = { title: string; body: string; videoUrl?: string };

const gettingStarted: LessonSeed[] = [
  {
    title: "How the program works",
    body: "## Welcome aboard\n\nYou earn a **commission on every sale** that comes through your links.\n\n1. Create a link on the *Links* page.\n2. Share it where your audience is.\n3. Watch clicks and sales arrive live on your dashboard.\n\nQuestions? Read the [program terms](/portal) or write to your manager.",
    videoUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  },
  {
    title: "Your links and creatives",
    body: "## Links\n\nEvery link carries your code, so a sale within the cookie window is credited to you.\n\n## Creatives\n\nBanners, texts and videos from the library are ready to use: **Copy embed code** puts your link in them for you.",
  },
];

const promoting: LessonSeed[] = [
  {
    title: "Write reviews that convert",
    body: "Honest reviews sell better than ads.\n\n- Show the product in use.\n- Say who it is **not** for.\n- Put your link next to the verdict, not only at the end.",
  },
  {
    title: "Newsletters and social posts",
    body: "Use the ready-made email templates and social posts from the creative library, and add a sub-ID to each channel's link so you can see which one sells.",
    videoUrl: "https://vimeo.com/76979871",
  },
];

const quiz = [
  {
    kind: "single" as const,
    prompt: "When is a sale credited to you?",
    explanation: "Sales within the cookie window after a click on your link are yours.",
    options: [
      { label: "Within the cookie window after a click on your link", correct: true },
      { label: "Whenever a customer mentions your name", correct: false },
      { label: "Only if the customer buys on the same day", correct: false },
    ],
  },
  {
    kind: "multiple" as const,
    prompt: "Which of these can you find in the creative library?",
    explanation: "The library holds banners, text templates and videos.",
    options: [
      { label: "Banners", correct: true },
      { label: "Email templates", correct: true },
      { label: "Other partners' earnings", correct: false },
    ],
  },
];

export async function seedDemoAcademy(
  db: Db,
  input: { programId: string; managerId: string; partnerEnrollmentId: string },
) {
  const { programId, managerId, partnerEnrollmentId: enrollmentId } = input;
  const [existing] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.programId, programId), eq(courses.title, FIRST_COURSE)));
  if (existing) return;
  const now = Date.now();

  await db.transaction(async (tx) => {
    const firstId = randomUUID();
    const secondId = randomUUID();
    const [badge] = await tx
      .insert(badges)
      .values({
        programId,
        key: "course-graduate",
        name: "Course graduate",
        description: "Completed the Getting started course.",
        icon: "🎓",
        criteria: { kind: "course", courseId: firstId },
      })
      .onConflictDoUpdate({
        target: [badges.programId, badges.key],
        set: { criteria: { kind: "course", courseId: firstId } },
      })
      .returning();
    const published = new Date(now - 30 * DAY);
    await tx.insert(courses).values([
      {
        id: firstId,
        programId,
        title: FIRST_COURSE,
        summary: "Everything you need for your first sale, in ten minutes.",
        status: "published",
        position: 0,
        badgeId: badge!.id,
        createdById: managerId,
        publishedAt: published,
      },
      {
        id: secondId,
        programId,
        title: "Promoting with content",
        summary: "Reviews, newsletters and social posts that sell without sounding like ads.",
        status: "published",
        position: 1,
        createdById: managerId,
        publishedAt: published,
      },
    ]);
    const insertLessons = (courseId: string, seeds: LessonSeed[]) =>
      tx
        .insert(lessons)
        .values(seeds.map((seed, position) => ({ ...seed, courseId, position })))
        .returning();
    const first = await insertLessons(firstId, gettingStarted);
    const [quizLesson] = await tx
      .insert(lessons)
      .values({
        courseId: firstId,
        kind: "quiz",
        position: first.length,
        title: "Quick check",
        passMarkPercent: 100,
        maxAttempts: null,
      })
      .returning();
    const questions = quiz.map((question, position) => ({
      ...question,
      lessonId: quizLesson!.id,
      position,
      options: question.options.map((option) => ({ ...option, id: randomUUID() })),
    }));
    await tx.insert(quizQuestions).values(questions);
    const second = await insertLessons(secondId, promoting);

    // The demo partner finished the first course a week ago and started the second.
    const finished = new Date(now - 7 * DAY);
    const answers = Object.fromEntries(
      (await tx.select().from(quizQuestions).where(eq(quizQuestions.lessonId, quizLesson!.id))).map(
        (question) => [question.id, question.options.filter((o) => o.correct).map((o) => o.id)],
      ),
    );
    await tx.insert(quizAttempts).values({
      lessonId: quizLesson!.id,
      enrollmentId,
      answers,
      scorePercent: 100,
      passed: true,
      createdAt: finished,
    });
    await tx.insert(lessonCompletions).values([
      ...[...first, quizLesson!].map((lesson) => ({
        lessonId: lesson.id,
        enrollmentId,
        completedAt: finished,
      })),
      { lessonId: second[0]!.id, enrollmentId, completedAt: new Date(now - DAY) },
    ]);
    await tx.insert(courseProgress).values([
      {
        courseId: firstId,
        enrollmentId,
        startedAt: new Date(now - 8 * DAY),
        lastLessonId: quizLesson!.id,
        completedAt: finished,
        certificateCode: newCertificateCode(),
      },
      {
        courseId: secondId,
        enrollmentId,
        startedAt: new Date(now - DAY),
        lastLessonId: second[1]!.id,
      },
    ]);
    await awardPoints(tx, {
      programId,
      enrollmentId,
      event: "quiz_passed",
      sourceKey: `quiz:${quizLesson!.id}`,
    });
    await awardPoints(tx, {
      programId,
      enrollmentId,
      event: "course_completed",
      sourceKey: `course:${firstId}`,
    });
    await awardBadge(tx, { badgeId: badge!.id, enrollmentId, sourceKey: `course:${firstId}` });
  });
}
