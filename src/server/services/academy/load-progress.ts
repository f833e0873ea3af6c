import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "~/server/db/client";
import { courseProgress, lessonCompletions, lessons } from "~/server/db/schema";
import { summarizeProgress, type CourseProgressSummary } from "./course-progress";

export type LessonStep = { id: string; title: string; kind: "lesson" | "quiz"; completed: boolean };

export type PartnerProgress = CourseProgressSummary & {
  lessons: LessonStep[];
  startedAt: Date | null;
  completedAt: Date | null;
  certificateCode: string | null;
};

/**
 * One partner's progress in a set of courses (a page of the catalogue, or one course), in
 * three queries however many courses: lessons, their completions, the progress rows.
 */
export async function loadProgress(
  db: Executor,
  enrollmentIds: readonly string[],
  courseIds: readonly string[],
): Promise<Map<string, PartnerProgress>> {
  const result = new Map<string, PartnerProgress>();
  if (courseIds.length === 0 || enrollmentIds.length === 0) return result;
  const [lessonRows, done, progressRows] = await Promise.all([
    db
      .select({
        id: lessons.id,
        courseId: lessons.courseId,
        title: lessons.title,
        kind: lessons.kind,
      })
      .from(lessons)
      .where(inArray(lessons.courseId, [...courseIds]))
      .orderBy(asc(lessons.position), asc(lessons.createdAt)),
    db
      .select({ lessonId: lessonCompletions.lessonId })
      .from(lessonCompletions)
      .innerJoin(lessons, eq(lessons.id, lessonCompletions.lessonId))
      .where(
        and(
          inArray(lessons.courseId, [...courseIds]),
          inArray(lessonCompletions.enrollmentId, [...enrollmentIds]),
        ),
      ),
    db
      .select()
      .from(courseProgress)
      .where(
        and(
          inArray(courseProgress.courseId, [...courseIds]),
          inArray(courseProgress.enrollmentId, [...enrollmentIds]),
        ),
      ),
  ]);
  const completed = new Set(done.map((row) => row.lessonId));
  for (const courseId of courseIds) {
    const steps = lessonRows
      .filter((lesson) => lesson.courseId === courseId)
      .map(({ courseId: _courseId, ...lesson }) => ({
        ...lesson,
        completed: completed.has(lesson.id),
      }));
    const row = progressRows.find((progress) => progress.courseId === courseId);
    result.set(courseId, {
      ...summarizeProgress(steps, completed, row?.lastLessonId ?? null),
      // Completion is recorded, not recomputed: a lesson added later does not take it back.
      complete: row?.completedAt != null,
      lessons: steps,
      startedAt: row?.startedAt ?? null,
      completedAt: row?.completedAt ?? null,
      certificateCode: row?.certificateCode ?? null,
    });
  }
  return result;
}
