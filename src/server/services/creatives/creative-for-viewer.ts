import { and, eq, exists, isNull, or } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import {
  courses,
  creatives,
  enrollments,
  lessonAttachments,
  lessons,
  programMembers,
} from "~/server/db/schema";
import { notFound } from "~/server/errors";

/**
 * A creative's stored file facts, for someone allowed to fetch them: a manager of its program,
 * or an approved partner of it while it is not archived, or a partner still in training when
 * it is attached to a lesson of a published course (the training needs it). Anyone else
 * (signed out, another program's people, a pending or suspended partner) gets NOT_FOUND, as
 * for a missing one.
 */
export async function creativeForViewer(db: Executor, userId: string | null, creativeId: string) {
  if (!userId) throw notFound("creative");
  const isManager = exists(
    db
      .select({ one: programMembers.userId })
      .from(programMembers)
      .where(
        and(eq(programMembers.programId, creatives.programId), eq(programMembers.userId, userId)),
      ),
  );
  const isApprovedPartner = exists(
    db
      .select({ one: enrollments.id })
      .from(enrollments)
      .where(
        and(
          eq(enrollments.programId, creatives.programId),
          eq(enrollments.partnerId, userId),
          eq(enrollments.status, "approved"),
        ),
      ),
  );
  const isTrainingMaterial = and(
    exists(
      db
        .select({ one: enrollments.id })
        .from(enrollments)
        .where(
          and(
            eq(enrollments.programId, creatives.programId),
            eq(enrollments.partnerId, userId),
            eq(enrollments.status, "training"),
          ),
        ),
    ),
    exists(
      db
        .select({ one: lessonAttachments.lessonId })
        .from(lessonAttachments)
        .innerJoin(lessons, eq(lessons.id, lessonAttachments.lessonId))
        .innerJoin(courses, eq(courses.id, lessons.courseId))
        .where(
          and(eq(lessonAttachments.creativeId, creatives.id), eq(courses.status, "published")),
        ),
    ),
  );
  const [creative] = await db
    .select({
      id: creatives.id,
      kind: creatives.kind,
      storageKey: creatives.storageKey,
      thumbnailKey: creatives.thumbnailKey,
      fileName: creatives.fileName,
      mimeType: creatives.mimeType,
    })
    .from(creatives)
    .where(
      and(
        eq(creatives.id, creativeId),
        or(isManager, and(isNull(creatives.archivedAt), or(isApprovedPartner, isTrainingMaterial))),
      ),
    )
    .limit(1);
  if (!creative) throw notFound("creative");
  return creative;
}
