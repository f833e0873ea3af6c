import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { CourseForm } from "~/components/academy/manage/course-form";
import { CourseProgressTable } from "~/components/academy/manage/course-progress-table";
import { CourseStatusActions } from "~/components/academy/manage/course-status-actions";
import { CourseStatusBadge } from "~/components/academy/manage/course-status-badge";
import { LessonList } from "~/components/academy/manage/lesson-list";
import { loadManagedCourse } from "~/components/academy/manage/load-managed-course";
import { programBadges } from "~/components/academy/manage/program-badges";
import { buttonClass } from "~/components/ui/button";
import { Card, EmptyState } from "~/components/ui/card";

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

export default async function ManageCoursePage(props: {
  params: Promise<{ slug: string; courseId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug, courseId } = await props.params;
  const page = pageSchema.parse((await props.searchParams).page ?? 1);
  const { caller, program, data } = await loadManagedCourse(slug, courseId);
  const t = await getTranslations("academyUi.manage");
  const badges = await programBadges(caller, program.id);
  const { course, lessons } = data;
  const base = `/manage/${program.slug}/academy/${course.id}`;

  return (
    <div className="space-y-6">
      <Link href={`/manage/${program.slug}/academy`} className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
            <span data-testid="course-title">{course.title}</span>
            <CourseStatusBadge status={course.status} />
          </h2>
          <p className="mt-1 text-sm text-zinc-600">
            {t("course.counts", { started: data.startedCount, completed: data.completedCount })}
          </p>
        </div>
        <CourseStatusActions
          programId={program.id}
          courseId={course.id}
          status={course.status}
          lessonCount={lessons.length}
        />
      </div>

      <section aria-labelledby="course-lessons" className="space-y-3">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <h3 id="course-lessons" className="font-semibold">
            {t("course.lessons")}
          </h3>
          <div className="flex flex-wrap gap-2">
            <Link href={`${base}/lessons/new`} className={buttonClass("secondary")}>
              {t("course.addLesson")}
            </Link>
            <Link href={`${base}/lessons/new?kind=quiz`} className={buttonClass("secondary")}>
              {t("course.addQuiz")}
            </Link>
          </div>
        </div>
        {lessons.length === 0 ? (
          <EmptyState title={t("course.noLessonsTitle")} body={t("course.noLessonsBody")} />
        ) : (
          <LessonList
            programId={program.id}
            base={base}
            lessons={lessons.map((lesson) => ({
              id: lesson.id,
              kind: lesson.kind,
              title: lesson.title,
            }))}
          />
        )}
      </section>

      <Card>
        <h3 className="mb-4 font-semibold">{t("course.details")}</h3>
        <CourseForm
          programId={program.id}
          slug={program.slug}
          badges={
            course.badge && !badges.some((badge) => badge.id === course.badge?.id)
              ? [...badges, { id: course.badge.id, name: course.badge.name }]
              : badges
          }
          course={{
            id: course.id,
            title: course.title,
            summary: course.summary,
            requiredForActivation: course.requiredForActivation,
            badgeId: course.badgeId,
          }}
        />
      </Card>

      <CourseProgressTable
        caller={caller}
        programId={program.id}
        courseId={course.id}
        page={page}
        base={base}
        lessonCount={lessons.length}
      />
    </div>
  );
}
