import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "~/server/db/client";
import { badges, courseProgress, courses, enrollments, notifications } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import { awardBadge, awardPoints } from "../gamification/award";
import { newCertificateCode } from "./certificate-code";
import { loadProgress } from "./load-progress";
import { pendingRequiredCourses } from "~/server/services/enrollments/required-courses";

export type Completion = {
  courseCompleted: boolean;
  certificateCode: string | null;
  /** What this call awarded: 0 and null on a replay. */
  pointsAwarded: number;
  badge: { name: string; icon: string } | null;
  /** True when finishing this course made a partner in training active. */
  activated: boolean;
};

type Course = typeof courses.$inferSelect;
type Enrollment = typeof enrollments.$inferSelect;

/**
 * Run after a lesson or quiz is recorded, in the same transaction (the enrollment row is
 * locked by the caller). When every lesson is now done and the course was not complete yet:
 * records completion with a certificate code, awards the course's points and badge, tells
 * the partner, and activates a partner in training once no required course is left.
 */
export async function finishCourseIfDone(
  tx: Tx,
  course: Course,
  enrollment: Enrollment,
  actorId: string,
): Promise<Completion> {
  const progress = (await loadProgress(tx, [enrollment.id], [course.id])).get(course.id);
  const none = { pointsAwarded: 0, badge: null, activated: false };
  if (progress?.completedAt) {
    return { ...none, courseCompleted: true, certificateCode: progress.certificateCode };
  }
  const allDone =
    progress !== undefined &&
    progress.lessons.length > 0 &&
    progress.lessons.every((l) => l.completed);
  if (!allDone) return { ...none, courseCompleted: false, certificateCode: null };

  const code = newCertificateCode();
  await tx
    .insert(courseProgress)
    .values({
      courseId: course.id,
      enrollmentId: enrollment.id,
      completedAt: new Date(),
      certificateCode: code,
    })
    .onConflictDoUpdate({
      target: [courseProgress.courseId, courseProgress.enrollmentId],
      set: { completedAt: new Date(), certificateCode: code },
    });
  const pointsAwarded = await awardPoints(tx, {
    programId: course.programId,
    enrollmentId: enrollment.id,
    event: "course_completed",
    sourceKey: `course:${course.id}`,
  });
  const badge = course.badgeId
    ? await giveBadge(tx, course.badgeId, enrollment.id, course.id)
    : null;
  await tx.insert(notifications).values({
    userId: enrollment.partnerId,
    programId: course.programId,
    kind: "course.completed",
    data: { courseId: course.id, title: course.title, certificateCode: code },
  });
  const activated = enrollment.status === "training" && (await activate(tx, enrollment, actorId));
  return { courseCompleted: true, certificateCode: code, pointsAwarded, badge, activated };
}

async function giveBadge(tx: Tx, badgeId: string, enrollmentId: string, courseId: string) {
  const [badge] = await tx
    .select({ name: badges.name, icon: badges.icon })
    .from(badges)
    .where(and(eq(badges.id, badgeId), isNull(badges.archivedAt)));
  if (!badge) return null;
  const given = await awardBadge(tx, { badgeId, enrollmentId, sourceKey: `course:${courseId}` });
  return given ? badge : null;
}

async function activate(tx: Tx, enrollment: Enrollment, actorId: string): Promise<boolean> {
  const pending = await pendingRequiredCourses(tx, enrollment.programId, enrollment.id);
  if (pending.length > 0) return false;
  await tx.update(enrollments).set({ status: "approved" }).where(eq(enrollments.id, enrollment.id));
  await recordAudit(tx, {
    programId: enrollment.programId,
    actorId,
    action: "enrollment.trainingCompleted",
    targetType: "enrollment",
    targetId: enrollment.id,
    data: { from: "training", to: "approved" },
  });
  return true;
}
