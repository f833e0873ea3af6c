import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, enrollments } from "~/server/db/schema/index";
import { clientError } from "../../support/client-error";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram, makeUser } from "../../support/factories";
import { makeCourse } from "./fixtures";

async function statusOf(enrollmentId: string) {
  const [row] = await db.select().from(enrollments).where(eq(enrollments.id, enrollmentId));
  return row?.status;
}

describe("academy: strangers are refused", () => {
  it("another program's manager reaches none of the course's procedures", async () => {
    const { program, manager } = await makeProgram();
    const { courseId, lessonId } = await makeCourse(manager.id, program.id);
    const other = await makeProgram();
    const stranger = callerFor(other.manager.id).manage.academy;
    const own = { programId: other.program.id };
    const foreign = { programId: program.id };
    const refusals = [
      () => stranger.listCourses(foreign),
      () => stranger.getCourse({ ...own, courseId }),
      () => stranger.getCourse({ ...foreign, courseId }),
      () => stranger.saveCourse({ ...own, courseId, title: "Mine now" }),
      () => stranger.setCourseStatus({ ...own, courseId, status: "archived" }),
      () => stranger.saveLesson({ ...own, courseId, kind: "lesson", title: "Injected" }),
      () => stranger.saveLesson({ ...own, courseId, lessonId, kind: "lesson", title: "Injected" }),
      () => stranger.deleteLesson({ ...own, lessonId }),
      () => stranger.moveLesson({ ...own, lessonId, direction: "down" }),
      () => stranger.courseProgress({ ...own, courseId }),
    ];
    for (const call of refusals) {
      await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await stranger.listCourses(own)).items).toEqual([]);
    // A partner of the program is no manager of it.
    const { user } = await makePartner(program.id);
    await expect(callerFor(user.id).manage.academy.listCourses(foreign)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const course = await callerFor(manager.id).manage.academy.getCourse({ ...foreign, courseId });
    expect(course.course.title).toBe("Getting started");
    expect(course.lessons).toHaveLength(2);
  });

  it("another program's partner, a pending applicant and a signed-out visitor get nothing", async () => {
    const { program, manager } = await makeProgram();
    const { courseId, lessonId, quizId, rightAnswers } = await makeCourse(manager.id, program.id);
    const other = await makeProgram();
    const outsider = (await makePartner(other.program.id)).user;
    const academy = callerFor(outsider.id).partner.academy;
    const calls = [
      () => academy.getCourse({ courseId }),
      () => academy.getLesson({ courseId, lessonId }),
      () => academy.completeLesson({ lessonId }),
      () => academy.submitQuiz({ lessonId: quizId, answers: rightAnswers }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await academy.listCourses()).items).toEqual([]);
    expect((await academy.listCourses({ programId: program.id })).items).toEqual([]);
    expect((await academy.listCertificates()).items).toEqual([]);

    const applicant = await makeUser();
    await db.insert(enrollments).values({
      programId: program.id,
      partnerId: applicant.id,
      status: "applied",
      acceptedTermsVersion: 1,
    });
    expect(
      await clientError(callerFor(applicant.id).partner.academy.getLesson({ courseId, lessonId })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect((await callerFor(applicant.id).partner.academy.listCourses()).items).toEqual([]);
    await expect(callerFor(null).partner.academy.listCourses()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    // A lesson named under another course is not found either.
    const second = await makeCourse(manager.id, program.id);
    const { user } = await makePartner(program.id);
    await expect(
      callerFor(user.id).partner.academy.getLesson({ courseId: second.courseId, lessonId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("partners see published courses only", async () => {
    const { program, manager } = await makeProgram();
    const { courseId, lessonId } = await makeCourse(manager.id, program.id);
    const { user } = await makePartner(program.id);
    const academy = callerFor(user.id).partner.academy;
    await callerFor(manager.id).manage.academy.setCourseStatus({
      programId: program.id,
      courseId,
      status: "draft",
    });
    expect((await academy.listCourses()).items).toEqual([]);
    await expect(academy.getLesson({ courseId, lessonId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("academy: a required course gates activation", () => {
  it("an approval waits in training until the course is done, then activates", async () => {
    const { program, manager } = await makeProgram();
    const { courseId, lessonId, quizId, rightAnswers } = await makeCourse(manager.id, program.id, {
      required: true,
    });
    const applicant = await makeUser();
    const portal = callerFor(applicant.id);
    await portal.partner.programs.join({
      programId: program.id,
      termsVersion: 1,
      acceptTerms: true,
    });
    const [enrollment] = await db
      .select()
      .from(enrollments)
      .where(and(eq(enrollments.programId, program.id), eq(enrollments.partnerId, applicant.id)));
    const decided = await callerFor(manager.id).manage.enrollments.decide({
      programId: program.id,
      enrollmentId: enrollment!.id,
      decision: "approve",
    });
    expect(decided.status).toBe("training");

    // In training: the academy yes, the rest of the program no.
    expect(
      await clientError(portal.partner.creatives.list({ programId: program.id })),
    ).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("required course"),
    });
    const catalogue = await portal.partner.academy.listCourses();
    expect(catalogue.items).toEqual([
      expect.objectContaining({ id: courseId, required: true, enrollmentStatus: "training" }),
    ]);
    await portal.partner.academy.completeLesson({ lessonId });
    expect(await statusOf(enrollment!.id)).toBe("training");
    const done = await portal.partner.academy.submitQuiz({
      lessonId: quizId,
      answers: rightAnswers,
    });
    expect(done).toMatchObject({ courseCompleted: true, activated: true });
    expect(await statusOf(enrollment!.id)).toBe("approved");
    await expect(portal.partner.creatives.list({ programId: program.id })).resolves.toBeDefined();
    const audit = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.targetId, enrollment!.id),
          eq(auditLog.action, "enrollment.trainingCompleted"),
        ),
      );
    expect(audit).toHaveLength(1);
  });

  it("automatic approval waits in training too; partners approved earlier are not demoted", async () => {
    const { program, manager } = await makeProgram({ approvalMode: "auto" });
    const veteran = await makePartner(program.id);
    await makeCourse(manager.id, program.id, { required: true });
    expect(await statusOf(veteran.enrollment.id)).toBe("approved");
    const newcomer = await makeUser();
    const joined = await callerFor(newcomer.id).partner.programs.join({
      programId: program.id,
      termsVersion: 1,
      acceptTerms: true,
    });
    expect(joined.status).toBe("training");
  });

  it("a required course that is archived or a draft does not gate", async () => {
    const { program, manager } = await makeProgram({ approvalMode: "auto" });
    const { courseId } = await makeCourse(manager.id, program.id, { required: true });
    await callerFor(manager.id).manage.academy.setCourseStatus({
      programId: program.id,
      courseId,
      status: "archived",
    });
    const joined = await callerFor((await makeUser()).id).partner.programs.join({
      programId: program.id,
      termsVersion: 1,
      acceptTerms: true,
    });
    expect(joined.status).toBe("approved");
  });
});
