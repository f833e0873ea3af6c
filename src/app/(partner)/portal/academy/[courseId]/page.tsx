import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { z } from "zod";
import { ProgressBar } from "~/components/academy/progress-bar";
import { CompletionPanel } from "~/components/academy/partner/completion-panel";
import { loadOr404 } from "~/components/academy/partner/load-partner";
import { buttonClass } from "~/components/ui/button";
import { Card, PageHeader } from "~/components/ui/card";
import { Badge } from "~/components/ui/status-badge";

const points = z.coerce.number().int().min(0).max(1_000_000).catch(0);

export default async function CoursePage(props: {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { courseId } = await props.params;
  const query = await props.searchParams;
  const data = await loadOr404((caller) => caller.partner.academy.getCourse({ courseId }));
  const t = await getTranslations("academyUi.course");
  const { course, progress, lessons } = data;
  const base = `/portal/academy/${course.id}`;
  const started = progress.startedAt !== null;

  return (
    <div className="space-y-6">
      <Link href="/portal/academy" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={course.title}
        description={course.summary || undefined}
        actions={
          !progress.completedAt && progress.resumeLessonId ? (
            <Link href={`${base}/${progress.resumeLessonId}`} className={buttonClass()}>
              {started ? t("resume") : t("start")}
            </Link>
          ) : undefined
        }
      />
      <p className="text-sm text-zinc-600">
        {t("program", { name: data.program.name })}
        {course.required && ` · ${t("required")}`}
      </p>
      {data.enrollmentStatus === "training" && course.required && !progress.completedAt && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("training")}</p>
      )}
      {progress.completedAt && (
        <CompletionPanel
          courseTitle={course.title}
          completedAt={progress.completedAt}
          certificateCode={progress.certificateCode}
          badge={course.badge}
          pointsAwarded={points.parse(query.points ?? 0)}
          justNow={query.completed === "1"}
        />
      )}
      <Card>
        <h2 className="font-semibold">{t("lessons")}</h2>
        <div className="mt-3">
          <ProgressBar
            done={progress.completedLessons}
            total={progress.totalLessons}
            label={t("progress", { done: progress.completedLessons, total: progress.totalLessons })}
          />
        </div>
        <ol className="mt-4 divide-y divide-zinc-100">
          {lessons.map((lesson, index) => (
            <li key={lesson.id} className="flex items-center justify-between gap-3 py-3">
              <div className="flex min-w-0 items-center gap-3">
                <span
                  aria-hidden="true"
                  className={
                    lesson.completed
                      ? "flex size-6 shrink-0 items-center justify-center rounded-full bg-green-600 text-xs text-white"
                      : "flex size-6 shrink-0 items-center justify-center rounded-full border border-zinc-300 text-xs text-zinc-600"
                  }
                >
                  {lesson.completed ? "✓" : index + 1}
                </span>
                <Link href={`${base}/${lesson.id}`} className="text-brand-700 underline">
                  {lesson.title}
                </Link>
                {lesson.kind === "quiz" && <Badge tone="blue">{t("quiz")}</Badge>}
              </div>
              <span className="shrink-0 text-xs text-zinc-600">
                {lesson.completed ? t("done") : t("todo")}
              </span>
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
