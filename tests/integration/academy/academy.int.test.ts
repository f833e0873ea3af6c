import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  auditLog,
  badgeAwards,
  courseProgress,
  creatives,
  notifications,
  pointAwards,
} from "~/server/db/schema/index";
import { getCertificate } from "~/server/services/academy/get-certificate";
import { totalPoints } from "~/server/services/gamification/award";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";
import { givePointsAndBadge, makeCourse } from "./fixtures";

describe("academy: a partner takes a course", () => {
  it("completes lessons and the quiz, gets the certificate, points and badge exactly once", async () => {
    const { program, manager } = await makeProgram();
    const badge = await givePointsAndBadge(program.id);
    const { courseId, lessonId, quizId, rightAnswers, wrongAnswers } = await makeCourse(
      manager.id,
      program.id,
      { badgeId: badge.id },
    );
    const { user, enrollment } = await makePartner(program.id);
    const academy = callerFor(user.id).partner.academy;

    const catalogue = await academy.listCourses();
    expect(catalogue.items).toHaveLength(1);
    expect(catalogue.items[0]).toMatchObject({
      id: courseId,
      required: false,
      progress: { completedLessons: 0, totalLessons: 2, resumeLessonId: lessonId },
    });

    const lesson = await academy.getLesson({ courseId, lessonId });
    expect(lesson.lesson.html).toContain("<h1>Welcome</h1>");
    expect(lesson.lesson.html).toContain('rel="noopener noreferrer nofollow"');
    expect(lesson.lesson.embedUrl).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    expect(lesson.nextLessonId).toBe(quizId);
    expect(await academy.completeLesson({ lessonId })).toMatchObject({
      courseCompleted: false,
      certificateCode: null,
    });

    const quiz = await academy.getLesson({ courseId, lessonId: quizId });
    expect(quiz.questions).toHaveLength(2);
    // Before any attempt, nothing tells which option is right.
    expect(JSON.stringify(quiz.questions)).not.toContain("correct");
    expect(quiz.lastAttempt).toBeNull();
    // The player reports the lesson on screen; reading it records nothing.
    await academy.openLesson({ courseId, lessonId: quizId });
    expect((await academy.getCourse({ courseId })).progress.resumeLessonId).toBe(quizId);

    const failed = await academy.submitQuiz({ lessonId: quizId, answers: wrongAnswers });
    expect(failed).toMatchObject({ scorePercent: 50, passed: false, courseCompleted: false });
    expect(failed.results[0]).toMatchObject({
      correct: false,
      explanation: "The links page makes them.",
    });
    expect(failed.results[0]!.correctOptionIds).toEqual(Object.values(rightAnswers)[0]);

    const passed = await academy.submitQuiz({ lessonId: quizId, answers: rightAnswers });
    expect(passed).toMatchObject({
      scorePercent: 100,
      passed: true,
      courseCompleted: true,
      pointsAwarded: 60,
      badge: { name: "Course graduate" },
      attemptsLeft: null,
    });
    const code = passed.certificateCode!;
    expect(code).toMatch(/^[A-Za-z0-9_-]{16}$/);

    // Replays award nothing more and keep the same certificate.
    const again = await academy.submitQuiz({ lessonId: quizId, answers: rightAnswers });
    expect(again).toMatchObject({ courseCompleted: true, certificateCode: code, pointsAwarded: 0 });
    expect(await academy.completeLesson({ lessonId })).toMatchObject({
      courseCompleted: true,
      certificateCode: code,
      pointsAwarded: 0,
      badge: null,
    });
    expect(await totalPoints(db, enrollment.id)).toBe(60);
    const awards = await db
      .select()
      .from(pointAwards)
      .where(eq(pointAwards.enrollmentId, enrollment.id));
    expect(awards.map((a) => a.sourceKey).sort()).toEqual([`course:${courseId}`, `quiz:${quizId}`]);
    expect(
      await db.select().from(badgeAwards).where(eq(badgeAwards.enrollmentId, enrollment.id)),
    ).toHaveLength(1);
    const notices = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, user.id), eq(notifications.kind, "course.completed")));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.data).toMatchObject({ courseId, certificateCode: code });

    expect(await getCertificate(db, code)).toEqual({
      partnerName: "Test Person",
      courseTitle: "Getting started",
      programName: program.name,
      completedAt: expect.any(Date),
    });
    expect(await getCertificate(db, "AAAAAAAAAAAAAAAA")).toBeNull();
    expect(await getCertificate(db, "x' or 1=1 --")).toBeNull();

    const certificates = await academy.listCertificates();
    expect(certificates.items).toEqual([
      expect.objectContaining({ courseId, certificateCode: code, courseTitle: "Getting started" }),
    ]);
    const reread = await academy.getLesson({ courseId, lessonId: quizId });
    expect(reread).toMatchObject({ attemptsUsed: 3, lastAttempt: { passed: true } });
    expect(reread.lastAttempt!.results[1]!.explanation).toBe("Sales and leads both do.");

    const report = await callerFor(manager.id).manage.academy.courseProgress({
      programId: program.id,
      courseId,
    });
    expect(report.items).toEqual([
      expect.objectContaining({ email: user.email, completedLessons: 2, certificateCode: code }),
    ]);
    expect(report.totalLessons).toBe(2);
  });

  it("refuses an attempt when none are left, before scoring it", async () => {
    const { program, manager } = await makeProgram();
    const { courseId, quizId, rightAnswers, wrongAnswers } = await makeCourse(
      manager.id,
      program.id,
      { maxAttempts: 2 },
    );
    const { user, enrollment } = await makePartner(program.id);
    const academy = callerFor(user.id).partner.academy;
    expect(
      (await academy.submitQuiz({ lessonId: quizId, answers: wrongAnswers })).attemptsLeft,
    ).toBe(1);
    expect(
      (await academy.submitQuiz({ lessonId: quizId, answers: wrongAnswers })).attemptsLeft,
    ).toBe(0);
    expect(
      await clientError(academy.submitQuiz({ lessonId: quizId, answers: rightAnswers })),
    ).toEqual({ code: "CONFLICT", message: "You have used all your attempts at this quiz." });
    expect((await academy.getLesson({ courseId, lessonId: quizId })).attemptsLeft).toBe(0);
    const progress = await db
      .select()
      .from(courseProgress)
      .where(eq(courseProgress.enrollmentId, enrollment.id));
    expect(progress[0]?.completedAt ?? null).toBeNull();
  });

  it("a quiz is not completed by marking it done", async () => {
    const { program, manager } = await makeProgram();
    const { quizId } = await makeCourse(manager.id, program.id);
    const { user } = await makePartner(program.id);
    await expect(
      callerFor(user.id).partner.academy.completeLesson({ lessonId: quizId }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("academy: authoring", () => {
  it("sanitizes lesson markdown for partners", async () => {
    const { program, manager } = await makeProgram();
    const manage = callerFor(manager.id).manage.academy;
    const { id: courseId } = await manage.saveCourse({ programId: program.id, title: "Safe" });
    const { id: lessonId } = await manage.saveLesson({
      programId: program.id,
      courseId,
      kind: "lesson",
      title: "Tricks",
      body: '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))\n\nkept',
    });
    await manage.setCourseStatus({ programId: program.id, courseId, status: "published" });
    const { user } = await makePartner(program.id);
    const { lesson } = await callerFor(user.id).partner.academy.getLesson({ courseId, lessonId });
    expect(lesson.html).not.toMatch(/<script|onerror|javascript:/i);
    expect(lesson.html).toContain("kept");
  });

  it("accepts videos from allowlisted hosts only, and validates quizzes", async () => {
    const { program, manager } = await makeProgram();
    const manage = callerFor(manager.id).manage.academy;
    const { id: courseId } = await manage.saveCourse({ programId: program.id, title: "Videos" });
    const base = { programId: program.id, courseId, kind: "lesson" as const, title: "V" };
    expect(
      await clientError(manage.saveLesson({ ...base, videoUrl: "https://evil.example.com/v.mp4" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { videoUrl: expect.stringContaining("YouTube, Vimeo or Loom") },
    });
    await expect(
      manage.saveLesson({ ...base, videoUrl: "https://vimeo.com/76979871" }),
    ).resolves.toMatchObject({ id: expect.any(String) });
    expect(
      await clientError(manage.saveLesson({ ...base, body: "x".repeat(50_001) }), "pl"),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { body: expect.stringContaining("50 000") },
    });
    const question = (correct: boolean[]) => ({
      kind: "single" as const,
      prompt: "?",
      explanation: "",
      options: correct.map((c, n) => ({ label: `o${n}`, correct: c })),
    });
    const quiz = { ...base, kind: "quiz" as const, passMarkPercent: 80 };
    expect(
      await clientError(manage.saveLesson({ ...quiz, questions: [question([true, true])] })),
    ).toMatchObject({
      fieldErrors: { "questions.0.options": expect.stringContaining("exactly one") },
    });
    expect(
      await clientError(
        manage.saveLesson({ ...quiz, passMarkPercent: null, questions: [question([true, false])] }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { passMarkPercent: "Set the pass mark (1–100 %)." },
    });
    // A partner's quiz must stay answerable: a published course refuses an emptied quiz.
    const kept = await manage.saveLesson({ ...quiz, questions: [question([true, false])] });
    await manage.setCourseStatus({ programId: program.id, courseId, status: "published" });
    expect(
      await clientError(manage.saveLesson({ ...quiz, lessonId: kept.id, questions: [] })),
    ).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("at least one question"),
    });
  });

  it("publishes only a course a partner can finish, and orders and deletes lessons", async () => {
    const { program, manager } = await makeProgram();
    const manage = callerFor(manager.id).manage.academy;
    const programId = program.id;
    const { id: courseId } = await manage.saveCourse({ programId, title: "Order" });
    await expect(
      manage.setCourseStatus({ programId, courseId, status: "published" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "academy.publishNeedsLesson" });
    const a = await manage.saveLesson({ programId, courseId, kind: "lesson", title: "A" });
    const quiz = await manage.saveLesson({
      programId,
      courseId,
      kind: "quiz",
      title: "Q",
      passMarkPercent: 50,
    });
    await expect(
      manage.setCourseStatus({ programId, courseId, status: "published" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "academy.publishQuizIncomplete" });
    await manage.deleteLesson({ programId, lessonId: quiz.id });
    const c = await manage.saveLesson({ programId, courseId, kind: "lesson", title: "C" });
    expect(await manage.moveLesson({ programId, lessonId: c.id, direction: "up" })).toEqual({
      moved: true,
    });
    expect(await manage.moveLesson({ programId, lessonId: c.id, direction: "up" })).toEqual({
      moved: false,
    });
    const course = await manage.getCourse({ programId, courseId });
    expect(course.lessons.map((l) => l.title)).toEqual(["C", "A"]);
    await manage.setCourseStatus({ programId, courseId, status: "published" });
    await manage.deleteLesson({ programId, lessonId: a.id });
    await expect(manage.deleteLesson({ programId, lessonId: c.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "academy.lastLesson",
    });
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.programId, programId));
    expect(actions.map((row) => row.action)).toEqual(
      expect.arrayContaining([
        "course.created",
        "lesson.created",
        "lesson.deleted",
        "lesson.moved",
        "course.published",
      ]),
    );
  });

  it("attaches creatives of the same program only, and lists them to partners", async () => {
    const { program, manager } = await makeProgram();
    const other = await makeProgram();
    const [mine, theirs] = await db
      .insert(creatives)
      .values([
        { programId: program.id, kind: "ad_copy", name: "Email copy", body: "Hi" },
        { programId: other.program.id, kind: "ad_copy", name: "Theirs", body: "Hi" },
      ])
      .returning();
    const manage = callerFor(manager.id).manage.academy;
    const programId = program.id;
    const { id: courseId } = await manage.saveCourse({ programId, title: "Files" });
    const base = { programId, courseId, kind: "lesson" as const, title: "L" };
    await expect(manage.saveLesson({ ...base, attachmentIds: [theirs!.id] })).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
    const { id: lessonId } = await manage.saveLesson({ ...base, attachmentIds: [mine!.id] });
    await manage.setCourseStatus({ programId, courseId, status: "published" });
    const { user } = await makePartner(programId);
    const lesson = await callerFor(user.id).partner.academy.getLesson({ courseId, lessonId });
    expect(lesson.attachments).toEqual([
      expect.objectContaining({ id: mine!.id, name: "Email copy", downloadUrl: null }),
    ]);
  });
});
