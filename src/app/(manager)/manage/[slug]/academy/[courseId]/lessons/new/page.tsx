import { getTranslations } from "next-intl/server";
import { emptyLessonForm } from "~/components/academy/lesson-form-values";
import { LessonEditorPage } from "~/components/academy/manage/lesson-editor-page";
import { loadManagedCourse } from "~/components/academy/manage/load-managed-course";

export default async function NewLessonPage(props: {
  params: Promise<{ slug: string; courseId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug, courseId } = await props.params;
  const kind = (await props.searchParams).kind === "quiz" ? "quiz" : "lesson";
  const { caller, program, data } = await loadManagedCourse(slug, courseId);
  const t = await getTranslations("academyUi.editor");
  return (
    <LessonEditorPage
      caller={caller}
      program={program}
      course={data.course}
      heading={kind === "quiz" ? t("newQuiz") : t("newLesson")}
      initial={emptyLessonForm(kind)}
      attached={[]}
    />
  );
}
