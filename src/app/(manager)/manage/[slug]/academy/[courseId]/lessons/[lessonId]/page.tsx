import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { lessonToForm } from "~/components/academy/lesson-form-values";
import { LessonEditorPage } from "~/components/academy/manage/lesson-editor-page";
import { loadManagedCourse } from "~/components/academy/manage/load-managed-course";

export default async function EditLessonPage(props: {
  params: Promise<{ slug: string; courseId: string; lessonId: string }>;
}) {
  const { slug, courseId, lessonId } = await props.params;
  const { caller, program, data } = await loadManagedCourse(slug, courseId);
  const lesson = data.lessons.find((item) => item.id === lessonId);
  if (!lesson) notFound();
  const t = await getTranslations("academyUi.editor");
  return (
    <LessonEditorPage
      caller={caller}
      program={program}
      course={data.course}
      lessonId={lesson.id}
      heading={t(lesson.kind === "quiz" ? "editQuiz" : "editLesson", { title: lesson.title })}
      initial={lessonToForm(lesson)}
      attached={lesson.attachments}
    />
  );
}
