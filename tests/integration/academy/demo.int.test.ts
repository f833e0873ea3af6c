import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { badgeAwards, courses, enrollments } from "~/server/db/schema/index";
import { getCertificate } from "~/server/services/academy/get-certificate";
import { seedDemoAcademy } from "~/server/seed/demo-academy";
import { db } from "../../support/db";
import { callerFor, makePartner, makeProgram } from "../../support/factories";

describe("seedDemoAcademy", () => {
  it("seeds two courses, one finished with a certificate and badge, and runs only once", async () => {
    const { program, manager } = await makeProgram();
    const { user, enrollment } = await makePartner(program.id);
    const input = {
      programId: program.id,
      managerId: manager.id,
      partnerEnrollmentId: enrollment.id,
    };
    await seedDemoAcademy(db, input);
    await seedDemoAcademy(db, input);

    expect(await db.select().from(courses).where(eq(courses.programId, program.id))).toHaveLength(
      2,
    );
    const catalogue = await callerFor(user.id).partner.academy.listCourses();
    const [first, second] = catalogue.items;
    expect(first).toMatchObject({
      title: "Getting started",
      required: false,
      progress: { completedLessons: 3, totalLessons: 3 },
    });
    expect(second).toMatchObject({
      title: "Promoting with content",
      progress: { completedLessons: 1, totalLessons: 2, completedAt: null },
    });
    const code = first!.progress.certificateCode!;
    expect(await getCertificate(db, code)).toMatchObject({ courseTitle: "Getting started" });
    expect(
      await db.select().from(badgeAwards).where(eq(badgeAwards.enrollmentId, enrollment.id)),
    ).toHaveLength(1);
    const [row] = await db.select().from(enrollments).where(eq(enrollments.id, enrollment.id));
    expect(row!.status).toBe("approved");

    // The seeded quiz is playable: the lesson opens and the manager sees it publishable.
    const course = await callerFor(manager.id).manage.academy.getCourse({
      programId: program.id,
      courseId: first!.id,
    });
    expect(course.lessons.map((lesson) => lesson.kind)).toEqual(["lesson", "lesson", "quiz"]);
    expect(course.completedCount).toBe(1);
  });
});
