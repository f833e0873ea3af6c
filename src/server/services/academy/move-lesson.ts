import { and, asc, desc, eq, gt, lt, or } from "drizzle-orm";
import { lessons } from "~/server/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { ProgramContext } from "../context";
import { managedLesson } from "./managed-course";

/**
 * Moves a lesson one place up or down by swapping positions with its neighbour (the course
 * row is locked, so two managers reordering at once cannot interleave). At either end it is
 * a no-op, not an error: the button simply did nothing.
 */
export async function moveLesson(
  ctx: ProgramContext,
  input: { lessonId: string; direction: "up" | "down" },
) {
  return ctx.db.transaction(async (tx) => {
    const { lesson, course } = await managedLesson(tx, ctx.program.id, input.lessonId);
    const up = input.direction === "up";
    const before = or(
      lt(lessons.position, lesson.position),
      and(eq(lessons.position, lesson.position), lt(lessons.createdAt, lesson.createdAt)),
    );
    const after = or(
      gt(lessons.position, lesson.position),
      and(eq(lessons.position, lesson.position), gt(lessons.createdAt, lesson.createdAt)),
    );
    const [neighbour] = await tx
      .select({ id: lessons.id, position: lessons.position })
      .from(lessons)
      .where(and(eq(lessons.courseId, course.id), up ? before : after))
      .orderBy(
        up ? desc(lessons.position) : asc(lessons.position),
        up ? desc(lessons.createdAt) : asc(lessons.createdAt),
      )
      .limit(1);
    if (!neighbour) return { moved: false };
    // Equal positions (never written by this code, but possible) still end up distinct.
    const [mine, theirs] =
      neighbour.position === lesson.position
        ? up
          ? [lesson.position - 1, lesson.position]
          : [lesson.position + 1, lesson.position]
        : [neighbour.position, lesson.position];
    await tx.update(lessons).set({ position: mine }).where(eq(lessons.id, lesson.id));
    await tx.update(lessons).set({ position: theirs }).where(eq(lessons.id, neighbour.id));
    await recordAudit(tx, {
      programId: ctx.program.id,
      actorId: ctx.userId,
      action: "lesson.moved",
      targetType: "lesson",
      targetId: lesson.id,
      data: { courseId: course.id, direction: input.direction },
    });
    return { moved: true };
  });
}
