import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { badges, courses } from "~/server/db/schema";
import { notFound } from "~/server/errors";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import type { SaveCourseInput } from "./academy-input";

/**
 * Creates a course (a draft, last in the catalogue) or edits one. Marking a published course
 * required does not demote partners already approved: the requirement gates approvals from
 * now on (see required-courses.ts), it is not a retroactive suspension.
 */
export async function saveCourse(ctx: ProgramContext, input: SaveCourseInput) {
  return ctx.db.transaction(async (tx) => {
    if (input.badgeId) await assertOwnBadge(tx, ctx.program.id, input.badgeId);
    const values = {
      title: input.title,
      summary: input.summary,
      requiredForActivation: input.requiredForActivation,
      badgeId: input.badgeId,
    };
    let id: string;
    if (input.courseId) {
      const [updated] = await tx
        .update(courses)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(courses.id, input.courseId), eq(courses.programId, ctx.program.id)))
        .returning({ id: courses.id });
      if (!updated) throw notFound("course");
      id = updated.id;
    } else {
      const [created] = await tx
        .insert(courses)
        .values({
          ...values,
          programId: ctx.program.id,
          createdById: ctx.userId,
          position: sql`(select coalesce(max(${courses.position}), -1) + 1 from ${courses} where ${courses.programId} = ${ctx.program.id})`,
        })
        .returning({ id: courses.id });
      if (!created) throw new Error("the course insert returned no row");
      id = created.id;
    }
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: input.courseId ? "course.updated" : "course.created",
      targetType: "course",
      targetId: id,
      data: values,
    });
    return { id };
  });
}

async function assertOwnBadge(db: Executor, programId: string, badgeId: string) {
  const [badge] = await db
    .select({ id: badges.id })
    .from(badges)
    .where(and(eq(badges.id, badgeId), eq(badges.programId, programId), isNull(badges.archivedAt)));
  if (!badge) throw notFound("badge");
}
