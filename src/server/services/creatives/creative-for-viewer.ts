import { and, eq } from "drizzle-orm";
import type { Db } from "~/server/db/client";
import { courses, creatives, lessonAttachments, lessons } from "~/server/db/schema";
import { DomainError, notFound } from "~/server/errors";
import { resolveEnrollment } from "../enrollments/resolve-enrollment";
import { resolveManagedProgram } from "../programs/resolve-managed-program";

/** A refusal of either resolver is, for a file, the same as a missing file. */
const orNull = <T>(promise: Promise<T>) =>
  promise.catch((error: unknown) => {
    if (error instanceof DomainError) return null;
    throw error;
  });

async function isTrainingMaterial(db: Db, creativeId: string) {
  const [row] = await db
    .select({ one: lessonAttachments.lessonId })
    .from(lessonAttachments)
    .innerJoin(lessons, eq(lessons.id, lessonAttachments.lessonId))
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(and(eq(lessonAttachments.creativeId, creativeId), eq(courses.status, "published")))
    .limit(1);
  return row !== undefined;
}

/**
 * A creative's stored file facts, for someone allowed to fetch them: a manager of its program,
 * or an approved partner of it while it is not archived, or a partner still in training when
 * it is attached to a lesson of a published course (the training needs it). Anyone else
 * (signed out, another program's people, a pending or suspended partner) gets NOT_FOUND, as
 * for a missing one. Who is who is decided by the two tenancy resolvers, as for procedures.
 */
export async function creativeForViewer(db: Db, userId: string | null, creativeId: string) {
  if (!userId) throw notFound("creative");
  const [creative] = await db
    .select({
      id: creatives.id,
      programId: creatives.programId,
      kind: creatives.kind,
      storageKey: creatives.storageKey,
      thumbnailKey: creatives.thumbnailKey,
      fileName: creatives.fileName,
      mimeType: creatives.mimeType,
      archivedAt: creatives.archivedAt,
    })
    .from(creatives)
    .where(eq(creatives.id, creativeId))
    .limit(1);
  if (!creative) throw notFound("creative");
  const ref = { programId: creative.programId };
  if (await orNull(resolveManagedProgram(db, userId, ref, "program.read"))) return creative;
  if (creative.archivedAt) throw notFound("creative");
  const access = await orNull(
    resolveEnrollment(db, userId, { kind: "creative", id: creativeId }, "learning"),
  );
  if (access?.enrollment.status === "approved") return creative;
  if (access?.state === "training" && (await isTrainingMaterial(db, creativeId))) return creative;
  throw notFound("creative");
}
