import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import {
  badges,
  courseProgress,
  creatives,
  lessonAttachments,
  lessonCompletions,
  lessons,
  quizQuestions,
} from "~/server/db/schema";
import type { ProgramContext } from "../context";
import { managedCourse } from "./managed-course";

/**
 * A course as its author edits it: every lesson in order with its quiz questions (correct
 * flags included: this is the manager's view), attachments and how many partners completed it.
 */
export async function getCourse(ctx: ProgramContext, input: { courseId: string }) {
  const course = await managedCourse(ctx.db, ctx.program.id, input.courseId);
  const lessonRows = await ctx.db
    .select()
    .from(lessons)
    .where(eq(lessons.courseId, course.id))
    .orderBy(asc(lessons.position), asc(lessons.createdAt));
  const ids = lessonRows.map((lesson) => lesson.id);
  const [questions, attachments, completions, counts, badge] = await Promise.all([
    ids.length
      ? ctx.db
          .select()
          .from(quizQuestions)
          .where(inArray(quizQuestions.lessonId, ids))
          .orderBy(asc(quizQuestions.position))
      : [],
    ids.length
      ? ctx.db
          .select({
            lessonId: lessonAttachments.lessonId,
            id: creatives.id,
            name: creatives.name,
            kind: creatives.kind,
            archived: isNotNull(creatives.archivedAt),
          })
          .from(lessonAttachments)
          .innerJoin(creatives, eq(creatives.id, lessonAttachments.creativeId))
          .where(inArray(lessonAttachments.lessonId, ids))
          .orderBy(asc(lessonAttachments.position))
      : [],
    ids.length
      ? ctx.db
          .select({ lessonId: lessonCompletions.lessonId, count: sql<number>`count(*)::int` })
          .from(lessonCompletions)
          .where(inArray(lessonCompletions.lessonId, ids))
          .groupBy(lessonCompletions.lessonId)
      : [],
    ctx.db
      .select({
        started: sql<number>`count(*)::int`,
        completed: sql<number>`count(${courseProgress.completedAt})::int`,
      })
      .from(courseProgress)
      .where(eq(courseProgress.courseId, course.id)),
    course.badgeId
      ? ctx.db
          .select({ id: badges.id, name: badges.name, icon: badges.icon })
          .from(badges)
          .where(and(eq(badges.id, course.badgeId), eq(badges.programId, ctx.program.id)))
      : [],
  ]);
  const completedBy = new Map(completions.map((row) => [row.lessonId, row.count]));
  return {
    course: { ...course, badge: badge[0] ?? null },
    startedCount: counts[0]?.started ?? 0,
    completedCount: counts[0]?.completed ?? 0,
    lessons: lessonRows.map((lesson) => ({
      ...lesson,
      completedCount: completedBy.get(lesson.id) ?? 0,
      attachments: attachments
        .filter((row) => row.lessonId === lesson.id)
        .map(({ lessonId: _lessonId, ...rest }) => rest),
      questions: questions
        .filter((question) => question.lessonId === lesson.id)
        .map(({ lessonId: _lessonId, ...rest }) => rest),
    })),
  };
}
