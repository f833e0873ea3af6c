import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AttachmentList } from "~/components/academy/partner/attachment-list";
import { CompleteLessonButton } from "~/components/academy/partner/complete-lesson-button";
import { LessonBody } from "~/components/academy/partner/lesson-body";
import { LessonOpened } from "~/components/academy/partner/lesson-opened";
import { loadOr404 } from "~/components/academy/partner/load-partner";
import { QuizForm } from "~/components/academy/partner/quiz-form";
import { VideoEmbed } from "~/components/academy/partner/video-embed";
import { buttonClass } from "~/components/ui/button";
import { Card } from "~/components/ui/card";

/** The player: a lesson to read and watch, or a quiz to take. */
export default async function LessonPage(props: {
  params: Promise<{ courseId: string; lessonId: string }>;
}) {
  const { courseId, lessonId } = await props.params;
  const data = await loadOr404((caller) =>
    caller.partner.academy.getLesson({ courseId, lessonId }),
  );
  const t = await getTranslations("academyUi.player");
  const { lesson, course } = data;
  const courseHref = `/portal/academy/${course.id}`;
  const nextHref = data.nextLessonId ? `${courseHref}/${data.nextLessonId}` : courseHref;
  const quiz = lesson.kind === "quiz";

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <LessonOpened courseId={course.id} lessonId={lesson.id} />
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={courseHref} className="text-brand-700 underline">
          {course.title}
        </Link>
      </nav>
      <header>
        <p className="text-sm text-zinc-600">
          {t(quiz ? "quizOf" : "lessonOf", {
            number: data.position.index + 1,
            total: data.position.total,
          })}
        </p>
        <h1 className="text-2xl font-bold text-zinc-900">{lesson.title}</h1>
      </header>
      {lesson.embedUrl && (
        <VideoEmbed embedUrl={lesson.embedUrl} title={t("video", { title: lesson.title })} />
      )}
      <LessonBody html={lesson.html} />
      {data.attachments.length > 0 && <AttachmentList attachments={data.attachments} />}
      {quiz ? (
        lesson.completed ? (
          <Card>
            <p className="text-sm text-green-800" role="status">
              {t("quizPassed", { score: data.lastAttempt?.scorePercent ?? 100 })}
            </p>
            <Link href={nextHref} className={`${buttonClass()} mt-3`}>
              {t("continue")}
            </Link>
          </Card>
        ) : (
          <>
            {data.lastAttempt && (
              <p className="text-sm text-zinc-700">
                {t("lastAttempt", { score: data.lastAttempt.scorePercent })}
              </p>
            )}
            <QuizForm
              lessonId={lesson.id}
              questions={data.questions}
              passMarkPercent={lesson.passMarkPercent ?? 100}
              attemptsLeft={data.attemptsLeft}
              nextHref={nextHref}
              courseHref={courseHref}
            />
          </>
        )
      ) : lesson.completed ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-green-800">{t("lessonDone")}</p>
          <Link href={nextHref} className={buttonClass()}>
            {data.nextLessonId ? t("continue") : t("backToCourse")}
          </Link>
        </div>
      ) : (
        <CompleteLessonButton lessonId={lesson.id} nextHref={nextHref} courseHref={courseHref} />
      )}
      <nav
        aria-label={t("steps")}
        className="flex justify-between border-t border-zinc-200 pt-4 text-sm"
      >
        {data.previousLessonId ? (
          <Link
            href={`${courseHref}/${data.previousLessonId}`}
            className="text-brand-700 underline"
          >
            {t("previous")}
          </Link>
        ) : (
          <span />
        )}
        {data.nextLessonId && (
          <Link href={`${courseHref}/${data.nextLessonId}`} className="text-brand-700 underline">
            {t("next")}
          </Link>
        )}
      </nav>
    </article>
  );
}
