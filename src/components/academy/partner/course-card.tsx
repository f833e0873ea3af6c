import { useTranslations } from "next-intl";
import Link from "next/link";
import { buttonClass } from "~/components/ui/button";
import { Badge } from "~/components/ui/status-badge";
import { ProgressBar } from "~/components/academy/progress-bar";

export type CatalogueCourse = {
  id: string;
  title: string;
  summary: string;
  required: boolean;
  program: { name: string };
  progress: {
    completedLessons: number;
    totalLessons: number;
    startedAt: Date | null;
    completedAt: Date | null;
    certificateCode: string | null;
    resumeLessonId: string | null;
  };
};

/** A course in the catalogue: how far the partner got and one button to carry on. */
export function CourseCard({ course }: { course: CatalogueCourse }) {
  const t = useTranslations("academyUi.catalogue");
  const { progress } = course;
  const href = `/portal/academy/${course.id}`;
  const action = progress.completedAt
    ? { href, label: t("review") }
    : progress.startedAt && progress.resumeLessonId
      ? { href: `${href}/${progress.resumeLessonId}`, label: t("resume") }
      : progress.resumeLessonId
        ? { href: `${href}/${progress.resumeLessonId}`, label: t("start") }
        : { href, label: t("open") };
  return (
    <article
      data-testid="catalogue-course"
      className="flex h-full flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2">
        {progress.completedAt && <Badge tone="green">{t("completed")}</Badge>}
        {course.required && !progress.completedAt && <Badge tone="amber">{t("required")}</Badge>}
      </div>
      <h3 className="text-base font-semibold">
        <Link href={href} className="text-zinc-900 hover:underline">
          {course.title}
        </Link>
      </h3>
      {course.summary && <p className="text-sm text-zinc-600">{course.summary}</p>}
      <div className="mt-auto space-y-3">
        <ProgressBar
          done={progress.completedLessons}
          total={progress.totalLessons}
          label={t("progress", { done: progress.completedLessons, total: progress.totalLessons })}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Link
            href={action.href}
            className={buttonClass(progress.completedAt ? "secondary" : "primary")}
            aria-label={`${action.label}: ${course.title}`}
          >
            {action.label}
          </Link>
          {progress.certificateCode && (
            <Link
              href={`/certificates/${progress.certificateCode}`}
              className="text-sm text-brand-700 underline"
            >
              {t("certificate")}
            </Link>
          )}
        </div>
      </div>
    </article>
  );
}
