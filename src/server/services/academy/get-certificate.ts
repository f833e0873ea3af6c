import { and, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { courseProgress, courses, enrollments, programs, users } from "~/server/db/schema";
import { CERTIFICATE_CODE } from "./certificate-code";

export type Certificate = {
  partnerName: string;
  courseTitle: string;
  programName: string;
  completedAt: Date;
};

/**
 * What the public verification page shows for a certificate code, or null for an unknown
 * one. Anyone with the link may see it, so it carries the partner's name (the part of the
 * email before @ when they never gave one), never their email or anything else.
 */
export async function getCertificate(db: Executor, code: string): Promise<Certificate | null> {
  if (!CERTIFICATE_CODE.test(code)) return null;
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      courseTitle: courses.title,
      programName: programs.name,
      completedAt: courseProgress.completedAt,
    })
    .from(courseProgress)
    .innerJoin(courses, eq(courses.id, courseProgress.courseId))
    .innerJoin(programs, eq(programs.id, courses.programId))
    .innerJoin(enrollments, eq(enrollments.id, courseProgress.enrollmentId))
    .innerJoin(users, eq(users.id, enrollments.partnerId))
    .where(and(eq(courseProgress.certificateCode, code), isNotNull(courseProgress.completedAt)))
    .limit(1);
  if (!row?.completedAt) return null;
  return {
    partnerName: row.name?.trim() || (row.email.split("@")[0] ?? ""),
    courseTitle: row.courseTitle,
    programName: row.programName,
    completedAt: row.completedAt,
  };
}
