export type ProgressLesson = { id: string };

export type CourseProgressSummary = {
  completedLessons: number;
  totalLessons: number;
  complete: boolean;
  /** Where "Resume" leads; null for a course without lessons. */
  resumeLessonId: string | null;
};

/**
 * A partner's progress through a course. `completedIds` holds lesson completions, and a
 * quiz is recorded there only when passed, so a failed quiz keeps the course open. The
 * partner resumes on the lesson they last opened unless it is done; then on the first lesson
 * not done in course order (or the first lesson, when everything is done).
 */
export function summarizeProgress(
  lessons: readonly ProgressLesson[],
  completedIds: ReadonlySet<string>,
  lastLessonId: string | null,
): CourseProgressSummary {
  const done = lessons.filter((lesson) => completedIds.has(lesson.id)).length;
  const complete = lessons.length > 0 && done === lessons.length;
  const last = lastLessonId ? lessons.find((lesson) => lesson.id === lastLessonId) : undefined;
  const resume =
    last && !completedIds.has(last.id)
      ? last
      : (lessons.find((lesson) => !completedIds.has(lesson.id)) ?? lessons[0]);
  return {
    completedLessons: done,
    totalLessons: lessons.length,
    complete,
    resumeLessonId: resume?.id ?? null,
  };
}
